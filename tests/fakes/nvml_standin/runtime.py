"""Put the stand-in NVML library under the real ``pynvml``: in this process, or in a subprocess.

*Subprocess* (:meth:`Standin.env`): ``LD_LIBRARY_PATH`` points at the folder holding the compiled
``libnvidia-ml.so.1`` and ``GPUSCOPE_NVML_STANDIN`` at the config, so pynvml's own
``_LoadNvmlLibrary`` (``CDLL("libnvidia-ml.so.1")``) loads the stand-in: every line of the binding
runs as against a driver.

*In process* (:meth:`Standin.installed`): the dynamic loader reads ``LD_LIBRARY_PATH`` only at
start-up, so the library is loaded by path and handed to pynvml as ``pynvml.nvmlLib`` (what
``_LoadNvmlLibrary`` would have set); ``nvmlInit`` and every wrapper and struct of the binding are
still pynvml's. On exit the binding is reset (``nvmlLib = None``, function cache cleared), hung
calls are released, and the library is left loaded (unloading it under a thread that is still
inside would crash); its soname differs from ``libnvidia-ml.so.1``, so later tests still find no
NVML library.
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from tests.fakes.nvml_standin.config import ENV, write_config

SRC = Path(__file__).resolve().parents[3] / "src"


class Standin:
    """The compiled library plus one config file a test writes and rewrites."""

    def __init__(self, lib_path: Path, config_path: Path) -> None:
        self.lib_path = lib_path
        self.config_path = config_path
        self._lib: ctypes.CDLL | None = None

    @property
    def lib(self) -> ctypes.CDLL:
        if self._lib is None:
            self._lib = ctypes.CDLL(str(self.lib_path))
            self._lib.standinConfigure.argtypes = [ctypes.c_char_p]
            self._lib.standinCallCount.argtypes = [ctypes.c_char_p]
            self._lib.standinCallCount.restype = ctypes.c_long
        return self._lib

    # -- config --------------------------------------------------------------------------
    def configure(self, cfg: Mapping[str, Any]) -> None:
        """Serve ``cfg`` from now on; in process, also forget all run-time state."""
        write_config(self.config_path, cfg)
        if self._lib is not None:
            self._lib.standinConfigure(str(self.config_path).encode())

    def update(self, cfg: Mapping[str, Any]) -> None:
        """Rewrite the config mid-session (the library notices; device state carries over)."""
        write_config(self.config_path, cfg)

    def calls(self, fn: str) -> int:
        """How many times the in-process library was asked for ``fn`` since configure()."""
        return int(self.lib.standinCallCount(fn.encode()))

    def release(self) -> None:
        """End every hanging call now."""
        if self._lib is not None:
            self._lib.standinRelease()

    # -- loading -------------------------------------------------------------------------
    def env(self, base: Mapping[str, str] | None = None) -> dict[str, str]:
        """Environment for a subprocess whose pynvml loads the stand-in."""
        env = dict(os.environ if base is None else base)
        paths = [str(self.lib_path.parent), env.get("LD_LIBRARY_PATH", "")]
        env["LD_LIBRARY_PATH"] = os.pathsep.join(p for p in paths if p)
        env[ENV] = str(self.config_path)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SRC), env.get("PYTHONPATH")) if p)
        return env

    @contextmanager
    def installed(self) -> Iterator[Standin]:
        """The real ``pynvml`` module talks to the stand-in inside the block."""
        import pynvml

        lib = self.lib
        lib.standinConfigure(str(self.config_path).encode())
        saved = pynvml.nvmlLib
        pynvml.nvmlLib = lib
        pynvml._nvmlGetFunctionPointer_cache.clear()
        try:
            yield self
        finally:
            lib.standinRelease()
            pynvml.nvmlLib = saved
            pynvml._nvmlGetFunctionPointer_cache.clear()
            pynvml._nvmlLib_refcount = 0
            lib.standinConfigure(None)


def python() -> str:
    return sys.executable


__all__ = ["Standin", "python"]
