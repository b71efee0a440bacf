"""The live telemetry sampler: polls every GPU through the NVML facade, off the GUI thread.

Each device has its own worker thread, so a driver call that hangs on one GPU leaves the others
updating. A poll waits at most ``timeout_s`` for all devices; a device whose read did not come back
in time is reported ``stale`` (reason ``Timeout``) since its last fresh sample, and is not asked
again until the hung call returns. A device that answered ``GpuIsLost`` is reported ``lost``;
every ``recover_every_s`` the sampler asks the session to re-enumerate (re-initialising NVML if
needed) and the device resumes when it is back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from gpuscope.hardware.fields import GPU_IS_LOST, TIMEOUT, UNKNOWN
from gpuscope.hardware.history import TelemetryHistory
from gpuscope.hardware.readings import DeviceReading
from gpuscope.hardware.telemetry import (
    LOST,
    OK,
    STALE,
    DeviceHealth,
    TelemetryFrame,
    TelemetrySample,
    TelemetryStream,
)
from gpuscope.hardware.workers import Job, Worker

if TYPE_CHECKING:
    from gpuscope.hardware.nvml import NvmlSession

log = logging.getLogger(__name__)


class TelemetrySampler(TelemetryStream):
    """Polls ``session`` at ``rate_hz`` (default 1 Hz, at most 6 Hz)."""

    def __init__(self, session: NvmlSession, *, rate_hz: float = 1.0, timeout_s: float = 2.0,
                 recover_every_s: float = 5.0, history: TelemetryHistory | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__(rate_hz, history, clock)
        self._session = session
        self.timeout_s = float(timeout_s)
        self.recover_every_s = float(recover_every_s)
        self._workers: dict[int, Worker] = {}
        self._last_recover: dict[int, float] = {}
        self._last_fresh: dict[int, float] = {}

    def _worker(self, index: int) -> Worker:
        worker = self._workers.get(index)
        if worker is None:
            worker = self._workers[index] = Worker(f"nvml-gpu{index}")
        return worker

    def _job_for(self, index: int, now: float) -> Callable[[], DeviceReading] | None:
        s = self._session
        if not s.is_lost(index):
            return lambda: s.read(index, now)
        last = self._last_recover.get(index)
        if last is not None and time.monotonic() - last < self.recover_every_s:
            return None  # lost, and not yet time to look for it again
        self._last_recover[index] = time.monotonic()

        def recover_then_read() -> DeviceReading:
            s.recover()
            return s.read(index, now)

        return recover_then_read

    def _poll(self, now: float) -> TelemetryFrame:
        jobs: dict[int, Job | None] = {}
        for i in range(self._session.device_count):
            fn = self._job_for(i, now)
            jobs[i] = self._worker(i).submit(fn) if fn is not None else None
        deadline = time.monotonic() + self.timeout_s
        samples, health, readings = [], [], []
        for i, job in jobs.items():
            reading, reason = None, TIMEOUT
            if job is None and self._session.is_lost(i):
                reason = GPU_IS_LOST
            elif job is not None and job.wait(max(0.0, deadline - time.monotonic())):
                try:
                    reading = job.result()
                except Exception:  # noqa: BLE001 - the facade should not raise; be safe anyway
                    log.exception("reading GPU %d failed", i)
                    reason = UNKNOWN
            if reading is not None and reading.lost:
                reading, reason = None, GPU_IS_LOST
            if reading is not None:
                self._last_fresh[i] = reading.t
                samples.append(TelemetrySample.from_reading(reading))
                readings.append(reading)
                health.append(DeviceHealth(i))
            else:
                health.append(self._unhealthy(i, reason, now))
        return TelemetryFrame(now, tuple(samples), tuple(health), tuple(readings))

    def _unhealthy(self, index: int, reason: str, now: float) -> DeviceHealth:
        state = LOST if reason == GPU_IS_LOST else STALE
        old = self.health(index)
        if old.state == state and old.since is not None:
            return DeviceHealth(index, state, old.since, reason)
        since = self._last_fresh.get(index, now) if state == STALE else now
        if old.state == OK:
            log.warning("GPU %d: telemetry %s (%s)", index, state, reason)
        return DeviceHealth(index, state, since, reason)

    def stop(self, timeout: float = 2.0) -> bool:
        ended = super().stop(timeout)
        for worker in self._workers.values():
            worker.stop()
        self._workers.clear()
        return ended
