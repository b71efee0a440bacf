"""The result of one estimate: memory, fit, FLOPs, speed and the explanation of each."""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.transformer import MemoryBreakdown
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import Message


@dataclass(frozen=True)
class Fit:
    needed_bytes: float  # total VRAM the run needs
    available_bytes: float  # VRAM of the selected GPU(s)
    free_bytes: float | None  # free now (NVML), when known
    fits: bool  # against total VRAM: fits on an idle GPU
    fits_now: bool | None  # against free VRAM now
    max_context: int | None  # largest context that fits in total VRAM (Transformers)
    max_context_now: int | None  # ... in free VRAM
    max_batch: int | None = None  # largest batch that fits (CNN / MLP / encoders)

    @property
    def usage(self) -> float:
        """Share of the GPU's VRAM the run takes (may exceed 1)."""
        return self.needed_bytes / self.available_bytes if self.available_bytes else 0.0

    @property
    def headroom_bytes(self) -> float:
        """VRAM left after loading on an idle GPU (negative when it does not fit)."""
        return self.available_bytes - self.needed_bytes

    @property
    def headroom_now_bytes(self) -> float | None:
        return None if self.free_bytes is None else self.free_bytes - self.needed_bytes


@dataclass(frozen=True)
class Speed:
    prefill_tokens_per_s: float | None
    prefill_range: tuple[float, float] | None
    decode_tokens_per_s: float | None  # per sequence, with ``context`` tokens cached
    decode_range: tuple[float, float] | None
    decode_batch_tokens_per_s: float | None  # all ``batch`` sequences together
    time_to_first_token_s: float | None
    decode_bound: str | None  # "memory" | "compute"
    prefill_bound: str | None
    images_per_s: float | None = None  # CNN / ViT / MLP throughput (samples/s for MLPs)
    images_range: tuple[float, float] | None = None
    batch_latency_s: float | None = None  # one batch through a CNN / MLP / encoder
    calibrated: bool = True
    #: why decode / throughput speed is None: the GPU's bandwidth is unknown
    decode_unknown: Message | None = None
    #: why prefill speed is None: the GPU's bandwidth or compute peaks are unknown
    prefill_unknown: Message | None = None


@dataclass(frozen=True)
class Estimate:
    model: ModelSpec
    quant: Quantization
    gpu: GpuSpec
    workload: Workload
    runtime: str
    memory: MemoryBreakdown
    fit: Fit
    flops_per_token: float | None  # decode FLOPs with ``context`` cached (Transformers)
    prefill_flops: float | None
    flops_per_sample: float | None  # per image (CNN) / sample (MLP)
    speed: Speed
    explain: tuple[ExplainItem, ...]
    bits_per_weight: float

    @property
    def total_bytes(self) -> float:
        return float(self.memory.total)
