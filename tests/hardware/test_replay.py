"""Replaying a snapshot's trace as live telemetry (looping, time-scaled)."""

from __future__ import annotations

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.replay import ReplaySource
from gpuscope.hardware.snapshot import Snapshot
from gpuscope.hardware.telemetry import TelemetrySample

GIB = 1024**3


def _snapshot(n: int = 10, util: bool = True) -> Snapshot:
    record = DeviceRecord(index=0, name="NVIDIA GeForce RTX 4090", memory_total_bytes=24 * GIB,
                          memory_used_bytes=1 * GIB, power_limit_mw=450_000, mig_mode=None,
                          unavailable={"mig_mode": "NotSupported"})
    trace = tuple(TelemetrySample(t=float(t), device=0, memory_used_bytes=(2 + t) * GIB,
                                  gpu_util_percent=10.0 * t if util else None,
                                  power_mw=100_000 + t) for t in range(n))
    return Snapshot(devices=(record,), telemetry=trace)


class Clock:
    def __init__(self) -> None:
        self.now = 5000.0

    def __call__(self) -> float:
        return self.now


def test_plays_in_real_time_restamped_on_the_wall_clock() -> None:
    clock = Clock()
    replay = ReplaySource(_snapshot(), clock=clock)
    first = replay.poll_once()
    assert [s.t for s in first.samples] == [5000.0]
    clock.now += 2.5
    frame = replay.poll_once()
    assert [s.t for s in frame.samples] == [5001.0, 5002.0]
    assert [s.gpu_util_percent for s in frame.samples] == [10.0, 20.0]
    reading = frame.readings[0]
    assert reading.memory_used_bytes == 4 * GIB and reading.memory_total_bytes == 24 * GIB
    assert reading.memory_free_bytes == 20 * GIB
    assert reading.power_limit_mw == 450_000
    assert reading.mig_mode.reason == "NotSupported"
    assert reading.fan_percent.reason == "NotSupported"  # absent from the trace
    assert frame.health[0].state == "ok"


def test_speed_scales_time() -> None:
    clock = Clock()
    replay = ReplaySource(_snapshot(), speed=4.0, clock=clock)
    replay.poll_once()
    clock.now += 1.0
    frame = replay.poll_once()
    assert [s.t for s in frame.samples] == [5000.25, 5000.5, 5000.75, 5001.0]


def test_loops_with_increasing_time() -> None:
    clock = Clock()
    replay = ReplaySource(_snapshot(n=3), clock=clock)  # one loop = 3 s (2 s span + 1 s step)
    times = []
    for _ in range(8):
        times += [s.t for s in replay.poll_once().samples]
        clock.now += 1.0
    assert times == [5000.0 + k for k in range(8)]
    assert replay.loop_s == 3.0


def test_without_loop_it_ends() -> None:
    clock = Clock()
    replay = ReplaySource(_snapshot(n=3), loop=False, clock=clock)
    assert len(replay.poll_once().samples) == 1  # playback starts at the first poll
    clock.now += 100
    assert len(replay.poll_once().samples) == 2 and replay.finished
    clock.now += 100
    assert replay.poll_once().samples == ()


def test_a_long_sleep_skips_whole_loops() -> None:
    clock = Clock()
    replay = ReplaySource(_snapshot(n=10), clock=clock)
    replay.poll_once()
    clock.now += 10_000  # the laptop was suspended
    assert len(replay.poll_once().samples) <= 2 * 10


def test_snapshot_without_trace_still_shows_memory() -> None:
    snap = Snapshot(devices=_snapshot().devices)
    frame = ReplaySource(snap, clock=Clock()).poll_once()
    assert frame.samples == ()
    assert frame.readings[0].memory_used_bytes == 1 * GIB


def test_missing_util_stays_not_available() -> None:
    frame = ReplaySource(_snapshot(util=False), clock=Clock()).poll_once()
    assert frame.samples[0].gpu_util_percent is None
    assert frame.readings[0].gpu_util_percent.reason == "NotSupported"
