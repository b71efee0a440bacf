"""The weight tensors of a Transformer, named as llama.cpp names them in GGUF files.

Built from a :class:`TransformerSpec` (presets, edited models) or read from a file, this inventory
is what weight memory, GGUF quantization recipes and per-layer offloading are computed from. Shapes
use GGUF order: ``shape[0]`` is the row length (input features), ``shape[1]`` the output features,
``shape[2]`` the experts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from gpuscope.models.spec import TensorInfo, TransformerSpec


@dataclass(frozen=True)
class WeightTensor:
    name: str
    shape: tuple[int, ...]
    layer: int | None  # block index, None for embeddings / head / final norm
    role: str  # token_embd, output, norm, attn_q, ..., ffn_down_exps, ffn_gate_inp, bias, other

    @cached_property  # read once per tensor and quantization by the recipes: computed once
    def n_elements(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


def _layer(i: int, spec: TransformerSpec) -> list[WeightTensor]:
    d, hd, vhd = spec.d_model, spec.head_dim, spec.value_head_dim
    h, kv = spec.n_heads, spec.n_kv_heads
    out: list[WeightTensor] = []

    def add(name: str, shape: tuple[int, ...], role: str) -> None:
        out.append(WeightTensor(f"blk.{i}.{name}", shape, i, role))

    norm_count = 2 if spec.encoder_only else 1  # LayerNorm has a bias, RMSNorm does not
    for _ in range(norm_count):
        add("attn_norm.weight" if _ == 0 else "attn_norm.bias", (d,), "norm")
    if spec.kv_lora_rank:  # multi-head latent attention (DeepSeek-V2/V3)
        if spec.q_lora_rank:
            add("attn_q_a.weight", (d, spec.q_lora_rank), "attn_q_a")
            add("attn_q_a_norm.weight", (spec.q_lora_rank,), "norm")
            add("attn_q_b.weight", (spec.q_lora_rank, h * hd), "attn_q_b")
        else:
            add("attn_q.weight", (d, h * hd), "attn_q")
        add("attn_kv_a_mqa.weight", (d, spec.kv_lora_rank + spec.qk_rope_dim), "attn_kv_a")
        add("attn_kv_a_norm.weight", (spec.kv_lora_rank,), "norm")
        nope = hd - spec.qk_rope_dim
        add("attn_kv_b.weight", (spec.kv_lora_rank, h * (nope + vhd)), "attn_kv_b")
    else:
        add("attn_q.weight", (d, h * hd), "attn_q")
        add("attn_k.weight", (d, kv * hd), "attn_k")
        add("attn_v.weight", (d, kv * vhd), "attn_v")
        if spec.attention_bias or spec.linear_bias:
            add("attn_q.bias", (h * hd,), "bias")
            add("attn_k.bias", (kv * hd,), "bias")
            add("attn_v.bias", (kv * vhd,), "bias")
    if spec.qk_norm:
        add("attn_q_norm.weight", (hd,), "norm")
        add("attn_k_norm.weight", (hd,), "norm")
    add("attn_output.weight", (h * vhd, d), "attn_output")
    if spec.linear_bias:
        add("attn_output.bias", (d,), "bias")
    for _ in range(norm_count):
        add("ffn_norm.weight" if _ == 0 else "ffn_norm.bias", (d,), "norm")

    moe_layer = spec.is_moe and i >= spec.n_dense_layers
    if moe_layer:
        f, e = spec.moe_ffn_dim, spec.n_experts
        add("ffn_gate_inp.weight", (d, e), "ffn_gate_inp")
        if spec.ffn_gated:
            add("ffn_gate_exps.weight", (d, f, e), "ffn_gate_exps")
        add("ffn_up_exps.weight", (d, f, e), "ffn_up_exps")
        add("ffn_down_exps.weight", (f, d, e), "ffn_down_exps")
        if spec.linear_bias:
            add("ffn_gate_inp.bias", (e,), "bias")
            add("ffn_up_exps.bias", (f * (2 if spec.ffn_gated else 1), e), "bias")
            add("ffn_down_exps.bias", (d, e), "bias")
        if spec.n_shared_experts:
            fs = f * spec.n_shared_experts
            if spec.ffn_gated:
                add("ffn_gate_shexp.weight", (d, fs), "ffn_gate_shexp")
            add("ffn_up_shexp.weight", (d, fs), "ffn_up_shexp")
            add("ffn_down_shexp.weight", (fs, d), "ffn_down_shexp")
    else:
        f = spec.ffn_dim
        if spec.ffn_gated:
            add("ffn_gate.weight", (d, f), "ffn_gate")
        add("ffn_up.weight", (d, f), "ffn_up")
        add("ffn_down.weight", (f, d), "ffn_down")
        if spec.linear_bias:
            if spec.ffn_gated:
                add("ffn_gate.bias", (f,), "bias")
            add("ffn_up.bias", (f,), "bias")
            add("ffn_down.bias", (d,), "bias")
    return out


def _embeddings(spec: TransformerSpec) -> list[WeightTensor]:
    d = spec.d_model
    if spec.encoder_only and spec.image_size:  # ViT: patch convolution, class token, positions
        p, c = spec.patch_size, spec.n_channels
        return [WeightTensor("patch_embd.weight", (p, p, c, d), None, "patch_embd"),
                WeightTensor("patch_embd.bias", (d,), None, "bias"),
                WeightTensor("cls_token", (d,), None, "other"),
                WeightTensor("position_embd.weight", (d, spec.n_tokens_per_image), None,
                             "pos_embd")]
    out = [WeightTensor("token_embd.weight", (d, spec.vocab_size), None, "token_embd")]
    if spec.encoder_only:  # BERT: learned positions, token types, embedding LayerNorm
        out += [WeightTensor("position_embd.weight", (d, spec.max_context), None, "pos_embd"),
                WeightTensor("token_types.weight", (d, 2), None, "pos_embd"),
                WeightTensor("token_embd_norm.weight", (d,), None, "norm"),
                WeightTensor("token_embd_norm.bias", (d,), None, "norm")]
    return out


def _head(spec: TransformerSpec) -> list[WeightTensor]:
    d = spec.d_model
    out: list[WeightTensor] = []
    text_encoder = spec.encoder_only and not spec.image_size
    if not text_encoder:  # BERT is post-norm: its last block already ends in a LayerNorm
        out.append(WeightTensor("output_norm.weight", (d,), None, "norm"))
        if spec.encoder_only:
            out.append(WeightTensor("output_norm.bias", (d,), None, "norm"))
    if text_encoder:  # pooler
        out += [WeightTensor("pooler.weight", (d, d), None, "output"),
                WeightTensor("pooler.bias", (d,), None, "bias")]
    elif spec.encoder_only:  # ViT classifier over ``vocab_size`` classes
        out += [WeightTensor("output.weight", (d, spec.vocab_size), None, "output"),
                WeightTensor("output.bias", (spec.vocab_size,), None, "bias")]
    elif not spec.tied_embeddings:
        out.append(WeightTensor("output.weight", (d, spec.vocab_size), None, "output"))
    return out


def transformer_tensors(spec: TransformerSpec) -> tuple[WeightTensor, ...]:
    """Every weight tensor of the architecture, embeddings first, head last."""
    tensors = _embeddings(spec)
    for i in range(spec.n_layers):
        tensors.extend(_layer(i, spec))
    tensors.extend(_head(spec))
    return tuple(tensors)


_GGUF_LAYER = re.compile(r"^blk\.(\d+)\.")
_HF_LAYER = re.compile(r"(?:^|\.)(?:layers|h|layer|blocks)\.(\d+)\.")
_ROLE_PATTERNS: tuple[tuple[str, str], ...] = (
    (r"ffn_gate_inp|mlp\.gate\.weight|router", "ffn_gate_inp"),
    (r"ffn_(gate|up|down)_exps|experts", "ffn_{0}_exps"),
    (r"ffn_(gate|up|down)_shexp|shared_expert", "ffn_{0}_shexp"),
    (r"norm|ln_|layernorm", "norm"),
    (r"\.bias$", "bias"),
    (r"token_embd|embed_tokens|wte|word_embeddings", "token_embd"),
    (r"position_embd|position_embeddings|wpe", "pos_embd"),
    (r"^output\.weight|lm_head", "output"),
    (r"attn_qkv|qkv_proj|query_key_value", "attn_qkv"),
    (r"attn_q_a|q_a_proj", "attn_q_a"),
    (r"attn_q_b|q_b_proj", "attn_q_b"),
    (r"attn_kv_a|kv_a_proj", "attn_kv_a"),
    (r"attn_kv_b|kv_b_proj", "attn_kv_b"),
    (r"attn_q\.|q_proj|\.query\.", "attn_q"),
    (r"attn_k\.|k_proj|\.key\.", "attn_k"),
    (r"attn_v\.|v_proj|\.value\.", "attn_v"),
    (r"attn_output|o_proj|attention\.output\.dense|out_proj", "attn_output"),
    (r"ffn_gate|gate_proj|w1\.", "ffn_gate"),
    (r"ffn_up|up_proj|w3\.|intermediate\.dense|fc1", "ffn_up"),
    (r"ffn_down|down_proj|w2\.|output\.dense|fc2", "ffn_down"),
)


def role_of_name(name: str) -> str:
    """The role of a tensor from its GGUF or Hugging Face name (``other`` when unknown)."""
    for pattern, role in _ROLE_PATTERNS:
        m = re.search(pattern, name)
        if m:
            if "{0}" in role:
                kind = m.group(1) if m.groups() and m.group(1) else _expert_kind(name)
                return role.format(kind)
            return role
    return "other"


def _expert_kind(name: str) -> str:
    for kind, keys in (("gate", ("gate", "w1")), ("up", ("up", "w3")), ("down", ("down", "w2"))):
        if any(k in name.rsplit(".", 2)[-2] for k in keys):
            return kind
    return "up"


def layer_of_name(name: str) -> int | None:
    m = _GGUF_LAYER.search(name) or _HF_LAYER.search(name)
    return int(m.group(1)) if m else None


def tensors_from_file(infos: tuple[TensorInfo, ...]) -> tuple[WeightTensor, ...]:
    """The inventory of a model read from a file, with roles and layers from the names."""
    return tuple(WeightTensor(t.name, t.shape, layer_of_name(t.name), role_of_name(t.name))
                 for t in infos)
