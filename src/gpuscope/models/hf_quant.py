"""Quantization configs of Hugging Face checkpoints -> an id, effective bits per weight, params.

Effective bits per weight count the stored scales and zero points (sources per line below). With
safetensors headers the weight bytes are exact anyway (sum of tensor sizes); these figures serve
folders without them and explain the file. Packed tensors (GPTQ/AWQ ``qweight`` int32 holding 8
4-bit weights, bitsandbytes uint8 holding 2) are unpacked to their logical parameter count, and
scales / zero points / group indices are not parameters.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gpuscope.models.spec import TensorInfo

# Tensors that store quantization state, not weights (GPTQ/AWQ, bitsandbytes, compressed-tensors,
# FP8 block scales, MXFP4 scales).
_STATE_SUFFIXES = (".qzeros", ".scales", ".g_idx", ".absmax", ".quant_map", ".nested_absmax",
                   ".nested_quant_map", ".SCB", ".weight_format", ".weight_scale",
                   ".weight_scale_inv", ".weight_zero_point", ".weight_shape", ".weight_g_idx",
                   ".input_scale", ".weight_global_scale", ".input_global_scale", "_scales",
                   ".k_scale", ".v_scale")


@dataclass(frozen=True)
class QuantInfo:
    id: str  # gptq-int4, awq-int4, bnb-nf4, bnb-int8, fp8, mxfp4, w4a16, ...
    bits_per_weight: float | None  # effective, scales included; None when the config is unclear
    weight_bits: int | None  # bits of one packed weight (4 for GPTQ int4)
    method: str  # quant_method as written in config.json


def _num(v: Any, default: float) -> float:
    """A positive finite number below a million, else ``default``."""
    ok = isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v < 1e6
    return float(v) if ok else default


def quant_from_config(q: Any) -> QuantInfo | None:
    """Read ``config.json``'s ``quantization_config`` (None when absent or not a mapping)."""
    if not isinstance(q, Mapping):
        return None
    method = str(q.get("quant_method", "")).lower()[:40]
    if method in ("gptq", "awq"):
        # GPTQ (AutoGPTQ / GPTQModel) and AWQ (AutoAWQ GEMM) store per group of g input rows one
        # fp16 scale and one packed b-bit zero point per output column: b + (16 + b) / g bits
        # (4.16 for 4-bit, g = 128). group_size -1 = one group per column: ~b bits.
        bits = int(_num(q.get("bits", q.get("w_bit")), 4))
        raw_group = q.get("group_size", q.get("q_group_size"))
        group = 0.0 if raw_group == -1 else _num(raw_group, 128)
        extra = (16 + bits) / group if group > 1 else 0.0
        return QuantInfo(f"{method}-int{bits}", bits + extra, bits, method)
    if method == "bitsandbytes":
        if q.get("load_in_8bit"):  # LLM.int8(): int8 weights + one fp32 scale per row (~8.0)
            return QuantInfo("bnb-int8", 8.0, 8, method)
        kind = str(q.get("bnb_4bit_quant_type", "fp4")).lower()
        # QLoRA (Dettmers et al. 2023, sec. 3): absmax per 64 weights costs 32/64 = 0.5 bit, or
        # 8/64 + 32/(64*256) = 0.127 bit with double quantization.
        double = bool(q.get("bnb_4bit_use_double_quant"))
        bpw = 4 + (8 / 64 + 32 / (64 * 256) if double else 32 / 64)
        return QuantInfo(f"bnb-{'nf4' if kind == 'nf4' else 'fp4'}", bpw, 4, method)
    if method in ("fp8", "fbgemm_fp8"):
        # DeepSeek-V3 style: one fp32 scale per 128x128 block (+0.002 bit); per-channel: ~8.0.
        block = q.get("weight_block_size")
        extra = 0.0
        if isinstance(block, list) and len(block) == 2 and all(_num(b, 0) for b in block):
            extra = 32 / (_num(block[0], 1) * _num(block[1], 1))
        return QuantInfo("fp8", 8 + extra, 8, method)
    if method == "mxfp4":  # OCP MX spec: 32 FP4 (E2M1) values share one 8-bit E8M0 scale
        return QuantInfo("mxfp4", 4.25, 4, method)
    if method == "compressed-tensors":
        return _compressed(q)
    bits = q.get("bits", q.get("nbits", q.get("weight_bits")))
    b = int(_num(bits, 0)) or None
    b = b if b is not None and b <= 32 else None
    return QuantInfo(method or "quantized", float(b) if b else None, b, method)


def _compressed(q: Mapping[str, Any]) -> QuantInfo:
    """compressed-tensors (llm-compressor): the first config group's weight scheme."""
    groups = q.get("config_groups")
    weights: Mapping[str, Any] = {}
    acts: Any = None
    if isinstance(groups, Mapping):
        first = next(iter(groups.values()), None)
        if isinstance(first, Mapping):
            weights = first.get("weights") if isinstance(first.get("weights"), Mapping) else {}
            acts = first.get("input_activations")
    bits = int(_num(weights.get("num_bits"), 8))
    kind = str(weights.get("type", "int"))
    fmt = str(q.get("format", ""))
    group = _num(weights.get("group_size"), 0)
    if "nvfp4" in fmt or (kind == "float" and bits == 4):
        return QuantInfo("nvfp4", 4.5, 4, "compressed-tensors")  # FP8 scale per 16 weights
    extra = 16 / group if weights.get("strategy") == "group" and group > 1 else 0.0
    act_bits = int(_num(acts.get("num_bits"), 16)) if isinstance(acts, Mapping) else 16
    if kind == "float" and bits == 8:
        return QuantInfo("fp8", 8.0 + extra, 8, "compressed-tensors")
    return QuantInfo(f"w{bits}a{act_bits}", bits + extra, bits, "compressed-tensors")


def is_state_tensor(name: str) -> bool:
    """Scales, zero points, group indices: stored beside quantized weights, not parameters."""
    return name.endswith(_STATE_SUFFIXES) or ".quant_state." in name


def logical_params(t: TensorInfo, quant: QuantInfo | None) -> int:
    """Parameters a tensor holds once unpacked (``qweight`` int32 of 4-bit weights: x8)."""
    if quant is None:
        return t.n_elements
    if is_state_tensor(t.name):
        return 0
    packed_bits = {"I32": 32, "U32": 32, "U8": 8, "I8": 8}.get(t.dtype)
    is_packed = t.name.endswith((".qweight", ".weight_packed", "_blocks")) or (
        t.dtype == "U8" and quant.id.startswith("bnb-") and quant.weight_bits == 4)
    if is_packed and packed_bits and quant.weight_bits and quant.weight_bits < packed_bits:
        return t.n_elements * packed_bits // quant.weight_bits
    return t.n_elements


def unpacked(t: TensorInfo, quant: QuantInfo | None) -> TensorInfo:
    """``t`` with the shape of the weights it packs (bytes unchanged), so FLOPs, bits per weight
    and other quantizations see the real matrix. Shapes are GGUF order (PyTorch reversed):
    GPTQ ``qweight`` [in/8, out] -> (out, in/8), AWQ [in, out/8] -> (out/8, in),
    compressed-tensors ``weight_packed`` [out, in/8] -> (in/8, out); all become (in, out)."""
    n = logical_params(t, quant)
    if quant is None or not t.shape or n <= t.n_elements or n % t.n_elements:
        return t
    ratio = n // t.n_elements
    shape = t.shape
    if len(shape) == 2 and t.name.endswith(".qweight") and quant.method == "gptq":
        shape = (shape[1] * ratio, shape[0])
    elif len(shape) == 2 and t.name.endswith(".qweight") and quant.method == "awq":
        shape = (shape[1], shape[0] * ratio)
    else:  # compressed-tensors, MXFP4 blocks, bitsandbytes: the row is what is packed
        shape = (shape[0] * ratio, *shape[1:])
    return TensorInfo(t.name, shape, t.dtype, t.n_bytes)
