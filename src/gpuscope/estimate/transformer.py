"""The Transformer estimator: memory, FLOPs and speed for one (model, quantization, GPU).

Static parts (weight bytes, KV layout, speed constants) are computed once in ``__init__``; the
methods then evaluate in microseconds for a context/batch, or over numpy arrays for the curves.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.arith import Num
from gpuscope.estimate.calibration import Calibration, calibration
from gpuscope.estimate.flops import (
    MatmulParams,
    attention_flops_per_token,
    flops_per_token,
    matmul_params,
    prefill_flops,
)
from gpuscope.estimate.memory import (
    KvLayout,
    compute_buffer_bytes,
    framework_activation_bytes,
    kv_cache_bytes,
    kv_layout,
)
from gpuscope.estimate.runtime import Runtime, runtime_for
from gpuscope.estimate.speed import (
    DecodeTime,
    PrefillTime,
    SpeedInputs,
    decode_time,
    prefill_time,
    speed_inputs,
)
from gpuscope.estimate.weights import WeightsInfo, model_tensors, weights_info
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec, TransformerSpec
from gpuscope.quantization import Quantization, get_kv_cache_type


@dataclass(frozen=True)
class MemoryBreakdown:
    """Bytes in VRAM (all GPUs together) and in host RAM."""

    weights: Num
    kv_cache: Num
    compute: Num
    overhead: Num
    host: Num = 0.0

    @property
    def total(self) -> Num:
        return self.weights + self.kv_cache + self.compute + self.overhead


# The pieces below are shared with the vectorised ranking (estimate/pairs.py), which evaluates them
# once per model or runtime and gathers the results over every (model, quantization) pair.
def resident_weight_bytes(w: WeightsInfo, runtime: Runtime) -> float:
    """Weight bytes in VRAM: llama.cpp leaves the input embedding table in host RAM."""
    return float(w.gpu_bytes if runtime.embeddings_on_host else w.total_bytes)


def runtime_overhead_bytes(runtime: Runtime, n_gpus: int) -> float:
    return float(runtime.overhead_bytes * n_gpus)


def runtime_compute_bytes(runtime: Runtime, spec: TransformerSpec, context: Num, batch: int,
                          ubatch: int, flash_attention: bool, kv_bytes_per_element: float,
                          prompt: int | None = None) -> Num:
    """llama.cpp's graph buffer, or a PyTorch runtime's activations of one prefill chunk."""
    if runtime.embeddings_on_host:
        return compute_buffer_bytes(spec, context, batch, ubatch, flash_attention,
                                    kv_bytes_per_element)
    return framework_activation_bytes(spec, prompt or 2048, batch)


def prefill_attention_flops(spec: TransformerSpec, mm: MatmulParams, prompt: Num,
                            batch: int, past: int = 0) -> Num:
    """Attention FLOPs of prefilling ``batch`` prompts (matrix products excluded), each after
    ``past`` tokens already in the KV cache (a follow-up turn): every prompt token attends to them
    too, so prefill slows down as the conversation grows."""
    return batch * (prefill_flops(spec, mm, prompt, past) - prompt * 2.0 * mm.total)


def prefill_ubatch(runtime: Runtime, ubatch: int) -> int:
    """Tokens per prefill micro-batch: llama.cpp's -ub, PyTorch runtimes' 2,048-token chunks."""
    return ubatch if runtime.embeddings_on_host else 2048


class TransformerEstimator:
    def __init__(self, model: ModelSpec, quant: Quantization, gpu: GpuSpec, *,
                 kv_cache: str = "f16", flash_attention: bool = True, ubatch: int = 512,
                 n_gpus: int = 1, cal: Calibration | None = None) -> None:
        assert model.transformer is not None
        self.model, self.quant, self.gpu = model, quant, gpu
        self.spec: TransformerSpec = model.transformer
        self.kv_type = get_kv_cache_type(kv_cache)
        self.flash_attention, self.ubatch, self.n_gpus = flash_attention, ubatch, n_gpus
        self.cal = cal or calibration()
        self.runtime: Runtime = runtime_for(quant)
        self.weights: WeightsInfo = weights_info(model, quant)
        self.matmul: MatmulParams = matmul_params(self.spec, model_tensors(model))
        self.kv: KvLayout = kv_layout(self.spec, self.kv_type.bytes_per_element)
        self.dequant_type = quant.ggml_type
        self.speed: SpeedInputs = speed_inputs(
            gpu, quant, self.cal, weights_read=self.weights.read_per_token_bytes,
            weights_gpu=self.weights.gpu_bytes - self.weights.projector_bytes,
            matmul_params=self.matmul.total,
            n_layers=self.spec.n_layers, dequant_weights=self.matmul.total,
            dequant_type=self.dequant_type)

    # --- memory -------------------------------------------------------------------------------
    def kv_bytes(self, context: Num, batch: int) -> Num:
        return kv_cache_bytes(self.kv, context, batch, self.ubatch)

    def compute_bytes(self, context: Num, batch: int, prompt: int | None = None) -> Num:
        return runtime_compute_bytes(self.runtime, self.spec, context, batch, self.ubatch,
                                     self.flash_attention, self.kv_type.bytes_per_element, prompt)

    def memory(self, context: Num, batch: int = 1) -> MemoryBreakdown:
        w, rt = self.weights, self.runtime
        return MemoryBreakdown(
            weights=resident_weight_bytes(w, rt),
            kv_cache=self.kv_bytes(context, batch),
            compute=self.compute_bytes(context, batch),
            overhead=runtime_overhead_bytes(rt, self.n_gpus),
            host=float(w.host_bytes if rt.embeddings_on_host else 0),
        )

    def max_context(self, budget: float, batch: int = 1, limit: int | None = None) -> int:
        """Largest context (<= the model's maximum) whose total fits ``budget`` bytes; 0 if none."""
        hi = limit or self.spec.max_context
        if float(self.memory(1, batch).total) > budget:
            return 0
        if float(self.memory(hi, batch).total) <= budget:
            return hi
        lo = 1
        while hi - lo > 1:
            mid = (lo + hi) // 2
            if float(self.memory(mid, batch).total) <= budget:
                lo = mid
            else:
                hi = mid
        return lo

    # --- FLOPs and speed ----------------------------------------------------------------------
    def flops_per_token(self, context: Num) -> Num:
        return flops_per_token(self.spec, self.matmul, context)

    def prefill_flops(self, prompt: int, past: int = 0) -> float:
        return prefill_flops(self.spec, self.matmul, prompt, past)

    def decode(self, context: Num, batch: int = 1) -> DecodeTime:
        kv_read = self.kv_bytes(context, batch)
        return decode_time(self.speed, kv_read, batch)

    def prefill(self, prompt: Num, batch: int = 1, past: int = 0) -> PrefillTime:
        attn = prefill_attention_flops(self.spec, self.matmul, prompt, batch, past)
        return prefill_time(self.speed, prompt * batch, attn,
                            prefill_ubatch(self.runtime, self.ubatch))

    def attention_flops(self, context: Num) -> Num:
        return attention_flops_per_token(self.spec, context)
