"""Play a snapshot's telemetry trace as if it were live: same frames as the NVML sampler.

Samples are re-stamped onto the wall clock (``t = start + trace_time / speed``), so plots scroll
exactly as with a real GPU. With ``loop`` (the default) the trace starts over when it ends; a
snapshot without a trace still publishes each device's recorded memory use, so the window shows
the snapshot's "used / free" as it would live.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING

from gpuscope.hardware.fields import NOT_SUPPORTED, NotAvailable
from gpuscope.hardware.history import TelemetryHistory
from gpuscope.hardware.readings import DeviceReading
from gpuscope.hardware.telemetry import (
    DeviceHealth,
    TelemetryFrame,
    TelemetrySample,
    TelemetryStream,
)

if TYPE_CHECKING:
    from gpuscope.hardware.device import DeviceRecord
    from gpuscope.hardware.snapshot import Snapshot

_MAX_PER_TICK = 10_000


def _field(record: DeviceRecord, name: str, value: object) -> object:
    """A value from the trace or record; absent -> "not supported" (the snapshot's meaning)."""
    if value is not None:
        return value
    return NotAvailable(record.unavailable.get(name, NOT_SUPPORTED))


class ReplaySource(TelemetryStream):
    """Replays ``snapshot.telemetry`` at ``speed`` x real time, looping by default."""

    def __init__(self, snapshot: Snapshot, *, rate_hz: float = 1.0, speed: float = 1.0,
                 loop: bool = True, history: TelemetryHistory | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(rate_hz, history, clock)
        if not speed > 0:
            raise ValueError("speed must be positive")
        self._snap = snapshot
        self._records = {r.index: r for r in snapshot.devices}
        self._trace = snapshot.telemetry
        self._speed = float(speed)
        self.loop = loop
        t = [s.t for s in self._trace]
        self._t_first = t[0] if t else 0.0
        steps = sorted(b - a for a, b in zip(t, t[1:], strict=False) if b > a)
        step = steps[len(steps) // 2] if steps else 1.0
        # one loop = the trace span plus one typical step, so the end does not touch the start
        self.loop_s = (t[-1] - t[0] + step) if t else 0.0
        self._t0: float | None = None
        self._cursor = 0
        self._base = 0.0  # trace time at which the current loop started
        self._last: dict[int, TelemetrySample] = {}

    @property
    def finished(self) -> bool:
        """True once a non-looping replay has played every sample."""
        return not self.loop and self._cursor >= len(self._trace)

    def _due(self, now: float) -> list[TelemetrySample]:
        if self._t0 is None:
            self._t0 = now
        target = (now - self._t0) * self._speed
        if self.loop and self.loop_s > 0 and target - self._base > 2 * self.loop_s:
            skipped = math.floor((target - self._base) / self.loop_s) - 1
            self._base += skipped * self.loop_s  # the app slept (suspend): skip whole loops
            self._cursor = 0
        out: list[TelemetrySample] = []
        while self._trace and len(out) < _MAX_PER_TICK:
            if self._cursor >= len(self._trace):
                if not self.loop:
                    break
                self._cursor, self._base = 0, self._base + self.loop_s
            s = self._trace[self._cursor]
            trace_t = self._base + s.t - self._t_first
            if trace_t > target:
                break
            out.append(replace(s, t=self._t0 + trace_t / self._speed))
            self._cursor += 1
        return out

    def _reading(self, record: DeviceRecord, now: float) -> DeviceReading:
        s = self._last.get(record.index)
        used = s.memory_used_bytes if s is not None else record.memory_used_bytes
        total = record.memory_total_bytes
        free = None
        if total is not None and used is not None:
            free = max(0, total - used - (record.memory_reserved_bytes or 0))

        def f(name: str, value: object) -> object:
            return _field(record, name, value)

        return DeviceReading(
            index=record.index, t=s.t if s is not None else now,
            memory_total_bytes=f("memory_total_bytes", total),
            memory_used_bytes=f("memory_used_bytes", used),
            memory_free_bytes=f("memory_free_bytes", free),
            memory_reserved_bytes=f("memory_reserved_bytes", record.memory_reserved_bytes),
            power_limit_mw=f("power_limit_mw", record.power_limit_mw),
            mig_mode=f("mig_mode", record.mig_mode),
            mig_instances=self._snap.mig_instances.get(record.index, ()),
            **({} if s is None else {
                "power_mw": f("power_mw", s.power_mw),
                "temperature_c": f("temperature_c", s.temperature_c),
                "gpu_util_percent": f("gpu_util_percent", s.gpu_util_percent),
                "mem_util_percent": f("mem_util_percent", s.mem_util_percent),
                "sm_clock_mhz": f("sm_clock_mhz", s.sm_clock_mhz),
                "mem_clock_mhz": f("mem_clock_mhz", s.mem_clock_mhz),
                "fan_percent": f("fan_percent", s.fan_percent),
            }),
        )

    def _poll(self, now: float) -> TelemetryFrame:
        samples = self._due(now)
        for s in samples:
            self._last[s.device] = s
        readings = tuple(self._reading(r, now) for r in self._records.values())
        health = tuple(DeviceHealth(i) for i in self._records)
        return TelemetryFrame(now, tuple(samples), health, readings)
