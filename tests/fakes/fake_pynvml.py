"""A stand-in for the ``pynvml`` module, at the pynvml boundary.

:class:`FakeNvml` exposes the pynvml functions gpuscope's facade calls, with pynvml's own
constants and ``NVMLError`` subclasses (copied from the real module, which imports fine without a
driver), so the facade's code path is the one it takes against a real driver. Each fake GPU can
refuse any function with any NVML error code, hang in any function, be lost (``GpuIsLost``) and come
back with new handles, or vanish from the enumeration and come back.
"""

from __future__ import annotations

import threading
from collections import Counter
from dataclasses import dataclass, field
from types import SimpleNamespace
from typing import Any

import pynvml as _real

MIB = 1024**2
NS = _real.NVML_ERROR_NOT_SUPPORTED
FNF = _real.NVML_ERROR_FUNCTION_NOT_FOUND
NO_PERM = _real.NVML_ERROR_NO_PERMISSION
LOST = _real.NVML_ERROR_GPU_IS_LOST
NOT_FOUND = _real.NVML_ERROR_NOT_FOUND
NA_ID = 0xFFFFFFFF

#: Functions pynvml wraps in ``throwOnVersionMismatch`` (FunctionNotFound -> LibraryMismatch).
_VERSIONED = {"nvmlDeviceGetComputeRunningProcesses", "nvmlDeviceGetGraphicsRunningProcesses"}


@dataclass
class FakeMig:
    gpu_instance_id: int
    compute_instance_id: int
    name: str
    uuid: str
    memory_total: int
    memory_used: int


@dataclass
class FakeProcess:
    pid: int
    used: int | None
    kind: str = "compute"
    gpu_instance_id: int = NA_ID
    compute_instance_id: int = NA_ID


@dataclass
class FakeGpu:
    name: str = "NVIDIA GeForce RTX 4090"
    uuid: str = "GPU-00000000-0000-4000-8000-000000004090"
    pci_bus_id: str = "00000000:01:00.0"
    pci_device_id: int = 0x2684
    brand: int = _real.NVML_BRAND_GEFORCE
    cc: tuple[int, int] = (8, 9)
    cores: int = 16384
    max_sm_clock: int = 3105
    max_mem_clock: int = 10501
    bus_width: int = 384
    memory_total: int = 24564 * MIB
    memory_used: int = 1200 * MIB
    memory_reserved: int = 330 * MIB
    power_mw: int = 31_000
    power_limit_mw: int = 450_000
    temperature: int = 41
    fan: int = 30
    util_gpu: int = 3
    util_mem: int = 1
    sm_clock: int = 210
    mem_clock: int = 405
    pcie: tuple[int, int, int, int] = (1, 16, 4, 16)  # current gen, width, max gen, max width
    mig_mode: int | None = None  # None: MIG not supported; 0 disabled; 1 enabled
    mig: list[FakeMig] = field(default_factory=list)
    processes: list[FakeProcess] = field(default_factory=list)
    errors: dict[str, int] = field(default_factory=dict)  # function -> NVML error code
    hang_s: dict[str, float] = field(default_factory=dict)  # function -> seconds it blocks
    lost: bool = False
    generation: int = 0


@dataclass(frozen=True)
class _Handle:
    gpu: int
    generation: int
    mig: int | None = None


class FakeNvml:
    """A module-like object with pynvml's names; configure it, then hand it to NvmlSession."""

    def __init__(self, gpus: list[FakeGpu], *, init_error: int | None = None,
                 driver_version: str = "550.54.15", cuda_version: int = 12040,
                 nvml_version: str = "12.550.54.15", missing_in_library: set[str] | None = None,
                 missing_in_binding: set[str] | None = None, bytes_strings: bool = False,
                 process_names: dict[int, str] | None = None) -> None:
        for name in dir(_real):
            if name.startswith(("NVML_", "NVMLError", "nvmlMemory_v", "nvmlTemperature_v")):
                object.__setattr__(self, name, getattr(_real, name))
        self.NVMLLibraryMismatchError = _real.NVMLLibraryMismatchError
        self.gpus = gpus
        self.order = list(range(len(gpus)))  # enumeration order (gpu ids)
        self.init_error = init_error
        self.driver_version, self.cuda_version, self.nvml_version = (
            driver_version, cuda_version, nvml_version)
        self.missing_in_library = set(missing_in_library or ())
        self.missing_in_binding = set(missing_in_binding or ())
        self.bytes_strings = bytes_strings
        self.process_names = dict(process_names or {})
        self.initialized = 0
        self.calls: Counter[str] = Counter()
        self.release = threading.Event()  # set() frees every hanging call

    def __getattribute__(self, name: str) -> Any:
        if name.startswith("nvml") and name in object.__getattribute__(self, "missing_in_binding"):
            raise AttributeError(name)
        return object.__getattribute__(self, name)

    # -- test controls ---------------------------------------------------------------------
    def lose(self, gpu: int) -> None:
        self.gpus[gpu].lost = True

    def restore(self, gpu: int) -> None:
        """The GPU is back after a reset: old handles stay dead, new ones work."""
        self.gpus[gpu].lost = False
        self.gpus[gpu].generation += 1

    def unplug(self, gpu: int) -> None:
        self.lose(gpu)
        self.order.remove(gpu)

    def replug(self, gpu: int) -> None:
        self.order.append(gpu)
        self.restore(gpu)

    # -- plumbing --------------------------------------------------------------------------
    def _raise(self, code: int) -> None:
        raise _real.NVMLError(code)

    def _enter(self, fn: str, handle: _Handle | None = None) -> FakeGpu | None:
        self.calls[fn] += 1
        if fn in self.missing_in_library:
            if fn in _VERSIONED:
                raise _real.NVMLLibraryMismatchError(fn)
            self._raise(FNF)
        if not self.initialized and fn != "nvmlInit":
            self._raise(_real.NVML_ERROR_UNINITIALIZED)
        if handle is None:
            return None
        gpu = self.gpus[handle.gpu]
        if gpu.lost or handle.generation != gpu.generation:
            self._raise(LOST)
        if fn in gpu.hang_s:
            self.release.wait(gpu.hang_s[fn])
        if fn in gpu.errors:
            self._raise(gpu.errors[fn])
        return gpu

    def _str(self, value: str) -> str | bytes:
        return value.encode() if self.bytes_strings else value

    # -- system ----------------------------------------------------------------------------
    def nvmlInit(self) -> None:  # noqa: N802 - pynvml's names
        self._enter("nvmlInit")
        if self.init_error is not None:
            self._raise(self.init_error)
        self.initialized += 1

    def nvmlShutdown(self) -> None:  # noqa: N802
        self._enter("nvmlShutdown")
        self.initialized = max(0, self.initialized - 1)

    def nvmlSystemGetDriverVersion(self) -> str | bytes:  # noqa: N802
        self._enter("nvmlSystemGetDriverVersion")
        return self._str(self.driver_version)

    def nvmlSystemGetNVMLVersion(self) -> str | bytes:  # noqa: N802
        self._enter("nvmlSystemGetNVMLVersion")
        return self._str(self.nvml_version)

    def nvmlSystemGetCudaDriverVersion(self) -> int:  # noqa: N802
        self._enter("nvmlSystemGetCudaDriverVersion")
        return self.cuda_version

    def nvmlSystemGetCudaDriverVersion_v2(self) -> int:  # noqa: N802
        self._enter("nvmlSystemGetCudaDriverVersion_v2")
        return self.cuda_version

    def nvmlSystemGetProcessName(self, pid: int) -> str | bytes:  # noqa: N802
        self._enter("nvmlSystemGetProcessName")
        if pid not in self.process_names:
            self._raise(NO_PERM)
        return self._str(self.process_names[pid])

    def nvmlDeviceGetCount(self) -> int:  # noqa: N802
        self._enter("nvmlDeviceGetCount")
        return len(self.order)

    def nvmlDeviceGetHandleByIndex(self, index: int) -> _Handle:  # noqa: N802
        self._enter("nvmlDeviceGetHandleByIndex")
        if not 0 <= index < len(self.order):
            self._raise(_real.NVML_ERROR_INVALID_ARGUMENT)
        gid = self.order[index]
        return _Handle(gid, self.gpus[gid].generation)

    # -- static facts ----------------------------------------------------------------------
    def _mig(self, handle: _Handle) -> FakeMig | None:
        return None if handle.mig is None else self.gpus[handle.gpu].mig[handle.mig]

    def nvmlDeviceGetName(self, h: _Handle) -> str | bytes:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetName", h)
        mig = self._mig(h)
        return self._str(mig.name if mig else gpu.name)

    def nvmlDeviceGetUUID(self, h: _Handle) -> str | bytes:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetUUID", h)
        mig = self._mig(h)
        return self._str(mig.uuid if mig else gpu.uuid)

    def nvmlDeviceGetPciInfo(self, h: _Handle) -> SimpleNamespace:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetPciInfo", h)
        bus = gpu.pci_bus_id.encode()  # a ctypes char array: always bytes
        return SimpleNamespace(busId=bus, busIdLegacy=bus,
                               pciDeviceId=(gpu.pci_device_id << 16) | 0x10DE)

    def nvmlDeviceGetBrand(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetBrand", h).brand

    def nvmlDeviceGetCudaComputeCapability(self, h: _Handle) -> tuple[int, int]:  # noqa: N802
        return self._enter("nvmlDeviceGetCudaComputeCapability", h).cc

    def nvmlDeviceGetNumGpuCores(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetNumGpuCores", h).cores

    def nvmlDeviceGetMemoryBusWidth(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetMemoryBusWidth", h).bus_width

    def nvmlDeviceGetMaxClockInfo(self, h: _Handle, kind: int) -> int:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetMaxClockInfo", h)
        return gpu.max_sm_clock if kind == _real.NVML_CLOCK_SM else gpu.max_mem_clock

    def nvmlDeviceGetClockInfo(self, h: _Handle, kind: int) -> int:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetClockInfo", h)
        return gpu.sm_clock if kind == _real.NVML_CLOCK_SM else gpu.mem_clock

    def nvmlDeviceGetMemoryInfo(self, h: _Handle, version: int | None = None) -> Any:  # noqa: N802
        fn = "nvmlDeviceGetMemoryInfo_v2" if version else "nvmlDeviceGetMemoryInfo"
        gpu = self._enter(fn, h)
        mig = self._mig(h)
        if mig is not None:
            return SimpleNamespace(total=mig.memory_total, used=mig.memory_used,
                                   free=mig.memory_total - mig.memory_used)
        if version:
            free = gpu.memory_total - gpu.memory_used - gpu.memory_reserved
            return SimpleNamespace(version=version, total=gpu.memory_total,
                                   reserved=gpu.memory_reserved, used=gpu.memory_used, free=free)
        # v1: "used" includes what the driver reserves
        used = gpu.memory_used + gpu.memory_reserved
        return SimpleNamespace(total=gpu.memory_total, used=used, free=gpu.memory_total - used)

    # -- live values -----------------------------------------------------------------------
    def nvmlDeviceGetPowerUsage(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetPowerUsage", h).power_mw

    def nvmlDeviceGetEnforcedPowerLimit(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetEnforcedPowerLimit", h).power_limit_mw

    def nvmlDeviceGetPowerManagementLimit(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetPowerManagementLimit", h).power_limit_mw

    def nvmlDeviceGetTemperatureV(self, h: _Handle, sensor: int,  # noqa: N802
                                  version: int = _real.nvmlTemperature_v1) -> int:
        return self._enter("nvmlDeviceGetTemperatureV", h).temperature

    def nvmlDeviceGetTemperature(self, h: _Handle, sensor: int) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetTemperature", h).temperature

    def nvmlDeviceGetFanSpeed(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetFanSpeed", h).fan

    def nvmlDeviceGetUtilizationRates(self, h: _Handle) -> SimpleNamespace:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetUtilizationRates", h)
        return SimpleNamespace(gpu=gpu.util_gpu, memory=gpu.util_mem)

    def nvmlDeviceGetCurrPcieLinkGeneration(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetCurrPcieLinkGeneration", h).pcie[0]

    def nvmlDeviceGetCurrPcieLinkWidth(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetCurrPcieLinkWidth", h).pcie[1]

    def nvmlDeviceGetMaxPcieLinkGeneration(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetMaxPcieLinkGeneration", h).pcie[2]

    def nvmlDeviceGetMaxPcieLinkWidth(self, h: _Handle) -> int:  # noqa: N802
        return self._enter("nvmlDeviceGetMaxPcieLinkWidth", h).pcie[3]

    # -- MIG -------------------------------------------------------------------------------
    def nvmlDeviceGetMigMode(self, h: _Handle) -> list[int]:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetMigMode", h)
        if gpu.mig_mode is None:
            self._raise(NS)
        return [gpu.mig_mode, gpu.mig_mode]

    def nvmlDeviceGetMaxMigDeviceCount(self, h: _Handle) -> int:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetMaxMigDeviceCount", h)
        return 7 if gpu.mig_mode is not None else 0

    def nvmlDeviceGetMigDeviceHandleByIndex(self, h: _Handle, j: int) -> _Handle:  # noqa: N802
        gpu = self._enter("nvmlDeviceGetMigDeviceHandleByIndex", h)
        if j >= len(gpu.mig):
            self._raise(NOT_FOUND)
        return _Handle(h.gpu, h.generation, j)

    def nvmlDeviceGetGpuInstanceId(self, h: _Handle) -> int:  # noqa: N802
        self._enter("nvmlDeviceGetGpuInstanceId", h)
        mig = self._mig(h)
        return mig.gpu_instance_id if mig else NA_ID

    def nvmlDeviceGetComputeInstanceId(self, h: _Handle) -> int:  # noqa: N802
        self._enter("nvmlDeviceGetComputeInstanceId", h)
        mig = self._mig(h)
        return mig.compute_instance_id if mig else NA_ID

    # -- processes -------------------------------------------------------------------------
    def _procs(self, fn: str, h: _Handle, kind: str) -> list[SimpleNamespace]:
        gpu = self._enter(fn, h)
        return [SimpleNamespace(pid=p.pid, usedGpuMemory=p.used, gpuInstanceId=p.gpu_instance_id,
                                computeInstanceId=p.compute_instance_id)
                for p in gpu.processes if kind in p.kind]

    def nvmlDeviceGetComputeRunningProcesses(self, h: _Handle) -> list[Any]:  # noqa: N802
        return self._procs("nvmlDeviceGetComputeRunningProcesses", h, "compute")

    def nvmlDeviceGetComputeRunningProcesses_v2(self, h: _Handle) -> list[Any]:  # noqa: N802
        return self._procs("nvmlDeviceGetComputeRunningProcesses_v2", h, "compute")

    def nvmlDeviceGetGraphicsRunningProcesses(self, h: _Handle) -> list[Any]:  # noqa: N802
        return self._procs("nvmlDeviceGetGraphicsRunningProcesses", h, "graphics")

    def nvmlDeviceGetGraphicsRunningProcesses_v2(self, h: _Handle) -> list[Any]:  # noqa: N802
        return self._procs("nvmlDeviceGetGraphicsRunningProcesses_v2", h, "graphics")
