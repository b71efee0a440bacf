"""The live telemetry sampler: rate, stale detection with a hanging call, loss, clean stop."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from dataclasses import FrozenInstanceError

import pytest

from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.sampler import TelemetrySampler
from gpuscope.hardware.telemetry import MAX_RATE_HZ, TelemetryFrame
from tests.fakes.fake_pynvml import FakeNvml
from tests.fakes.presets import a100_mig, machine, rtx3090, rtx4090


@pytest.fixture()
def fake() -> Iterator[FakeNvml]:
    fake = machine(rtx4090(), rtx3090(0), a100_mig())
    yield fake
    fake.release.set()  # free any call a test left hanging


@pytest.fixture()
def session(fake: FakeNvml) -> Iterator[NvmlSession]:
    s = NvmlSession(fake)
    assert s.open().available
    yield s
    s.close()


def test_rate_is_clamped(session: NvmlSession) -> None:
    assert TelemetrySampler(session).rate_hz == 1.0  # default 1 Hz
    assert TelemetrySampler(session, rate_hz=50).rate_hz == MAX_RATE_HZ == 6.0
    assert TelemetrySampler(session, rate_hz=0).rate_hz == 0.05


def test_one_poll_gives_every_device(session: NvmlSession) -> None:
    sampler = TelemetrySampler(session, clock=lambda: 1000.0)
    frame = sampler.poll_once()
    assert [s.device for s in frame.samples] == [0, 1, 2]
    assert frame.samples[0].power_mw == 31_000 and frame.samples[0].t == 1000.0
    assert frame.samples[2].gpu_util_percent is None  # MIG: NVML has no utilization
    assert [h.state for h in frame.health] == ["ok"] * 3
    assert sampler.latest(2).mig_instances[0].gpu_instance_id == 3
    assert len(sampler.history.samples(1)) == 1
    with pytest.raises(FrozenInstanceError):
        frame.samples[0].power_mw = 0  # type: ignore[misc]
    sampler.stop()


def test_thread_polls_at_the_rate_and_stops_cleanly(session: NvmlSession) -> None:
    sampler = TelemetrySampler(session, rate_hz=6)
    frames: list[TelemetryFrame] = []
    sampler.subscribe(frames.append)
    sampler.start()
    time.sleep(0.7)
    assert sampler.stop(timeout=2.0)
    assert not sampler.running
    assert 3 <= len(frames) <= 6  # 6 Hz for 0.7 s: 5 expected (the first poll at once)
    count = len(frames)
    time.sleep(0.3)
    assert len(frames) == count  # nothing after stop
    gaps = [b.t - a.t for a, b in zip(frames, frames[1:], strict=False)]
    assert all(0.08 < g < 0.4 for g in gaps)  # 1/6 s apart
    assert not [t for t in threading.enumerate() if t.name.startswith("nvml-gpu")
                and t.is_alive() and not _ends_soon(t)]


def _ends_soon(thread: threading.Thread) -> bool:
    thread.join(1.0)
    return not thread.is_alive()


def test_hanging_call_makes_device_stale_not_blocking(fake: FakeNvml,
                                                      session: NvmlSession) -> None:
    clock = [100.0]
    sampler = TelemetrySampler(session, timeout_s=0.2, clock=lambda: clock[0])
    sampler.poll_once()  # a good reading first
    fake.gpus[1].hang_s["nvmlDeviceGetPowerUsage"] = 30.0  # the driver wedges on GPU 1
    clock[0] = 101.0
    start = time.monotonic()
    frame = sampler.poll_once()
    assert time.monotonic() - start < 1.0  # bounded by the timeout, not by the hang
    assert [s.device for s in frame.samples] == [0, 2]  # the other GPUs keep updating
    stale = frame.health[1]
    assert (stale.state, stale.reason, stale.since) == ("stale", "Timeout", 100.0)
    assert "No fresh data for 5.00 s" in stale.message(now=105.0).render()
    clock[0] = 102.0
    before = fake.calls["nvmlDeviceGetPowerUsage"]
    frame = sampler.poll_once()  # still hung: GPU 1 not asked again, stale since 100
    assert frame.health[1].since == 100.0
    assert fake.calls["nvmlDeviceGetPowerUsage"] - before == 2  # GPUs 0 and 2 only
    fake.gpus[1].hang_s.clear()
    fake.release.set()  # the call returns at last
    deadline = time.monotonic() + 2
    while sampler._workers[1].busy and time.monotonic() < deadline:
        time.sleep(0.01)
    clock[0] = 103.0
    frame = sampler.poll_once()
    assert frame.health[1].state == "ok" and [s.device for s in frame.samples] == [0, 1, 2]
    sampler.stop()


def test_lost_gpu_is_reported_then_recovered(fake: FakeNvml, session: NvmlSession) -> None:
    sampler = TelemetrySampler(session, recover_every_s=0.0, clock=lambda: 50.0)
    fake.lose(0)
    frame = sampler.poll_once()
    assert frame.health[0].state == "lost" and frame.health[0].reason == "GpuIsLost"
    assert [s.device for s in frame.samples] == [1, 2]
    assert "GPU lost" in frame.health[0].message(now=60.0).render()
    frame = sampler.poll_once()  # tries to recover; GPU still gone
    assert frame.health[0].state == "lost"
    fake.restore(0)
    frame = sampler.poll_once()
    assert frame.health[0].state == "ok" and frame.samples[0].device == 0
    sampler.stop()


def test_recovery_attempts_are_spaced(fake: FakeNvml, session: NvmlSession) -> None:
    sampler = TelemetrySampler(session, recover_every_s=60.0)
    fake.lose(0)
    for _ in range(4):
        sampler.poll_once()
    assert fake.calls["nvmlDeviceGetCount"] <= 2  # open + at most one re-enumeration
    sampler.stop()


def test_broken_subscriber_does_not_stop_telemetry(session: NvmlSession) -> None:
    sampler = TelemetrySampler(session)
    seen: list[int] = []

    def broken(frame: TelemetryFrame) -> None:
        raise RuntimeError("bug in a widget")

    sampler.subscribe(broken)
    unsubscribe = sampler.subscribe(lambda f: seen.append(len(f.samples)))
    sampler.poll_once()
    unsubscribe()
    sampler.poll_once()
    assert seen == [3]
    sampler.stop()
