/*
 * A stand-in for libnvidia-ml.so.1, for gpuscope's tests: the real pynvml binding loads it and
 * calls it exactly as it would call the driver's NVML library.
 *
 * It serves the devices described in a config file and injects faults: an init error, an error
 * code per function (NotSupported, FunctionNotFound, NoPermission, ...), a call that hangs for a
 * while, a GPU lost after N calls, a GPU that vanishes from the enumeration and comes back after M
 * calls or milliseconds (with new handles: old ones stay dead, as after a real reset).
 *
 * Config: the file named by $GPUSCOPE_NVML_STANDIN (or standinConfigure(path) in-process), a flat
 * "key=value" text written by config.py (see there for the keys). It is re-read whenever it
 * changes (a test rewrites it atomically to flip a GPU lost / back mid-session); device state
 * (lost, handle generation) carries over a re-read. Without a config, nvmlInit fails with
 * NVML_ERROR_DRIVER_NOT_LOADED, like a machine whose driver has no GPU.
 *
 * Thread-safe: one mutex guards the state, and a hanging call sleeps without holding it, so the
 * other GPUs keep answering (as the sampler's per-device workers expect).
 */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>

typedef int nvmlReturn_t;
typedef void *nvmlDevice_t;

enum {
    OK = 0, E_UNINIT = 1, E_INVALID = 2, E_NOT_SUPPORTED = 3, E_NO_PERM = 4, E_NOT_FOUND = 6,
    E_INSUFFICIENT = 7, E_DRIVER_NOT_LOADED = 9, E_FNF = 13, E_LOST = 15,
    E_ARG_VERSION = 25, E_UNKNOWN = 999
};

#define FUNCS(X) \
    X(nvmlInitWithFlags) X(nvmlInit_v2) X(nvmlInit) X(nvmlShutdown) \
    X(nvmlSystemGetDriverVersion) X(nvmlSystemGetNVMLVersion) \
    X(nvmlSystemGetCudaDriverVersion) X(nvmlSystemGetCudaDriverVersion_v2) \
    X(nvmlSystemGetProcessName) X(nvmlDeviceGetCount_v2) X(nvmlDeviceGetCount) \
    X(nvmlDeviceGetHandleByIndex_v2) X(nvmlDeviceGetHandleByIndex) \
    X(nvmlDeviceGetName) X(nvmlDeviceGetUUID) X(nvmlDeviceGetPciInfo_v3) X(nvmlDeviceGetBrand) \
    X(nvmlDeviceGetCudaComputeCapability) X(nvmlDeviceGetNumGpuCores) \
    X(nvmlDeviceGetMaxClockInfo) X(nvmlDeviceGetClockInfo) X(nvmlDeviceGetMemoryBusWidth) \
    X(nvmlDeviceGetMemoryInfo) X(nvmlDeviceGetMemoryInfo_v2) \
    X(nvmlDeviceGetEnforcedPowerLimit) X(nvmlDeviceGetPowerManagementLimit) \
    X(nvmlDeviceGetPowerUsage) X(nvmlDeviceGetTemperatureV) X(nvmlDeviceGetTemperature) \
    X(nvmlDeviceGetFanSpeed) X(nvmlDeviceGetUtilizationRates) \
    X(nvmlDeviceGetCurrPcieLinkGeneration) X(nvmlDeviceGetCurrPcieLinkWidth) \
    X(nvmlDeviceGetMaxPcieLinkGeneration) X(nvmlDeviceGetMaxPcieLinkWidth) \
    X(nvmlDeviceGetMigMode) X(nvmlDeviceGetMaxMigDeviceCount) \
    X(nvmlDeviceGetMigDeviceHandleByIndex) X(nvmlDeviceGetGpuInstanceId) \
    X(nvmlDeviceGetComputeInstanceId) \
    X(nvmlDeviceGetComputeRunningProcesses_v3) X(nvmlDeviceGetGraphicsRunningProcesses_v3) \
    X(nvmlDeviceGetComputeRunningProcesses_v2) X(nvmlDeviceGetGraphicsRunningProcesses_v2)

#define AS_ENUM(name) F_##name,
#define AS_NAME(name) #name,
enum { FUNCS(AS_ENUM) NFUNC };
static const char *FUNC_NAMES[NFUNC] = { FUNCS(AS_NAME) };

#define MAX_DEV 16
#define MAX_MIG 8
#define MAX_PROC 32
#define MAX_PNAME 32
#define STR 128
#define PRESENT 0
#define LOST 1
#define ABSENT 2
#define NA_ULL 0xFFFFFFFFFFFFFFFFULL

typedef struct { unsigned gi, ci; char name[STR], uuid[STR]; unsigned long long total, used; } mig_t;
typedef struct { unsigned pid; unsigned long long used; int kinds; unsigned gi, ci; } proc_t;
typedef struct { unsigned pid; char name[STR]; } pname_t;

typedef struct {
    char name[STR], uuid[STR], bus_id[32];
    unsigned pci_device_id, cores, max_sm, max_mem, bus_width;
    int brand, cc_major, cc_minor, mig_mode;
    unsigned long long mem_total, mem_used, mem_reserved;
    unsigned power_mw, power_limit_mw, temperature, fan, util_gpu, util_mem, sm_clock, mem_clock;
    unsigned pcie[4];
    int n_mig, n_proc;
    mig_t mig[MAX_MIG];
    proc_t proc[MAX_PROC];
    int errors[NFUNC];
    long hang_ms[NFUNC];
    long lost_after_calls, back_after_calls, back_after_ms;
    int vanish, state;
    /* run time */
    unsigned gen;
    long calls, calls_since_lost;
    double lost_at;
} device_t;

typedef struct {
    char driver[STR], nvml[STR];
    int cuda, init_error, n_dev, n_pname;
    int errors[NFUNC];
    long hang_ms[NFUNC];
    pname_t pname[MAX_PNAME];
    device_t dev[MAX_DEV];
} config_t;

static pthread_mutex_t g_lock = PTHREAD_MUTEX_INITIALIZER;
static config_t g_cfg;
static int g_loaded = 0, g_init = 0;
static char g_path[4096] = "";
static struct stat g_stat;
static volatile unsigned g_release = 0;
static long g_counts[NFUNC];

static double now_s(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- config parsing --------------------------------------------------------------------- */

static void device_defaults(device_t *d) {
    memset(d, 0, sizeof *d);
    strcpy(d->name, "NVIDIA GPU");
    d->mig_mode = -1;
    d->brand = 5;
}

static int func_index(const char *name) {
    for (int i = 0; i < NFUNC; i++)
        if (strcmp(FUNC_NAMES[i], name) == 0) return i;
    return -1;
}

static int parse_ull(const char *s, unsigned long long *out) {
    char *end;
    if (!*s) return -1;
    *out = strtoull(s, &end, 0);
    return *end ? -1 : 0;
}

static int parse_long(const char *s, long *out) {
    char *end;
    if (!*s) return -1;
    *out = strtol(s, &end, 0);
    return *end ? -1 : 0;
}

static void copy_str(char *dst, size_t n, const char *src) { snprintf(dst, n, "%s", src); }

/* "fn:value" for error= and hang= (value: NVML code, or seconds as a decimal). */
static int parse_fault(const char *v, int *errors, long *hangs, int is_hang) {
    char name[STR];
    const char *colon = strchr(v, ':');
    if (!colon || (size_t)(colon - v) >= sizeof name) return -1;
    memcpy(name, v, colon - v);
    name[colon - v] = 0;
    int f = func_index(name);
    if (f < 0) return -1;
    if (is_hang) {
        char *end;
        double s = strtod(colon + 1, &end);
        if (*end || s < 0) return -1;
        hangs[f] = (long)(s * 1000.0);
    } else {
        long code;
        if (parse_long(colon + 1, &code)) return -1;
        errors[f] = (int)code;
    }
    return 0;
}

static int parse_device_key(device_t *d, const char *k, const char *v) {
    unsigned long long u = 0;
    long l = 0;
#define U(key, field) if (!strcmp(k, key)) { if (parse_ull(v, &u)) return -1; d->field = u; return 0; }
#define L(key, field) if (!strcmp(k, key)) { if (parse_long(v, &l)) return -1; d->field = l; return 0; }
#define S(key, field) if (!strcmp(k, key)) { copy_str(d->field, sizeof d->field, v); return 0; }
    S("name", name) S("uuid", uuid) S("pci_bus_id", bus_id)
    U("pci_device_id", pci_device_id) U("cores", cores) U("max_sm_clock", max_sm)
    U("max_mem_clock", max_mem) U("bus_width", bus_width) L("brand", brand)
    L("mig_mode", mig_mode) U("memory_total", mem_total) U("memory_used", mem_used)
    U("memory_reserved", mem_reserved) U("power_mw", power_mw)
    U("power_limit_mw", power_limit_mw) U("temperature", temperature) U("fan", fan)
    U("util_gpu", util_gpu) U("util_mem", util_mem) U("sm_clock", sm_clock)
    U("mem_clock", mem_clock) L("lost_after_calls", lost_after_calls)
    L("back_after_calls", back_after_calls) L("back_after_ms", back_after_ms)
    L("vanish", vanish)
#undef U
#undef L
#undef S
    if (!strcmp(k, "cc")) return sscanf(v, "%d.%d", &d->cc_major, &d->cc_minor) == 2 ? 0 : -1;
    if (!strcmp(k, "pcie"))
        return sscanf(v, "%u,%u,%u,%u", &d->pcie[0], &d->pcie[1], &d->pcie[2], &d->pcie[3]) == 4
            ? 0 : -1;
    if (!strcmp(k, "state")) {
        if (!strcmp(v, "present")) d->state = PRESENT;
        else if (!strcmp(v, "lost")) d->state = LOST;
        else if (!strcmp(v, "absent")) d->state = ABSENT;
        else return -1;
        return 0;
    }
    if (!strcmp(k, "error")) return parse_fault(v, d->errors, d->hang_ms, 0);
    if (!strcmp(k, "hang")) return parse_fault(v, d->errors, d->hang_ms, 1);
    if (!strcmp(k, "process")) {  /* pid,used(-1: unknown),kinds(1 compute|2 graphics|3),gi,ci */
        if (d->n_proc >= MAX_PROC) return -1;
        proc_t *p = &d->proc[d->n_proc];
        long long used;
        if (sscanf(v, "%u,%lld,%d,%u,%u", &p->pid, &used, &p->kinds, &p->gi, &p->ci) != 5)
            return -1;
        p->used = used < 0 ? NA_ULL : (unsigned long long)used;
        d->n_proc++;
        return 0;
    }
    return -1;
}

static int parse_mig_key(mig_t *m, const char *k, const char *v) {
    unsigned long long u;
    if (!strcmp(k, "name")) { copy_str(m->name, sizeof m->name, v); return 0; }
    if (!strcmp(k, "uuid")) { copy_str(m->uuid, sizeof m->uuid, v); return 0; }
    if (parse_ull(v, &u)) return -1;
    if (!strcmp(k, "gi")) m->gi = (unsigned)u;
    else if (!strcmp(k, "ci")) m->ci = (unsigned)u;
    else if (!strcmp(k, "memory_total")) m->total = u;
    else if (!strcmp(k, "memory_used")) m->used = u;
    else return -1;
    return 0;
}

static int parse_top_key(config_t *c, const char *k, const char *v) {
    long l;
    if (!strcmp(k, "driver_version")) { copy_str(c->driver, sizeof c->driver, v); return 0; }
    if (!strcmp(k, "nvml_version")) { copy_str(c->nvml, sizeof c->nvml, v); return 0; }
    if (!strcmp(k, "cuda_version")) { if (parse_long(v, &l)) return -1; c->cuda = (int)l; return 0; }
    if (!strcmp(k, "init_error")) { if (parse_long(v, &l)) return -1; c->init_error = (int)l; return 0; }
    if (!strcmp(k, "error")) return parse_fault(v, c->errors, c->hang_ms, 0);
    if (!strcmp(k, "hang")) return parse_fault(v, c->errors, c->hang_ms, 1);
    if (!strcmp(k, "process_name")) {  /* pid:name */
        if (c->n_pname >= MAX_PNAME) return -1;
        char *colon = strchr(v, ':');
        if (!colon) return -1;
        c->pname[c->n_pname].pid = (unsigned)strtoul(v, NULL, 10);
        copy_str(c->pname[c->n_pname].name, STR, colon + 1);
        c->n_pname++;
        return 0;
    }
    return -1;
}

/* Parse the whole file into *c; -1 (with a message on stderr) on any unknown or bad line. */
static int parse_config(const char *path, config_t *c) {
    FILE *f = fopen(path, "r");
    if (!f) { fprintf(stderr, "nvml-standin: cannot open %s\n", path); return -1; }
    memset(c, 0, sizeof *c);
    strcpy(c->driver, "550.54.15");
    strcpy(c->nvml, "12.550.54.15");
    c->cuda = 12040;
    char line[1024];
    int lineno = 0, section = 0; /* 0 top, 1 device, 2 mig */
    int rc = 0;
    while (fgets(line, sizeof line, f)) {
        lineno++;
        line[strcspn(line, "\r\n")] = 0;
        if (!line[0] || line[0] == '#') continue;
        if (!strcmp(line, "[device]")) {
            if (c->n_dev >= MAX_DEV) { rc = -1; break; }
            device_defaults(&c->dev[c->n_dev++]);
            section = 1;
            continue;
        }
        if (!strcmp(line, "[mig]")) {
            device_t *d = c->n_dev ? &c->dev[c->n_dev - 1] : NULL;
            if (!d || d->n_mig >= MAX_MIG) { rc = -1; break; }
            memset(&d->mig[d->n_mig++], 0, sizeof(mig_t));
            section = 2;
            continue;
        }
        char *eq = strchr(line, '=');
        if (!eq) { rc = -1; break; }
        *eq = 0;
        const char *k = line, *v = eq + 1;
        device_t *d = c->n_dev ? &c->dev[c->n_dev - 1] : NULL;
        if (section == 0) rc = parse_top_key(c, k, v);
        else if (section == 1) rc = parse_device_key(d, k, v);
        else rc = parse_mig_key(&d->mig[d->n_mig - 1], k, v);
        if (rc) break;
    }
    fclose(f);
    if (rc) fprintf(stderr, "nvml-standin: %s line %d is not understood\n", path, lineno);
    return rc;
}

/* Re-read the config when the file changed (caller holds g_lock); keeps device run-time state. */
static int refresh(int force) {
    struct stat st;
    if (!g_path[0]) {
        const char *env = getenv("GPUSCOPE_NVML_STANDIN");
        if (!env || !*env) return E_DRIVER_NOT_LOADED;
        copy_str(g_path, sizeof g_path, env);
    }
    if (stat(g_path, &st) != 0) return g_loaded ? OK : E_DRIVER_NOT_LOADED;
    if (!force && g_loaded && st.st_ino == g_stat.st_ino && st.st_size == g_stat.st_size
        && st.st_mtim.tv_sec == g_stat.st_mtim.tv_sec
        && st.st_mtim.tv_nsec == g_stat.st_mtim.tv_nsec)
        return OK;
    static config_t fresh;
    if (parse_config(g_path, &fresh)) return g_loaded ? OK : E_UNKNOWN;
    for (int i = 0; i < fresh.n_dev && g_loaded && !force; i++) {
        if (i >= g_cfg.n_dev) break;
        device_t *old = &g_cfg.dev[i], *d = &fresh.dev[i];
        d->gen = old->gen + (old->state != PRESENT && d->state == PRESENT ? 1 : 0);
        if (d->state != PRESENT) d->lost_at = old->state != PRESENT ? old->lost_at : now_s();
    }
    g_cfg = fresh;
    g_stat = st;
    g_loaded = 1;
    return OK;
}

/* ---- faults and handles ----------------------------------------------------------------- */

#define MAGIC 0x5A000000u

static nvmlDevice_t make_handle(int dev, int mig, unsigned gen) {
    uintptr_t v = MAGIC | ((uintptr_t)dev << 16) | ((uintptr_t)(mig + 1) << 8) | (gen & 0xFF);
    return (nvmlDevice_t)v;
}

static void lose(device_t *d) {
    d->state = d->vanish ? ABSENT : LOST;
    d->lost_at = now_s();
    d->calls_since_lost = 0;
}

/* Count a call against every lost device's "comes back after" schedule. */
static void tick_back(void) {
    double t = now_s();
    for (int i = 0; i < g_cfg.n_dev; i++) {
        device_t *d = &g_cfg.dev[i];
        if (d->state == PRESENT) continue;
        d->calls_since_lost++;
        if ((d->back_after_calls > 0 && d->calls_since_lost > d->back_after_calls)
            || (d->back_after_ms > 0 && (t - d->lost_at) * 1000.0 >= d->back_after_ms)) {
            d->state = PRESENT;
            d->gen++;
            d->calls = 0;
            d->lost_after_calls = 0;  /* one episode per config */
        }
    }
}

static void hang(long ms) {
    if (ms <= 0) return;
    unsigned start = g_release;
    double until = now_s() + ms / 1000.0;
    struct timespec slice = {0, 5 * 1000 * 1000};
    while (now_s() < until && g_release == start) nanosleep(&slice, NULL);
}

/*
 * The common entry of every function: count, re-read the config, check init, decode the handle,
 * apply the fault schedule; copy the device out (*out) and its MIG index (*mig, -1 for the GPU).
 * Hangs (outside the lock) and returns the configured error, or OK.
 */
static int enter(int f, nvmlDevice_t h, device_t *out, int *mig) {
    pthread_mutex_lock(&g_lock);
    g_counts[f]++;
    int rc = refresh(0);
    long hang_ms = 0;
    if (rc == OK && !g_init) rc = E_UNINIT;
    if (rc == OK) tick_back();
    if (rc == OK && h == NULL) {
        hang_ms = g_cfg.hang_ms[f];
        rc = g_cfg.errors[f];
    } else if (rc == OK) {
        uintptr_t v = (uintptr_t)h;
        int dev = (int)((v >> 16) & 0xFF), m = (int)((v >> 8) & 0xFF) - 1;
        if ((v & 0xFF000000u) != MAGIC || dev >= g_cfg.n_dev) {
            rc = E_INVALID;
        } else {
            device_t *d = &g_cfg.dev[dev];
            d->calls++;
            if (d->state == PRESENT && d->lost_after_calls > 0 && d->calls > d->lost_after_calls)
                lose(d);
            if (d->state != PRESENT || (v & 0xFF) != (d->gen & 0xFF)) {
                rc = E_LOST;
            } else if (m >= d->n_mig) {
                rc = E_INVALID;
            } else {
                hang_ms = d->hang_ms[f] ? d->hang_ms[f] : g_cfg.hang_ms[f];
                rc = d->errors[f] ? d->errors[f] : g_cfg.errors[f];
                if (out) *out = *d;
                if (mig) *mig = m;
            }
        }
    }
    pthread_mutex_unlock(&g_lock);
    hang(hang_ms);
    return rc;
}

/* ---- control (tests only) --------------------------------------------------------------- */

int standinConfigure(const char *path) {
    pthread_mutex_lock(&g_lock);
    copy_str(g_path, sizeof g_path, path ? path : "");
    g_loaded = 0;
    g_init = 0;
    memset(g_counts, 0, sizeof g_counts);
    int rc = path && *path ? refresh(1) : OK;
    pthread_mutex_unlock(&g_lock);
    return rc;
}

void standinRelease(void) { g_release++; }

long standinCallCount(const char *name) {
    int f = func_index(name);
    if (f < 0) return -1;
    pthread_mutex_lock(&g_lock);
    long n = g_counts[f];
    pthread_mutex_unlock(&g_lock);
    return n;
}

/* ---- system ----------------------------------------------------------------------------- */

static nvmlReturn_t do_init(int f) {
    pthread_mutex_lock(&g_lock);
    g_counts[f]++;
    int rc = refresh(0);
    long hang_ms = 0;
    if (rc == OK) {
        hang_ms = g_cfg.hang_ms[f];
        rc = g_cfg.init_error ? g_cfg.init_error : g_cfg.errors[f];
    }
    if (rc == OK) g_init++;
    pthread_mutex_unlock(&g_lock);
    hang(hang_ms);
    return rc;
}

nvmlReturn_t nvmlInitWithFlags(unsigned flags) { (void)flags; return do_init(F_nvmlInitWithFlags); }
nvmlReturn_t nvmlInit_v2(void) { return do_init(F_nvmlInit_v2); }
nvmlReturn_t nvmlInit(void) { return do_init(F_nvmlInit); }

nvmlReturn_t nvmlShutdown(void) {
    int rc = enter(F_nvmlShutdown, NULL, NULL, NULL);
    if (rc == OK) {
        pthread_mutex_lock(&g_lock);
        if (g_init > 0) g_init--;
        pthread_mutex_unlock(&g_lock);
    }
    return rc;
}

const char *nvmlErrorString(nvmlReturn_t rc) {
    switch (rc) {
    case OK: return "Success";
    case E_UNINIT: return "Uninitialized";
    case E_NOT_SUPPORTED: return "Not Supported";
    case E_NO_PERM: return "Insufficient Permissions";
    case E_NOT_FOUND: return "Not Found";
    case E_DRIVER_NOT_LOADED: return "Driver Not Loaded";
    case E_FNF: return "Function Not Found";
    case E_LOST: return "GPU is lost";
    default: return "Unknown Error";
    }
}

static nvmlReturn_t put_str(char *buf, unsigned len, const char *s) {
    if (!buf) return E_INVALID;
    if (strlen(s) + 1 > len) return E_INSUFFICIENT;
    memcpy(buf, s, strlen(s) + 1);
    return OK;
}

/* A system string, copied under the lock (a re-read may replace the config meanwhile). */
static nvmlReturn_t sys_str(int f, char *buf, unsigned len, int nvml) {
    int rc = enter(f, NULL, NULL, NULL);
    if (rc) return rc;
    char value[STR];
    pthread_mutex_lock(&g_lock);
    copy_str(value, STR, nvml ? g_cfg.nvml : g_cfg.driver);
    pthread_mutex_unlock(&g_lock);
    return put_str(buf, len, value);
}

nvmlReturn_t nvmlSystemGetDriverVersion(char *buf, unsigned len) {
    return sys_str(F_nvmlSystemGetDriverVersion, buf, len, 0);
}

nvmlReturn_t nvmlSystemGetNVMLVersion(char *buf, unsigned len) {
    return sys_str(F_nvmlSystemGetNVMLVersion, buf, len, 1);
}

static nvmlReturn_t cuda_version(int f, int *v) {
    int rc = enter(f, NULL, NULL, NULL);
    if (rc) return rc;
    if (!v) return E_INVALID;
    *v = g_cfg.cuda;
    return OK;
}

nvmlReturn_t nvmlSystemGetCudaDriverVersion(int *v) {
    return cuda_version(F_nvmlSystemGetCudaDriverVersion, v);
}

nvmlReturn_t nvmlSystemGetCudaDriverVersion_v2(int *v) {
    return cuda_version(F_nvmlSystemGetCudaDriverVersion_v2, v);
}

nvmlReturn_t nvmlSystemGetProcessName(unsigned pid, char *buf, unsigned len) {
    int rc = enter(F_nvmlSystemGetProcessName, NULL, NULL, NULL);
    if (rc) return rc;
    char name[STR] = "";
    pthread_mutex_lock(&g_lock);
    for (int i = 0; i < g_cfg.n_pname; i++)
        if (g_cfg.pname[i].pid == pid) copy_str(name, STR, g_cfg.pname[i].name);
    pthread_mutex_unlock(&g_lock);
    return name[0] ? put_str(buf, len, name) : E_NOT_FOUND;
}

/* ---- enumeration ------------------------------------------------------------------------ */

static nvmlReturn_t count(int f, unsigned *n) {
    int rc = enter(f, NULL, NULL, NULL);
    if (rc) return rc;
    if (!n) return E_INVALID;
    pthread_mutex_lock(&g_lock);
    unsigned k = 0;
    for (int i = 0; i < g_cfg.n_dev; i++) k += g_cfg.dev[i].state != ABSENT;
    pthread_mutex_unlock(&g_lock);
    *n = k;
    return OK;
}

nvmlReturn_t nvmlDeviceGetCount_v2(unsigned *n) { return count(F_nvmlDeviceGetCount_v2, n); }
nvmlReturn_t nvmlDeviceGetCount(unsigned *n) { return count(F_nvmlDeviceGetCount, n); }

static nvmlReturn_t by_index(int f, unsigned index, nvmlDevice_t *out) {
    int rc = enter(f, NULL, NULL, NULL);
    if (rc) return rc;
    if (!out) return E_INVALID;
    rc = E_INVALID;
    pthread_mutex_lock(&g_lock);
    unsigned k = 0;
    for (int i = 0; i < g_cfg.n_dev; i++) {
        if (g_cfg.dev[i].state == ABSENT) continue;
        if (k++ == index) { *out = make_handle(i, -1, g_cfg.dev[i].gen); rc = OK; break; }
    }
    pthread_mutex_unlock(&g_lock);
    return rc;
}

nvmlReturn_t nvmlDeviceGetHandleByIndex_v2(unsigned i, nvmlDevice_t *out) {
    return by_index(F_nvmlDeviceGetHandleByIndex_v2, i, out);
}

nvmlReturn_t nvmlDeviceGetHandleByIndex(unsigned i, nvmlDevice_t *out) {
    return by_index(F_nvmlDeviceGetHandleByIndex, i, out);
}

/* ---- static facts ----------------------------------------------------------------------- */

#define DEVICE_CALL(fn) \
    device_t d; int m = -1; \
    int rc = enter(F_##fn, h, &d, &m); \
    if (rc) return rc;

static nvmlReturn_t put_uint(unsigned *p, unsigned v) {
    if (!p) return E_INVALID;
    *p = v;
    return OK;
}

nvmlReturn_t nvmlDeviceGetName(nvmlDevice_t h, char *buf, unsigned len) {
    DEVICE_CALL(nvmlDeviceGetName)
    return put_str(buf, len, m >= 0 ? d.mig[m].name : d.name);
}

nvmlReturn_t nvmlDeviceGetUUID(nvmlDevice_t h, char *buf, unsigned len) {
    DEVICE_CALL(nvmlDeviceGetUUID)
    return put_str(buf, len, m >= 0 ? d.mig[m].uuid : d.uuid);
}

typedef struct {
    char busIdLegacy[16];
    unsigned domain, bus, device, pciDeviceId, pciSubSystemId;
    char busId[32];
} pci_t;

nvmlReturn_t nvmlDeviceGetPciInfo_v3(nvmlDevice_t h, pci_t *p) {
    DEVICE_CALL(nvmlDeviceGetPciInfo_v3)
    if (!p) return E_INVALID;
    memset(p, 0, sizeof *p);
    copy_str(p->busId, sizeof p->busId, d.bus_id);
    sscanf(d.bus_id, "%x:%x:%x", &p->domain, &p->bus, &p->device);
    snprintf(p->busIdLegacy, sizeof p->busIdLegacy, "%04x:%02x:%02x.0", p->domain & 0xFFFF,
             p->bus & 0xFF, p->device & 0x1F);
    p->pciDeviceId = (d.pci_device_id << 16) | 0x10DE;
    return OK;
}

nvmlReturn_t nvmlDeviceGetBrand(nvmlDevice_t h, int *b) {
    DEVICE_CALL(nvmlDeviceGetBrand)
    if (!b) return E_INVALID;
    *b = d.brand;
    return OK;
}

nvmlReturn_t nvmlDeviceGetCudaComputeCapability(nvmlDevice_t h, int *major, int *minor) {
    DEVICE_CALL(nvmlDeviceGetCudaComputeCapability)
    if (!major || !minor) return E_INVALID;
    *major = d.cc_major;
    *minor = d.cc_minor;
    return OK;
}

nvmlReturn_t nvmlDeviceGetNumGpuCores(nvmlDevice_t h, unsigned *n) {
    DEVICE_CALL(nvmlDeviceGetNumGpuCores)
    return put_uint(n, d.cores);
}

nvmlReturn_t nvmlDeviceGetMemoryBusWidth(nvmlDevice_t h, unsigned *n) {
    DEVICE_CALL(nvmlDeviceGetMemoryBusWidth)
    return put_uint(n, d.bus_width);
}

/* clock types: 0 graphics, 1 SM, 2 memory, 3 video */
nvmlReturn_t nvmlDeviceGetMaxClockInfo(nvmlDevice_t h, unsigned type, unsigned *mhz) {
    DEVICE_CALL(nvmlDeviceGetMaxClockInfo)
    unsigned v = type == 2 ? d.max_mem : d.max_sm;
    return v ? put_uint(mhz, v) : E_NOT_SUPPORTED;  /* 0 in the config: this clock unknown */
}

nvmlReturn_t nvmlDeviceGetClockInfo(nvmlDevice_t h, unsigned type, unsigned *mhz) {
    DEVICE_CALL(nvmlDeviceGetClockInfo)
    return put_uint(mhz, type == 2 ? d.mem_clock : d.sm_clock);
}

typedef struct { unsigned long long total, free, used; } mem_v1_t;
typedef struct { unsigned version; unsigned long long total, reserved, free, used; } mem_v2_t;

nvmlReturn_t nvmlDeviceGetMemoryInfo(nvmlDevice_t h, mem_v1_t *p) {
    DEVICE_CALL(nvmlDeviceGetMemoryInfo)
    if (!p) return E_INVALID;
    if (m >= 0) {
        p->total = d.mig[m].total;
        p->used = d.mig[m].used;
    } else {  /* v1: "used" includes what the driver reserves */
        p->total = d.mem_total;
        p->used = d.mem_used + d.mem_reserved;
    }
    p->free = p->total > p->used ? p->total - p->used : 0;
    return OK;
}

nvmlReturn_t nvmlDeviceGetMemoryInfo_v2(nvmlDevice_t h, mem_v2_t *p) {
    DEVICE_CALL(nvmlDeviceGetMemoryInfo_v2)
    if (!p) return E_INVALID;
    if (p->version != 0x02000028u) return E_ARG_VERSION;
    p->total = m >= 0 ? d.mig[m].total : d.mem_total;
    p->used = m >= 0 ? d.mig[m].used : d.mem_used;
    p->reserved = m >= 0 ? 0 : d.mem_reserved;
    unsigned long long taken = p->used + p->reserved;
    p->free = p->total > taken ? p->total - taken : 0;
    return OK;
}

/* ---- live values ------------------------------------------------------------------------ */

nvmlReturn_t nvmlDeviceGetEnforcedPowerLimit(nvmlDevice_t h, unsigned *mw) {
    DEVICE_CALL(nvmlDeviceGetEnforcedPowerLimit)
    return put_uint(mw, d.power_limit_mw);
}

nvmlReturn_t nvmlDeviceGetPowerManagementLimit(nvmlDevice_t h, unsigned *mw) {
    DEVICE_CALL(nvmlDeviceGetPowerManagementLimit)
    return put_uint(mw, d.power_limit_mw);
}

nvmlReturn_t nvmlDeviceGetPowerUsage(nvmlDevice_t h, unsigned *mw) {
    DEVICE_CALL(nvmlDeviceGetPowerUsage)
    return put_uint(mw, d.power_mw);
}

typedef struct { unsigned version, sensorType; int temperature; } temp_v1_t;

nvmlReturn_t nvmlDeviceGetTemperatureV(nvmlDevice_t h, temp_v1_t *p) {
    DEVICE_CALL(nvmlDeviceGetTemperatureV)
    if (!p) return E_INVALID;
    if (p->version != 0x100000Cu) return E_ARG_VERSION;
    if (p->sensorType != 0) return E_INVALID;
    p->temperature = (int)d.temperature;
    return OK;
}

nvmlReturn_t nvmlDeviceGetTemperature(nvmlDevice_t h, unsigned sensor, unsigned *c) {
    DEVICE_CALL(nvmlDeviceGetTemperature)
    if (sensor != 0) return E_INVALID;
    return put_uint(c, d.temperature);
}

nvmlReturn_t nvmlDeviceGetFanSpeed(nvmlDevice_t h, unsigned *pct) {
    DEVICE_CALL(nvmlDeviceGetFanSpeed)
    return put_uint(pct, d.fan);
}

typedef struct { unsigned gpu, memory; } util_t;

nvmlReturn_t nvmlDeviceGetUtilizationRates(nvmlDevice_t h, util_t *u) {
    DEVICE_CALL(nvmlDeviceGetUtilizationRates)
    if (!u) return E_INVALID;
    u->gpu = d.util_gpu;
    u->memory = d.util_mem;
    return OK;
}

#define PCIE(fn, i) \
    nvmlReturn_t fn(nvmlDevice_t h, unsigned *v) { DEVICE_CALL(fn) return put_uint(v, d.pcie[i]); }
PCIE(nvmlDeviceGetCurrPcieLinkGeneration, 0)
PCIE(nvmlDeviceGetCurrPcieLinkWidth, 1)
PCIE(nvmlDeviceGetMaxPcieLinkGeneration, 2)
PCIE(nvmlDeviceGetMaxPcieLinkWidth, 3)

/* ---- MIG -------------------------------------------------------------------------------- */

nvmlReturn_t nvmlDeviceGetMigMode(nvmlDevice_t h, unsigned *current, unsigned *pending) {
    DEVICE_CALL(nvmlDeviceGetMigMode)
    if (d.mig_mode < 0) return E_NOT_SUPPORTED;
    if (!current || !pending) return E_INVALID;
    *current = *pending = (unsigned)d.mig_mode;
    return OK;
}

nvmlReturn_t nvmlDeviceGetMaxMigDeviceCount(nvmlDevice_t h, unsigned *n) {
    DEVICE_CALL(nvmlDeviceGetMaxMigDeviceCount)
    if (d.mig_mode < 0) return E_NOT_SUPPORTED;
    return put_uint(n, 7);
}

nvmlReturn_t nvmlDeviceGetMigDeviceHandleByIndex(nvmlDevice_t h, unsigned j, nvmlDevice_t *out) {
    DEVICE_CALL(nvmlDeviceGetMigDeviceHandleByIndex)
    if (!out) return E_INVALID;
    if (d.mig_mode != 1 || (int)j >= d.n_mig) return E_NOT_FOUND;
    uintptr_t v = (uintptr_t)h;
    *out = make_handle((int)((v >> 16) & 0xFF), (int)j, (unsigned)(v & 0xFF));
    return OK;
}

nvmlReturn_t nvmlDeviceGetGpuInstanceId(nvmlDevice_t h, unsigned *id) {
    DEVICE_CALL(nvmlDeviceGetGpuInstanceId)
    return m < 0 ? E_INVALID : put_uint(id, d.mig[m].gi);
}

nvmlReturn_t nvmlDeviceGetComputeInstanceId(nvmlDevice_t h, unsigned *id) {
    DEVICE_CALL(nvmlDeviceGetComputeInstanceId)
    return m < 0 ? E_INVALID : put_uint(id, d.mig[m].ci);
}

/* ---- processes -------------------------------------------------------------------------- */

typedef struct { unsigned pid; unsigned long long usedGpuMemory; unsigned gi, ci; } proc_info_t;

/* NVML's two-call protocol: a NULL array asks for the count (InsufficientSize when > 0). */
static nvmlReturn_t procs(const device_t *d, int kind, unsigned *n, proc_info_t *out) {
    if (!n) return E_INVALID;
    unsigned k = 0;
    for (int i = 0; i < d->n_proc; i++) k += (d->proc[i].kinds & kind) != 0;
    if (k == 0) { *n = 0; return OK; }
    if (!out || *n < k) { *n = k; return E_INSUFFICIENT; }
    unsigned j = 0;
    for (int i = 0; i < d->n_proc; i++) {
        const proc_t *p = &d->proc[i];
        if (!(p->kinds & kind)) continue;
        out[j].pid = p->pid;
        out[j].usedGpuMemory = p->used;
        out[j].gi = p->gi;
        out[j].ci = p->ci;
        j++;
    }
    *n = k;
    return OK;
}

#define PROCS(fn, kind) \
    nvmlReturn_t fn(nvmlDevice_t h, unsigned *n, proc_info_t *out) { \
        DEVICE_CALL(fn) return procs(&d, kind, n, out); }
PROCS(nvmlDeviceGetComputeRunningProcesses_v3, 1)
PROCS(nvmlDeviceGetGraphicsRunningProcesses_v3, 2)
PROCS(nvmlDeviceGetComputeRunningProcesses_v2, 1)
PROCS(nvmlDeviceGetGraphicsRunningProcesses_v2, 2)
