"""The host side of a plan: how fast the CPU part runs and how much RAM there is.

When llama.cpp keeps layers (or MoE experts) in RAM, the CPU computes them, and a decode step
streams their weights from DRAM: llama.cpp's CPU token generation is memory-bandwidth bound, so the
CPU part takes ``bytes / (DRAM bandwidth x efficiency)``. gpuscope does not probe the host (no
benchmark at start-up): it assumes a memory platform from the GPU's segment, says so, and lets the
user enter the bandwidth llama.cpp actually reaches (``--host-bandwidth``).

Theoretical DRAM bandwidth = transfers/s x 8 bytes per 64-bit channel x channels (JEDEC DDR4/DDR5
data rates; one DDR5 DIMM is two 32-bit sub-channels, 8 bytes per transfer together).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Template

_POSITIVE = QT_TRANSLATE_NOOP("Errors", "{field} must be a number above 0 (got {value}).")
BANDWIDTH_FIELD = QT_TRANSLATE_NOOP("Fields", "Host memory bandwidth")
RAM_FIELD = QT_TRANSLATE_NOOP("Fields", "Host RAM")

# Fraction of the theoretical DRAM bandwidth llama.cpp's CPU decode reaches. Assumption:
# STREAM-type read bandwidth is typically 70-80 % of the theoretical figure on dual-channel
# desktops (a DDR5-5600 Ryzen 9700X measures 62.9 GB/s of 89.6, memtest86plus/memtest86plus#557)
# and llama.cpp's generation reaches most of that; many-core NUMA servers reach less
# (ik_llama.cpp PR #534: a Xeon 6980P stays well below its ~512 GB/s). A figure the user enters
# is used as is.
CPU_EFFICIENCY = 0.6


@dataclass(frozen=True)
class HostPlatform:
    id: str
    name: Template
    bandwidth: float  # theoretical peak, bytes/s
    source: str


def _p(pid: str, name: Template, mts: int, channels: int, source: str) -> HostPlatform:
    return HostPlatform(pid, name, mts * 1e6 * 8 * channels, source)


PLATFORMS: dict[str, HostPlatform] = {p.id: p for p in (
    _p("ddr4-desktop", QT_TRANSLATE_NOOP("Plans", "desktop, dual-channel DDR4-3200"),
       3200, 2,
       "JEDEC DDR4-3200: 3200 MT/s x 8 B x 2 channels = 51.2 GB/s"),
    _p("ddr5-desktop", QT_TRANSLATE_NOOP("Plans", "desktop, dual-channel DDR5-6000"),
       6000, 2,
       "DDR5-6000 (common AM5 / Raptor Lake kits): 6000 MT/s x 8 B x 2 channels = 96 GB/s"),
    _p("ddr5-laptop", QT_TRANSLATE_NOOP("Plans", "laptop, dual-channel DDR5-5600"),
       5600, 2,
       "JEDEC DDR5-5600: 5600 MT/s x 8 B x 2 channels = 89.6 GB/s"),
    _p("workstation", QT_TRANSLATE_NOOP("Plans", "workstation, 4-channel DDR5-4800"),
       4800, 4,
       "Xeon W-2400 / Threadripper 7000 (4 channels DDR5-4800) = 153.6 GB/s"),
    _p("server", QT_TRANSLATE_NOOP("Plans", "server, 8-channel DDR5-4800"),
       4800, 8,
       "Xeon Scalable 4th gen (8 channels DDR5-4800 per socket) = 307.2 GB/s"),
    _p("server-12ch", QT_TRANSLATE_NOOP("Plans", "server, 12-channel DDR5-4800"),
       4800, 12,
       "EPYC 9004 (12 channels DDR5-4800 per socket) = 460.8 GB/s"),
)}
UNIFIED = QT_TRANSLATE_NOOP("Plans", "unified memory shared with the GPU")
ENTERED = QT_TRANSLATE_NOOP("Plans", "entered by the user")


@dataclass(frozen=True)
class HostMemory:
    """The CPU side of an offload plan."""

    bandwidth: float  # theoretical (or entered) bytes/s
    efficiency: float  # fraction llama.cpp's CPU decode reaches
    platform: Template  # what was assumed ("desktop, dual-channel DDR5-6000")
    source: str
    assumed: bool  # True: a default, not a figure the user entered
    ram_bytes: float | None = None  # total RAM of the machine, when known

    @property
    def effective(self) -> float:
        """Bytes/s the CPU part of a decode step streams."""
        return self.bandwidth * self.efficiency


def default_platform(gpu: GpuSpec) -> HostPlatform | None:
    """The memory platform assumed for a GPU's usual host; None for unified memory."""
    if gpu.unified_memory:
        return None
    if gpu.segment == "laptop":
        return PLATFORMS["ddr5-laptop"]
    if gpu.segment == "workstation":
        return PLATFORMS["workstation"]
    if gpu.segment == "datacenter":
        return PLATFORMS["server"]
    # GeForce: cards from Ada on share their era with DDR5 desktops, older ones with DDR4.
    return PLATFORMS["ddr5-desktop" if gpu.compute_capability >= (8, 9) else "ddr4-desktop"]


def check_positive(field: Template, value: float | None) -> None:
    """Raise a clear error unless ``value`` (when given) is a finite number above 0."""
    if value is not None and not (math.isfinite(value) and value > 0):
        raise InputError(_POSITIVE(field=field, value=f"{value:g}"))


def host_memory(gpu: GpuSpec, *, bandwidth: float | None = None, platform: str | None = None,
                ram_bytes: float | None = None) -> HostMemory:
    """The host to plan with: an entered bandwidth (bytes/s, used as is), a named platform, or the
    default for ``gpu``'s segment. ``ram_bytes`` None reads this machine's total RAM."""
    check_positive(BANDWIDTH_FIELD, bandwidth)
    check_positive(RAM_FIELD, ram_bytes)
    ram = ram_bytes if ram_bytes is not None else total_ram_bytes()
    if bandwidth is not None:
        return HostMemory(bandwidth, 1.0, ENTERED, ENTERED.source, False, ram)
    chosen = PLATFORMS.get(platform or "") or default_platform(gpu)
    if chosen is None:  # Jetson / GB10: the CPU reads the same LPDDR5(X) as the GPU
        return HostMemory(gpu.bandwidth_bytes_per_s, CPU_EFFICIENCY, UNIFIED,
                          gpu.bandwidth.source, True, ram)
    return HostMemory(chosen.bandwidth, CPU_EFFICIENCY, chosen.name, chosen.source, True, ram)


def total_ram_bytes(path: str = "/proc/meminfo") -> float | None:
    """This machine's total RAM from ``/proc/meminfo`` (Linux), None where it cannot be read."""
    try:
        with open(path, encoding="ascii") as fh:
            for line in fh:
                if line.startswith("MemTotal:"):
                    return float(line.split()[1]) * 1024  # kB
    except (OSError, ValueError, IndexError):
        return None
    return None
