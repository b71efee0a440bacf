"""What one poll of one GPU returns: immutable, every field a value or :class:`NotAvailable`.

A :class:`DeviceReading` is the live counterpart of :class:`~gpuscope.hardware.device.DeviceRecord`
(the static facts). Units are NVML's: bytes, milliwatts, degrees Celsius, percent, MHz.
"""

from __future__ import annotations

from dataclasses import dataclass, fields

from gpuscope.hardware.fields import NOT_RECORDED, Field, NotAvailable

_UNSET = NotAvailable(NOT_RECORDED)


@dataclass(frozen=True)
class MigInstance:
    """One MIG device (a GPU instance + compute instance) carved out of a GPU."""

    gpu_instance_id: Field[int]
    compute_instance_id: Field[int]
    name: Field[str]  # "NVIDIA A100-SXM4-80GB MIG 2g.20gb"
    uuid: Field[str]
    memory_total_bytes: Field[int]
    memory_used_bytes: Field[int]


@dataclass(frozen=True)
class GpuProcess:
    """A process holding memory on a GPU (compute: CUDA; graphics: a display client)."""

    pid: int
    kind: str  # "compute" | "graphics" | "compute+graphics"
    used_memory_bytes: int | None  # None: NVML does not say (Windows WDDM)
    name: str | None = None  # None: not readable (another user's process)
    gpu_instance_id: int | None = None  # MIG only
    compute_instance_id: int | None = None


@dataclass(frozen=True)
class DeviceReading:
    """One poll of one device. ``t`` is wall-clock time (seconds since the epoch)."""

    index: int
    t: float
    memory_total_bytes: Field[int] = _UNSET
    memory_used_bytes: Field[int] = _UNSET
    memory_free_bytes: Field[int] = _UNSET
    memory_reserved_bytes: Field[int] = _UNSET
    power_mw: Field[int] = _UNSET
    power_limit_mw: Field[int] = _UNSET
    temperature_c: Field[int] = _UNSET
    fan_percent: Field[int] = _UNSET
    gpu_util_percent: Field[int] = _UNSET
    mem_util_percent: Field[int] = _UNSET
    sm_clock_mhz: Field[int] = _UNSET
    mem_clock_mhz: Field[int] = _UNSET
    pcie_gen: Field[int] = _UNSET
    pcie_width: Field[int] = _UNSET
    pcie_gen_max: Field[int] = _UNSET
    pcie_width_max: Field[int] = _UNSET
    mig_mode: Field[bool] = _UNSET
    mig_instances: Field[tuple[MigInstance, ...]] = _UNSET
    processes: Field[tuple[GpuProcess, ...]] = _UNSET
    lost: bool = False  # the GPU answered GpuIsLost: everything else is stale

    def unavailable(self) -> dict[str, NotAvailable]:
        """Field name -> why it is missing, for every field without a value."""
        out: dict[str, NotAvailable] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            if isinstance(value, NotAvailable):
                out[f.name] = value
        return out
