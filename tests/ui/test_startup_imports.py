"""The first paint comes before the heavy imports: pyqtgraph, numpy, gguf and NVML load after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pyqtgraph", "numpy", "gguf", "pynvml")

PROBE = f"""
import sys
from gpuscope.ui import startup_probe
original = startup_probe.mark
def mark(milestone, detail=""):
    if milestone in ("first-paint", "plots-ready"):
        print(milestone, "loaded:", ",".join(m for m in {HEAVY!r} if m in sys.modules), flush=True)
    original(milestone, detail)
startup_probe.mark = mark
import runpy
runpy.run_module("gpuscope", run_name="__main__")
"""


def test_heavy_modules_load_after_the_first_paint(tmp_path: Path) -> None:
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GPUSCOPE_PROBE": "1",
           "GPUSCOPE_PROBE_QUIT": "1", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True,
                         timeout=120).stdout
    lines = {line.split(" loaded:")[0]: line.split("loaded:")[1].strip()
             for line in out.splitlines() if " loaded:" in line}
    assert lines.get("first-paint") == "", out
    # and they do load, right after: the plots are there
    assert "pyqtgraph" in lines.get("plots-ready", ""), out
