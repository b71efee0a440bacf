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


def _attention(s: TransformerSpec) -> int:
    d, h, k, hd, vhd = s.d_model, s.n_heads, s.n_kv_heads, s.head_dim, s.value_head_dim
    if s.kv_lora_rank:
        if s.q_lora_rank:
            q = d * s.q_lora_rank + s.q_lora_rank + s.q_lora_rank * h * hd
        else:
            q = d * h * hd
        kv_down = d * (s.kv_lora_rank + s.qk_rope_dim) + s.kv_lora_rank
        kv_up = s.kv_lora_rank * h * (hd - s.qk_rope_dim + vhd)
        n = q + kv_down + kv_up + h * vhd * d
    else:
        n = d * h * hd + d * k * hd + d * k * vhd + h * vhd * d
        if s.attention_bias or s.linear_bias:
            n += h * hd + k * hd + k * vhd
    if s.linear_bias:
        n += d
    if s.qk_norm:
        n += 2 * hd
    return n


def _ffn(d: int, width: int, gated: bool, bias: bool) -> int:
    n_in = 2 if gated else 1
    n = (n_in + 1) * d * width
    if bias:
        n += n_in * width + d
    return n


def _embedding_and_output(s: TransformerSpec) -> tuple[int, int]:
    d, v = s.d_model, s.vocab_size
    if s.encoder_only and s.image_size:
        embedding = s.n_channels * s.patch_size**2 * d + d + d + s.n_tokens_per_image * d
        return embedding, v * d + v
    if s.encoder_only:
        embedding = v * d + s.max_context * d + 2 * d + 2 * d
        return embedding, d * d + d
    return v * d, 0 if s.tied_embeddings else v * d


def param_breakdown(s: TransformerSpec) -> ParamBreakdown:
    """Every parameter of the model described by ``s``, grouped by role."""
    d, n_layers = s.d_model, s.n_layers
    n_moe = n_layers - s.n_dense_layers if s.is_moe else 0
    ffn_dense = _ffn(d, s.ffn_dim, s.ffn_gated, s.linear_bias)
    expert = _ffn(d, s.moe_ffn_dim, s.ffn_gated, s.linear_bias)
    router = d * s.n_experts + (s.n_experts if s.linear_bias else 0)
    norm = 2 * d if s.encoder_only else d  # LayerNorm has a bias, RMSNorm does not
    # BERT is post-norm: its last layer already ends in a LayerNorm, so it has no final norm.
    final_norm = 0 if s.encoder_only and not s.image_size else norm
    embedding, output = _embedding_and_output(s)
    return ParamBreakdown(
        embedding=embedding,
        output=output,
        attention=n_layers * _attention(s),
        dense_ffn=(n_layers - n_moe) * ffn_dense,
        experts=n_moe * s.n_experts * expert,
        shared=n_moe * (s.n_shared_experts * expert + router),
        norms=n_layers * 2 * norm + final_norm,
    )


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
