"""Batch inference of non-generative models (CNNs, MLPs, encoders): one roofline step per batch.

``samples/s = batch / max(batch x FLOPs per sample / (peak x eta), bytes moved / (BW x eta_bw))``
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

GEMM_EFFICIENCY = 0.40
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
    rate = batch / max(compute_s, memory_s)
    bound = "compute" if compute_s >= memory_s else "memory"
    return Speed(prefill_tokens_per_s=None, prefill_range=None, decode_tokens_per_s=None,
                 decode_range=None, decode_batch_tokens_per_s=None, time_to_first_token_s=None,
                 decode_bound=None, prefill_bound=bound, images_per_s=rate,
                 images_range=band(rate, BATCH_UNCERTAINTY),
                 batch_latency_s=max(compute_s, memory_s), calibrated=False)
