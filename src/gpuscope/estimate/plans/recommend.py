"""The best way to run a model on the selected GPU(s): every quantization's best plan, ranked.

Options that fit (VRAM and RAM) and reach a usable speed come first, by quality (the project's
"best quantization" order, :func:`gpuscope.estimate.quality.preference_key`), then speed:
"q5_k_m fully on the GPU, 41 tok/s" before "q4_k_m fully on the GPU, 52 tok/s", and "q8_0 with
12 of 33 layers on the CPU, 9 tok/s" before both when 9 tok/s is usable. Options that fit but are
slower than ``min_tokens_per_s`` follow, fastest first; then those that do not fit.

Near-lossless formats tie: a published perplexity increase of at most 0.03 (Q8_0 +0.003 and Q6_K
+0.022 on llama.cpp's Llama 3 8B scoreboard, under 0.5 % of its 6.23 baseline; Q5_K_M is +0.057)
counts as the unquantized weights, so F16, Q8_0 and Q6_K tie and speed decides among them.

Usable speed: 5 tok/s by default, about reading speed (238 words per minute for silent reading of
English, Brysbaert 2019, J. Memory and Language 109; ~1.3 tokens per word for English with
GPT-style tokenizers: 238 / 60 x 1.33 ~ 5.3 tok/s). vLLM options rank by total throughput instead.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.estimate.plans.describe import summary
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine, Plan
from gpuscope.estimate.quality import preference_key, quality_cost
from gpuscope.quantization import Quantization, all_quantizations
from gpuscope.text import Message

MIN_TOKENS_PER_S = 5.0
NEAR_LOSSLESS_PPL = 0.03


@dataclass(frozen=True)
class Option:
    plan: Plan
    usable: bool  # fits and reaches the usable speed

    @property
    def quant(self) -> Quantization:
        return self.plan.quant

    @property
    def summary(self) -> Message:
        return summary(self.plan)

    @property
    def speed(self) -> float:
        f = self.plan.server
        return f.throughput_tokens_per_s if f is not None else self.plan.decode_tokens_per_s


def quality_key(plan: Plan) -> tuple:
    """Best quality first; near-lossless formats all rank as the unquantized weights."""
    cost = quality_cost(plan.quant)
    if cost.status == "reference" or cost.ranking_loss <= NEAR_LOSSLESS_PPL:
        return (0,)
    return (1, *preference_key(plan.quant, plan.bits_per_weight))


def candidate_quants(r: PlanRequest) -> tuple[Quantization, ...]:
    """GGUF presets for llama.cpp / Ollama; vLLM's formats (BF16, or FP16 before Ampere)."""
    if r.engine is not Engine.VLLM:
        moe = bool(r.model.transformer and r.model.transformer.is_moe)
        return tuple(q for q in all_quantizations() if q.is_gguf and (moe or q.id != "mxfp4"))
    half = "bf16" if min(g.compute_capability for g in r.gpus) >= (8, 0) else "fp16"
    return tuple(q for q in all_quantizations() if "vllm" in q.engines
                 and (q.id == half or q.id not in ("fp16", "bf16")))


def recommend(r: PlanRequest, *, quants: tuple[Quantization, ...] | None = None,
              min_tokens_per_s: float = MIN_TOKENS_PER_S) -> list[Option]:
    """Every candidate quantization's automatic plan, best option first."""
    options: list[Option] = []
    for q in quants or candidate_quants(r):
        try:
            plan = make_plan(r.with_(quant=q, gpu_layers=None, cpu_moe=None))
        except InputError:
            continue
        fast = plan.decode_tokens_per_s >= min_tokens_per_s
        options.append(Option(plan, plan.fits and fast))

    def key(o: Option) -> tuple:
        tier = 0 if o.usable else 1 if o.plan.fits else 2
        return (tier, quality_key(o.plan) if tier == 0 else (), -o.speed)

    return sorted(options, key=key)


def best(r: PlanRequest, **kw: object) -> Option | None:
    """The recommended option, or None when nothing fits."""
    ranked = recommend(r, **kw)  # type: ignore[arg-type]
    return ranked[0] if ranked and ranked[0].plan.fits else None
