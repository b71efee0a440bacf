/*
 * LD_PRELOAD guard: refuses network sockets and name lookups from any code in the process (Qt,
 * C extensions, Python itself), and appends each attempt to $GPUSCOPE_NET_GUARD_LOG.
 * Local AF_UNIX sockets are allowed (not network).
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/socket.h>
#include <unistd.h>

static void note(const char *what, int family) {
    const char *log = getenv("GPUSCOPE_NET_GUARD_LOG");
    if (!log || !*log) return;
    int fd = open(log, O_WRONLY | O_APPEND | O_CREAT, 0644);
    if (fd < 0) return;
    char buf[160];
    int n = snprintf(buf, sizeof buf, "C %s family=%d pid=%d\n", what, family, (int)getpid());
    if (n > 0 && write(fd, buf, (size_t)n) < 0) { /* nothing more to do */ }
    close(fd);
}

int socket(int domain, int type, int protocol) {
    static int (*real)(int, int, int);
    if (domain != AF_UNIX) {
        note("socket", domain);
        errno = EACCES;
        return -1;
    }
    if (!real) real = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
    return real(domain, type, protocol);
}

int getaddrinfo(const char *node, const char *service, const struct addrinfo *hints,
                struct addrinfo **res) {
    (void)node; (void)service; (void)hints; (void)res;
    note("getaddrinfo", 0);
    return EAI_FAIL;
}

struct hostent *gethostbyname(const char *name) {
    (void)name;
    note("gethostbyname", 0);
    h_errno = NO_RECOVERY;
    return NULL;
}

struct hostent *gethostbyname2(const char *name, int af) {
    (void)name;
    note("gethostbyname2", af);
    h_errno = NO_RECOVERY;
    return NULL;
}

int gethostbyname_r(const char *name, struct hostent *ret, char *buf, size_t len,
                    struct hostent **result, int *err) {
    (void)name; (void)ret; (void)buf; (void)len;
    note("gethostbyname_r", 0);
    *result = NULL;
    *err = NO_RECOVERY;
    return EACCES;
}

struct hostent *gethostbyaddr(const void *addr, socklen_t len, int type) {
    (void)addr; (void)len;
    note("gethostbyaddr", type);
    h_errno = NO_RECOVERY;
    return NULL;
}
