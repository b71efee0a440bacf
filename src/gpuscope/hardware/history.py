"""A bounded telemetry history: full resolution for recent minutes, averages for older hours.

Per device, samples younger than ``full_seconds`` are kept as they came (at most
``full_seconds x 6 Hz`` of them); older ones are folded into ``coarse_step_s`` buckets (the mean of
each numeric field) kept for ``coarse_seconds``. Memory stays bounded however long the app runs:
with the defaults (10 min, 10 s buckets, 24 h) at most 3,601 + 8,641 samples per device.

Both tiers are also kept as rows of floats (``t`` then :data:`SAMPLE_FIELDS`, NaN for unknown) in
contiguous blocks updated as samples arrive, so :meth:`TelemetryHistory.recent` hands the plot the
last minutes as arrays for the cost of copying those rows, however long the history is. The coarse
tier lives only there (its samples are rebuilt when :meth:`TelemetryHistory.samples` is asked).
"""

from __future__ import annotations

import math
import threading
from collections import deque
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

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


class _Rows:
    """At most ``capacity`` rows of floats, oldest first, in one contiguous block: appending and
    dropping the oldest are amortised O(1) (the block grows by doubling up to twice the capacity,
    then the live rows are moved back to its start when its end is reached), so any run of rows
    is one slice. numpy is imported on first use: the CLI reading a snapshot does not need it."""

    def __init__(self, capacity: int, width: int) -> None:
        import numpy as np

        self.capacity = capacity
        self.buf = np.empty((min(64, 2 * capacity), width))
        self.start = self.end = 0

    def __len__(self) -> int:
        return self.end - self.start

    def append(self, row: list[float]) -> None:
        if self.end == len(self.buf):
            import numpy as np

            n, size = self.end - self.start, len(self.buf)
            if 2 * n > size and size < 2 * self.capacity:
                grown = np.empty((min(2 * size, 2 * self.capacity), self.buf.shape[1]))
                grown[:n] = self.buf[self.start:self.end]
                self.buf = grown
            else:
                self.buf[:n] = self.buf[self.start:self.end]
            self.start, self.end = 0, n
        self.buf[self.end] = row
        self.end += 1
        if self.end - self.start > self.capacity:
            self.start += 1

    def popleft(self) -> None:
        if self.end > self.start:
            self.start += 1

    def rows(self) -> Any:
        """The live rows (a view: valid until the next append)."""
        return self.buf[self.start:self.end]


def _row(s: TelemetrySample) -> list[float]:
    nan = math.nan
    return [s.t, *(nan if (v := getattr(s, name)) is None else float(v)
                   for name in _numeric_names())]


def _sample(row: Any, device: int) -> TelemetrySample:
    from gpuscope.hardware.telemetry import TelemetrySample

    values = {name: float(v) for name, v in zip(_numeric_names(), row[1:].tolist(), strict=True)
              if not math.isnan(v)}
    if "memory_used_bytes" in values:
        values["memory_used_bytes"] = int(values["memory_used_bytes"])
    return TelemetrySample(t=float(row[0]), device=device, **values)


@dataclass(frozen=True)
class Recent:
    """The last seconds of one device as arrays (copies): ``t`` oldest first, ``values[name]``
    NaN where unknown. The first ``coarse`` rows are 10 s means (the rest came as they are)."""

    t: Any
    values: dict[str, Any]
    coarse: int
    coarse_step_s: float


class _DeviceHistory:
    def __init__(self, owner: TelemetryHistory) -> None:
        self.owner = owner
        width = 1 + len(_numeric_names())
        self.full: deque[TelemetrySample] = deque()
        self.full_rows = _Rows(owner.full_capacity, width)
        self.coarse = _Rows(owner.coarse_capacity, width)
        self.bucket: _Bucket | None = None
        self.device = 0

    def append(self, s: TelemetrySample) -> None:
        o = self.owner
        self.device = s.device
        self.full.append(s)
        self.full_rows.append(_row(s))
        while self.full and (self.full[0].t < s.t - o.full_seconds
                             or len(self.full) > o.full_capacity):
            self._fold(self.full.popleft())
            self.full_rows.popleft()

    def _fold(self, s: TelemetrySample) -> None:
        index = math.floor(s.t / self.owner.coarse_step_s)
        if self.bucket is not None and self.bucket.index != index:
            self.coarse.append(_row(self.bucket.mean()))
            self.bucket = None
        if self.bucket is None:
            self.bucket = _Bucket(index)
        self.bucket.add(s)

    def __len__(self) -> int:
        return len(self.coarse) + (self.bucket is not None) + len(self.full)

    def samples(self) -> list[TelemetrySample]:
        coarse = [_sample(row, self.device) for row in self.coarse.rows()]
        pending = [self.bucket.mean()] if self.bucket is not None else []
        return [*coarse, *pending, *self.full]

    def recent(self, seconds: float) -> Recent:
        import numpy as np

        full, coarse = self.full_rows.rows(), self.coarse.rows()
        last = full[-1, 0] if len(full) else coarse[-1, 0] if len(coarse) else math.nan
        since = last - seconds
        full = full[np.searchsorted(full[:, 0], since):]
        parts = [coarse[np.searchsorted(coarse[:, 0], since):]]
        if self.bucket is not None:
            pending = np.array([_row(self.bucket.mean())])
            parts.append(pending[pending[:, 0] >= since])
        n_coarse = sum(len(p) for p in parts)
        rows = np.concatenate([*parts, full]) if n_coarse else full.copy()
        values = {name: rows[:, 1 + k] for k, name in enumerate(_numeric_names())}
        return Recent(rows[:, 0], values, n_coarse, self.owner.coarse_step_s)


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

    def recent(self, device: int, seconds: float) -> Recent:
        """The samples of the last ``seconds`` before the newest one, as arrays; the cost is the
        rows copied, not the length of the history (what the plot asks every second)."""
        with self._lock:
            dev = self._devices.get(device)
            if dev is None:
                return _empty_recent(self.coarse_step_s)
            return dev.recent(seconds)

    def devices(self) -> list[int]:
        with self._lock:
            return sorted(self._devices)

    def __len__(self) -> int:
        with self._lock:
            return sum(len(d) for d in self._devices.values())

    def clear(self) -> None:
        with self._lock:
            self._devices.clear()



def _empty_recent(step: float) -> Recent:
    import numpy as np

    empty = np.empty(0)
    return Recent(empty, {name: empty for name in _numeric_names()}, 0, step)
