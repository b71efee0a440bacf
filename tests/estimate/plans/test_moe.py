"""MoE expert offload (llama.cpp -ot "...ffn_.*_exps...=CPU"): Mixtral-8x7B by hand.

Mixtral-8x7B: 32 layers, d_model 4096, 8 KV heads of 128, 8 experts of FFN 14336 (2 active),
vocabulary 32000. Q4_K_M with 8 experts: attn_k / attn_v at Q8_0, attn_output at Q5_K, expert
gate / up at Q4_K, expert down at Q6_K on the "more bits" layers, Q4_K elsewhere.
"""

from __future__ import annotations

import re

import pytest

from gpuscope.estimate.plans.commands import command_for, expert_pattern
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine, Strategy
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

from .conftest import HOST, MIXTRAL, Q4K, Q5K, Q6K, Q8, RTX_3060, RTX_4090, more_bits

D, KV_W, FFN, N_EXP, VOCAB = 4096, 8 * 128, 14336, 8, 32000
EXPERT = D * FFN * N_EXP  # one expert tensor (all 8 experts) of one layer
N_MORE = sum(more_bits(i, 32) for i in range(32))  # 16
EXPERTS = 32 * 2 * EXPERT * Q4K + N_MORE * EXPERT * Q6K + (32 - N_MORE) * EXPERT * Q4K
REST = D * D * Q4K + 2 * D * KV_W * Q8 + D * D * Q5K + D * N_EXP * 4 + 2 * D * 4  # attn, router
HEAD = D * VOCAB * Q6K + D * 4
EMBD = D * VOCAB * Q4K
W4K = Workload(context=4096)


def _req(gpu, **kw: object) -> PlanRequest:
    return PlanRequest(MIXTRAL, get_quantization("q4_k_m"), (gpu,), W4K, host=HOST,
                       **kw)  # type: ignore[arg-type]


def test_all_experts_in_ram_by_hand() -> None:
    assert EXPERTS == 27_304_919_040  # 25.4 GiB of the 26.5 GiB file
    plan = make_plan(_req(RTX_3060, cpu_moe=32))
    assert plan.strategy is Strategy.MOE_OFFLOAD
    assert plan.gpu_layers == 33  # every layer and the head on the GPU ...
    gpu, host = plan.gpu_devices[0], plan.host_share
    assert host is not None
    assert gpu.weights_bytes == pytest.approx(32 * REST + HEAD, abs=1)  # ... but no expert
    assert gpu.expert_bytes == 0
    assert host.expert_bytes == pytest.approx(EXPERTS, abs=1)
    assert host.weights_bytes == pytest.approx(EXPERTS + EMBD, abs=1)
    # a token routes through 2 of 8 experts per layer: the CPU streams a quarter of them
    assert host.decode_s == pytest.approx(EXPERTS * 2 / 8 / 60e9, rel=1e-9)
    # plus 2 hand-overs per layer over PCIe 4.0 x16: 20 us + 4096 x 4 B / 31.5 GB/s each
    hop = 20e-6 + D * 4 / (16 * 16 * 128 / 130 / 8 * 1e9)
    assert plan.decode_s == pytest.approx(host.decode_s + gpu.decode_s + 64 * hop, rel=1e-9)
    # the CPU part dominates: within 10 % of streaming a quarter of the experts at 60 GB/s
    assert plan.decode_tokens_per_s == pytest.approx(60e9 / (EXPERTS / 4), rel=0.1)


def test_auto_keeps_the_fewest_layers_experts_in_ram() -> None:
    plan = make_plan(_req(RTX_4090))
    n = plan.cpu_moe_layers
    assert plan.strategy is Strategy.MOE_OFFLOAD and plan.gpu_layers == 33 and 0 < n < 32
    assert plan.fits_vram
    fewer = make_plan(_req(RTX_4090, cpu_moe=n - 1, gpu_layers=33))
    assert not fewer.fits_vram
    # MoE offload beats offloading whole layers for the same GPU
    layers = make_plan(_req(RTX_4090, cpu_moe=0))
    assert layers.strategy is Strategy.OFFLOAD
    assert plan.decode_tokens_per_s > layers.decode_tokens_per_s


def test_override_tensor_pattern_selects_exactly_those_experts() -> None:
    plan = make_plan(_req(RTX_4090))
    n = plan.cpu_moe_layers
    argv = command_for(plan).argv
    value = argv[argv.index("-ot") + 1]
    pattern, buffer = value.rsplit("=", 1)
    assert buffer == "CPU"
    roles = ("ffn_gate_exps", "ffn_up_exps", "ffn_down_exps", "attn_q", "ffn_gate_inp")
    for i in range(32):
        for role in roles:
            hit = re.search(pattern, f"blk.{i}.{role}.weight") is not None
            assert hit == (i < n and role.endswith("_exps"))
    every = expert_pattern(32, 32).rsplit("=", 1)[0]
    assert re.search(every, "blk.31.ffn_down_exps.weight")
    assert not re.search(every, "blk.31.ffn_down.weight")


def test_ollama_cannot_offload_experts_and_says_so() -> None:
    plan = make_plan(_req(RTX_4090, engine=Engine.OLLAMA))
    assert plan.strategy is Strategy.OFFLOAD and plan.cpu_moe_layers == 0
    assert any("Ollama cannot keep only the MoE experts" in n.render() for n in plan.notes)
