"""A stand-in config that serves the machine a snapshot file recorded.

Each device's static facts come from its record, its live values from its first telemetry sample.
A fact the snapshot does not have (missing = "not supported" in format v1) becomes an error on the
NVML function that would give it, with the recorded reason when there is one
(``unavailable: {"cuda_cores": "FunctionNotFound"}``) and ``NotSupported`` otherwise.
"""

from __future__ import annotations

import os
from typing import Any

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.nvml_query import BRANDS
from gpuscope.hardware.snapshot import load_snapshot
from gpuscope.hardware.telemetry import TelemetrySample
from tests.fakes.nvml_standin.config import NOT_SUPPORTED, REASON_CODES, machine

#: record field -> (stand-in key, the NVML functions that give it)
STATIC = {
    "name": ("name", ("nvmlDeviceGetName",)),
    "uuid": ("uuid", ("nvmlDeviceGetUUID",)),
    "brand": ("brand", ("nvmlDeviceGetBrand",)),
    "cuda_cores": ("cores", ("nvmlDeviceGetNumGpuCores",)),
    "max_sm_clock_mhz": ("max_sm_clock", ()),  # left at 0: NotSupported for that clock only
    "max_mem_clock_mhz": ("max_mem_clock", ()),
    "memory_bus_width_bits": ("bus_width", ("nvmlDeviceGetMemoryBusWidth",)),
    "memory_total_bytes": ("memory_total", ("nvmlDeviceGetMemoryInfo_v2",
                                            "nvmlDeviceGetMemoryInfo")),
    "memory_used_bytes": ("memory_used", ("nvmlDeviceGetMemoryInfo_v2",
                                          "nvmlDeviceGetMemoryInfo")),
    "memory_reserved_bytes": ("memory_reserved", ("nvmlDeviceGetMemoryInfo_v2",)),
    "power_limit_mw": ("power_limit_mw", ("nvmlDeviceGetEnforcedPowerLimit",
                                          "nvmlDeviceGetPowerManagementLimit")),
}
#: sample field -> (stand-in key, functions)
LIVE = {
    "power_mw": ("power_mw", ("nvmlDeviceGetPowerUsage",)),
    "temperature_c": ("temperature", ("nvmlDeviceGetTemperatureV", "nvmlDeviceGetTemperature")),
    "fan_percent": ("fan", ("nvmlDeviceGetFanSpeed",)),
    "gpu_util_percent": ("util_gpu", ("nvmlDeviceGetUtilizationRates",)),
    "sm_clock_mhz": ("sm_clock", ("nvmlDeviceGetClockInfo",)),
}
_BRAND_CODES = {name: code for code, name in sorted(BRANDS.items(), reverse=True)}


def _device(r: DeviceRecord, mig: tuple, sample: TelemetrySample | None) -> dict[str, Any]:
    dev: dict[str, Any] = {"errors": {}, "pcie": [4, 16, 4, 16]}
    for field, (key, fns) in STATIC.items():
        value = getattr(r, field)
        if value is None:
            code = REASON_CODES.get(r.unavailable.get(field, ""), NOT_SUPPORTED)
            for fn in fns:
                dev["errors"].setdefault(fn, code)
        else:
            dev[key] = _BRAND_CODES.get(value, 0) if field == "brand" else value
    dev["pci_bus_id"] = r.pci_bus_id or f"00000000:{r.index + 1:02X}:00.0"
    dev["pci_device_id"] = r.pci_device_id or 0
    if r.compute_capability is None:
        dev["errors"]["nvmlDeviceGetCudaComputeCapability"] = NOT_SUPPORTED
    else:
        dev["cc"] = list(r.compute_capability)
    dev["mig_mode"] = -1 if r.mig_mode is None else int(r.mig_mode)
    dev["mig"] = [{"gi": m.gpu_instance_id, "ci": m.compute_instance_id, "name": m.name,
                   "uuid": m.uuid, "memory_total": m.memory_total_bytes,
                   "memory_used": m.memory_used_bytes} for m in mig]
    for field, (key, fns) in LIVE.items():
        value = getattr(sample, field) if sample is not None else None
        if value is None:
            for fn in fns:
                dev["errors"].setdefault(fn, NOT_SUPPORTED)
        else:
            dev[key] = int(value)
    dev["util_mem"] = int(sample.mem_util_percent or 0) if sample else 0
    dev["mem_clock"] = int(sample.mem_clock_mhz or r.max_mem_clock_mhz or 0) if sample else 0
    return dev


def from_snapshot(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The config serving every device of the snapshot at ``path``, in index order."""
    snap = load_snapshot(path)
    first: dict[int, TelemetrySample] = {}
    for s in snap.telemetry:
        first.setdefault(s.device, s)
    cuda = 12040
    if snap.cuda_driver_version:
        major, _, minor = snap.cuda_driver_version.partition(".")
        cuda = int(major) * 1000 + int(minor or 0) * 10
    devices = [_device(r, snap.mig_instances.get(r.index, ()), first.get(r.index))
               for r in snap.devices]
    return machine(*devices, driver_version=snap.driver_version or "550.54.15",
                   nvml_version=snap.nvml_version or "12.550.54.15", cuda_version=cuda)


__all__ = ["LIVE", "STATIC", "from_snapshot"]
