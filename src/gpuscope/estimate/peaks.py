"""Which tensor-core (or CUDA-core) peak a computation runs at on a given GPU."""

from __future__ import annotations

from gpuscope.hardware.gpu import GpuSpec

#: when a GPU lacks a format, the runtime falls back to the next one (e.g. V100 has no INT8 tensor
#: cores: llama.cpp dequantizes to FP16 and uses cuBLAS; GPUs without FP8 run FP8 weights in FP16).
FALLBACK: dict[str, tuple[str, ...]] = {
    "int8": ("int8", "fp16_acc16", "fp16", "fp32"),
    "fp8": ("fp8", "fp16", "fp32"),
    "fp16_acc16": ("fp16_acc16", "fp16", "fp32"),
    "fp16": ("fp16", "fp32"),
    "bf16": ("bf16", "fp16", "fp32"),
    "tf32": ("tf32", "fp32"),
    "fp32": ("fp32",),
    "int4": ("int4", "int8", "fp16", "fp32"),
    "fp4": ("fp4", "fp8", "fp16", "fp32"),
}


def compute_peak(gpu: GpuSpec, key: str) -> tuple[str, float | None]:
    """The peak key actually used and its dense value in FLOP/s (OP/s); None when the GPU's peaks
    are unknown (an unrecognised GPU NVML told too little about): never a made-up figure."""
    for k in FALLBACK.get(key, (key, "fp32")):
        v = gpu.peak(k)
        if v:
            return k, v
    return "fp32", None
