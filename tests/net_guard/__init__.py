"""No network, ever: guards that fail a test on any socket creation or name lookup.

Two layers, usable together:

* **Python** (``site/gpuscope_net_guard.py``): patches ``socket`` / ``_socket`` (sockets other
  than local AF_UNIX, ``getaddrinfo``, ``gethostbyname*``, ``create_connection`` ...). In a
  subprocess, ``site/sitecustomize.py`` installs it before anything is imported, so dependencies'
  import-time code is covered; in the test process the :func:`no_network` fixture installs it.
* **C** (``netguard.c``, built with the system compiler and put in ``LD_PRELOAD``): intercepts
  libc's ``socket()``, ``getaddrinfo()`` and ``gethostbyname*()``, so Qt and C extensions are
  covered too.

Both append every attempt to the file named by ``GPUSCOPE_NET_GUARD_LOG``: the test asserts the
file stays empty, which also catches attempts whose error the code swallowed.

For the window (pytest-qt): ``def test_x(qtbot, no_network): ...`` (in-process, Python layer), or
run the GUI in a subprocess with ``env=guard_env(log, preload=build_preload(folder))``.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator, Mapping
from pathlib import Path
from types import ModuleType

import pytest

HERE = Path(__file__).resolve().parent
SITE = HERE / "site"
ROOT = HERE.parents[1]
ENV_LOG = "GPUSCOPE_NET_GUARD_LOG"


def _python_guard() -> ModuleType:
    name = "gpuscope_net_guard"
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, SITE / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


def build_preload(folder: Path) -> Path | None:
    """Compile ``netguard.c`` into ``folder``; None when there is no C compiler (Linux only)."""
    from tests.fakes.nvml_standin.build import find_compiler

    cc = find_compiler()
    if cc is None or not sys.platform.startswith("linux"):
        return None
    out = folder / "libgpuscope-netguard.so"
    subprocess.run([cc, "-shared", "-fPIC", "-O2", "-o", str(out), str(HERE / "netguard.c"),
                    "-ldl"], check=True, capture_output=True, timeout=120)
    return out


def guard_env(log: Path, preload: Path | None = None,
              base: Mapping[str, str] | None = None) -> dict[str, str]:
    """Environment for a guarded subprocess running gpuscope from this checkout."""
    env = dict(os.environ if base is None else base)
    paths = [str(SITE), str(ROOT / "src"), str(ROOT), env.get("PYTHONPATH", "")]
    env["PYTHONPATH"] = os.pathsep.join(p for p in paths if p)
    env[ENV_LOG] = str(log)
    if preload is not None:
        env["LD_PRELOAD"] = " ".join(p for p in (str(preload), env.get("LD_PRELOAD", "")) if p)
    return env


@pytest.fixture()
def no_network() -> Iterator[list[str]]:
    """In-process guard for the test's duration; fails the test if anything tried the network."""
    guard = _python_guard()
    start = len(guard.attempts)
    guard.install()
    try:
        yield guard.attempts
    finally:
        guard.uninstall()
    tried = guard.attempts[start:]
    assert not tried, "network use:\n" + "\n".join(tried)


__all__ = ["ENV_LOG", "build_preload", "guard_env", "no_network"]
