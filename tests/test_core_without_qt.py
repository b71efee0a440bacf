"""The core (everything except gpuscope.ui) imports with PySide6 and pyqtgraph made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

SCRIPT = r"""
import importlib, pkgutil, sys

class Block:
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "pyqtgraph", "PyQt5", "PyQt6"):
            raise ImportError(f"core must not import {name}")
        return None

sys.meta_path.insert(0, Block())
import gpuscope
names = []
for info in pkgutil.walk_packages(gpuscope.__path__, "gpuscope."):
    if info.name.split(".")[:2] == ["gpuscope", "ui"] or info.name == "gpuscope.__main__":
        continue
    importlib.import_module(info.name)
    names.append(info.name)
print(len(names))
"""


def test_core_imports_without_qt() -> None:
    out = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True,
        env={"PYTHONPATH": str(SRC), "PATH": "/usr/bin:/bin"}, check=False,
    )
    assert out.returncode == 0, out.stderr
    assert int(out.stdout.strip()) >= 5  # the walk really imported the core modules
