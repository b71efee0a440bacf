"""The raw, static facts NVML reports about one device (or a snapshot recorded them).

This is the contract between the NVML facade / snapshot reader (which fill it) and the resolver
(which turns it into a :class:`~gpuscope.hardware.gpu.GpuSpec` with catalogue or derived peaks).
Field names follow the snapshot file format v1. ``None`` means "not available"; the reason, when
known, is in ``unavailable`` (field name -> reason such as "NotSupported").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

#: NVML brand names (``nvmlDeviceGetBrand``) as stored in snapshots.
GEFORCE_BRANDS = frozenset({"GeForce", "Titan"})


@dataclass(frozen=True)
class DeviceRecord:
    index: int
    name: str
    uuid: str | None = None
    pci_bus_id: str | None = None
    pci_device_id: int | None = None  # the 16-bit device ID (0x2684 for an RTX 4090)
    brand: str | None = None  # "GeForce", "Quadro", "Tesla", "NVIDIA RTX", "Titan", ...
    compute_capability: tuple[int, int] | None = None
    cuda_cores: int | None = None
    max_sm_clock_mhz: int | None = None
    max_mem_clock_mhz: int | None = None
    memory_bus_width_bits: int | None = None
    memory_total_bytes: int | None = None
    memory_used_bytes: int | None = None
    memory_reserved_bytes: int | None = None
    power_limit_mw: int | None = None
    mig_mode: bool | None = None
    unavailable: Mapping[str, str] = field(default_factory=dict)

    @property
    def memory_free_bytes(self) -> int | None:
        if self.memory_total_bytes is None or self.memory_used_bytes is None:
            return None
        reserved = self.memory_reserved_bytes or 0
        return max(0, self.memory_total_bytes - self.memory_used_bytes - reserved)
