"""Prefill and decode speed: roofline terms plus calibrated per-layer overheads.

Decode (one step generates one token for each of ``batch`` sequences)::

    t_stream = smax((weights_read + KV_read(context)) / (BW x eta_bw),   # streaming the bytes
                    n_weights x cycles_per_weight / (SMs x clock))       # unpacking + dot products
    t_step = f_family x (max(t_stream, batch x 2 N_active / (tensor_peak x eta))
                         + n_layers x t_layer)

``smax(a, b) = (a^p + b^p)^(1/p)``: the two overlap, not perfectly (p from the calibration). Large
batches become compute-bound in the second term.

Prefill of ``tokens`` prompt tokens, in micro-batches of ``ubatch``::

    t = max(tokens x 2 N_active / (tensor_peak x eta) + attention / (tensor_peak x eta),
            n_ubatches x weights / (BW x eta_bw)) + n_ubatches x n_layers x t_layer

eta_bw, t_layer, cycles_per_weight and eta come from :mod:`gpuscope.estimate.calibration`: for
llama.cpp's quantized kernels eta is ``flop_per_sm_cycle x SMs x clock / tensor_peak`` (their speed
follows the SMs, not the tensor peak), for FP16/BF16 GEMMs a fraction of the tensor peak.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gpuscope.estimate.arith import Num, maximum
from gpuscope.estimate.calibration import (
    Calibration,
    FamilyConstants,
    kernel_class,
    power_scale,
    sm_cycles_per_s,
    watts_per_sm,
)
from gpuscope.estimate.peaks import compute_peak
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP, Message

_BW_UNKNOWN = QT_TRANSLATE_NOOP(
    "Speed", "unknown: the GPU's memory bandwidth is unknown ({reason}); set it as a GPU "
             "override to estimate speed")
_PEAKS_UNKNOWN = QT_TRANSLATE_NOOP(
    "Speed", "unknown: the GPU's compute peaks are unknown ({reason}); set them as GPU "
             "overrides to estimate compute-bound speed")
_NO_REASON = QT_TRANSLATE_NOOP("Speed", "not reported")


def _reason(gpu: GpuSpec, key: str) -> Message:
    reason = gpu.unknown.get(key)
    return reason if isinstance(reason, Message) else _NO_REASON()


def decode_unknown(gpu: GpuSpec) -> Message | None:
    """Why decode (and any memory-bound) speed cannot be estimated on ``gpu``; None when it can."""
    if gpu.bandwidth_bytes_per_s:
        return None
    return _BW_UNKNOWN(reason=_reason(gpu, "bandwidth"))


def prefill_unknown(gpu: GpuSpec, quant: Quantization | None = None) -> Message | None:
    """Why prefill (compute-bound) speed cannot be estimated on ``gpu``; None when it can."""
    unknown = decode_unknown(gpu)
    if unknown is not None:
        return unknown
    key = quant.compute if quant is not None else "fp32"
    if compute_peak(gpu, key)[1] is not None:
        return None
    return _PEAKS_UNKNOWN(reason=_reason(gpu, "fp32"))


@dataclass(frozen=True)
class SpeedInputs:
    """Everything the speed formulas need, precomputed once per (model, quant, GPU)."""

    weights_read_bytes: float  # per decode step (active experts only)
    weights_gpu_bytes: float  # read once per prefill micro-batch
    n_dequant_weights: float  # weights unpacked per step (active)
    dequant_ops: float  # SM cycles per weight in the matrix-vector kernels
    matmul_params: float  # N_active in matrix products
    n_layers: int
    bandwidth: float  # bytes/s, dense datasheet or measured
    fp32_peak: float
    peak_key: str
    peak: float  # FLOP/s of the format the matrix products use
    eta_bw: float
    eta_compute: float
    layer_overhead_s: float
    calibrated: bool
    sm_rate: float = 1e12  # SMs x clock, cycles/s
    overlap: float = 8.0  # soft-maximum exponent of streaming and instruction time
    decode_factor: float = 1.0  # the family's residual


def quantized_matmul_peak(gpu: GpuSpec, quant: Quantization) -> tuple[str, float | None]:
    """The peak llama.cpp's prompt processing runs at for ``quant``.

    Quantized GGUF weights use INT8 matrix multiplication (MMQ) where it is the faster unit
    (Turing and later: INT8 tensor cores at 2x FP16); Volta dequantizes to FP16 for its FP16
    tensor cores instead (faster than DP4A), and Pascal uses DP4A INT8.
    """
    key, peak = compute_peak(gpu, quant.compute)
    if key == "int8" and peak is not None:
        fp16 = gpu.peak("fp16_acc16") or gpu.peak("fp16")
        if fp16 and fp16 > peak:
            return compute_peak(gpu, "fp16_acc16")
    return key, peak


def uses_mmq(gpu: GpuSpec, quant: Quantization) -> bool:
    """llama.cpp's own quantized matrix kernels (not a cuBLAS GEMM on dequantized weights).

    Volta has no INT8 tensor cores, so llama.cpp dequantizes to FP16 for cuBLAS; Kepler and
    Maxwell (no DP4A) run the same SIMT code paths for every type, modelled per SM like MMQ."""
    if not quant.is_gguf or quant.ggml_type in ("F16", "BF16", "F32"):
        return False
    return tuple(gpu.compute_capability) not in ((7, 0), (7, 2))


def speed_inputs(gpu: GpuSpec, quant: Quantization, cal: Calibration, *, weights_read: float,
                 weights_gpu: float, matmul_params: float, n_layers: int,
                 dequant_weights: float, dequant_type: str | None) -> SpeedInputs:
    fam: FamilyConstants = cal.family(gpu.compute_capability)
    key, known_peak = quantized_matmul_peak(gpu, quant)
    # Unknown figures must not divide by zero: an unknown bandwidth makes every time NaN (callers
    # report it through decode_unknown), unknown peaks make the compute terms 0 (decode is then
    # its memory-bound figure; callers report prefill through prefill_unknown).
    peak = known_peak or math.inf
    bandwidth = gpu.bandwidth_bytes_per_s or math.nan
    cls = kernel_class(tuple(gpu.compute_capability))
    sm_rate = sm_cycles_per_s(gpu)
    power = power_scale(watts_per_sm(gpu), cal.prefill_power_exponent)
    if known_peak is None:
        eta = 1.0  # compute time 0: the figures that need it are reported unknown
    elif uses_mmq(gpu, quant):
        eta = cal.flop_per_sm_cycle[cls] * sm_rate / peak
    else:
        eta = cal.prefill_efficiency_gemm
    eta *= power * fam.prefill_factor
    ops = cal.cycles_per_weight[cls] if quant.is_gguf else 0.0
    return SpeedInputs(
        weights_read, weights_gpu, dequant_weights, ops, matmul_params, n_layers,
        bandwidth, gpu.peak("fp32") or peak / 8, key, peak,
        cal.bandwidth_efficiency, eta, cal.layer_overhead_s, fam.calibrated,
        sm_rate, cal.overlap_exponent, fam.decode_factor)


def soft_max(a: Num, b: Num, p: float) -> Num:
    """``(a^p + b^p)^(1/p)``: between max(a, b) and a + b; ``a`` where ``b`` is 0."""
    return (a ** p + b ** p) ** (1.0 / p)


@dataclass(frozen=True)
class DecodeTime:
    weights_s: Num
    dequant_s: Num
    matmul_s: Num
    kv_s: Num
    overhead_s: Num
    total_s: Num


def decode_time(s: SpeedInputs, kv_read_bytes: Num, batch: int = 1) -> DecodeTime:
    """Seconds per decode step; ``kv_read_bytes`` (all sequences) may be an array over context."""
    eff_bw = s.bandwidth * s.eta_bw
    weights = s.weights_read_bytes / eff_bw
    dequant = s.n_dequant_weights * s.dequant_ops / s.sm_rate
    matmul = batch * 2.0 * s.matmul_params / (s.peak * s.eta_compute)
    kv = kv_read_bytes / eff_bw
    overhead = s.n_layers * s.layer_overhead_s * s.decode_factor
    stream = soft_max(weights + kv, dequant, s.overlap)
    total = maximum(stream, matmul) * s.decode_factor + overhead
    return DecodeTime(weights, dequant, matmul, kv, overhead, total)


@dataclass(frozen=True)
class PrefillTime:
    matmul_s: Num
    attention_s: Num
    weights_s: Num
    overhead_s: Num
    total_s: Num


def prefill_time(s: SpeedInputs, tokens: Num, attention_flops: Num, ubatch: int) -> PrefillTime:
    """Seconds to process ``tokens`` prompt tokens (scalars or numpy arrays).

    Each micro-batch streams the weights while it computes: the slower of the two sets its time.
    """
    n_ub = maximum(1, -(-tokens // ubatch))
    rate = s.peak * s.eta_compute
    matmul = tokens * 2.0 * s.matmul_params / rate
    attention = attention_flops / rate
    weights = n_ub * s.weights_gpu_bytes / (s.bandwidth * s.eta_bw)
    overhead = n_ub * s.n_layers * s.layer_overhead_s
    total = maximum(matmul + attention, weights) + overhead
    return PrefillTime(matmul, attention, weights, overhead, total)


def decode_tokens_per_s(d: DecodeTime) -> Num:
    """Tokens per second of one sequence: one token per decode step."""
    return 1.0 / d.total_s


def prefill_tokens_per_s(p: PrefillTime, tokens: Num) -> Num:
    """Prompt tokens per second over the whole prefill of ``tokens`` tokens."""
    return tokens / p.total_s


def band(value: float, half_width: float) -> tuple[float, float]:
    """Low and high ends of an uncertainty band, symmetric on a log scale."""
    f = math.exp(half_width)
    return value / f, value * f
