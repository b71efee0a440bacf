"""Floating-point work per token (Transformers), per image (CNNs) and per sample (MLPs).

A dense layer with ``n_in`` inputs and ``n_out`` outputs costs ``2 x n_in x n_out`` FLOPs per token
(one multiply and one add per weight), so a Transformer costs ``2 x N_active`` FLOPs per token plus
attention, which grows with the tokens already in context: ``2 x n_layers x n_heads x (d_k + d_v) x
context`` (QK^T and AV). The brief's trap: 1 B parameters -> 2 GFLOP per token, not 2 TFLOPS.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.arith import Num, minimum
from gpuscope.models.spec import TransformerSpec
from gpuscope.models.tensors import WeightTensor

_MATMUL_ROLES = {
    "attn_q", "attn_k", "attn_v", "attn_output", "attn_qkv", "attn_q_a", "attn_q_b", "attn_kv_a",
    "attn_kv_b", "ffn_gate", "ffn_up", "ffn_down", "ffn_gate_shexp", "ffn_up_shexp",
    "ffn_down_shexp", "output", "ffn_gate_inp",
}
_EXPERT_ROLES = {"ffn_gate_exps", "ffn_up_exps", "ffn_down_exps"}


@dataclass(frozen=True)
class MatmulParams:
    """Weights that take part in matrix products for one token."""

    dense: int  # every token uses these (attention, dense FFN, shared experts, head)
    experts_active: float  # expert weights a token routes through (top-k of n)

    @property
    def total(self) -> float:
        return self.dense + self.experts_active


def matmul_params(spec: TransformerSpec, tensors: tuple[WeightTensor, ...]) -> MatmulParams:
    dense = 0
    experts = 0
    tied = not any(t.role == "output" for t in tensors)
    for t in tensors:
        if t.role in _MATMUL_ROLES or (tied and t.role == "token_embd" and not spec.encoder_only):
            dense += t.n_elements
        elif t.role in _EXPERT_ROLES:
            experts += t.n_elements
    share = spec.n_active_experts / spec.n_experts if spec.is_moe else 1.0
    return MatmulParams(dense, experts * share)


def attention_flops_per_token(spec: TransformerSpec, context: Num) -> Num:
    """QK^T and AV for one new token attending to ``context`` cached tokens."""
    width = spec.n_heads * (spec.head_dim + spec.value_head_dim)
    n_swa = spec.n_swa_layers if spec.sliding_window else 0
    full = (spec.n_layers - n_swa) * context
    swa = n_swa * minimum(context, spec.sliding_window) if n_swa else 0
    return 2.0 * width * (full + swa)


def flops_per_token(spec: TransformerSpec, mm: MatmulParams, context: Num) -> Num:
    """Decode FLOPs for one token with ``context`` tokens already cached."""
    return 2.0 * mm.total + attention_flops_per_token(spec, context)


def prefill_flops(spec: TransformerSpec, mm: MatmulParams, prompt: Num, past: int = 0) -> Num:
    """FLOPs to process a prompt of ``prompt`` tokens (causal: token i sees past + i tokens)."""
    mean_context = past + (prompt + 1) / 2.0
    return prompt * (2.0 * mm.total + attention_flops_per_token(spec, mean_context))
