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


def test_soak_with_the_window_feeds_its_telemetry_plot(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    out = tmp_path / "soak-window.json"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "soak.py"), "--hours", "0.02", "--speed", "0",
         "--nvml", "fake", "--devices", "2", "--with-window", "--report-every", "0.5",
         "--out", str(out)], env=env, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    result = json.loads(out.read_text())
    assert result["config"]["with_window"] is True and result["polls"] == 72
    assert result["window"]["plot_refreshes"] == 72 and result["window"]["points_drawn"] == 72
    # the Qt side is sampled on every row and judged: QObjects, plot items and curve points
    last = result["rows"][-1]
    assert last["qt_children"] > 100 and last["plot_items"] >= 4 and last["curve_points"] == 4 * 72
    assert {"rss_mib", "qt_children", "scene_items", "plot0_plot_items",
            "curve_points"} <= set(result["flat"])
    assert result["flat"]["qt_children"]["flat"] and result["flat"]["plot_items"]["flat"]
    assert "qt_children" in done.stdout and ("all flat" in done.stdout
                                             or "NOT ALL FLAT" in done.stdout)


def test_the_soak_waits_on_one_timer_not_a_single_shot_per_wait(qapp, monkeypatch) -> None:
    """QTimer.singleShot(ms, callable) leaks ~60 B per call in PySide6: at 20 waits a second
    that was +1.8 MiB of RSS over an 8 h soak, charged to the app."""
    from PySide6.QtCore import QTimer

    soak = runpy.run_path(str(ROOT / "benchmarks" / "soak.py"), run_name="soak")

    def no_single_shot(*args: object) -> None:
        raise AssertionError("a QTimer.singleShot per wait")

    monkeypatch.setattr(QTimer, "singleShot", no_single_shot)
    consumer = object.__new__(soak["WindowConsumer"])
    consumer.app, consumer._loop, consumer._timer = qapp, None, None
    calls = []
    consumer.wait(0.12)
    timer = consumer._timer
    consumer.wait(1.0, until=lambda: calls.append(1) or len(calls) > 3)
    assert consumer._timer is timer and len(calls) == 4  # the same timer; until() ends it early
