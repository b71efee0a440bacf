"""Batch inference of non-generative models (CNNs, MLPs, encoders): one roofline step per batch.

``samples/s = batch / (max(batch x FLOPs per sample / (peak x eta), bytes moved / (BW x eta_bw))
+ kernels x t_kernel)``: every layer is at least one kernel launched by PyTorch's eager dispatcher
(~10 us each, CPU dispatch plus launch: NVIDIA's CUDA Graphs blog measures a few us per launch
alone, https://developer.nvidia.com/blog/cuda-graphs/), which sets small batches' speed: ResNet-50
at batch 1 is ~160 kernels, ~1.6 ms, not the 0.1 ms its 8 GFLOP take on an RTX 4090
with eta = 0.40 of the dense tensor peak (cuDNN / cuBLAS at moderate batch; an assumption, not yet
calibrated) and the same bandwidth efficiency as the LLM calibration. Memory: weights, activations
of the batch at their peak, a 256 MiB cuDNN workspace, and the PyTorch runtime overhead.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.calibration import calibration
from gpuscope.estimate.peaks import compute_peak
from gpuscope.estimate.result import Fit, Speed
from gpuscope.estimate.runtime import PYTORCH
from gpuscope.estimate.speed import band, prefill_unknown
from gpuscope.estimate.transformer import MemoryBreakdown
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP

GEMM_EFFICIENCY = 0.40
KERNEL_S = 10e-6  # per kernel: PyTorch eager dispatch + launch
WORKSPACE_BYTES = 256 * 2**20
BATCH_UNCERTAINTY = 0.35  # uncalibrated: a wide band


def activation_bytes_per_value(quant: Quantization) -> float:
    return 4.0 if quant.id in ("fp32",) else 2.0


@dataclass(frozen=True)
class BatchModel:
    weights_bytes: float
    activation_bytes_per_sample: float  # peak live activations of one sample
    traffic_bytes_per_sample: float  # activations written and read once per sample
    flops_per_sample: float
    n_kernels: int = 0  # kernels per forward pass (any batch)

    def memory(self, batch: int, n_gpus: int = 1) -> MemoryBreakdown:
        return MemoryBreakdown(
            weights=self.weights_bytes,
            kv_cache=0.0,
            compute=batch * self.activation_bytes_per_sample + WORKSPACE_BYTES,
            overhead=float(PYTORCH.overhead_bytes * n_gpus),
        )

    def max_batch(self, budget: float, limit: int = 65536) -> int:
        free = budget - self.weights_bytes - WORKSPACE_BYTES - PYTORCH.overhead_bytes
        per = max(1.0, self.activation_bytes_per_sample)
        return int(max(0, min(limit, free // per)))


def batch_fit(m: BatchModel, mem: MemoryBreakdown, gpu: GpuSpec, n_gpus: int,
              free_bytes: float | None) -> Fit:
    available = gpu.memory * n_gpus
    needed = float(mem.total)
    return Fit(needed_bytes=needed, available_bytes=available, free_bytes=free_bytes,
               fits=needed <= available,
               fits_now=None if free_bytes is None else needed <= free_bytes,
               max_context=None, max_context_now=None, max_batch=m.max_batch(available))


def batch_speed(m: BatchModel, gpu: GpuSpec, quant: Quantization, batch: int) -> Speed:
    _, peak = compute_peak(gpu, quant.compute)
    bandwidth = gpu.bandwidth_bytes_per_s
    if peak is None or not bandwidth:
        why = prefill_unknown(gpu, quant)
        return Speed(prefill_tokens_per_s=None, prefill_range=None, decode_tokens_per_s=None,
                     decode_range=None, decode_batch_tokens_per_s=None,
                     time_to_first_token_s=None, decode_bound=None, prefill_bound=None,
                     calibrated=False, decode_unknown=why, prefill_unknown=why)
    eta_bw = calibration().bandwidth_efficiency
    compute_s = batch * m.flops_per_sample / (peak * GEMM_EFFICIENCY)
    memory_s = (m.weights_bytes + batch * m.traffic_bytes_per_sample) / (
        bandwidth * eta_bw)
    latency = max(compute_s, memory_s) + m.n_kernels * KERNEL_S
    rate = batch / latency
    bound = "compute" if compute_s >= memory_s else "memory"
    return Speed(prefill_tokens_per_s=None, prefill_range=None, decode_tokens_per_s=None,
                 decode_range=None, decode_batch_tokens_per_s=None, time_to_first_token_s=None,
                 decode_bound=None, prefill_bound=bound, images_per_s=rate,
                 images_range=band(rate, BATCH_UNCERTAINTY),
                 batch_latency_s=latency, calibrated=False)


SUB_COMPUTE = QT_TRANSLATE_NOOP("Explain", "{activations} activations + {workspace} workspace = "
                                           "{value}")
F_COMPUTE_BATCH = QT_TRANSLATE_NOOP(
    "Explain", "batch × largest live activations × bytes per value + cuDNN / cuBLAS workspace")
S_WORKSPACE = QT_TRANSLATE_NOOP("Explain", "layer-by-layer walk; 256 MiB library workspace "
                                           "(assumed)")


def memory_items(mem: MemoryBreakdown, w) -> tuple:  # Workload
    """Compute buffer (activations + workspace, the figure the memory breakdown shows), runtime
    overhead and total, so a CNN / MLP / encoder explains every number it adds up."""
    from gpuscope.estimate import explain as X
    from gpuscope.estimate.explain import ExplainItem
    from gpuscope.estimate.transformer_explain import SUB_OVERHEAD, SUB_TOTAL
    from gpuscope.units import Bytes, Count

    act = float(mem.compute) - WORKSPACE_BYTES
    return (
        ExplainItem(X.Q_COMPUTE, F_COMPUTE_BATCH,
                    SUB_COMPUTE(activations=Bytes(act), workspace=Bytes(WORKSPACE_BYTES),
                                value=Bytes(mem.compute)), Bytes(mem.compute), S_WORKSPACE),
        ExplainItem(X.Q_OVERHEAD, X.F_OVERHEAD,
                    SUB_OVERHEAD(per_gpu=Bytes(PYTORCH.overhead_bytes), gpus=Count(w.n_gpus),
                                 value=Bytes(mem.overhead), reason=PYTORCH.overhead_reason()),
                    Bytes(mem.overhead), PYTORCH.overhead_reason),
        ExplainItem(X.Q_TOTAL, X.F_TOTAL,
                    SUB_TOTAL(weights=Bytes(mem.weights), kv=Bytes(mem.kv_cache),
                              compute=Bytes(mem.compute), overhead=Bytes(mem.overhead),
                              value=Bytes(mem.total)), Bytes(mem.total), X.S_FORMULA),
    )
