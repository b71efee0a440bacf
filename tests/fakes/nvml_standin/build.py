"""Compile the stand-in NVML library (``nvml_standin.c``) with the system C compiler.

The output is named ``libnvidia-ml.so.1``, the name the real ``pynvml`` asks the dynamic loader
for, so a subprocess started with ``LD_LIBRARY_PATH=<its folder>`` runs pynvml's own loading code
and gets the stand-in. Its *soname* is different (``libgpuscope-nvml-standin.so``): loading it by
path inside the test process does not make a later ``CDLL("libnvidia-ml.so.1")`` find it, so the
real no-driver tests still see no NVML library.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path(__file__).with_name("nvml_standin.c")
LIB_NAME = "libnvidia-ml.so.1"
SONAME = "libgpuscope-nvml-standin.so"
FLAGS = ("-shared", "-fPIC", "-O2", "-Wall", "-Wextra", "-std=c11", "-pthread",
         f"-Wl,-soname,{SONAME}")


def find_compiler() -> str | None:
    """``$CC``, else ``cc``, ``gcc`` or ``clang`` on PATH."""
    for name in (os.environ.get("CC"), "cc", "gcc", "clang"):
        if name and (path := shutil.which(name)):
            return path
    return None


def skip_reason() -> str | None:
    """Why the stand-in cannot be built here (None when it can)."""
    if not sys.platform.startswith("linux"):
        return "the stand-in NVML library replaces libnvidia-ml.so.1 and is built on Linux only"
    if find_compiler() is None:
        return "no C compiler (cc, gcc or clang) on PATH to build the stand-in NVML library"
    return None


def build(out_dir: str | os.PathLike[str] | None = None) -> Path:
    """Compile into ``out_dir`` (default: a new private temporary folder); the library's path."""
    reason = skip_reason()
    if reason:
        raise RuntimeError(reason)
    folder = Path(out_dir) if out_dir is not None else Path(tempfile.mkdtemp(prefix="nvml-"))
    folder.mkdir(parents=True, exist_ok=True)
    lib = folder / LIB_NAME
    tmp = folder / f".{LIB_NAME}.{os.getpid()}.tmp"
    cmd = [str(find_compiler()), *FLAGS, "-o", str(tmp), str(SOURCE)]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"compiling the stand-in NVML library failed:\n{done.stderr}")
    os.replace(tmp, lib)
    return lib


if __name__ == "__main__":
    print(build(sys.argv[1] if len(sys.argv) > 1 else None))
