"""Hugging Face ``config.json`` -> :class:`TransformerSpec`, for the common ``model_type`` values.

Field names are those of the ``transformers`` configuration classes (LlamaConfig, MixtralConfig,
Qwen2MoeConfig, Qwen3MoeConfig, Gemma2Config, Gemma3TextConfig, Phi3Config, DeepseekV2/V3Config,
GptOssConfig, BertConfig, ViTConfig, GPT2Config ...), with aliases for generic fallbacks. Every
value is checked (a whole number in a sane range) so a hostile config cannot make an absurd model.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.spec import TransformerSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_BAD = QT_TRANSLATE_NOOP("Import", "'{key}' must be a whole number from 0 to {limit}, not {value}")
_MISSING = QT_TRANSLATE_NOOP("Import", "'{key}' is missing, so the model cannot be sized")

ENCODER_TYPES = frozenset({"bert", "roberta", "xlm-roberta", "distilbert", "deberta", "deberta-v2",
                           "electra", "mpnet", "albert", "camembert", "modernbert", "vit", "deit",
                           "beit", "dinov2", "clip_vision_model", "siglip_vision_model"})
VISION_TYPES = frozenset({"vit", "deit", "beit", "dinov2", "clip_vision_model",
                          "siglip_vision_model"})
NON_GATED_TYPES = frozenset({"gpt2", "gpt_neox", "gptj", "opt", "bloom", "falcon", "starcoder2",
                             "gpt_bigcode", "phi", "mpt", "codegen", "whisper", "t5"})
TIED_BY_DEFAULT = frozenset({"gemma", "gemma2", "gemma3", "gemma3_text", "gpt2", "opt", "bloom",
                             "gpt_bigcode", "t5"})
#: period of the local/global layer pattern when config.json has no ``layer_types`` list
#: (transformers: Gemma2 alternates from layer 0; Gemma3 ``sliding_window_pattern`` = 6).
SWA_PERIOD = {"gemma2": 2, "gemma3": 6, "gemma3_text": 6, "cohere2": 4, "gpt_oss": 2}


class Cfg:
    """Checked access to config values: the first present alias wins."""

    def __init__(self, cfg: Mapping[str, Any], path: Path) -> None:
        self.cfg, self.path = cfg, path

    def whole(self, *keys: str, default: int | None = 0, limit: int = 1 << 40) -> int:
        for key in keys:
            v = self.cfg.get(key)
            if v is None:
                continue
            if isinstance(v, float) and v.is_integer():
                v = int(v)
            if not isinstance(v, int) or isinstance(v, bool) or not 0 <= v <= limit:
                raise fe.file_error(self.path, _BAD(key=key, limit=str(limit), value=repr(v)[:40]))
            return v
        if default is None:
            raise fe.file_error(self.path, _MISSING(key=keys[0]))
        return default

    def flag(self, key: str, default: bool) -> bool:
        v = self.cfg.get(key)
        return v if isinstance(v, bool) else default


def text_config(cfg: Mapping[str, Any]) -> Mapping[str, Any]:
    """The language model's settings: nested ``text_config`` of multimodal wrappers, else cfg."""
    text = cfg.get("text_config")
    if isinstance(text, Mapping) and "num_hidden_layers" in text:
        return text
    return cfg


def transformer_from_config(cfg: Mapping[str, Any], path: Path) -> TransformerSpec:
    """Describe the Transformer of a ``config.json`` (raises InputError when it cannot)."""
    mt = str(cfg.get("model_type", ""))
    c = Cfg(cfg, path)
    n_layers = c.whole("num_hidden_layers", "n_layer", "num_layers", "n_layers", default=None,
                     limit=100_000)
    d = c.whole("hidden_size", "n_embd", "d_model", "dim", default=None, limit=1 << 20)
    heads = c.whole("num_attention_heads", "n_head", "num_heads", "n_heads", default=None,
                  limit=1 << 16)
    kv = c.whole("num_key_value_heads", "num_kv_heads", "n_kv_heads", "n_head_kv",
               default=1 if cfg.get("multi_query") is True else heads, limit=1 << 16)
    kv_lora = c.whole("kv_lora_rank", limit=1 << 20)
    rope = c.whole("qk_rope_head_dim", limit=1 << 16) if kv_lora else 0
    head_dim = c.whole("head_dim", default=d // heads if heads else 0, limit=1 << 16)
    v_dim = c.whole("v_head_dim", default=head_dim, limit=1 << 16)
    if kv_lora:
        head_dim = c.whole("qk_nope_head_dim", limit=1 << 16) + rope
    ffn = c.whole("intermediate_size", "n_inner", "ffn_dim", "d_ff", "ffn_hidden_size",
                default=4 * d, limit=1 << 24)
    experts = c.whole("num_local_experts", "num_experts", "n_routed_experts", "moe_num_experts",
                    limit=1 << 16)
    used = c.whole("num_experts_per_tok", "num_experts_per_token", "experts_per_token",
                 "moe_top_k", limit=1 << 16)
    expert_ffn = c.whole("moe_intermediate_size", limit=1 << 24)
    shared = c.whole("n_shared_experts", "num_shared_experts", limit=1 << 16)
    shared_ffn = c.whole("shared_expert_intermediate_size", limit=1 << 24)
    if shared_ffn and not shared:  # Qwen2-MoE: one shared FFN as wide as N experts
        shared = shared_ffn // expert_ffn if expert_ffn and shared_ffn % expert_ffn == 0 else 1
    dense = c.whole("first_k_dense_replace", limit=n_layers) if experts > 1 else 0
    only = cfg.get("mlp_only_layers")
    if experts > 1 and not dense and isinstance(only, list):
        dense = min(len(only), n_layers)
    image, patch = c.whole("image_size", limit=1 << 16), c.whole("patch_size", limit=1 << 16)
    vision = mt in VISION_TYPES or bool(image and patch and not cfg.get("vocab_size"))
    ctx = c.whole("max_position_embeddings", "n_positions", "max_sequence_length", "seq_length",
                limit=1 << 32)
    if vision and image and patch:
        ctx = (image // patch) ** 2 + 1
    window, n_swa = _sliding(cfg, c, mt, n_layers)
    return TransformerSpec(
        n_layers=n_layers, d_model=d, n_heads=heads, n_kv_heads=kv if not kv_lora else heads,
        head_dim=head_dim, ffn_dim=ffn, vocab_size=c.whole("vocab_size", limit=1 << 26),
        max_context=ctx, ffn_gated=mt not in NON_GATED_TYPES and mt not in ENCODER_TYPES,
        tied_embeddings=c.flag("tie_word_embeddings", mt in TIED_BY_DEFAULT),
        attention_bias=c.flag("attention_bias", c.flag("qkv_bias", mt in ("qwen2", "qwen2_moe"))),
        n_experts=experts if experts > 1 else 0, n_active_experts=used if experts > 1 else 0,
        n_shared_experts=shared if experts > 1 else 0,
        expert_ffn_dim=expert_ffn if experts > 1 and expert_ffn != ffn else 0,
        n_dense_layers=dense, sliding_window=window, n_swa_layers=n_swa, kv_lora_rank=kv_lora,
        qk_rope_dim=rope, v_head_dim=v_dim if v_dim != head_dim else 0,
        encoder_only=mt in ENCODER_TYPES or vision or cfg.get("is_decoder") is False,
        image_size=image if vision else 0, patch_size=patch if vision else 0,
        n_channels=c.whole("num_channels", default=3, limit=64),
    )


def _sliding(cfg: Mapping[str, Any], c: Cfg, mt: str, n_layers: int) -> tuple[int, int]:
    window = c.whole("sliding_window", limit=1 << 32)
    if not window or cfg.get("use_sliding_window") is False:
        return 0, 0
    types = cfg.get("layer_types")
    if isinstance(types, list) and types:
        n = sum(1 for t in types[:n_layers] if t == "sliding_attention")
    elif mt in SWA_PERIOD:
        p = c.whole("sliding_window_pattern", default=SWA_PERIOD[mt], limit=n_layers or 1)
        n = sum(1 for il in range(n_layers) if p == 0 or (il + 1) % p != 0) if p else n_layers
    else:  # Mistral-7B-v0.1, Phi-3: every layer is windowed
        n = n_layers
    return (window, n) if n else (0, 0)


def config_params(t: TransformerSpec) -> int:
    """Parameters implied by the architecture, for folders without safetensors headers.

    Embeddings (+ an untied output head), per layer q/k/v/o (MLA: kv_a, kv_b; q uncompressed),
    dense or routed + shared FFNs with their router, two norms; biases and position tables of
    older models are left out, so the figure is approximate (within ~0.1 % for Llama-family).
    """
    d, mats = t.d_model, 3 if t.ffn_gated else 2
    q_width = t.n_heads * t.head_dim
    if t.kv_lora_rank:
        nope = t.head_dim - t.qk_rope_dim
        attn = d * q_width + d * (t.kv_lora_rank + t.qk_rope_dim) + t.kv_lora_rank * t.n_heads * (
            nope + t.value_head_dim) + t.n_heads * t.value_head_dim * d
    else:
        attn = d * q_width + 2 * d * t.n_kv_heads * t.head_dim + t.n_heads * t.value_head_dim * d
    dense_ffn = mats * d * t.ffn_dim
    moe_ffn = (d * t.n_experts + (t.n_experts + t.n_shared_experts) * mats * d * t.moe_ffn_dim
               if t.is_moe else dense_ffn)
    n_dense = t.n_dense_layers if t.is_moe else t.n_layers
    layers = t.n_layers * (attn + 2 * d) + n_dense * dense_ffn + (t.n_layers - n_dense) * moe_ffn
    embed = t.vocab_size * d * (1 if t.tied_embeddings or t.encoder_only else 2)
    if t.image_size and t.patch_size:  # ViT patch embedding and position table
        embed = t.n_channels * t.patch_size**2 * d + t.n_tokens_per_image * d
    return embed + layers + d
