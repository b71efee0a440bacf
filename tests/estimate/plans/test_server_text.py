"""vLLM's figures in words: the lines repeat the plan's own figures and find the TP size."""

from __future__ import annotations

from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine
from gpuscope.estimate.plans.server import VllmOptions, needed_parallelism
from gpuscope.estimate.plans.server_text import crossover_count, needed_tp, server_lines
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization
from gpuscope.text import ENGLISH
from gpuscope.units import Count, TokenRate, format_quantity

from .conftest import LLAMA2_70B, LLAMA31_8B, RTX_4090

BF16 = get_quantization("bf16")


def _plan(model, gpus, context=8192, batch=4, **opts):
    w = Workload(context=context, batch=batch, n_gpus=len(gpus))
    return make_plan(PlanRequest(model, BF16, gpus, w, Engine.VLLM, vllm=VllmOptions(**opts)))


def test_lines_carry_the_plans_figures() -> None:
    plan = _plan(LLAMA31_8B, (RTX_4090,), gpu_memory_utilization=0.8)
    f = plan.server
    text = [m.render(ENGLISH) for m in server_lines(plan)]
    assert "(24.0 GiB × 80%)" in text[0]
    assert f"= {format_quantity(Count(f.kv_blocks))} blocks of 16 tokens" in text[0]
    plural = "s" if f.concurrent_seqs != 1 else ""
    assert text[1].startswith(f"{f.concurrent_seqs} sequence{plural} of 8,192 tokens at once")
    assert format_quantity(TokenRate(f.throughput_tokens_per_s)) in text[2]
    assert text[2].endswith(f"above batch ~{round(f.crossover_batch)}")
    assert text[3].endswith(": 1 (this plan: 1 GPU)")


def test_needed_tp_is_the_cores_search() -> None:
    """70B in BF16 (140 GB) needs more than one or two 24 GiB cards; the line names what the
    search finds, with the plan's options."""
    plan = _plan(LLAMA2_70B, (RTX_4090,) * 8, context=4096)
    need = needed_parallelism(LLAMA2_70B, BF16, RTX_4090, plan.workload,
                              VllmOptions(max_num_seqs=plan.server.max_num_seqs))
    assert need is not None and need[1] == 1 and need[0] > 2
    assert needed_tp(plan) == need[0]


def test_no_tp_line_when_the_plan_does_not_fit() -> None:
    """The notes already say how many GPUs it would need; no throughput of zero sequences."""
    plan = _plan(LLAMA2_70B, (RTX_4090,), context=4096)
    assert not plan.fits
    text = [m.render(ENGLISH) for m in server_lines(plan)]
    assert len(text) == 2 and text[1].startswith("Does not fit: the pool cannot hold one")


def test_other_engines_have_no_lines_and_crossover_rounds() -> None:
    plan = make_plan(PlanRequest(LLAMA31_8B, get_quantization("q4_k_m"), (RTX_4090,)))
    assert server_lines(plan) == ()
    assert crossover_count(float("inf")) is None
    assert crossover_count(0.2) == 1 and crossover_count(26.4) == 26
