"""Soak test: hours of live telemetry, accelerated; memory must stay flat and CPU low.

Runs the real telemetry pipeline -- :class:`TelemetrySampler` on its own thread with per-device
worker threads, the real ``pynvml`` binding, history, subscribers -- against the stand-in NVML
library (tests/fakes/nvml_standin; ``--nvml fake`` uses the Python fake instead) with a clock
running ``--speed`` times faster than the wall: at 20x, one real second holds 20 one-second
polls, so 8 hours of a window left open take 24 minutes. ``--speed 0`` polls as fast as it can
(same code path, no sleeping), to reach days of equivalent time in minutes.

It records, every ``--report-every`` equivalent minutes, the resident memory (``/proc``), live
Python objects, threads and history size, and at the end the CPU time per poll, i.e. the CPU
share of one core that 1 Hz polling costs. Prints a table and writes benchmarks/results/soak.json.

    python benchmarks/soak.py --hours 8 --speed 20          # the issue's run (24 min)
    python benchmarks/soak.py --hours 48 --speed 0          # past the 24 h history bound

``--with-window``: the real main window (offscreen) is fed as in the app: the sampler's frames
reach it through the GPU service's queued signal, on the GUI thread, and the telemetry plot (tab
shown) redraws on each of them; the event loop runs while the soak waits. At 20x that is 20
refreshes and repaints per real second, so the CPU per poll then includes a repaint each poll.
Each report then also counts what ``gc`` cannot see (benchmarks/soak_flat.py): the window's child
QObjects, the application's widgets, the plot scenes' graphics items, each telemetry PlotItem's
items and ViewBox items, and the points each curve draws. The results give, for these and the
resident memory, start / warm-up / end / max and the slope per equivalent hour, and say whether
each stayed flat (end within its tolerance of the value after 0.5 h of warm-up: Qt counts
exactly, points by one per curve, memory by 5 %). They go to benchmarks/results/soak-window.json
unless ``--out`` says otherwise.

    python benchmarks/soak.py --hours 8 --speed 20 --with-window --report-every 10   # 24 min
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import resource
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT), str(ROOT / "benchmarks")]

from soak_flat import flatness, qt_counts, verdict_lines  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results" / "soak.json"


def rss_bytes() -> int:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def cpu_seconds() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def open_nvml(kind: str, devices: int, stack: ExitStack) -> Any | None:
    """The NVML module for the facade: None = the real pynvml over the stand-in library."""
    from tests.fakes.nvml_standin import Standin, build, machine, rtx4090, skip_reason

    if kind == "standin" and skip_reason() is None:
        folder = Path(stack.enter_context(tempfile.TemporaryDirectory()))
        cards = [rtx4090(uuid=f"GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789{k:02d}",
                         pci_bus_id=f"00000000:{k + 1:02X}:00.0",
                         processes=[{"pid": 4000 + k, "used": 2**30, "kind": "compute"}])
                 for k in range(devices)]
        standin = Standin(build(folder), folder / "nvml.cfg")
        standin.configure(machine(*cards, process_names={4000 + k: "llama-server"
                                                         for k in range(devices)}))
        stack.enter_context(standin.installed())
        return None
    from tests.fakes.presets import machine as fake_machine
    from tests.fakes.presets import rtx3090

    return fake_machine(*[rtx3090(k % 10) for k in range(devices)])


class WindowConsumer:
    """The main window, fed by ``sampler`` through a GPU service that opened ``source``."""

    def __init__(self, source: Any, sampler: Any, stack: ExitStack) -> None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        saved = os.environ.get("XDG_CONFIG_HOME")  # the window's settings: a throw-away folder
        os.environ["XDG_CONFIG_HOME"] = stack.enter_context(tempfile.TemporaryDirectory())
        stack.callback(lambda: os.environ.pop("XDG_CONFIG_HOME") if saved is None
                       else os.environ.__setitem__("XDG_CONFIG_HOME", saved))
        from gpuscope.hardware.resolve import resolve_device
        from gpuscope.ui import i18n
        from gpuscope.ui.app import create_application
        from gpuscope.ui.gpu_service import GpuService, SourceReport

        class SoakService(GpuService):
            """Opens nothing: hands the window the soak's source and sampler, as open() would."""

            def open(self, snapshot_path: str | None = None) -> None:
                self.source, self.stream = source, sampler
                self.report = SourceReport(source.kind, source.status(), tuple(
                    resolve_device(r) for r in source.devices()), source.describe())
                self._unsubscribe = sampler.subscribe(self.frame.emit)  # queued to the GUI
                self.opened.emit(self.report)

            def stop(self) -> None:  # the soak stops the sampler and closes the source
                if self._unsubscribe is not None:
                    self._unsubscribe()
                    self._unsubscribe = None

        self.app = create_application()
        self._loop: Any = None
        self._timer: Any = None
        i18n.install_language("en")
        from gpuscope.ui.main_window import MainWindow

        self.win = MainWindow(None, service=SoakService())
        self.win.resize(1280, 800)
        self.win.show()
        self.wait(15.0, lambda: self.win.report is not None and bool(self.win.plots.panels))
        self.panel = self.win.plots.show_tab("telemetry")
        stack.callback(self.win.service.stop)

    def wait(self, seconds: float, until: Any = None) -> None:
        """Run the event loop (frames in, repaints out) for ``seconds`` or until ``until()``."""
        from PySide6.QtCore import QEventLoop, QTimer

        if seconds <= 0:
            self.app.processEvents()
            return
        if self._loop is None:  # one loop and one timer for the whole soak: a
            # QTimer.singleShot(ms, callable) per wait leaked ~50 B of Python and more of C++
            # each call (20 a second at 20x: +2.6 MiB of RSS over 8 h, the harness's not the app's)
            self._loop, self._timer = QEventLoop(), QTimer()
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self._loop.quit)
        end = time.monotonic() + seconds
        while time.monotonic() < end and not (until is not None and until()):
            self._timer.start(max(1, int(min(0.05, end - time.monotonic()) * 1000)))
            self._loop.exec()


def window_consumer(args: argparse.Namespace, source: Any, sampler: Any,
                    stack: ExitStack) -> WindowConsumer | None:
    """The window's per-frame work (telemetry plot update) for ``--with-window``."""
    return WindowConsumer(source, sampler, stack) if args.with_window else None


def run(args: argparse.Namespace) -> dict[str, Any]:
    from gpuscope.hardware.source import LiveSource

    polls = int(args.hours * 3600)
    rows: list[dict[str, float]] = []
    with ExitStack() as stack:
        nvml = open_nvml(args.nvml, args.devices, stack)
        source = LiveSource(nvml, timeout_s=10.0)
        assert source.status().available, source.status()
        wall0 = time.monotonic()
        speed = args.speed or 1.0
        clock = (lambda: 1e9 + (time.monotonic() - wall0) * speed) if args.speed else None
        count = [0]
        sampler = source.telemetry(rate_hz=1.0, timeout_s=2.0,
                                   **({"clock": clock} if clock else {}))
        frames = {"n": 0, "samples": 0}

        def consume(frame: Any) -> None:  # what a subscriber does: look at every sample
            frames["n"] += 1
            frames["samples"] += len(frame.samples)

        sampler.subscribe(consume)
        window = window_consumer(args, source, sampler, stack)
        wait = window.wait if window is not None else time.sleep
        every = max(1, int(args.report_every * 60))
        refreshes0 = window.panel.refreshes if window is not None else 0
        cpu0 = cpu_seconds()

        def snapshot(equiv_s: float) -> None:
            gc.collect()
            rows.append({"equiv_h": equiv_s / 3600, "real_s": time.monotonic() - wall0,
                         "rss_mib": rss_bytes() / 2**20, "objects": len(gc.get_objects()),
                         "threads": threading.active_count(), "history": len(sampler.history),
                         "cpu_s": cpu_seconds() - cpu0})
            if window is not None:  # what gc does not see: Qt objects, pyqtgraph items, points
                rows[-1].update(qt_counts(window.win, window.panel))
            if args.verbose:
                print(_row(rows[-1]), flush=True)

        snapshot(0)
        if args.speed:
            sampler._rate = float(args.speed)  # past the 6 Hz clamp: 20 polls/s = 20x of 1 Hz
            sampler.start()
            while frames["n"] < polls:
                wait(0.05)
                if frames["n"] // every > count[0]:
                    count[0] = frames["n"] // every
                    snapshot(frames["n"])
            sampler.stop()
        else:
            fast_t = [1e9]
            sampler._clock = lambda: fast_t[0]
            for n in range(1, polls + 1):
                fast_t[0] += 1.0
                sampler.poll_once()
                if window is not None:
                    window.wait(0)  # the repaint
                if n % every == 0:
                    snapshot(n)
        if rows[-1]["equiv_h"] * 3600 < frames["n"]:
            snapshot(frames["n"])
        cpu = cpu_seconds() - cpu0
        real = time.monotonic() - wall0
        if window is not None:
            window.wait(0)
            frames["window"] = {
                "plot_refreshes": window.panel.refreshes - refreshes0,
                "points_drawn": max(len(c.xData) if c.xData is not None else 0
                                    for c in window.panel.curves)}
        source.close()
    return summarize(args, rows, frames, cpu, real)


#: warm-up: the plot's 10-minute window is full and the first allocations are done
WARM_H = 0.5
#: series judged flat or not (with the window: also every Qt and plot count in the rows)
FLAT_KEYS = ("rss_mib", "scene_items", "plot_items", "viewbox_items", "curve_points")


def summarize(args: argparse.Namespace, rows: list[dict[str, float]], frames: dict[str, Any],
              cpu: float, real: float) -> dict[str, Any]:
    """Totals, and growth from the first report after 30 min (warm) to the last one before stop.

    ``objects_growth`` minus ``history_growth`` is what grew besides the bounded history (which
    fills for its first 24 h: 10 s means of each GPU's samples): a leak shows there.
    """
    running = [r for r in rows if r["threads"] > 1] or rows  # before the threads were stopped
    warm = next((r for r in running if r["equiv_h"] >= WARM_H), running[0])
    flat = flatness(running, WARM_H, [k for k in running[0] if k in FLAT_KEYS
                                      or k.startswith("plot") or k.startswith("qt_")])
    last = running[-1]
    per_poll = cpu / max(1, frames["n"])
    return {
        "config": {"hours": args.hours, "speed": args.speed, "nvml": args.nvml,
                   "with_window": args.with_window,
                   "devices": args.devices, "python": platform.python_version(),
                   "machine": platform.machine(), "cpus": os.cpu_count()},
        "polls": frames["n"], "samples": frames["samples"], "real_s": round(real, 1),
        "cpu_s": round(cpu, 2), "cpu_ms_per_poll": round(per_poll * 1000, 3),
        "cpu_percent_of_one_core_at_1hz": round(per_poll * 100, 3),
        "warm_equiv_h": warm["equiv_h"], "end_equiv_h": last["equiv_h"],
        "rss_mib_warm": round(warm["rss_mib"], 2), "rss_mib_end": round(last["rss_mib"], 2),
        "rss_growth_mib": round(last["rss_mib"] - warm["rss_mib"], 2),
        "objects_growth": last["objects"] - warm["objects"],
        "history_growth": last["history"] - warm["history"],
        "objects_growth_besides_history": (last["objects"] - warm["objects"])
        - (last["history"] - warm["history"]),
        "threads_running": last["threads"], "history_end": last["history"],
        "rows": [{k: round(v, 3) for k, v in r.items()} for r in rows],
        **({"window": frames["window"]} if "window" in frames else {}),
        "flat": flat, "all_flat": all(f["flat"] for f in flat.values()),
    }


def _row(r: dict[str, float]) -> str:
    line = (f"{r['equiv_h']:8.2f} {r['real_s']:9.1f} {r['rss_mib']:9.2f} {r['objects']:9.0f} "
            f"{r['threads']:7.0f} {r['history']:8.0f} {r['cpu_s']:8.2f}")
    if "qt_children" in r:
        line += (f" {r['qt_children']:9.0f} {r['scene_items']:7.0f} {r['plot_items']:6.0f} "
                 f"{r['curve_points']:7.0f}")
    return line


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--hours", type=float, default=8.0, help="equivalent hours of 1 Hz polling")
    p.add_argument("--speed", type=float, default=20.0,
                   help="acceleration (20: 20 polls per real second); 0: as fast as possible")
    p.add_argument("--nvml", choices=("standin", "fake"), default="standin")
    p.add_argument("--devices", type=int, default=2)
    p.add_argument("--report-every", type=float, default=30.0, help="equivalent minutes")
    p.add_argument("--with-window", action="store_true", help="also update the telemetry plot")
    p.add_argument("--out", type=Path, default=None, help=f"default {RESULTS.name}")
    p.add_argument("-v", "--verbose", action="store_true", help="print rows as they come")
    args = p.parse_args(argv)
    if args.out is None:
        args.out = RESULTS.with_name("soak-window.json") if args.with_window else RESULTS
    print(f"{'equiv h':>8} {'real s':>9} {'RSS MiB':>9} {'objects':>9} {'threads':>7} "
          f"{'history':>8} {'CPU s':>8}"
          + (f" {'QObjects':>9} {'scene':>7} {'items':>6} {'points':>7}"
             if args.with_window else ""))
    result = run(args)
    if not args.verbose:
        for r in result["rows"]:
            print(_row(r))
    print(f"\n{result['polls']} polls of {args.devices} GPUs in {result['real_s']} s; "
          f"CPU {result['cpu_ms_per_poll']} ms per poll = "
          f"{result['cpu_percent_of_one_core_at_1hz']} % of one core at 1 Hz; RSS "
          f"{result['rss_mib_warm']} MiB at {result['warm_equiv_h']:g} h, "
          f"{result['rss_mib_end']} MiB at {result['end_equiv_h']:g} h "
          f"({result['rss_growth_mib']:+} MiB); Python objects {result['objects_growth']:+}, "
          f"of which history {result['history_growth']:+}")
    print(f"\nafter warm-up ({WARM_H:g} h) to the end, per series:")
    for line in verdict_lines(result["flat"], result["warm_equiv_h"], result["end_equiv_h"]):
        print(line)
    print("all flat" if result["all_flat"] else "NOT ALL FLAT: see above")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
