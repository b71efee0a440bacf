"""Partial offload as llama.cpp runs it, checked against hand computations.

Llama-3.1-8B: 32 layers, d_model 4096, 8 KV heads of 128, FFN 14336, vocabulary 128256.
"""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.plans.commands import command_for
from gpuscope.estimate.plans.host import host_memory
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine, Strategy
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

from .conftest import GIB, HOST, LLAMA31_8B, OVERHEAD, Q4K, Q6K, Q8, RTX_4060, more_bits

D, KV_W, FFN, VOCAB = 4096, 8 * 128, 14336, 128256
ATTN = 2 * D * D + 2 * D * KV_W  # q, o + k, v
MLP = 3 * D * FFN  # gate, up, down
NORMS = 2 * D * 4  # attn_norm + ffn_norm, F32
W8K = Workload(context=8192, kv_cache="q8_0")
#: KV cache of one layer at 8192 tokens with q8_0 (34 B per 32 values): 8192 x 8 x (128 + 128)
KV_LAYER_Q8 = 8192 * KV_W * 2 * Q8
#: compute buffer: logits of a 512-token micro-batch (x 4 B) + its hidden state (F32); larger than
#: the FFN (512 x (2 x 14336 + 4096) x 4 B) and the flash-attention views
COMPUTE = 512 * VOCAB * 4 + 512 * D * 4


def _req(quant: str, **kw: object) -> PlanRequest:
    kw.setdefault("host", HOST)
    return PlanRequest(LLAMA31_8B, get_quantization(quant), (RTX_4060,), W8K,
                       **kw)  # type: ignore[arg-type]


def test_8b_q4_k_m_runs_fully_on_an_8_gib_card_at_8k_with_q8_0_kv() -> None:
    n_more = sum(more_bits(i, 32) for i in range(32))
    assert n_more == 16
    # Q4_K everywhere, except attn_v and ffn_down at Q6_K on the "more bits" layers
    layers = 32 * (ATTN + MLP) * Q4K + 32 * NORMS + n_more * (D * KV_W + FFN * D) * (Q6K - Q4K)
    head = D * VOCAB * Q6K + D * 4  # output.weight at Q6_K + output_norm
    weights = layers + head  # 4,617,396,224 B = 4.30 GiB; token_embd (Q4_K) stays in RAM
    kv = 32 * KV_LAYER_Q8  # 544 MiB
    total = weights + kv + COMPUTE + OVERHEAD
    assert total / GIB == pytest.approx(6.47, abs=0.01)

    plan = make_plan(_req("q4_k_m"))
    gpu, host = plan.gpu_devices[0], plan.host_share
    assert plan.strategy is Strategy.GPU and plan.fits
    assert plan.gpu_layers == 33 and plan.cpu_moe_layers == 0
    assert gpu.weights_bytes == pytest.approx(weights, abs=1)
    assert gpu.kv_bytes == pytest.approx(kv, abs=1)
    assert gpu.total_bytes == pytest.approx(total, abs=1)
    assert host is not None and host.weights_bytes == pytest.approx(D * VOCAB * Q4K)
    assert host.decode_s == 0.0
    # fully on one GPU, the plan is the engine's own estimate
    e = estimate(LLAMA31_8B, get_quantization("q4_k_m"), RTX_4060, W8K)
    assert plan.decode_tokens_per_s == pytest.approx(e.speed.decode_tokens_per_s, rel=1e-9)
    assert gpu.total_bytes == pytest.approx(e.memory.total, rel=1e-9)


def test_8b_q8_0_offloads_five_blocks_and_the_head_to_the_cpu() -> None:
    layer = (ATTN + MLP) * Q8 + NORMS  # 231,768,064 B
    head = D * VOCAB * Q8 + D * 4  # Q8_0 files keep the head at Q8_0
    budget = 8 * GIB
    # without the head, k blocks need k x (layer + KV) + compute + overhead <= 8 GiB -> k = 27
    k = int((budget - COMPUTE - OVERHEAD) // (layer + KV_LAYER_Q8))
    assert k == 27
    assert 28 * (layer + KV_LAYER_Q8) + COMPUTE + OVERHEAD > budget  # 28 blocks do not fit

    plan = make_plan(_req("q8_0"))
    assert plan.strategy is Strategy.OFFLOAD
    assert plan.gpu_layers == 27  # -ngl 27: blocks 5-31 on the GPU, blocks 0-4 and the head on CPU
    gpu, host = plan.gpu_devices[0], plan.host_share
    assert host is not None
    assert (gpu.n_blocks, gpu.first_block, gpu.output_layer) == (27, 5, False)
    assert (host.n_blocks, host.output_layer) == (5, True)
    assert gpu.total_bytes == pytest.approx(27 * (layer + KV_LAYER_Q8) + COMPUTE + OVERHEAD,
                                            abs=1)
    # the CPU streams its blocks, their KV and the head at the entered 60 GB/s
    cpu_bytes = 5 * layer + head + 5 * KV_LAYER_Q8
    assert host.decode_s == pytest.approx(cpu_bytes / 60e9, rel=1e-9)
    assert host.weights_bytes == pytest.approx(5 * layer + head + D * VOCAB * Q8)
    assert plan.decode_s > host.decode_s + gpu.decode_s  # plus two PCIe hand-overs


def test_explicit_gpu_layers_and_a_slower_host() -> None:
    fast = make_plan(_req("q8_0", gpu_layers=20))
    slow = make_plan(_req("q8_0", gpu_layers=20,
                          host=host_memory(RTX_4060, bandwidth=30e9, ram_bytes=64 * GIB)))
    assert fast.gpu_layers == slow.gpu_layers == 20
    h_fast, h_slow = fast.host_share, slow.host_share
    assert h_fast is not None and h_slow is not None
    assert h_slow.decode_s == pytest.approx(2 * h_fast.decode_s)
    assert slow.decode_tokens_per_s < fast.decode_tokens_per_s


def test_assumed_host_bandwidth_is_said_and_ram_shortage_warned() -> None:
    assumed = host_memory(RTX_4060, ram_bytes=1 * GIB)
    assert assumed.assumed and assumed.bandwidth == pytest.approx(2 * 6000e6 * 8)  # DDR5-6000 x2
    plan = make_plan(_req("f16", host=assumed))
    texts = [n.render() for n in plan.notes]
    assert any("an assumption" in t for t in texts)
    assert any("this computer has 1.0 GiB of RAM" in t for t in texts)
    assert plan.fits_ram is False and not plan.fits


def test_nothing_on_the_gpu_when_even_the_buffers_do_not_fit() -> None:
    tiny = RTX_4060.with_override("memory", 0.5 * GIB)
    plan = make_plan(PlanRequest(LLAMA31_8B, get_quantization("q4_k_m"), (tiny,), W8K,
                                 host=HOST))
    assert plan.gpu_layers == 0 and not plan.fits_vram


def test_a_plan_that_does_not_fit_comments_its_command() -> None:
    short = host_memory(RTX_4060, bandwidth=60e9, ram_bytes=1 * GIB)
    plan = make_plan(_req("f16", host=short))
    assert not plan.fits
    cmd = command_for(plan)
    assert not cmd.runnable and cmd.text.startswith("# This plan does not fit")
    assert cmd.text.splitlines()[1].startswith("llama-server ")
    assert command_for(make_plan(_req("q4_k_m"))).runnable


def test_experts_in_ram_are_refused_for_a_dense_model() -> None:
    with pytest.raises(InputError, match="dense model"):
        make_plan(PlanRequest(LLAMA31_8B, get_quantization("q4_k_m"), (RTX_4060,), W8K,
                              host=HOST, cpu_moe=4))
    # 0 (none in RAM) is allowed
    make_plan(PlanRequest(LLAMA31_8B, get_quantization("q4_k_m"), (RTX_4060,), W8K, host=HOST,
                          cpu_moe=0))


@pytest.mark.parametrize(("engine", "said"), [(Engine.LLAMA_CPP, "llama.cpp warns and runs"),
                                              (Engine.OLLAMA, "Ollama caps num_ctx")])
def test_context_past_the_model_limit_is_noted(engine: Engine, said: str) -> None:
    from gpuscope.models.presets import get_preset

    model = get_preset("llama-2-7b")  # trained for 4,096 tokens
    q = get_quantization("q4_k_m")
    long = make_plan(PlanRequest(model, q, (RTX_4060,), Workload(context=8192), engine,
                                 host=HOST))
    assert any(said in n.render() and "4,096" in n.render() for n in long.notes)
    within = make_plan(PlanRequest(model, q, (RTX_4060,), Workload(context=4096), engine,
                                   host=HOST))
    assert not any(said in n.render() for n in within.notes)
