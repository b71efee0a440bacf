"""Several GPUs: Llama-2-70B Q4_K_M on 2 x RTX 4090 by layer split (by hand), mixed GPUs, and
tensor parallelism with its communication cost.

Llama-2-70B: 80 layers, d_model 8192, 64 heads, 8 KV heads of 128, FFN 28672, vocabulary 32000.
"""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.plans.commands import command_for
from gpuscope.estimate.plans.multigpu import layer_split_plan
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Strategy
from gpuscope.estimate.workload import Workload
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

from .conftest import (
    GIB,
    HOST,
    LLAMA2_70B,
    MIB,
    OVERHEAD,
    Q4K,
    Q5K,
    Q6K,
    RTX_3060,
    RTX_4090,
    more_bits,
)

D, KV_W, FFN, VOCAB = 8192, 8 * 128, 28672, 32000
Q4_K_M = get_quantization("q4_k_m")
W4K = Workload(context=4096)
# A Q4_K_M layer: Q4_K, but attn_v at Q5_K (llama.cpp bumps Q4_K attn_v of 70B models), and
# attn_v / ffn_down at Q6_K on the "more bits" layers.
_Q4K_PART = (2 * D * D + D * KV_W + 3 * D * FFN) * Q4K
BASE = _Q4K_PART + D * KV_W * Q5K + 2 * D * 4  # 482,410,496 B
MORE = BASE + D * KV_W * (Q6K - Q5K) + FFN * D * (Q6K - Q4K)  # 544,079,872 B
HEAD = D * VOCAB * Q6K + D * 4
KV_LAYER = 4096 * KV_W * 2 * 2  # f16 K and V of one layer at 4096 tokens: 16 MiB
COMPUTE = 512 * (2 * FFN + D) * 4  # the FFN activations of a micro-batch: 128 MiB


def _layers(blocks: range) -> float:
    return sum(MORE if more_bits(i, 80) else BASE for i in blocks)


def test_70b_q4_k_m_on_two_4090s_by_layer_split() -> None:
    assert (BASE, MORE, KV_LAYER, COMPUTE) == (482_410_496, 544_079_872, 16 * MIB, 128 * MIB)
    # -ts 1,1 and -ngl 81: block i goes to GPU 0 while i / 81 < 1/2, so blocks 0-40 (41 blocks)
    gpu0 = _layers(range(41)) + 41 * KV_LAYER + COMPUTE + OVERHEAD
    gpu1 = _layers(range(41, 80)) + HEAD + 39 * KV_LAYER + COMPUTE + OVERHEAD
    assert gpu0 / GIB == pytest.approx(21.73, abs=0.01)
    assert gpu1 / GIB == pytest.approx(21.00, abs=0.01)

    plan = make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090, RTX_4090), W4K, host=HOST))
    assert plan.strategy is Strategy.LAYER_SPLIT and plan.fits and plan.gpu_layers == 81
    d0, d1 = plan.gpu_devices
    assert (d0.n_blocks, d0.first_block, d0.output_layer) == (41, 0, False)
    assert (d1.n_blocks, d1.first_block, d1.output_layer) == (39, 41, True)
    assert d0.total_bytes == pytest.approx(gpu0, abs=1)
    assert d1.total_bytes == pytest.approx(gpu1, abs=1)
    host = plan.host_share
    assert host is not None and host.weights_bytes == pytest.approx(D * VOCAB * Q4K)
    # speed of one device at a time: the engine's pooled estimate plus one hand-over
    e = estimate(LLAMA2_70B, Q4_K_M, RTX_4090, W4K.with_(n_gpus=2))
    hop = 20e-6 + D * 4 / (16 * 16 * 128 / 130 / 8 * 1e9)
    assert plan.decode_s == pytest.approx(1 / e.speed.decode_tokens_per_s + hop, rel=1e-9)
    # 38.4 GiB streamed at 1008 GB/s x 88 %, the KV cache too, 80 x 38 us: ~20 tok/s
    assert plan.decode_tokens_per_s == pytest.approx(20.1, abs=0.2)
    argv = command_for(plan).argv
    assert argv[argv.index("-ts") + 1] == "1,1" and argv[argv.index("-ngl") + 1] == "81"
    assert layer_split_plan(LLAMA2_70B, Q4_K_M, (RTX_4090, RTX_4090), W4K,
                            host=HOST).devices == plan.devices


def test_one_4090_is_not_enough_without_offload() -> None:
    plan = make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090,), W4K, host=HOST))
    assert plan.strategy is Strategy.OFFLOAD and 0 < plan.gpu_layers < 81
    assert plan.fits_vram and plan.decode_tokens_per_s < 19.4 / 3


def test_mixed_gpus_split_in_proportion_to_their_memory() -> None:
    model = get_preset("codellama-34b")  # 48 layers
    plan = make_plan(PlanRequest(model, Q4_K_M, (RTX_4090, RTX_3060), W4K, host=HOST))
    d0, d1 = plan.gpu_devices
    # 24 GiB : 12 GiB -> i / 49 < 2/3 -> blocks 0-32 on the 4090, 33-47 and the head on the 3060
    assert (d0.n_blocks, d1.n_blocks, d1.output_layer) == (33, 15, True)
    assert d0.capacity_bytes == 24 * GIB and d1.capacity_bytes == 12 * GIB
    argv = command_for(plan).argv
    assert argv[argv.index("-ts") + 1] == "24,12"
    # each device's time at its own bandwidth: the 3060 (360 GB/s) is slower per byte
    assert d1.decode_s / d1.weights_bytes > d0.decode_s / d0.weights_bytes


def test_tensor_parallel_splits_weights_and_kv_and_pays_two_all_reduces_per_layer() -> None:
    plan = make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090, RTX_4090), W4K, host=HOST,
                                 split="tensor"))
    assert plan.strategy is Strategy.TENSOR_PARALLEL and plan.tensor_parallel == 2
    weights = _layers(range(80)) + HEAD
    for d in plan.gpu_devices:
        assert d.weights_bytes == pytest.approx(weights / 2, abs=1)
        assert d.kv_bytes == pytest.approx(80 * KV_LAYER / 2)  # 8 KV heads: 4 per GPU
    # 2 x 80 layers x (20 us + 2 (2-1)/2 x 8192 x 2 B / 31.5 GB/s) over PCIe 4.0 x16
    comm = 2 * 80 * (20e-6 + 1.0 * D * 2 / (16 * 16 * 128 / 130 / 8 * 1e9))
    assert plan.decode_s == pytest.approx(plan.gpu_devices[0].decode_s + comm, rel=1e-9)
    item = next(i for i in plan.explain if i.as_json()["quantity"] == "Tensor-parallel "
                "communication")
    assert float(item.value.value) == pytest.approx(comm)
    assert "-sm tensor" in command_for(plan).text


def test_tensor_parallel_needs_a_divisor_of_the_heads_and_an_f16_cache() -> None:
    with pytest.raises(InputError, match="must divide the model's 64 attention heads"):
        make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090,) * 3, W4K, host=HOST,
                              split="tensor"))
    with pytest.raises(InputError, match="unquantized KV cache"):
        make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090,) * 2,
                              W4K.with_(kv_cache="q8_0"), host=HOST, split="tensor"))
    with pytest.raises(InputError, match="needs flash attention"):
        make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090,) * 2,
                              W4K.with_(flash_attention=False), host=HOST, split="tensor"))
    # the layer split runs without flash attention
    plan = make_plan(PlanRequest(LLAMA2_70B, Q4_K_M, (RTX_4090,) * 2,
                                 W4K.with_(flash_attention=False), host=HOST))
    assert "-fa off" in command_for(plan).text and "-sm layer" in command_for(plan).text


def test_mixed_gpus_are_named_with_a_count_each() -> None:
    from gpuscope.estimate.plans.describe import gpu_groups

    assert gpu_groups((RTX_4090,)) == RTX_4090.name
    assert gpu_groups((RTX_3060, RTX_3060)) == f"2 × {RTX_3060.name}"
    assert gpu_groups((RTX_4090, RTX_3060, RTX_4090)) == (
        f"2 × {RTX_4090.name} + 1 × {RTX_3060.name}")
