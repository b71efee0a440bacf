"""The one door to NVML: open a session, list the GPUs, read them; never raise upward.

Everything here goes through :meth:`NvmlSession.call`, the guarded helper: a query that fails
(``NotSupported`` on GeForce, ``FunctionNotFound`` on an old driver, ``GpuIsLost``, no permission,
or anything else the binding throws) becomes :class:`~gpuscope.hardware.fields.NotAvailable` with
the reason, logged once per device + field + reason. Answers that cannot change (``NotSupported``,
``FunctionNotFound``) are remembered so the sampler stops asking. A device that answers
``GpuIsLost`` is marked lost; :meth:`NvmlSession.recover` re-enumerates (re-initialising NVML when
needed) and gives it a fresh handle again, matched by UUID, when it comes back.

The NVML module is a parameter (default: ``pynvml`` from ``nvidia-ml-py``, imported on
:meth:`open`), so tests pass a fake with pynvml's function names and error classes. NVML calls may
block; callers that must stay responsive (the GUI) use the sampler, which runs them on worker
threads with a timeout.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.call_budget import CallBudget, CallTimedOut
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.fields import (
    FUNCTION_NOT_FOUND,
    GPU_IS_LOST,
    NO_PERMISSION,
    PERMANENT_REASONS,
    TIMEOUT,
    UNINITIALIZED,
    NotAvailable,
    is_available,
)
from gpuscope.hardware.nvml_status import error_detail, error_name, text
from gpuscope.hardware.readings import DeviceReading

log = logging.getLogger(__name__)

#: Refusals that are normal (a GeForce without a fan sensor, another user's process name).
_QUIET_REASONS = PERMANENT_REASONS | {NO_PERMISSION, "NotFound"}

#: Answers after which a device's handle is useless until :meth:`NvmlSession.recover`.
_NEEDS_RECOVERY = frozenset({GPU_IS_LOST, UNINITIALIZED})

#: Index used for system-wide queries (driver version, process names) in logs and caches.
SYSTEM = -1

__all__ = ["SYSTEM", "NvmlSession", "error_detail", "error_name", "text"]


class NvmlSession:
    """One NVML connection: ``open()``, ``records()``, ``read(i)``, ``recover()``, ``close()``."""

    def __init__(self, nvml: Any | None = None) -> None:
        self._nvml = nvml
        self._lock = threading.RLock()
        self._open = False
        self._handles: list[Any] = []  # per index: a handle, or NotAvailable
        self._uuids: list[str | None] = []
        self._lost: set[int] = set()
        self._permanent: dict[tuple[int, str, str], NotAvailable] = {}
        self._logged: set[tuple[int, str, str]] = set()
        self._process_names: dict[int, str | None] = {}
        self._local = threading.local()  # .budget: this thread's CallBudget, if any
        self.status: st.NvmlStatus = st.unavailable(st.CLOSED)

    # -- lifecycle -------------------------------------------------------------------------
    def open(self) -> st.NvmlStatus:
        """Start NVML and list the devices; on failure the status says why (never raises)."""
        with self._lock:
            if self._open:
                return self.status
            if self._nvml is None:
                try:
                    import pynvml
                except ImportError as exc:
                    return self._fail(st.BINDING_MISSING, error_detail(exc))
                self._nvml = pynvml
            try:
                self._nvml.nvmlInit()
            except Exception as exc:  # noqa: BLE001 - every init failure becomes a status
                return self._fail(st.init_error_code(error_name(exc)), error_detail(exc))
            self._open = True
            budget = self._budget()
            if budget is not None:
                budget.start()  # NVML is up: from now on each call has its own time limit
            count = self.call(SYSTEM, "device_count", "nvmlDeviceGetCount")
            if not is_available(count):
                self.close()
                if count.reason == TIMEOUT and budget is not None:
                    self.status = st.timed_out(budget.per_call_s)
                    return self.status
                return self._fail(st.init_error_code(count.reason), count.detail)
            for i in range(int(count)):
                handle = self.call(i, "handle", "nvmlDeviceGetHandleByIndex", i)
                self._handles.append(handle)
                uuid = self.call(i, "uuid", "nvmlDeviceGetUUID", handle) if is_available(
                    handle) else handle
                self._uuids.append(text(uuid) if is_available(uuid) else None)
            self.status = st.NvmlStatus(
                True, st.OK, driver_version=self._system_text("nvmlSystemGetDriverVersion"),
                cuda_driver_version=self._cuda_version(),
                nvml_version=self._system_text("nvmlSystemGetNVMLVersion"),
                device_count=len(self._handles),
            )
            return self.status

    def close(self) -> None:
        """Shut NVML down (safe to call twice)."""
        with self._lock:
            if self._open:
                self.call(SYSTEM, "shutdown", "nvmlShutdown")
            self._open = False
            self._handles, self._uuids = [], []
            self._lost.clear()
            self._permanent.clear()
            if self.status.available:
                self.status = st.unavailable(st.CLOSED)

    def __enter__(self) -> NvmlSession:
        self.open()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _fail(self, code: str, detail: str) -> st.NvmlStatus:
        self.status = st.unavailable(code, detail)
        log.info("NVML unavailable (%s): %s", code, detail)
        return self.status

    # -- the guarded helper ----------------------------------------------------------------
    @contextmanager
    def budget(self, budget: CallBudget) -> Iterator[CallBudget]:
        """Inside the block, this thread's calls each run under ``budget`` (a hung one becomes
        ``NotAvailable("Timeout")``); other threads (the sampler's workers) are not affected."""
        old = self._budget()
        self._local.budget = budget
        try:
            yield budget
        finally:
            self._local.budget = old

    def _budget(self) -> CallBudget | None:
        return getattr(self._local, "budget", None)

    def call(self, index: int, field: str, fn_name: str, *args: Any, quiet: bool = False,
             **kwargs: Any) -> Any:
        """``nvml.<fn_name>(*args)``, or :class:`NotAvailable` with the reason. Never raises."""
        key = (index, field, fn_name)
        known = self._permanent.get(key)
        if known is not None:
            return known
        fn = getattr(self._nvml, fn_name, None)
        if fn is None:
            na = NotAvailable(FUNCTION_NOT_FOUND, f"{fn_name} is not in this NVML binding")
        else:
            budget = self._budget()
            try:
                if budget is None:
                    return fn(*args, **kwargs)
                return budget.run((index, fn_name), lambda: fn(*args, **kwargs))
            except CallTimedOut as exc:
                na = NotAvailable(TIMEOUT, str(exc))
            except Exception as exc:  # noqa: BLE001 - NVML must never raise into the app
                na = NotAvailable(error_name(exc), error_detail(exc))
        if na.reason in PERMANENT_REASONS:
            self._permanent[key] = na
        if na.reason in _NEEDS_RECOVERY and index >= 0:
            self._lost.add(index)  # until recover() finds it again
        if not quiet:
            self._log_once(index, field, na)
        return na

    def dev(self, index: int, field: str, fn_name: str, *args: Any, **kwargs: Any) -> Any:
        """A query on device ``index``'s handle (short-circuits once the device is lost)."""
        if index in self._lost:
            return NotAvailable(GPU_IS_LOST, "waiting for the GPU to come back")
        handles = self._handles
        if not 0 <= index < len(handles):
            return NotAvailable(UNINITIALIZED, "the NVML session is closed")
        handle = handles[index]
        if not is_available(handle):
            return handle
        return self.call(index, field, fn_name, handle, *args, **kwargs)

    def const(self, name: str, default: Any) -> Any:
        """A pynvml constant (``NVML_CLOCK_SM``), with NVML's value as fallback."""
        return getattr(self._nvml, name, default)

    def _log_once(self, index: int, field: str, na: NotAvailable) -> None:
        key = (index, field, na.reason)
        if key in self._logged:
            return
        self._logged.add(key)
        where = "system" if index == SYSTEM else f"GPU {index}"
        level = logging.INFO if na.reason in _QUIET_REASONS else logging.WARNING
        log.log(level, "%s: %s not available (%s) %s", where, field, na.reason, na.detail)

    def _system_text(self, fn_name: str) -> str | None:
        value = self.call(SYSTEM, fn_name, fn_name)
        return text(value) if is_available(value) else None

    def _cuda_version(self) -> str | None:
        for fn_name in ("nvmlSystemGetCudaDriverVersion", "nvmlSystemGetCudaDriverVersion_v2"):
            value = self.call(SYSTEM, "cuda_driver_version", fn_name)
            if is_available(value):
                return st.format_cuda_version(int(value))
        return None

    # -- queries ---------------------------------------------------------------------------
    @property
    def device_count(self) -> int:
        return len(self._handles)

    def is_lost(self, index: int) -> bool:
        return index in self._lost

    def records(self) -> list[DeviceRecord]:
        """The static facts of every device found at :meth:`open`."""
        return [self.record(i) for i in range(self.device_count)]

    def record(self, index: int) -> DeviceRecord:
        from gpuscope.hardware.nvml_query import build_record

        return build_record(self, index)

    def read(self, index: int, now: float | None = None) -> DeviceReading:
        """One live poll of device ``index`` (call from a worker thread, not the GUI)."""
        from gpuscope.hardware.nvml_query import build_reading

        return build_reading(self, index, now)

    def process_name(self, pid: int) -> str | None:
        """The name NVML gives a process, cached; None when unreadable."""
        if pid not in self._process_names:
            if len(self._process_names) > 512:
                self._process_names.clear()
            name = self.call(SYSTEM, "process_name", "nvmlSystemGetProcessName", pid)
            self._process_names[pid] = text(name) if is_available(name) else None
        return self._process_names[pid]

    # -- recovery --------------------------------------------------------------------------
    def recover(self) -> set[int]:
        """Re-enumerate (re-initialising NVML if that fails); return the devices back in use."""
        with self._lock:
            if not self._open:
                return set()
            found = self._scan()
            if found is None:
                self.call(SYSTEM, "shutdown", "nvmlShutdown", quiet=True)
                self.call(SYSTEM, "init", "nvmlInit", quiet=True)
                found = self._scan()
            if found is None:
                return set()
            back: set[int] = set()
            for i, uuid in enumerate(self._uuids):
                handle = found.get(uuid) if uuid is not None else found.get(i)
                if handle is None:
                    continue
                self._handles[i] = handle
                if i in self._lost:
                    self._lost.discard(i)
                    for key in [k for k in list(self._permanent) if k[0] == i]:
                        self._permanent.pop(key, None)
                    back.add(i)
                    log.warning("GPU %d is back (UUID %s)", i, uuid)
            return back

    def _scan(self) -> dict[Any, Any] | None:
        """UUID (or index, when a UUID is unreadable) -> fresh handle; None if NVML is down."""
        count = self.call(SYSTEM, "device_count", "nvmlDeviceGetCount", quiet=True)
        if not is_available(count):
            return None
        found: dict[Any, Any] = {}
        for k in range(int(count)):
            handle = self.call(SYSTEM, "handle", "nvmlDeviceGetHandleByIndex", k, quiet=True)
            if not is_available(handle):
                continue
            uuid = self.call(SYSTEM, "uuid", "nvmlDeviceGetUUID", handle, quiet=True)
            if is_available(uuid):
                found[text(uuid)] = handle
            elif uuid.reason != GPU_IS_LOST:
                found[k] = handle
        return found
