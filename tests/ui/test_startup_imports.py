"""The first paint comes before the heavy imports: pyqtgraph, numpy, gguf and NVML load after."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

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


def _tiny_gguf(path: Path) -> Path:
    import numpy as np
    from gguf import GGUFWriter

    writer = GGUFWriter(str(path), "llama")
    writer.add_block_count(1)
    writer.add_context_length(256)
    writer.add_embedding_length(64)
    writer.add_feed_forward_length(128)
    writer.add_head_count(4)
    writer.add_head_count_kv(4)
    writer.add_tensor("token_embd.weight", np.zeros((32, 64), dtype=np.float32))
    writer.add_tensor("blk.0.attn_q.weight", np.zeros((64, 64), dtype=np.float32))
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


@pytest.mark.parametrize("with_file", [False, True], ids=["no-argument", "model-file-argument"])
def test_heavy_modules_load_after_the_first_paint(tmp_path: Path, with_file: bool) -> None:
    """Also when launched with a model file ("Open with" from the desktop): it is read after."""
    args = [str(_tiny_gguf(tmp_path / "tiny.gguf"))] if with_file else []
    src = Path(__file__).resolve().parents[2] / "src"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "GPUSCOPE_PROBE": "1",
           "GPUSCOPE_PROBE_QUIT": "1", "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_DATA_HOME": str(tmp_path / "data"),
           "PYTHONPATH": os.pathsep.join([str(src), os.environ.get("PYTHONPATH", "")])}
    out = subprocess.run([sys.executable, "-c", PROBE, *args], env=env, capture_output=True,
                         text=True, timeout=120).stdout
    lines = {line.split(" loaded:")[0]: line.split("loaded:")[1].strip()
             for line in out.splitlines() if " loaded:" in line}
    assert lines.get("first-paint") == "", out
    # and they do load, right after: the plots are there
    assert "pyqtgraph" in lines.get("plots-ready", ""), out
