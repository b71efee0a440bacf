"""Telemetry samples, device health, and the stream base that publishes them (no Qt).

A :class:`TelemetryStream` runs a thread that calls :meth:`TelemetryStream.poll_once` at
``rate_hz`` and hands each immutable :class:`TelemetryFrame` to its subscribers (the Qt shell
bridges the callback to a signal; the callback runs on the stream's thread). Two streams exist:
the live NVML sampler (:mod:`gpuscope.hardware.sampler`) and the snapshot replay
(:mod:`gpuscope.hardware.replay`); the rest of the app cannot tell them apart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass

from gpuscope.hardware.fields import reason_message, value_or
from gpuscope.hardware.history import TelemetryHistory
from gpuscope.hardware.readings import DeviceReading
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Seconds

log = logging.getLogger(__name__)

MIN_RATE_HZ = 0.05
MAX_RATE_HZ = 6.0  # NVML refreshes utilization at most ~6 times a second

OK, STALE, LOST = "ok", "stale", "lost"
_STALE = QT_TRANSLATE_NOOP("Telemetry", "No fresh data for {duration} ({reason}).")
_LOST = QT_TRANSLATE_NOOP("Telemetry", "GPU lost {duration} ago; gpuscope keeps trying.")


def clamp_rate(rate_hz: float) -> float:
    """The polling rate actually used: between 0.05 Hz and 6 Hz."""
    return min(MAX_RATE_HZ, max(MIN_RATE_HZ, float(rate_hz)))


@dataclass(frozen=True)
class TelemetrySample:
    """One device at one time; ``None`` where the value was not available."""

    t: float  # seconds: since the epoch (live), since the start of the trace (in a snapshot)
    device: int
    memory_used_bytes: int | None = None
    gpu_util_percent: float | None = None
    power_mw: float | None = None
    temperature_c: float | None = None
    sm_clock_mhz: float | None = None
    mem_util_percent: float | None = None
    mem_clock_mhz: float | None = None
    fan_percent: float | None = None

    @classmethod
    def from_reading(cls, r: DeviceReading) -> TelemetrySample:
        return cls(
            t=r.t, device=r.index, memory_used_bytes=value_or(r.memory_used_bytes),
            gpu_util_percent=value_or(r.gpu_util_percent), power_mw=value_or(r.power_mw),
            temperature_c=value_or(r.temperature_c), sm_clock_mhz=value_or(r.sm_clock_mhz),
            mem_util_percent=value_or(r.mem_util_percent),
            mem_clock_mhz=value_or(r.mem_clock_mhz), fan_percent=value_or(r.fan_percent),
        )


#: The numeric fields of a sample (everything but ``t`` and ``device``).
SAMPLE_FIELDS = ("memory_used_bytes", "gpu_util_percent", "power_mw", "temperature_c",
                 "sm_clock_mhz", "mem_util_percent", "mem_clock_mhz", "fan_percent")


@dataclass(frozen=True)
class DeviceHealth:
    """Whether a device's data is fresh; ``since``: wall time it stopped being fresh."""

    device: int
    state: str = OK  # ok | stale | lost
    since: float | None = None
    reason: str | None = None  # "Timeout", "GpuIsLost", ...

    def message(self, now: float | None = None) -> Message | None:
        """"No fresh data for 12 s (NVML did not answer in time)." or None when fresh."""
        if self.state == OK or self.since is None:
            return None
        age = Seconds(max(0.0, (time.time() if now is None else now) - self.since))
        if self.state == LOST:
            return _LOST(duration=age)
        return _STALE(duration=age, reason=reason_message(self.reason or "Unknown"))


@dataclass(frozen=True)
class TelemetryFrame:
    """What one tick publishes: fresh samples, every device's health, full readings."""

    t: float
    samples: tuple[TelemetrySample, ...]
    health: tuple[DeviceHealth, ...]
    readings: tuple[DeviceReading, ...] = ()


Subscriber = Callable[[TelemetryFrame], None]


class TelemetryStream:
    """Thread + subscribers + history; subclasses implement :meth:`_poll`."""

    def __init__(self, rate_hz: float = 1.0, history: TelemetryHistory | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self._rate = clamp_rate(rate_hz)
        self.history = history if history is not None else TelemetryHistory()
        self._clock = clock
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._health: dict[int, DeviceHealth] = {}
        self._latest: dict[int, DeviceReading] = {}

    @property
    def rate_hz(self) -> float:
        return self._rate

    @rate_hz.setter
    def rate_hz(self, value: float) -> None:
        self._rate = clamp_rate(value)

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call ``callback(frame)`` on every tick (on the stream's thread); returns unsubscribe."""
        with self._lock:
            self._subscribers.append(callback)

        def unsubscribe() -> None:
            with self._lock:
                if callback in self._subscribers:
                    self._subscribers.remove(callback)

        return unsubscribe

    def health(self, device: int) -> DeviceHealth:
        return self._health.get(device, DeviceHealth(device))

    def latest(self, device: int) -> DeviceReading | None:
        return self._latest.get(device)

    # -- one tick --------------------------------------------------------------------------
    def _poll(self, now: float) -> TelemetryFrame:
        raise NotImplementedError

    def poll_once(self) -> TelemetryFrame:
        """Poll now (the thread calls this; tests may too), record and publish the frame."""
        frame = self._poll(self._clock())
        for sample in frame.samples:
            self.history.append(sample)
        for h in frame.health:
            self._health[h.device] = h
        for r in frame.readings:
            self._latest[r.index] = r
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(frame)
            except Exception:  # noqa: BLE001 - a broken subscriber must not stop telemetry
                log.exception("telemetry subscriber failed")
        return frame

    # -- thread ----------------------------------------------------------------------------
    @property
    def running(self) -> bool:
        return self._thread is not None and self._thread.is_alive()

    def start(self) -> None:
        """Start polling on a daemon thread (no-op when already running)."""
        if self.running:
            return
        self._stop.clear()
        self._thread = threading.Thread(target=self._run, name=type(self).__name__, daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 2.0) -> bool:
        """Ask the thread to stop and wait up to ``timeout`` s; True when it has ended."""
        self._stop.set()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(timeout)
        return not self.running

    def close(self) -> None:
        self.stop()

    def _run(self) -> None:
        next_t = time.monotonic()
        while not self._stop.is_set():
            try:
                self.poll_once()
            except Exception:  # noqa: BLE001 - keep the thread alive; the next tick may work
                log.exception("telemetry poll failed")
            next_t += 1.0 / self._rate
            delay = next_t - time.monotonic()
            if delay < 0:  # fell behind (a slow poll): do not try to catch up
                next_t, delay = time.monotonic(), 0.0
            self._stop.wait(delay)
