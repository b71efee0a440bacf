"""The description of one GPU the estimates run against, every figure with its provenance."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from enum import Enum

from gpuscope.text import Message

#: Dense peak keys, in FLOP/s (or OP/s for integers). ``fp16``/``bf16``/``tf32``/``fp8`` are tensor
#: math with FP32 accumulate (what frameworks use); ``*_acc16`` are the FP16-accumulate variants.
PEAK_KEYS: tuple[str, ...] = (
    "fp32", "fp16", "fp16_acc16", "bf16", "tf32", "fp8", "fp8_acc16", "int8", "int4", "fp4",
)
#: Formats whose published figure doubles with 2:4 structured sparsity (CC >= 8.0).
SPARSE_KEYS: frozenset[str] = frozenset(PEAK_KEYS) - {"fp32"}


class Provenance(str, Enum):
    """Where a figure comes from, shown beside it in the UI and in ``--explain``."""

    PUBLISHED = "published"  # NVIDIA datasheet / whitepaper, via the catalogue
    DERIVED = "derived"  # per-SM ops/clock x SMs x clock, or catalogue formula
    MEASURED = "measured"  # read from NVML on this machine (or a snapshot of one)
    OVERRIDE = "override"  # typed in by the user


@dataclass(frozen=True)
class Figure:
    """One number with its origin. ``value`` is in base units (bytes, bytes/s, FLOP/s)."""

    value: float
    provenance: Provenance
    source: str
    note: str = ""


@dataclass(frozen=True)
class GpuSpec:
    """What the estimate engine needs to know about a GPU."""

    name: str
    architecture: str
    compute_capability: tuple[int, int]
    memory_bytes: Figure
    bandwidth: Figure | None  # bytes/s; None where NVML could not tell (see ``unknown``)
    peaks: Mapping[str, Figure | None] = field(default_factory=dict)
    catalogue_id: str | None = None
    segment: str = "geforce"  # geforce | laptop | workstation | datacenter | embedded
    memory_type: str = ""
    sm_count: int | None = None
    cuda_cores: int | None = None
    boost_clock_mhz: float | None = None
    tdp_w: float | None = None
    sparsity: bool = False  # 2:4 structured sparsity doubles tensor peaks
    unified_memory: bool = False  # Jetson / GB10: VRAM shared with the CPU
    #: why a figure is missing (``bandwidth``, ``memory`` or a peak key): a Message to render
    unknown: Mapping[str, Message] = field(default_factory=dict)

    def peak(self, key: str) -> float | None:
        """Dense peak in FLOP/s (OP/s), or None where the GPU has no such unit."""
        fig = self.peaks.get(key)
        return None if fig is None else fig.value

    def sparse_peak(self, key: str) -> float | None:
        """The with-sparsity figure NVIDIA quotes, where it applies."""
        dense = self.peak(key)
        if dense is None or not self.sparsity or key not in SPARSE_KEYS:
            return None
        return 2 * dense

    @property
    def memory(self) -> float:
        return self.memory_bytes.value

    @property
    def bandwidth_bytes_per_s(self) -> float | None:
        """Memory bandwidth in bytes/s, or None where it is unknown (speed cannot be estimated)."""
        return None if self.bandwidth is None else self.bandwidth.value

    @property
    def memory_known(self) -> bool:
        """False where NVML did not report the VRAM size (``memory`` is then 0)."""
        return "memory" not in self.unknown

    def with_override(self, key: str, value: float, source: str = "user override") -> GpuSpec:
        """A copy with one figure replaced (``memory``, ``bandwidth`` or a peak key)."""
        fig = Figure(value, Provenance.OVERRIDE, source)
        unknown = {k: v for k, v in self.unknown.items() if k != key}
        if key == "memory":
            return replace(self, memory_bytes=fig, unknown=unknown)
        if key == "bandwidth":
            return replace(self, bandwidth=fig, unknown=unknown)
        if key not in PEAK_KEYS:
            raise KeyError(key)
        return replace(self, peaks={**self.peaks, key: fig}, unknown=unknown)
