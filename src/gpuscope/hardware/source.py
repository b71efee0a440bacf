"""Where the app's GPU facts come from: live NVML, or a snapshot file (``--snapshot FILE``).

The CLI and the window only talk to a :class:`GpuSource`: its status, its device records and a
telemetry stream. :func:`open_source` picks the live one or the snapshot one, so the global
``--snapshot`` option swaps the whole machine for a recorded one.
"""

from __future__ import annotations

import math
import os
import threading
import time
from collections.abc import Mapping
from typing import Any

from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.call_budget import PER_CALL_S, CallBudget
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.readings import MigInstance
from gpuscope.hardware.snapshot import Snapshot, load_snapshot
from gpuscope.hardware.telemetry import TelemetryStream
from gpuscope.hardware.workers import Job, run_with_timeout
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate
from gpuscope.units import Timestamp

_LIVE = translate("Source", "Live data from %n NVIDIA GPU(s), driver {driver}.", None, 1)
_SNAPSHOT = QT_TRANSLATE_NOOP(
    "Source", "Snapshot of {host} taken {captured_at}, driver {driver} ({path}).")
_UNKNOWN = QT_TRANSLATE_NOOP("Source", "unknown")


class GpuSource:
    """The interface both sources share."""

    kind = "none"

    def status(self) -> st.NvmlStatus:
        raise NotImplementedError

    def devices(self) -> list[DeviceRecord]:
        raise NotImplementedError

    def mig_instances(self) -> dict[int, tuple[MigInstance, ...]]:
        return {}

    def telemetry(self, rate_hz: float = 1.0, **options: Any) -> TelemetryStream:
        """A new, not yet started, telemetry stream over these devices."""
        raise NotImplementedError

    def describe(self) -> Message:
        raise NotImplementedError

    def close(self) -> None:
        """Release the source (NVML shutdown); safe to call twice."""


class LiveSource(GpuSource):
    """This machine, through the NVML facade.

    Opening waits at most ``timeout_s`` for NVML to start; then every device field is read under
    a :class:`CallBudget` (``min(2 s, timeout_s)`` per call, ``timeout_s`` for all of them), so a
    hung field is reported unavailable (``Timeout``) and the rest of the report still comes.
    """

    kind = "live"

    def __init__(self, nvml: Any | None = None, *, timeout_s: float = 10.0) -> None:
        self.session = NvmlSession(nvml)
        self.timeout_s = timeout_s
        self._status: st.NvmlStatus | None = None
        self._records: list[DeviceRecord] = []
        self._mig: dict[int, tuple[MigInstance, ...]] = {}
        self._hung = False
        self._open_lock = threading.Lock()

    def _open(self, budget: CallBudget) -> tuple[st.NvmlStatus, list[DeviceRecord],
                                                 dict[int, Any]]:
        with self.session.budget(budget):
            status = self.session.open()
            records = self.session.records() if status.available else []
            mig = {}
            for r in records:
                if r.mig_mode:
                    instances = self.session.read(r.index).mig_instances
                    if isinstance(instances, tuple):
                        mig[r.index] = instances
        return status, records, mig

    def _ensure_open(self) -> None:
        """Open NVML once (call it off the GUI thread): waits at most ``timeout_s`` for NVML to
        start, then at most the field budget (``timeout_s`` again) for the devices' fields."""
        with self._open_lock:
            if self._status is not None:
                return
            budget = CallBudget(min(PER_CALL_S, self.timeout_s), self.timeout_s)
            job = Job(lambda: self._open(budget))
            threading.Thread(target=job.run, name="nvml-open", daemon=True).start()
            up_by = time.monotonic() + self.timeout_s
            while not (job.done or budget.started.is_set()) and time.monotonic() < up_by:
                job.wait(min(0.05, max(0.0, up_by - time.monotonic())))
            if budget.started.is_set():  # every call from here on is bounded by the budget
                job.wait(budget.total_s + budget.per_call_s + 1.0)
            if job.done:
                self._status, self._records, self._mig = job.result()
            else:
                self._hung = True
                self._status = st.timed_out(self.timeout_s)

    def status(self) -> st.NvmlStatus:
        self._ensure_open()
        assert self._status is not None
        return self._status

    def devices(self) -> list[DeviceRecord]:
        self._ensure_open()
        return list(self._records)

    def mig_instances(self) -> dict[int, tuple[MigInstance, ...]]:
        self._ensure_open()
        return dict(self._mig)

    def telemetry(self, rate_hz: float = 1.0, **options: Any) -> TelemetryStream:
        from gpuscope.hardware.sampler import TelemetrySampler

        self._ensure_open()
        return TelemetrySampler(self.session, rate_hz=rate_hz, **options)

    def describe(self) -> Message:
        status = self.status()
        if not status.available:
            assert status.reason is not None
            return status.reason
        return _LIVE(len(self._records), driver=status.driver_version or _UNKNOWN())

    def close(self) -> None:
        if self._status is not None and not self._hung:
            run_with_timeout(self.session.close, 2.0, "nvml-close")


class SnapshotSource(GpuSource):
    """A recorded machine: its records, and its trace replayed as live telemetry."""

    kind = "snapshot"

    def __init__(self, snapshot: Snapshot) -> None:
        self.snapshot = snapshot

    @classmethod
    def from_file(cls, path: str | os.PathLike[str]) -> SnapshotSource:
        return cls(load_snapshot(path))

    def status(self) -> st.NvmlStatus:
        return self.snapshot.status()

    def devices(self) -> list[DeviceRecord]:
        return list(self.snapshot.devices)

    def mig_instances(self) -> dict[int, tuple[MigInstance, ...]]:
        return dict(self.snapshot.mig_instances)

    def telemetry(self, rate_hz: float = 1.0, **options: Any) -> TelemetryStream:
        from gpuscope.hardware.replay import ReplaySource

        return ReplaySource(self.snapshot, rate_hz=rate_hz, **options)

    def describe(self) -> Message:
        s = self.snapshot
        # a typed date: the window formats it in the user's locale, the CLI as ISO 8601
        when = Timestamp.parse(s.captured_at) or s.captured_at or _UNKNOWN()
        return _SNAPSHOT(host=s.host or _UNKNOWN(), captured_at=when,
                         driver=s.driver_version or _UNKNOWN(), path=s.source or "-")


#: Environment variable: seconds to wait for NVML to start and list the GPUs (default 10).
TIMEOUT_ENV = "GPUSCOPE_NVML_TIMEOUT"
DEFAULT_TIMEOUT_S = 10.0


def nvml_timeout(environ: Mapping[str, str] | None = None) -> float:
    """``$GPUSCOPE_NVML_TIMEOUT`` clamped to 0.1-600 s; the default when unset or not a number."""
    raw = (os.environ if environ is None else environ).get(TIMEOUT_ENV, "")
    try:
        value = float(raw)
    except ValueError:
        return DEFAULT_TIMEOUT_S
    return min(600.0, max(0.1, value)) if math.isfinite(value) else DEFAULT_TIMEOUT_S


def open_source(snapshot_path: str | os.PathLike[str] | None = None, *,
                nvml: Any | None = None, timeout_s: float | None = None) -> GpuSource:
    """The snapshot at ``snapshot_path`` when given (InputError if bad), else live NVML.

    Opening live NVML never blocks longer than ``timeout_s`` (default: :func:`nvml_timeout`).
    """
    if snapshot_path:
        return SnapshotSource.from_file(snapshot_path)
    return LiveSource(nvml, timeout_s=nvml_timeout() if timeout_s is None else timeout_s)
