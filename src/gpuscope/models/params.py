"""Parameter counts derived from a Transformer's architecture fields.

The count is the sum of the weight tensors a checkpoint holds, grouped so that the estimate engine
can treat them differently (routed experts are stored in MXFP4 by gpt-oss; only the active experts
are read per token). It is what a preset is checked against and what an edited custom model uses.

Conventions (all per layer unless said otherwise):

* attention: ``q`` d x H*hd, ``k`` d x K*hd, ``v`` d x K*vhd, ``o`` H*vhd x d; q/k/v biases with
  ``attention_bias`` or ``linear_bias``, the ``o`` bias with ``linear_bias``; ``qk_norm`` adds two
  head_dim-wide norms. MLA (``kv_lora_rank`` > 0, DeepSeek-V2/V3): optional query down-projection
  (``q_lora_rank``) with its norm, ``q`` up-projection to H*hd (hd = nope + rope widths), the joint
  KV down-projection d x (kv_lora_rank + qk_rope_dim), its norm, the KV up-projection
  kv_lora_rank x H*(hd - qk_rope_dim + vhd), and ``o``.
* FFN: gate, up, down (``ffn_gated``) or up, down; biases with ``linear_bias``. MoE layers hold
  ``n_experts`` routed experts of width ``moe_ffn_dim``, ``n_shared_experts`` shared experts of the
  same width, and a router d x n_experts; the first ``n_dense_layers`` layers are dense.
* norms: two per layer (weight only: RMSNorm) plus a final norm. Encoders (``encoder_only``) use
  LayerNorm (weight and bias). Sandwich norms (Gemma 2: four per layer) and attention sinks
  (gpt-oss: one scalar per head) are not described by the fields and are left out: a few hundred
  thousand parameters at most, under 0.01 % of the models that have them.
* embeddings: decoders hold a V x d token table and, unless ``tied_embeddings``, a V x d output
  head. A text encoder (BERT) adds learned positions (``max_context`` x d), two token-type rows
  and an embedding LayerNorm, and ends in a d x d pooler with bias. A vision encoder (ViT)
  embeds patches with a C*p*p x d convolution with bias, a class token and
  ``n_tokens_per_image`` learned positions, and ends in a final LayerNorm and a classifier of
  ``vocab_size`` classes with bias.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.models.spec import TransformerSpec
from gpuscope.models.tensors import WeightTensor, transformer_tensors


@dataclass(frozen=True)
class ParamBreakdown:
    """Parameters of a Transformer by role, summed over all layers."""

    embedding: int  # token table (+ positions, token types, patch embedding for encoders)
    output: int  # LM head (0 when tied), pooler or classifier
    attention: int
    dense_ffn: int  # FFN of dense layers (all layers of a dense model)
    experts: int  # routed experts of every MoE layer
    shared: int  # shared experts and routers of every MoE layer
    norms: int

    @property
    def total(self) -> int:
        return (self.embedding + self.output + self.attention + self.dense_ffn + self.experts
                + self.shared + self.norms)


_BLOCK_NORMS = (".attn_norm.", ".ffn_norm.")


def _group(t: WeightTensor) -> str:
    """Which breakdown group a tensor of :func:`transformer_tensors` belongs to."""
    name = t.name
    if t.layer is None:
        if name.startswith(("token_embd", "position_embd", "token_types", "patch_embd", "cls")):
            return "embedding"
        if name.startswith("output_norm"):
            return "norms"
        return "output"  # LM head, pooler, classifier
    if any(n in name for n in _BLOCK_NORMS):
        return "norms"
    if ".attn_" in name:
        return "attention"  # projections, their biases, q/k and MLA norms
    if "_exps." in name:
        return "experts"
    if "_shexp." in name or ".ffn_gate_inp." in name:
        return "shared"
    return "dense_ffn"


def param_breakdown(s: TransformerSpec) -> ParamBreakdown:
    """Every parameter of the model described by ``s``, grouped by role."""
    groups = dict.fromkeys(
        ("embedding", "output", "attention", "dense_ffn", "experts", "shared", "norms"), 0)
    for t in transformer_tensors(s):
        groups[_group(t)] += t.n_elements
    return ParamBreakdown(**groups)


def transformer_param_count(s: TransformerSpec) -> int:
    """Total parameters, as a checkpoint holds them."""
    return param_breakdown(s).total


def active_param_count(s: TransformerSpec, include_embedding: bool = True) -> int:
    """Parameters used for one token: all but the routed experts that the router did not pick.

    ``include_embedding=False`` leaves out the input token table, of which a token reads one row
    (OpenAI counts gpt-oss's active parameters this way; Mistral, Qwen and DeepSeek include it).
    This is the figure that sets per-token weight traffic and FLOPs.
    """
    b = param_breakdown(s)
    experts = b.experts
    if s.is_moe and s.n_experts:
        experts = b.experts * s.n_active_experts // s.n_experts
    n = b.output + b.attention + b.dense_ffn + experts + b.shared + b.norms
    if include_embedding:
        n += b.embedding
    elif s.tied_embeddings and not s.encoder_only:
        n += b.embedding  # the table is the LM head too, read in full for every token
    return n
