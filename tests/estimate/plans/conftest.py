"""Shared selections for the plan tests: catalogue GPUs, presets and a fixed host."""

from __future__ import annotations

from gpuscope.estimate.plans.host import host_memory
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import get_preset

GIB = 2**30
MIB = 2**20
#: ggml block sizes, bytes per weight (quantizations.json: Q4_K 144 B / 256, Q5_K 176 / 256,
#: Q6_K 210 / 256, Q8_0 34 / 32)
Q4K, Q5K, Q6K, Q8 = 144 / 256, 176 / 256, 210 / 256, 34 / 32
OVERHEAD = (400 + 1024) * MIB  # CUDA context + llama.cpp fit margin per GPU (estimate/runtime.py)

RTX_4090 = find_gpu("rtx-4090").to_spec()
RTX_4060 = find_gpu("rtx-4060").to_spec()  # 8 GiB
RTX_3060 = find_gpu("rtx-3060-12gb").to_spec()
H100 = find_gpu("h100-sxm").to_spec()
LLAMA31_8B = get_preset("llama-3.1-8b")
LLAMA2_70B = get_preset("llama-2-70b")
MIXTRAL = get_preset("mixtral-8x7b")
#: a host whose CPU part streams at an entered 60 GB/s, with 64 GiB of RAM (not this machine's)
HOST = host_memory(RTX_4090, bandwidth=60e9, ram_bytes=64 * GIB)


def more_bits(i: int, n: int) -> bool:
    """llama.cpp's use_more_bits(): Q4_K_M keeps attn_v / ffn_down at Q6_K on these layers."""
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2
