"""Interaction latency: change context, batch or quantization, recompute every visible estimate
and redraw the visible plot; median / p95 / p99 / max per tab, and the ratio to a bare
pyqtgraph plot's redraw measured in the same run.

    python benchmarks/interaction.py [--steps 200]

Runs the real window offscreen in this process. One step = a value set through the AppState
setter (what the slider or combo box does) + the recomputation + the event loop turn that paints
the plot. Writes benchmarks/results/interaction.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def floor_ms(app, steps: int) -> list[float]:  # type: ignore[no-untyped-def]
    """The floor, measured in the same run: a bare pyqtgraph PlotWidget the size of a plot tab
    whose one 256-point curve gets new data each step, then one event-loop turn (the repaint)."""
    import numpy as np
    import pyqtgraph as pg

    w = pg.PlotWidget()
    w.resize(830, 420)
    curve = w.plot()
    w.show()
    x = np.arange(256, dtype=float)
    for _ in range(10):
        app.processEvents()
    times = []
    for i in range(steps):
        t0 = time.perf_counter()
        curve.setData(x, np.sqrt(x) * (1 + i % 8))
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1e3)
    w.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--steps", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp()
    os.environ["XDG_DATA_HOME"] = tempfile.mkdtemp()  # no saved models or overrides of yours
    from gpuscope.ui import i18n
    from gpuscope.ui.app import create_application

    app = create_application()
    i18n.install_language("en")
    from gpuscope.ui.main_window import MainWindow

    win = MainWindow(None)
    win.resize(1280, 800)
    win.show()
    end = time.time() + 10
    while not win.plots.slots and time.time() < end:
        app.processEvents()
        time.sleep(0.01)
    floor = floor_ms(app, args.steps)
    floor_median = statistics.median(floor)
    print(f"floor      median {floor_median:6.2f} ms  p95 {pct(floor, 0.95):6.2f}  "
          f"p99 {pct(floor, 0.99):6.2f}  max {max(floor):6.2f}   (bare PlotWidget, setData + "
          "repaint)")
    results: dict[str, object] = {"floor": {"median_ms": floor_median,
                                            "p95_ms": pct(floor, 0.95),
                                            "p99_ms": pct(floor, 0.99), "max_ms": max(floor)}}
    quants = ["q4_k_m", "q5_k_m", "q8_0", "q3_k_m", "q6_k", "q4_0"]
    for tab in ("memory", "speed", "roofline", "quant"):
        win.plots.show_tab(tab)
        for _ in range(5):
            app.processEvents()
        times: dict[str, list[float]] = {"context": [], "batch": [], "quantization": []}
        for kind in times:  # one control moved through many values, as a drag or key repeat
            for i in range(args.steps):
                t0 = time.perf_counter()
                if kind == "context":
                    win.state.set_workload(context=1024 + (i * 997) % 120000)
                elif kind == "batch":
                    win.state.set_workload(batch=1 + i % 8)
                else:
                    win.state.set_quant(quants[i % len(quants)])
                app.processEvents()  # the coalesced recomputation, then the repaint
                times[kind].append((time.perf_counter() - t0) * 1e3)
        all_ms = [v for vs in times.values() for v in vs]
        r = {"median_ms": statistics.median(all_ms), "p95_ms": pct(all_ms, 0.95),
             "p99_ms": pct(all_ms, 0.99), "max_ms": max(all_ms),
             "ratio_to_floor": statistics.median(all_ms) / floor_median,
             "by_change": {k: statistics.median(v) for k, v in times.items()}}
        results[tab] = r
        print(f"{tab:<10} median {r['median_ms']:6.2f} ms  p95 {r['p95_ms']:6.2f}  "
              f"p99 {r['p99_ms']:6.2f}  max {r['max_ms']:6.2f}  {r['ratio_to_floor']:4.1f} x floor"
              "   " + "  ".join(f"{k} {v:.2f}" for k, v in r["by_change"].items()))
    out = ROOT / "benchmarks" / "results" / "interaction.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    win.close()
    os._exit(0)


if __name__ == "__main__":
    main()
