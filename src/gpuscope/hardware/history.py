"""A bounded telemetry history: full resolution for recent minutes, averages for older hours.

Per device, samples younger than ``full_seconds`` are kept as they came (at most
``full_seconds x 6 Hz`` of them); older ones are folded into ``coarse_step_s`` buckets (the mean of
each numeric field) kept for ``coarse_seconds``. Memory stays bounded however long the app runs:
with the defaults (10 min, 10 s buckets, 24 h) at most 3,601 + 8,641 samples per device.
"""

from __future__ import annotations

import math
import threading
from collections import deque
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gpuscope.hardware.telemetry import TelemetrySample

_MAX_RATE_HZ = 6.0


class _Bucket:
    """Running sums for one coarse interval."""

    def __init__(self, index: int) -> None:
        self.index = index
        self.count = 0
        self.t = 0.0
        self.sums: dict[str, float] = {}
        self.counts: dict[str, int] = {}
        self.device = 0

    def add(self, s: TelemetrySample) -> None:
        self.count += 1
        self.t += s.t
        self.device = s.device
        for name in _numeric_names():
            v = getattr(s, name)
            if v is not None:
                self.sums[name] = self.sums.get(name, 0.0) + float(v)
                self.counts[name] = self.counts.get(name, 0) + 1

    def mean(self) -> TelemetrySample:
        from gpuscope.hardware.telemetry import TelemetrySample

        values = {k: self.sums[k] / self.counts[k] for k in self.sums}
        if "memory_used_bytes" in values:
            values["memory_used_bytes"] = int(round(values["memory_used_bytes"]))
        return TelemetrySample(t=self.t / self.count, device=self.device, **values)


def _numeric_names() -> tuple[str, ...]:
    from gpuscope.hardware.telemetry import SAMPLE_FIELDS

    return SAMPLE_FIELDS


class _DeviceHistory:
    def __init__(self, owner: TelemetryHistory) -> None:
        self.owner = owner
        self.full: deque[TelemetrySample] = deque()
        self.coarse: deque[TelemetrySample] = deque(maxlen=owner.coarse_capacity)
        self.bucket: _Bucket | None = None

    def append(self, s: TelemetrySample) -> None:
        o = self.owner
        self.full.append(s)
        while self.full and (self.full[0].t < s.t - o.full_seconds
                             or len(self.full) > o.full_capacity):
            self._fold(self.full.popleft())

    def _fold(self, s: TelemetrySample) -> None:
        index = math.floor(s.t / self.owner.coarse_step_s)
        if self.bucket is not None and self.bucket.index != index:
            self.coarse.append(self.bucket.mean())
            self.bucket = None
        if self.bucket is None:
            self.bucket = _Bucket(index)
        self.bucket.add(s)

    def samples(self) -> list[TelemetrySample]:
        pending = [self.bucket.mean()] if self.bucket is not None else []
        return [*self.coarse, *pending, *self.full]


class TelemetryHistory:
    """Thread-safe per-device history; ``samples(device)`` returns oldest first."""

    def __init__(self, full_seconds: float = 600.0, coarse_step_s: float = 10.0,
                 coarse_seconds: float = 24 * 3600.0, max_rate_hz: float = _MAX_RATE_HZ) -> None:
        self.full_seconds = float(full_seconds)
        self.coarse_step_s = float(coarse_step_s)
        self.full_capacity = int(full_seconds * max_rate_hz) + 1
        self.coarse_capacity = int(coarse_seconds / coarse_step_s) + 1
        self._devices: dict[int, _DeviceHistory] = {}
        self._lock = threading.Lock()

    @property
    def capacity_per_device(self) -> int:
        """The most samples one device can hold (the bound the tests check)."""
        return self.full_capacity + self.coarse_capacity + 1

    def append(self, sample: TelemetrySample) -> None:
        with self._lock:
            dev = self._devices.get(sample.device)
            if dev is None:
                dev = self._devices[sample.device] = _DeviceHistory(self)
            dev.append(sample)

    def samples(self, device: int, since: float | None = None) -> list[TelemetrySample]:
        with self._lock:
            dev = self._devices.get(device)
            out = dev.samples() if dev is not None else []
        return out if since is None else [s for s in out if s.t >= since]

    def devices(self) -> list[int]:
        with self._lock:
            return sorted(self._devices)

    def __len__(self) -> int:
        with self._lock:
            return sum(len(d.samples()) for d in self._devices.values())

    def clear(self) -> None:
        with self._lock:
            self._devices.clear()

