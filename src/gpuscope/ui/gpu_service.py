"""The window's link to the GPUs: opens the source off the GUI thread and relays telemetry.

NVML calls never run on the GUI thread: opening the source (which may block while a driver hangs)
happens in a worker thread, and the telemetry stream runs on its own thread; both reach the window
through queued Qt signals carrying immutable objects.
"""

from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gpuscope.errors import GpuscopeError

if TYPE_CHECKING:  # the NVML side loads in the worker thread, after the first paint
    from gpuscope.hardware.nvml_status import NvmlStatus
    from gpuscope.hardware.resolve import ResolvedGpu
    from gpuscope.hardware.source import GpuSource
    from gpuscope.hardware.telemetry import TelemetryStream
    from gpuscope.text import Message


@dataclass(frozen=True)
class SourceReport:
    """What opening a source found: its kind, NVML status, devices resolved to specs."""

    kind: str  # "live" | "snapshot"
    status: NvmlStatus
    devices: tuple[ResolvedGpu, ...]
    description: Message | None
    path: str | None = None
    #: NVML on this machine: the same as ``status`` when live; for a snapshot (whose ``status`` is
    #: the recorded machine's), None until checked (``GpuService.local_checked``)
    local_status: NvmlStatus | None = None


class GpuService(QObject):
    opened = Signal(object)  # SourceReport
    open_failed = Signal(object)  # Message (a malformed snapshot file ...)
    frame = Signal(object)  # TelemetryFrame, delivered on the GUI thread
    local_checked = Signal(object)  # NvmlStatus of this machine, found after opening a snapshot

    def __init__(self, parent: QObject | None = None, *, rate_hz: float = 1.0,
                 nvml: object | None = None, open_timeout_s: float | None = None,
                 sampler_options: Mapping[str, Any] | None = None) -> None:
        """``open_timeout_s``: longest wait for NVML to start (default ``$GPUSCOPE_NVML_TIMEOUT``
        or 10 s); ``sampler_options``: passed to the live sampler (``timeout_s``,
        ``recover_every_s``; tests shorten them)."""
        super().__init__(parent)
        self.rate_hz = rate_hz
        self._nvml = nvml
        self.open_timeout_s = open_timeout_s
        self.sampler_options = dict(sampler_options or {})
        self.source: GpuSource | None = None
        self.stream: TelemetryStream | None = None
        self.report: SourceReport | None = None
        self._unsubscribe = None
        self._generation = 0
        self._local: NvmlStatus | None = None  # this machine's NVML, once known

    def set_rate(self, rate_hz: float) -> float:
        """Poll at ``rate_hz`` from now on (clamped to 0.05-6 Hz: NVML refreshes utilisation at
        most about 6 times a second), without reopening anything; the rate now in use."""
        from gpuscope.hardware.telemetry import clamp_rate

        self.rate_hz = clamp_rate(rate_hz)
        if self.stream is not None:
            self.stream.rate_hz = self.rate_hz  # the running stream's next tick uses it
        return self.rate_hz

    def open(self, snapshot_path: str | None = None) -> None:
        """Open live NVML, or a snapshot file, in a worker thread; ``opened`` fires when done."""
        self._generation += 1
        gen = self._generation
        thread = threading.Thread(target=self._open_worker, args=(snapshot_path, gen),
                                  name="gpuscope-open-source", daemon=True)
        thread.start()

    def _open_worker(self, path: str | None, gen: int) -> None:
        from gpuscope.hardware.resolve import resolve_device
        from gpuscope.hardware.source import open_source

        try:
            source = open_source(path, nvml=self._nvml, timeout_s=self.open_timeout_s)
            status = source.status()
            records = source.devices()
            devices = tuple(resolve_device(r) for r in records)
            if source.kind == "live":
                self._local = status
            report = SourceReport(source.kind, status, devices, source.describe(), path,
                                  status if source.kind == "live" else self._local)
        except GpuscopeError as exc:
            self.open_failed.emit(exc.message)
            return
        if gen != self._generation:  # a newer open() superseded this one
            source.close()
            return
        self._switch(source, report)
        self.opened.emit(report)
        if report.local_status is None:  # a snapshot: say what this machine has, once known
            self._local = self._check_local()
            if gen == self._generation:
                self.local_checked.emit(self._local)

    def _check_local(self) -> NvmlStatus:
        """This machine's NVML status (start and stop NVML; never longer than the timeout)."""
        from gpuscope.hardware.source import open_source

        live = open_source(None, nvml=self._nvml, timeout_s=self.open_timeout_s)
        try:
            return live.status()
        finally:
            live.close()

    def _switch(self, source: GpuSource, report: SourceReport) -> None:
        self.stop()
        self.source, self.report = source, report
        if report.devices:
            options = self.sampler_options if source.kind == "live" else {}
            self.stream = source.telemetry(rate_hz=self.rate_hz, **options)
            self._unsubscribe = self.stream.subscribe(self.frame.emit)
            self.stream.start()

    def stop(self) -> None:
        """Stop telemetry and release the source (safe to call twice)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        if self.stream is not None:
            self.stream.stop(2.0)
            self.stream = None
        if self.source is not None:
            self.source.close()
            self.source = None

