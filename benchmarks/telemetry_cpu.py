"""Telemetry cost in the real window: CPU share of one core at the real 1 Hz poll, idle window.

    python benchmarks/telemetry_cpu.py [--seconds 30] [--repeats 3] [--devices 2]

Each measurement is a fresh process running the real window offscreen, live over the stand-in
NVML library (tests/fakes/nvml_standin, loaded by the real pynvml) serving ``--devices`` GPUs,
with the telemetry tab visible and nothing else happening. After ``--warmup`` seconds it measures
the process CPU time (user + sys, all threads: ``getrusage``) over ``--seconds`` of wall-clock
time and reports it as a percentage of one core. Scenarios, interleaved over ``--repeats`` rounds
so machine noise hits them alike:

  idle       the floor: the same window with telemetry stopped
  fresh      telemetry running, history starting empty
  8h, 24h    telemetry running over 8 h / 24 h of 1 Hz samples injected into the history the
             plot draws from (with a 10 min gap, a GPU lost for a while)
  24h-tab    24 h, another plot tab shown (the telemetry plot is hidden)
  24h-min    24 h, the window minimised

Telemetry share = scenario - idle. Then, in one more process, the time of one telemetry-plot
refresh (``TelemetryPlot.refresh`` plus the repaint the event loop does) after a new sample, at
1 min, 1 h, 8 h and 24 h of history, for the 10 min the plot shows and for a window spanning the
whole history. Prints tables (median / p95 / max) and writes benchmarks/results/telemetry_cpu.json.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

RESULTS = ROOT / "benchmarks" / "results" / "telemetry_cpu.json"
SCENARIOS = ("idle", "fresh", "8h", "24h", "24h-tab", "24h-min")
HISTORY_H = {"8h": 8.0, "24h": 24.0, "24h-tab": 24.0, "24h-min": 24.0}
REFRESH_AT = (("1 min", 60.0), ("1 h", 3600.0), ("8 h", 8 * 3600.0), ("24 h", 24 * 3600.0))


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def pct(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))] if s else float("nan")


def stats(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "p95": pct(values, 0.95), "max": max(values),
            "n": len(values)}


# -- the measured process ------------------------------------------------------------------------
def fake_sample(device: int, t: float) -> Any:
    """A GPU at work at time ``t``: busy two 5 min spells in three, values wandering (a function
    of ``t``, so the last 10 min look alike whatever the history length)."""
    from gpuscope.hardware.telemetry import TelemetrySample

    phase = math.sin(t / 900.0 + device)
    busy = (int(t) // 300) % 3 != 0
    return TelemetrySample(
        t=t, device=device, memory_used_bytes=int((6 + 10 * busy + phase) * 2**30),
        gpu_util_percent=(70 + 25 * phase) if busy else 2.0,
        power_mw=(300_000 + 100_000 * phase) if busy else 22_000.0,
        temperature_c=(60 + 10 * phase) if busy else 32.0,
        sm_clock_mhz=2520.0 if busy else 210.0, mem_util_percent=40.0 if busy else 1.0,
        mem_clock_mhz=10501.0, fan_percent=50.0 if busy else 30.0)


def fake_samples(device: int, t_end: float, seconds: float) -> list[Any]:
    """``seconds`` of 1 Hz samples ending one second before ``t_end``, with a 10 min gap in the
    middle (the GPU was lost for a while), as a long-lived window has seen."""
    n = int(seconds)
    gap = range(n // 2, n // 2 + 600) if n > 1800 else range(0)
    return [fake_sample(device, t_end - n + k) for k in range(n) if k not in gap]


def _app_and_window(config_dir: str):
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = config_dir
    from gpuscope.ui import i18n
    from gpuscope.ui.app import create_application

    app = create_application()
    i18n.install_language("en")
    from gpuscope.ui.main_window import MainWindow

    win = MainWindow(None)
    win.resize(1280, 800)
    win.show()
    return app, win


def _spin(app: Any, seconds: float, until: Any = None) -> None:
    """Run the event loop (sleeping in it, as the idle app does) for ``seconds`` or until."""
    from PySide6.QtCore import QEventLoop, QTimer

    end = time.monotonic() + seconds
    while time.monotonic() < end and not (until is not None and until()):
        loop = QEventLoop()
        QTimer.singleShot(int(min(0.05 if until else seconds, end - time.monotonic()) * 1000) + 1,
                          loop.quit)
        loop.exec()


class _PaintCounter:
    def __init__(self, widget: Any) -> None:
        from PySide6.QtCore import QEvent, QObject

        counter = self

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 - Qt override
                if event.type() == QEvent.Type.Paint:
                    counter.n += 1
                return False

        self.n = 0
        self.filter = Filter()
        widget.installEventFilter(self.filter)


def child_live(args: argparse.Namespace) -> dict[str, Any]:
    """One scenario in this process: the real window, live over the stand-in library."""
    from tests.fakes.nvml_standin import Standin, machine, rtx4090

    tmp = Path(tempfile.mkdtemp(prefix="gpuscope-telemetry-cpu-"))
    standin = Standin(Path(args.lib), tmp / "nvml.cfg")
    cards = [rtx4090(uuid=f"GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789{k:02d}",
                     pci_bus_id=f"00000000:{k + 1:02X}:00.0") for k in range(args.devices)]
    standin.configure(machine(*cards))
    with standin.installed():
        app, win = _app_and_window(str(tmp / "config"))
        _spin(app, 15, lambda: win.report is not None and bool(win.plots.panels))
        assert win.report is not None and win.report.status.available, "stand-in did not open"
        panel = win.plots.show_tab("telemetry")
        stream = win.service.stream
        _spin(app, 5, lambda: len(stream.history) >= args.devices)
        scenario = args.child
        if scenario in HISTORY_H:
            stream.stop()
            stream.history.clear()
            now = time.time()
            for d in range(args.devices):
                for s in fake_samples(d, now, HISTORY_H[scenario] * 3600):
                    stream.history.append(s)
            stream.start()
        elif scenario == "idle":
            stream.stop()
        if scenario == "24h-tab":
            win.plots.show_tab("memory")
        elif scenario == "24h-min":
            win.showMinimized()
        paints = _PaintCounter(panel.graphics.viewport())
        frame_cpu: list[tuple[float, float]] = []  # process, GUI thread
        win.service.frame.connect(lambda _f: frame_cpu.append((cpu_seconds(), time.thread_time())))
        _spin(app, args.warmup)
        paints.n, frame_cpu[:] = 0, []
        profile = None
        if args.profile:
            import cProfile

            profile = cProfile.Profile()
            profile.enable()
        cpu0, wall0 = cpu_seconds(), time.monotonic()
        _spin(app, args.seconds)
        cpu, wall = cpu_seconds() - cpu0, time.monotonic() - wall0
        if profile is not None:
            profile.disable()
            profile.dump_stats(args.profile)
        pairs = list(zip(frame_cpu, frame_cpu[1:], strict=False))
        per_poll = [(b[0] - a[0]) * 1e3 for a, b in pairs]
        gui_per_poll = [(b[1] - a[1]) * 1e3 for a, b in pairs]
        points = [len(c.getData()[0] if c.getData()[0] is not None else ())
                  for c in panel.curves]
        out = {"scenario": scenario, "cpu_s": cpu, "wall_s": wall,
               "cpu_percent": 100 * cpu / wall, "polls": len(frame_cpu),
               "cpu_ms_between_polls": per_poll, "gui_ms_between_polls": gui_per_poll,
               "paints": paints.n,
               "history": len(stream.history), "points_drawn": points,
               "minimised": win.isMinimized()}
        win.service.stop()
    return out


def child_refresh(args: argparse.Namespace) -> dict[str, Any]:
    """The cost of one plot refresh (new sample -> data -> repaint) against the history length."""
    from gpuscope.hardware.history import TelemetryHistory

    app, win = _app_and_window(tempfile.mkdtemp(prefix="gpuscope-telemetry-cpu-"))
    _spin(app, 15, lambda: win.report is not None and bool(win.plots.panels))
    win.service.stop()
    panel = win.plots.show_tab("telemetry")
    paints = _PaintCounter(panel.graphics.viewport())
    out: dict[str, Any] = {}
    for window_label, window_s in (("10 min", 600.0), ("whole history", None)):
        for label, seconds in REFRESH_AT:
            history = TelemetryHistory()
            now = time.time()
            for s in fake_samples(0, now, seconds):
                history.append(s)
            panel.window_s = window_s if window_s is not None else seconds + 60
            panel.set_source(history, 0)
            _spin(app, 0.2)
            refresh_ms, total_ms, painted = [], [], 0
            for k in range(args.refreshes):
                history.append(fake_sample(0, now + k))
                n0 = paints.n
                t0 = time.perf_counter()
                panel.refresh()
                t1 = time.perf_counter()
                app.processEvents()  # the repaint the refresh asked for
                t2 = time.perf_counter()
                painted += paints.n > n0
                refresh_ms.append((t1 - t0) * 1e3)
                total_ms.append((t2 - t0) * 1e3)
            set_points = [len(c.xData) if c.xData is not None else 0 for c in panel.curves]
            drawn = [len(c.getData()[0]) if c.getData()[0] is not None else 0
                     for c in panel.curves]
            out[f"{window_label} / {label}"] = {
                "window": window_label, "history": label, "samples": len(history),
                "refresh_ms": stats(refresh_ms), "refresh_and_paint_ms": stats(total_ms),
                "repainted": painted, "points_set": max(set_points), "points_drawn": max(drawn)}
    win.service.stop()
    return out


# -- the driver ----------------------------------------------------------------------------------
def _child(args: argparse.Namespace, scenario: str, lib: Path | None) -> dict[str, Any]:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", scenario,
           "--seconds", str(args.seconds), "--warmup", str(args.warmup),
           "--devices", str(args.devices), "--refreshes", str(args.refreshes)]
    if lib is not None:
        cmd += ["--lib", str(lib)]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen",
           "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False,
                          timeout=args.seconds + args.warmup + 600)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("{")]
    if done.returncode != 0 or not lines:
        raise SystemExit(f"{scenario}: the measured process failed ({done.returncode}):\n"
                         f"{done.stdout[-2000:]}\n{done.stderr[-4000:]}")
    return json.loads(lines[-1])


def run(args: argparse.Namespace) -> dict[str, Any]:
    from tests.fakes.nvml_standin import build, skip_reason

    reason = skip_reason()
    if reason:
        raise SystemExit(f"the stand-in NVML library cannot be built here: {reason}")
    args.loadavg_start = os.getloadavg()  # other work on the machine shows in every figure
    scenarios = [s for s in SCENARIOS if s in args.scenarios]
    runs: dict[str, list[dict[str, Any]]] = {s: [] for s in scenarios}
    with tempfile.TemporaryDirectory() as folder:
        lib = build(folder)
        for r in range(args.repeats):
            for s in scenarios:
                runs[s].append(_child(args, s, lib))
                if args.verbose:
                    x = runs[s][-1]
                    print(f"  round {r + 1} {s:<8} {x['cpu_percent']:6.3f} % "
                          f"({x['polls']} polls, {x['paints']} paints)", flush=True)
    refresh = _child(args, "refresh", None) if args.refreshes else {}
    return summarize(args, runs, refresh)


def summarize(args: argparse.Namespace, runs: dict[str, list[dict[str, Any]]],
              refresh: dict[str, Any]) -> dict[str, Any]:
    cpu = {}
    for s, rs in runs.items():
        per_poll = [v for r in rs for v in r["cpu_ms_between_polls"]]
        gui = [v for r in rs for v in r.get("gui_ms_between_polls", ())]
        cpu[s] = {"cpu_percent": stats([r["cpu_percent"] for r in rs]),
                  "cpu_ms_between_polls": stats(per_poll) if per_poll else None,
                  "gui_thread_ms_between_polls": stats(gui) if gui else None,
                  "polls": [r["polls"] for r in rs], "paints": [r["paints"] for r in rs],
                  "history_samples": rs[-1]["history"], "points_drawn": rs[-1]["points_drawn"],
                  "minimised": rs[-1]["minimised"]}
    # the share: each run minus the idle run of the same round (so a busy spell on the machine
    # lifts both), median over the rounds
    idle = [r["cpu_percent"] for r in runs.get("idle", [])]
    share = {s: statistics.median(r["cpu_percent"] - i for r, i in zip(rs, idle, strict=False))
             for s, rs in runs.items() if idle and s != "idle"}
    return {"config": {"seconds": args.seconds, "warmup": args.warmup, "repeats": args.repeats,
                       "devices": args.devices, "refreshes": args.refreshes,
                       "python": platform.python_version(), "machine": platform.machine(),
                       "cpus": os.cpu_count(), "loadavg_start": args.loadavg_start,
                       "loadavg_end": os.getloadavg()},
            "cpu": cpu, "telemetry_share_percent": share, "budget_percent": 1.0,
            "refresh": refresh}


def report(result: dict[str, Any]) -> None:
    cfg = result["config"]
    print(f"CPU, % of one core over {cfg['seconds']} s at 1 Hz, {cfg['devices']} GPUs, "
          f"{cfg['repeats']} runs each (load average {cfg['loadavg_start'][0]:.2f} at the "
          f"start, {cfg['loadavg_end'][0]:.2f} at the end)")
    print(f"{'scenario':<10}{'median':>9}{'p95':>9}{'max':>9}{'- idle':>9}"
          f"{'ms/poll':>10}{'GUI ms':>8}{'paints':>8}{'points':>8}")
    share = result["telemetry_share_percent"]
    nan = {"median": float("nan")}
    for s, c in result["cpu"].items():
        p = c["cpu_percent"]
        between = c["cpu_ms_between_polls"] or nan
        gui = c["gui_thread_ms_between_polls"] or nan
        print(f"{s:<10}{p['median']:9.3f}{p['p95']:9.3f}{p['max']:9.3f}"
              f"{share.get(s, 0.0):9.3f}{between['median']:10.2f}{gui['median']:8.2f}"
              f"{statistics.median(c['paints']):8.0f}{max(c['points_drawn'] or [0]):8d}")
    print("(- idle: the telemetry share, median over rounds of run minus that round's idle run;\n"
          " ms/poll: process CPU between two polls, all threads; GUI ms: the GUI thread's part;\n"
          " paints: telemetry-plot repaints per run; points: per curve at the end)")
    if result["refresh"]:
        print("\nOne telemetry-plot refresh after a new sample (ms; refresh + repaint)")
        print(f"{'window / history':<26}{'samples':>8}{'median':>9}{'p95':>9}{'max':>9}"
              f"{'data':>8}{'points':>8}{'shown':>7}")
        for key, r in result["refresh"].items():
            t, d = r["refresh_and_paint_ms"], r["refresh_ms"]
            print(f"{key:<26}{r['samples']:8d}{t['median']:9.2f}{t['p95']:9.2f}{t['max']:9.2f}"
                  f"{d['median']:8.2f}{r['points_set']:8d}{r['points_drawn']:7d}")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--seconds", type=float, default=30.0, help="measured wall time per run")
    p.add_argument("--warmup", type=float, default=5.0)
    p.add_argument("--repeats", type=int, default=3)
    p.add_argument("--devices", type=int, default=2)
    p.add_argument("--refreshes", type=int, default=60,
                   help="refreshes timed per history length (0: skip that part)")
    p.add_argument("--scenarios", default=",".join(SCENARIOS),
                   help=f"comma-separated subset of {','.join(SCENARIOS)}")
    p.add_argument("--out", type=Path, default=RESULTS)
    p.add_argument("-v", "--verbose", action="store_true")
    p.add_argument("--profile", help="with --child SCENARIO: cProfile the GUI thread into FILE")
    p.add_argument("--child", help=argparse.SUPPRESS)
    p.add_argument("--lib", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        out = child_refresh(args) if args.child == "refresh" else child_live(args)
        print(json.dumps(out), flush=True)
        os._exit(0)  # no teardown of Qt and the threads: it is not what is measured
    args.scenarios = args.scenarios.split(",")
    result = run(args)
    report(result)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
