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


def _two_tier(hours: float = 2.0) -> tuple[TelemetryHistory, list[TelemetrySample]]:
    h = TelemetryHistory(full_seconds=600, coarse_step_s=10, coarse_seconds=24 * 3600)
    sent = []
    for k in range(int(hours * 3600)):
        if 3000 <= k < 3300:  # the GPU was lost for 5 min
            continue
        s = TelemetrySample(t=1e9 + k, device=2, memory_used_bytes=2**30 + k,
                            gpu_util_percent=float(k % 101), power_mw=None if k % 7 else 1e5)
        h.append(s)
        sent.append(s)
    return h, sent


def test_recent_is_the_tail_of_samples_as_arrays() -> None:
    import numpy as np

    h, _ = _two_tier()
    kept = h.samples(2)
    for seconds in (30.0, 600.0, 3600.0, 1e9):
        r = h.recent(2, seconds)
        want = [s for s in kept if s.t >= kept[-1].t - seconds]
        assert r.t.tolist() == [s.t for s in want]
        assert r.values["memory_used_bytes"].tolist() == [s.memory_used_bytes for s in want]
        power = r.values["power_mw"]
        assert [None if np.isnan(v) else v for v in power.tolist()] == [s.power_mw for s in want]
        # the first rows are the 10 s means, the rest came as they are
        assert r.coarse == sum(1 for s in want if s.t < kept[-1].t - 600)
    assert len(h.recent(2, 600).t) == 601 and h.recent(5, 600).t.size == 0


def test_recent_returns_copies_the_sampler_cannot_change_under_the_plot() -> None:
    h, _ = _two_tier(0.5)
    r = h.recent(2, 60)
    before = r.t.copy()
    for k in range(5000):  # enough appends to move the rows around in their block
        h.append(TelemetrySample(t=2e9 + k, device=2, gpu_util_percent=1.0))
    assert (r.t == before).all()


def test_rows_block_holds_the_last_capacity_rows_in_order() -> None:
    from collections import deque

    from gpuscope.hardware.history import _Rows

    rows, ref = _Rows(capacity=100, width=2), deque(maxlen=100)
    for k in range(1000):
        rows.append([k, -k])
        ref.append(k)
        if k % 3 == 0:
            rows.popleft()
            ref.popleft()
        assert rows.rows()[:, 0].tolist() == list(ref)
    assert len(rows.buf) <= 200  # never more than twice the capacity


def test_coarse_tier_reads_back_exactly_and_len_counts_without_building_samples() -> None:
    h, sent = _two_tier()
    kept = h.samples(2)
    assert len(h) == len(kept)
    coarse = [s for s in kept if s.t < kept[-1].t - 600]
    assert all(isinstance(s.memory_used_bytes, int) for s in coarse)
    first = [s for s in sent if s.t < 1e9 + 10]  # the first 10 s bucket, rebuilt from floats
    assert coarse[0].gpu_util_percent == sum(s.gpu_util_percent for s in first) / len(first)
    assert coarse[0].memory_used_bytes == round(sum(s.memory_used_bytes for s in first) / 10)
    assert coarse[0].power_mw == 1e5 and coarse[0].temperature_c is None
    assert coarse[0].device == 2
