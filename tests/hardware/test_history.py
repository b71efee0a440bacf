"""The bounded telemetry history: recent samples kept, older ones averaged, memory capped."""

from __future__ import annotations

from gpuscope.hardware.history import TelemetryHistory
from gpuscope.hardware.telemetry import TelemetrySample


def test_multi_hour_history_stays_bounded() -> None:
    h = TelemetryHistory(full_seconds=60, coarse_step_s=10, coarse_seconds=600)
    rate = 6
    for k in range(2 * 3600 * rate):  # two hours at 6 Hz = 43,200 samples
        h.append(TelemetrySample(t=k / rate, device=0, gpu_util_percent=50.0))
    kept = h.samples(0)
    assert len(kept) <= h.capacity_per_device
    # 60 s at 6 Hz in full (361 at most), 600 s / 10 s of averages (61 at most)
    assert 60 * rate <= sum(1 for s in kept if s.t >= kept[-1].t - 60) <= 60 * rate + 1
    assert len(kept) <= 361 + 61 + 1
    assert all(a.t < b.t for a, b in zip(kept, kept[1:], strict=False))
    # older than 60 s of full samples + 61 finished buckets + 1 pending bucket is gone
    assert kept[0].t >= 2 * 3600 - 60 - 10 * (61 + 1)


def test_older_samples_are_averaged_per_bucket() -> None:
    h = TelemetryHistory(full_seconds=5, coarse_step_s=10, coarse_seconds=600)
    for t in range(40):  # 1 Hz: util 0 during [0, 10), 100 during [10, 20), then 50
        util = 0.0 if t < 10 else 100.0 if t < 20 else 50.0
        h.append(TelemetrySample(t=float(t), device=1, gpu_util_percent=util, power_mw=None,
                                 memory_used_bytes=1000 + t))
    kept = h.samples(1)
    assert kept[0].gpu_util_percent == 0.0 and kept[0].t == 4.5  # mean of t = 0..9
    assert kept[1].gpu_util_percent == 100.0
    assert kept[1].memory_used_bytes == round(sum(1000 + t for t in range(10, 20)) / 10)
    assert kept[0].power_mw is None  # never known: stays unknown, not zero
    assert [s.t for s in kept[-5:]] == [35.0, 36.0, 37.0, 38.0, 39.0]  # recent: as they came
    assert h.samples(1, since=36.0)[0].t == 36.0
    assert h.devices() == [1] and h.samples(0) == []


def test_devices_are_kept_apart() -> None:
    h = TelemetryHistory()
    h.append(TelemetrySample(t=1.0, device=0))
    h.append(TelemetrySample(t=1.0, device=3))
    assert h.devices() == [0, 3] and len(h) == 2
    h.clear()
    assert len(h) == 0
