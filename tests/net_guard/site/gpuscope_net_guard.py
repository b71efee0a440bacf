"""Fail on any network use from Python: socket creation (but local AF_UNIX) and name lookups.

Standalone on purpose (no imports from the project): ``sitecustomize.py`` beside it installs the
guard when ``GPUSCOPE_NET_GUARD_LOG`` is set, before any other module is imported, so imports of
dependencies are covered too. Every attempt raises :class:`NetworkBlocked` (a RuntimeError, not an
OSError that code might swallow) and is appended to the log file with a stack, so a test can
assert the log is empty even if the exception was caught somewhere.
"""

from __future__ import annotations

import _socket
import os
import socket
import traceback

ENV_LOG = "GPUSCOPE_NET_GUARD_LOG"
attempts: list[str] = []
_saved: dict[tuple[object, str], object] = {}
_LOOKUPS = ("getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr",
            "getnameinfo")


class NetworkBlocked(RuntimeError):
    """gpuscope tried to use the network."""


def _record(what: str) -> None:
    entry = f"py {what[:200]} pid={os.getpid()}\n" + "".join(traceback.format_stack(limit=12))
    attempts.append(entry)
    log = os.environ.get(ENV_LOG)
    if log:
        with open(log, "a", encoding="utf-8") as f:
            f.write(entry + "\n")


def _blocked(name: str):  # noqa: ANN202
    def refuse(*args: object, **kwargs: object) -> None:
        _record(f"{name}{args!r}")
        raise NetworkBlocked(f"gpuscope must not use the network ({name})")

    return refuse


def _guarded(base: type) -> type:
    class GuardedSocket(base):  # type: ignore[misc, valid-type]
        def __init__(self, family: int = -1, type: int = -1, proto: int = -1,  # noqa: A002
                     fileno: object = None) -> None:
            fam = socket.AF_INET if family in (-1, None) else family
            if fileno is None and fam != getattr(socket, "AF_UNIX", object()):
                _record(f"socket(family={fam})")
                raise NetworkBlocked("gpuscope must not open a network socket")
            super().__init__(family, type, proto, fileno)

    return GuardedSocket


def install() -> None:
    """Patch ``socket`` and ``_socket`` (idempotent)."""
    if _saved:
        return
    for module in (socket, _socket):
        for name in (*_LOOKUPS, "create_connection", "create_server"):
            if hasattr(module, name):
                _saved[(module, name)] = getattr(module, name)
                setattr(module, name, _blocked(name))
    # socket.socket only: its own __init__ calls _socket.socket.__init__ by name, so the C type
    # stays; code creating _socket.socket directly is caught by the C layer (netguard.c).
    _saved[(socket, "socket")] = socket.socket
    socket.socket = _guarded(socket.socket)  # type: ignore[misc]


def uninstall() -> None:
    for (module, name), value in _saved.items():
        setattr(module, name, value)
    _saved.clear()


def install_from_env() -> None:
    if os.environ.get(ENV_LOG):
        install()
