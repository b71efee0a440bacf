"""Which NVML calls fill a :class:`DeviceRecord` and a :class:`DeviceReading`, with fallbacks.

Every call goes through the session's guarded helper (``session.dev`` / ``session.call``), so a
refused query leaves its field :class:`NotAvailable` and the rest of the device still reads.
Fallbacks: memory info v2 (reserved memory separate) then v1; ``nvmlDeviceGetTemperatureV`` then
the deprecated ``nvmlDeviceGetTemperature``; enforced power limit then the management limit;
versioned process lists then ``_v2``.
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.fields import GPU_IS_LOST, NOT_SUPPORTED, UNKNOWN, NotAvailable, is_available
from gpuscope.hardware.nvml import SYSTEM
from gpuscope.hardware.nvml_status import text
from gpuscope.hardware.readings import DeviceReading, GpuProcess, MigInstance

if TYPE_CHECKING:
    from gpuscope.hardware.nvml import NvmlSession

#: ``nvmlDeviceGetBrand`` values as nvidia-smi names them (15/16 are unused aliases).
BRANDS = {
    0: "Unknown", 1: "Quadro", 2: "Tesla", 3: "NVS", 4: "GRID", 5: "GeForce", 6: "Titan",
    7: "NVIDIA Virtual Applications", 8: "NVIDIA Virtual PC", 9: "NVIDIA Virtual Compute Server",
    10: "NVIDIA RTX Virtual Workstation", 11: "NVIDIA Cloud Gaming", 12: "Quadro RTX",
    13: "NVIDIA RTX", 14: "NVIDIA", 15: "GeForce", 16: "Titan", 17: "NVIDIA DLA",
    18: "NVIDIA RTX Virtual Game Dev", 19: "NVIDIA NPU",
}
_NO_ID = 0xFFFFFFFF  # NVML's "not applicable" for MIG instance ids


def _ok(value: Any) -> bool:
    return is_available(value)


def _map(value: Any, fn: Any) -> Any:
    """Convert an NVML answer; a malformed one becomes NotAvailable, never an exception."""
    if not _ok(value):
        return value
    try:
        return fn(value)
    except Exception as exc:  # noqa: BLE001 - a binding returning an odd shape
        return NotAvailable(UNKNOWN, f"unexpected NVML answer: {type(exc).__name__}: {exc}")


def _guard(build: Any, *args: Any) -> Any:
    """Run a field builder; an odd answer from the binding becomes NotAvailable."""
    return _map(True, lambda _: build(*args))


def memory(s: NvmlSession, i: int) -> tuple[Any, Any, Any, Any]:
    """(total, used, free, reserved) in bytes; reserved only from the v2 call."""
    v2 = s.const("nvmlMemory_v2", None)
    reserved: Any = NotAvailable(NOT_SUPPORTED, "no nvmlMemory_v2 in this binding")
    if v2 is not None:
        info = s.dev(i, "memory_v2", "nvmlDeviceGetMemoryInfo", version=v2)
        if _ok(info):
            return int(info.total), int(info.used), int(info.free), int(info.reserved)
        if info.reason == GPU_IS_LOST:
            return info, info, info, info
        reserved = info
    info = s.dev(i, "memory", "nvmlDeviceGetMemoryInfo")
    if not _ok(info):
        return info, info, info, info
    return int(info.total), int(info.used), int(info.free), reserved


def power_limit(s: NvmlSession, i: int) -> Any:
    value = s.dev(i, "power_limit_mw", "nvmlDeviceGetEnforcedPowerLimit")
    if not _ok(value) and value.reason != GPU_IS_LOST:
        value = s.dev(i, "power_limit_mw", "nvmlDeviceGetPowerManagementLimit")
    return _map(value, int)


def temperature(s: NvmlSession, i: int) -> Any:
    sensor = s.const("NVML_TEMPERATURE_GPU", 0)
    value = s.dev(i, "temperature_c", "nvmlDeviceGetTemperatureV", sensor)
    if not _ok(value) and value.reason != GPU_IS_LOST:  # NVML < 12.5xx: only the old call
        value = s.dev(i, "temperature_c", "nvmlDeviceGetTemperature", sensor)
    return _map(value, int)


def mig_mode(s: NvmlSession, i: int) -> Any:
    modes = s.dev(i, "mig_mode", "nvmlDeviceGetMigMode")
    return _map(modes, lambda m: int(m[0]) == s.const("NVML_DEVICE_MIG_ENABLE", 1))


def mig_instances(s: NvmlSession, i: int) -> Any:
    count = s.dev(i, "mig_instances", "nvmlDeviceGetMaxMigDeviceCount")
    if not _ok(count):
        return count
    out = []
    for j in range(int(count)):
        handle = s.dev(i, "mig_instances", "nvmlDeviceGetMigDeviceHandleByIndex", j, quiet=True)
        if not _ok(handle):
            if handle.reason == GPU_IS_LOST:
                return handle
            continue  # NotFound: an empty MIG slot
        mem = s.call(i, "mig_memory", "nvmlDeviceGetMemoryInfo", handle)
        out.append(MigInstance(
            gpu_instance_id=_map(s.call(i, "mig_gi", "nvmlDeviceGetGpuInstanceId", handle), int),
            compute_instance_id=_map(
                s.call(i, "mig_ci", "nvmlDeviceGetComputeInstanceId", handle), int),
            name=_map(s.call(i, "mig_name", "nvmlDeviceGetName", handle), text),
            uuid=_map(s.call(i, "mig_uuid", "nvmlDeviceGetUUID", handle), text),
            memory_total_bytes=_map(mem, lambda m: int(m.total)),
            memory_used_bytes=_map(mem, lambda m: int(m.used)),
        ))
    return tuple(out)


def _process_list(s: NvmlSession, i: int, kind: str) -> Any:
    base = f"nvmlDeviceGet{kind.capitalize()}RunningProcesses"
    procs = s.dev(i, f"{kind}_processes", base)
    if not _ok(procs) and procs.reason != GPU_IS_LOST:
        procs = s.dev(i, f"{kind}_processes", base + "_v2")
    return procs


def _opt_id(value: Any) -> int | None:
    return None if value is None or int(value) == _NO_ID else int(value)


def processes(s: NvmlSession, i: int) -> Any:
    """Compute and graphics processes, merged by pid; NA only when both lists fail."""
    lists = {kind: _process_list(s, i, kind) for kind in ("compute", "graphics")}
    if not any(_ok(v) for v in lists.values()):
        return lists["compute"]
    merged: dict[int, GpuProcess] = {}
    for kind, procs in lists.items():
        for p in procs if _ok(procs) else ():
            pid = int(p.pid)
            used = getattr(p, "usedGpuMemory", None)
            used = None if used is None else int(used)
            old = merged.get(pid)
            if old is not None:
                kinds = "compute+graphics" if old.kind != kind else kind
                known = [u for u in (old.used_memory_bytes, used) if u is not None]
                used = max(known) if known else None
            else:
                kinds = kind
            merged[pid] = GpuProcess(
                pid=pid, kind=kinds, used_memory_bytes=used, name=s.process_name(pid),
                gpu_instance_id=_opt_id(getattr(p, "gpuInstanceId", None)),
                compute_instance_id=_opt_id(getattr(p, "computeInstanceId", None)),
            )
    return tuple(sorted(merged.values(), key=lambda p: p.pid))


def build_record(s: NvmlSession, i: int) -> DeviceRecord:
    """The static facts of device ``i`` (field -> reason for every missing one)."""
    sm, mem_clk = s.const("NVML_CLOCK_SM", 1), s.const("NVML_CLOCK_MEM", 2)
    pci = s.dev(i, "pci", "nvmlDeviceGetPciInfo")
    total, used, _free, reserved = memory(s, i)
    values: dict[str, Any] = {
        "name": _map(s.dev(i, "name", "nvmlDeviceGetName"), text),
        "uuid": _map(s.dev(i, "uuid", "nvmlDeviceGetUUID"), text),
        "pci_bus_id": _map(pci, lambda p: text(getattr(p, "busId", b"") or p.busIdLegacy)),
        "pci_device_id": _map(pci, lambda p: (int(p.pciDeviceId) >> 16) & 0xFFFF),
        "brand": _map(s.dev(i, "brand", "nvmlDeviceGetBrand"),
                      lambda b: BRANDS.get(int(b), f"Brand {int(b)}")),
        "compute_capability": _map(s.dev(i, "compute_capability",
                                         "nvmlDeviceGetCudaComputeCapability"),
                                   lambda cc: (int(cc[0]), int(cc[1]))),
        "cuda_cores": _map(s.dev(i, "cuda_cores", "nvmlDeviceGetNumGpuCores"), int),
        "max_sm_clock_mhz": _map(s.dev(i, "max_sm_clock_mhz", "nvmlDeviceGetMaxClockInfo", sm),
                                 int),
        "max_mem_clock_mhz": _map(s.dev(i, "max_mem_clock_mhz", "nvmlDeviceGetMaxClockInfo",
                                        mem_clk), int),
        "memory_bus_width_bits": _map(s.dev(i, "memory_bus_width_bits",
                                            "nvmlDeviceGetMemoryBusWidth"), int),
        "memory_total_bytes": total,
        "memory_used_bytes": used,
        "memory_reserved_bytes": reserved,
        "power_limit_mw": power_limit(s, i),
        "mig_mode": mig_mode(s, i),
    }
    missing = {k: v.reason for k, v in values.items() if not _ok(v)}
    clean = {k: v for k, v in values.items() if _ok(v)}
    clean.setdefault("name", f"NVIDIA GPU {i}")
    return DeviceRecord(index=i, unavailable=missing, **clean)


def build_reading(s: NvmlSession, i: int, now: float | None = None) -> DeviceReading:
    """One live poll of device ``i``."""
    t = time.time() if now is None else now
    sm, mem_clk = s.const("NVML_CLOCK_SM", 1), s.const("NVML_CLOCK_MEM", 2)
    total, used, free, reserved = memory(s, i)
    util = s.dev(i, "utilization", "nvmlDeviceGetUtilizationRates")
    mig = mig_mode(s, i)
    return DeviceReading(
        index=i, t=t,
        memory_total_bytes=total, memory_used_bytes=used, memory_free_bytes=free,
        memory_reserved_bytes=reserved,
        power_mw=_map(s.dev(i, "power_mw", "nvmlDeviceGetPowerUsage"), int),
        power_limit_mw=power_limit(s, i),
        temperature_c=temperature(s, i),
        fan_percent=_map(s.dev(i, "fan_percent", "nvmlDeviceGetFanSpeed"), int),
        gpu_util_percent=_map(util, lambda u: int(u.gpu)),
        mem_util_percent=_map(util, lambda u: int(u.memory)),
        sm_clock_mhz=_map(s.dev(i, "sm_clock_mhz", "nvmlDeviceGetClockInfo", sm), int),
        mem_clock_mhz=_map(s.dev(i, "mem_clock_mhz", "nvmlDeviceGetClockInfo", mem_clk), int),
        pcie_gen=_map(s.dev(i, "pcie_gen", "nvmlDeviceGetCurrPcieLinkGeneration"), int),
        pcie_width=_map(s.dev(i, "pcie_width", "nvmlDeviceGetCurrPcieLinkWidth"), int),
        pcie_gen_max=_map(s.dev(i, "pcie_gen_max", "nvmlDeviceGetMaxPcieLinkGeneration"), int),
        pcie_width_max=_map(s.dev(i, "pcie_width_max", "nvmlDeviceGetMaxPcieLinkWidth"), int),
        mig_mode=mig,
        mig_instances=_guard(mig_instances, s, i) if mig is True else (
            () if mig is False else mig),
        processes=_guard(processes, s, i),
        lost=s.is_lost(i),
    )


__all__ = ["BRANDS", "SYSTEM", "build_reading", "build_record"]
