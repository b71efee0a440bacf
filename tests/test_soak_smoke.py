"""benchmarks/soak.py still runs (a few minutes of equivalent time; figures are in the README)."""

from __future__ import annotations

import json
import runpy
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_soak_script_runs_and_history_stays_bounded(tmp_path: Path, capsys) -> None:
    soak = runpy.run_path(str(ROOT / "benchmarks" / "soak.py"), run_name="soak")
    out = tmp_path / "soak.json"
    assert soak["main"](["--hours", "0.25", "--speed", "0", "--nvml", "fake", "--devices", "2",
                         "--report-every", "5", "--out", str(out)]) == 0
    result = json.loads(out.read_text())
    assert result["polls"] == 900 and result["samples"] == 1800  # 15 min at 1 Hz, 2 GPUs
    # history: the last 10 min in full (600 per GPU), the 5 min before in 10 s means (30 per GPU)
    assert 2 * (600 + 30) <= result["history_end"] <= 2 * (600 + 30 + 1)
    assert result["threads_running"] <= 1 + 2  # the caller and one worker per GPU: nothing piles up
    assert "% of one core at 1 Hz" in capsys.readouterr().out
