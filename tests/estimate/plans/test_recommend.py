"""The recommendation: fitting, usable options first, by quality then speed."""

from __future__ import annotations

from gpuscope.estimate.plans.planner import PlanRequest
from gpuscope.estimate.plans.recommend import best, quality_key, recommend
from gpuscope.estimate.plans.result import Engine, Strategy
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

from .conftest import HOST, LLAMA31_8B, RTX_4060, RTX_4090

REQ = PlanRequest(LLAMA31_8B, get_quantization("q4_k_m"), (RTX_4060,),
                  Workload(context=8192, kv_cache="q8_0"), host=HOST)


def test_options_are_ranked_fit_then_quality_then_speed() -> None:
    options = recommend(REQ)
    tiers = [0 if o.usable else 1 if o.plan.fits else 2 for o in options]
    assert tiers == sorted(tiers)
    usable = [o for o in options if o.usable]
    assert all(o.plan.decode_tokens_per_s >= 5.0 for o in usable)
    for a, b in zip(usable, usable[1:], strict=False):
        qa, qb = quality_key(a.plan), quality_key(b.plan)
        assert qa < qb or (qa == qb and a.speed >= b.speed)
    # more bits first among the lossy ones; within 5 bits the smaller published loss first
    ids = [o.quant.id for o in usable]
    assert ids.index("q5_k_m") < ids.index("q5_1") < ids.index("q4_k_m")
    assert "mxfp4" not in {o.quant.id for o in options}  # an MoE-only format, dense model


def test_near_lossless_formats_tie_and_speed_decides() -> None:
    options = recommend(REQ)
    top = options[0]
    # F16, Q8_0 (+0.003 PPL) and Q6_K (+0.022) are near-lossless: the fastest of them wins
    assert top.quant.id == "q6_k" and top.plan.strategy is Strategy.GPU
    ids = [o.quant.id for o in options]
    # q8_0 with a layer on the CPU still ranks before q5_k_m fully on the GPU (quality first)
    assert ids.index("q8_0") < ids.index("q5_k_m")
    assert top.summary.render().startswith("Q6_K fully on the GPU, ")
    assert best(REQ) is top or best(REQ).quant == top.quant  # type: ignore[union-attr]


def test_a_higher_speed_floor_prefers_the_faster_options() -> None:
    options = recommend(REQ, min_tokens_per_s=30.0)
    assert all(o.plan.decode_tokens_per_s >= 30.0 for o in options if o.usable)
    assert options[0].plan.strategy is Strategy.GPU


def test_vllm_candidates() -> None:
    r = REQ.with_(engine=Engine.VLLM, gpus=(RTX_4090,))
    ids = {o.quant.id for o in recommend(r)}
    assert "bf16" in ids and "fp16" not in ids and "q4_k_m" not in ids
