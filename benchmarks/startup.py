"""Start-up and memory against the floor Qt itself costs, measured in the same run.

    python benchmarks/startup.py [--runs 7]

Each run is a fresh process (interpreter start included), timed from just before ``Popen`` to the
milestone line the process prints: a bare PySide6 label window's first paint, a bare pyqtgraph
PlotWidget's first paint, and gpuscope's first paint (window with GPU panel, model form and
verdict) and plots-ready (src/gpuscope/ui/startup_probe.py). Resident memory after start is
compared with the bare pyqtgraph window's. Writes benchmarks/results/startup.json.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = Path(__file__).resolve().parent / "floors"


def _run(cmd: list[str], env: dict[str, str]) -> dict[str, tuple[float, float | None]]:
    t0 = time.time()
    out = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=120).stdout
    marks = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) >= 3 and parts[0] in ("floor-probe", "gpuscope-probe"):
            rss = float(parts[3]) if len(parts) > 3 and parts[3] != "nan" else None
            marks[parts[1]] = (float(parts[2]) - t0, rss)
    return marks


def stats(values: list[float]) -> dict[str, float]:
    s = sorted(values)
    return {"median": statistics.median(s), "p95": s[min(len(s) - 1, int(0.95 * len(s)))],
            "max": s[-1], "runs": len(s)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # an installed gpuscope has its bytecode compiled (pip does it); this checkout may not, and
    # PYTHONDONTWRITEBYTECODE would then recompile every module on every launch
    compileall.compile_dir(str(ROOT / "src"), quiet=1)
    with tempfile.TemporaryDirectory() as cfg:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": cfg,
               "XDG_DATA_HOME": os.path.join(cfg, "data"), "GPUSCOPE_PROBE": "1",
               "GPUSCOPE_PROBE_QUIT": "1", "PYTHONPATH": str(ROOT / "src")}
        runs: dict[str, list[float]] = {k: [] for k in (
            "floor_label", "floor_plot", "first_paint", "plots_ready", "floor_plot_rss",
            "gpuscope_rss")}
        for _ in range(args.runs):  # interleaved, so machine noise hits every series alike
            a = _run([sys.executable, str(FLOORS / "bare_label.py")], env)
            b = _run([sys.executable, str(FLOORS / "bare_plot.py")], env)
            g = _run([sys.executable, "-m", "gpuscope"], env)
            runs["floor_label"].append(a["first-paint"][0])
            runs["floor_plot"].append(b["plot-ready"][0])
            runs["floor_plot_rss"].append(b["plot-ready"][1])
            runs["first_paint"].append(g["first-paint"][0])
            runs["plots_ready"].append(g["plots-ready"][0])
            runs["gpuscope_rss"].append(g["plots-ready"][1])
    result = {k: stats(v) for k, v in runs.items()}
    ratios = {
        "first_paint / bare label window": result["first_paint"]["median"]
        / result["floor_label"]["median"],
        "plots ready / bare pyqtgraph window": result["plots_ready"]["median"]
        / result["floor_plot"]["median"],
        "resident memory / bare pyqtgraph window": result["gpuscope_rss"]["median"]
        / result["floor_plot_rss"]["median"],
    }
    print(f"{'series':<28}{'median':>10}{'p95':>10}{'max':>10}")
    for key, s in result.items():
        unit = "MiB" if key.endswith("rss") else "s"
        print(f"{key:<28}{s['median']:>10.3f}{s['p95']:>10.3f}{s['max']:>10.3f}  {unit}")
    budgets = {"first_paint / bare label window": 1.3, "plots ready / bare pyqtgraph window": 1.1,
               "resident memory / bare pyqtgraph window": 1.15}
    for key, ratio in ratios.items():
        print(f"{key:<42} {ratio:5.2f}   (budget {budgets[key]:.2f})")
    out = ROOT / "benchmarks" / "results" / "startup.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"series": result, "ratios": ratios, "budgets": budgets},
                              indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
