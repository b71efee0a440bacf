"""GGUF metadata and tensor names -> :class:`TransformerSpec`, for any ``general.architecture``.

Keys are llama.cpp's (``gguf-py/gguf/constants.py``): ``{arch}.block_count``,
``{arch}.embedding_length``, ``{arch}.attention.head_count[_kv]``, ``{arch}.attention.key_length``,
``{arch}.expert_count`` ... Facts the metadata does not state are read from the tensor table
(tied embeddings, q/k/v biases, gated FFN). Sliding-window layouts follow llama.cpp's loaders
(``src/models/<arch>.cpp``: ``set_swa_pattern(period)`` marks layer ``il`` as windowed when
``il % period < period - 1``; the GGUF key ``attention.sliding_window_pattern``, an int period or a
per-layer bool array, overrides the period).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.gguf_header import GgufTensor
from gpuscope.models.gguf_values import Skipped
from gpuscope.models.spec import TransformerSpec
from gpuscope.models.tensor_table import block_index
from gpuscope.text import QT_TRANSLATE_NOOP

_MISSING = QT_TRANSLATE_NOOP("Import", "the metadata lacks '{key}', needed to size the model")
_RANGE = QT_TRANSLATE_NOOP("Import", "metadata '{key}' = {value} is out of range")
_NOT_INT = QT_TRANSLATE_NOOP("Import", "metadata '{key}' should be a whole number, not {value}")

#: (default period, default window) from llama.cpp's per-architecture loaders (src/models/*.cpp):
#: gemma2 period 2, n_swa 4096 when the key is absent; gemma3 6; gpt-oss ("openai_moe") 2;
#: cohere2 4; llama4 chunked attention, 8192-token chunks on 3 of every 4 layers.
SWA_DEFAULTS: dict[str, tuple[int, int]] = {
    "gemma2": (2, 4096), "gemma3": (6, 0), "gemma-embedding": (6, 0), "gpt-oss": (2, 0),
    "cohere2": (4, 0), "llama4": (4, 8192),
}
#: Architectures without a causal KV cache (embedding / encoder models).
ENCODER_ARCHS = frozenset({"bert", "nomic-bert", "nomic-bert-moe", "jina-bert-v2", "jina-bert-v3",
                           "modern-bert", "neo-bert", "eurobert", "t5encoder", "gemma-embedding",
                           "clip"})
_LIMITS = {"block_count": 100_000, "embedding_length": 1 << 20, "head_count": 1 << 16,
           "head_count_kv": 1 << 16, "key_length": 1 << 16, "value_length": 1 << 16,
           "feed_forward_length": 1 << 24, "context_length": 1 << 32, "vocab_size": 1 << 26,
           "expert_count": 1 << 16}


class Meta:
    """Typed access to ``{arch}.*`` keys: integers (or per-layer arrays, reduced to their max)."""

    def __init__(self, meta: Mapping[str, Any], arch: str, path: Path) -> None:
        self.meta, self.arch, self.path = meta, arch, path

    def get(self, suffix: str, default: int | None = 0) -> int:
        key = f"{self.arch}.{suffix}"
        raw = self.meta.get(key)
        value = _as_int(raw)
        if value is None and raw is not None and not isinstance(raw, (tuple, Skipped)):
            raise fe.file_error(self.path, _NOT_INT(key=key, value=repr(raw)[:40]))
        if value is None:
            if default is None:
                raise fe.file_error(self.path, _MISSING(key=key))
            return default
        limit = _LIMITS.get(suffix.rsplit(".", 1)[-1], 1 << 40)
        if not 0 <= value <= limit:
            raise fe.file_error(self.path, _RANGE(key=key, value=str(value)))
        return value

    def raw(self, suffix: str) -> Any:
        return self.meta.get(f"{self.arch}.{suffix}")


def _as_int(v: Any) -> int | None:
    if isinstance(v, bool) or v is None or isinstance(v, Skipped):
        return None
    if isinstance(v, int):
        return v
    if isinstance(v, float):
        return int(v) if v.is_integer() else None
    if isinstance(v, tuple):  # per-layer values: the widest layer sizes the model
        ints = [x for x in (_as_int(i) for i in v) if x is not None]
        return max(ints) if ints else None
    return None


def swa_layer_count(n_layers: int, pattern: Any, period: int) -> int:
    """Layers with a windowed KV cache: a bool per layer, or llama.cpp's period rule."""
    if isinstance(pattern, tuple) and pattern and all(isinstance(b, bool) for b in pattern):
        return sum(1 for b in pattern[:n_layers] if b)
    p = _as_int(pattern) if pattern is not None else period
    if p is None or p < 0:
        p = period
    return sum(1 for il in range(n_layers) if p == 0 or il % p < p - 1)


def transformer_from_gguf(
    meta: Mapping[str, Any], arch: str, tensors: Sequence[GgufTensor], path: Path
) -> TransformerSpec:
    """Build the architecture description of a GGUF language model."""
    m = Meta(meta, arch, path)
    names = {t.name: t for t in tensors}
    n_layers = m.get("block_count", None)
    embd = names.get("token_embd.weight")
    d_model = m.get("embedding_length", embd.shape[0] if embd else None)
    n_heads = m.get("attention.head_count", 0)
    n_kv = m.get("attention.head_count_kv", n_heads)
    head_dim = m.get("attention.key_length", d_model // n_heads if n_heads else 0)
    v_dim = m.get("attention.value_length", head_dim)
    kv_lora = m.get("attention.kv_lora_rank")
    rope = 0
    if kv_lora:  # MLA (DeepSeek-V2/V3): newer files store the MQA form plus the per-head widths
        rope = m.get("rope.dimension_count")
        if m.get("attention.key_length_mla"):
            head_dim = m.get("attention.key_length_mla")
            v_dim = m.get("attention.value_length_mla", head_dim)
            n_kv = n_heads
    ffn = m.get("feed_forward_length", 0)
    n_experts = m.get("expert_count")
    expert_ffn = m.get("expert_feed_forward_length")
    shexp_ffn = m.get("expert_shared_feed_forward_length")
    n_shared = m.get("expert_shared_count")
    if not n_shared and any(n.endswith("_shexp.weight") for n in names):
        n_shared = 1
        if shexp_ffn and expert_ffn and shexp_ffn % expert_ffn == 0:
            n_shared = shexp_ffn // expert_ffn  # Qwen-MoE: one shared FFN 4 experts wide
    tokens = meta.get("tokenizer.ggml.tokens")
    vocab = m.get("vocab_size", 0) or (len(tokens) if isinstance(tokens, (tuple, Skipped)) else 0)
    if not vocab and embd is not None and len(embd.shape) > 1:
        vocab = embd.shape[1]
    window, n_swa = _sliding(m, arch, n_layers)
    return TransformerSpec(
        n_layers=n_layers, d_model=d_model, n_heads=n_heads, n_kv_heads=n_kv, head_dim=head_dim,
        ffn_dim=ffn or expert_ffn, vocab_size=vocab, max_context=m.get("context_length", 0),
        ffn_gated=_gated(names, ffn), tied_embeddings="output.weight" not in names,
        attention_bias=any(n.endswith(("attn_q.bias", "attn_qkv.bias")) for n in names),
        n_experts=n_experts if n_experts > 1 else 0,
        n_active_experts=m.get("expert_used_count") if n_experts > 1 else 0,
        n_shared_experts=n_shared, expert_ffn_dim=expert_ffn if expert_ffn != ffn else 0,
        n_dense_layers=_dense_layers(m, names, n_experts), sliding_window=window,
        n_swa_layers=n_swa, kv_lora_rank=kv_lora, qk_rope_dim=rope,
        v_head_dim=v_dim if v_dim != head_dim else 0, encoder_only=_encoder(meta, arch),
    )


def _sliding(m: Meta, arch: str, n_layers: int) -> tuple[int, int]:
    period, default_window = SWA_DEFAULTS.get(arch, (-1, 0))
    window = m.get("attention.sliding_window", default_window)
    pattern = m.raw("attention.sliding_window_pattern")
    if window <= 0 or (period < 0 and pattern is None):
        return 0, 0  # e.g. phi3: llama.cpp disables its window; mistral GGUFs carry none
    n_swa = swa_layer_count(n_layers, pattern, max(period, 0) if period >= 0 else 0)
    return (window, n_swa) if n_swa else (0, 0)


def _gated(names: Mapping[str, GgufTensor], ffn: int) -> bool:
    if any(".ffn_gate" in n for n in names):
        return True
    up = next((t for n, t in names.items() if n.endswith("ffn_up.weight")), None)
    if up is None:
        return True  # no FFN tensors seen: keep the common SwiGLU default
    return bool(ffn) and len(up.shape) > 1 and up.shape[1] == 2 * ffn  # phi3 fuses gate+up


def _dense_layers(m: Meta, names: Mapping[str, GgufTensor], n_experts: int) -> int:
    if n_experts <= 1:
        return 0
    lead = m.get("leading_dense_block_count")
    if lead:
        return lead
    routed = {block_index(n) for n in names if ".ffn_gate_inp." in n}
    ffn = {block_index(n) for n in names if ".ffn_down" in n}
    return len({b for b in ffn - routed if b is not None}) if routed else 0


def _encoder(meta: Mapping[str, Any], arch: str) -> bool:
    causal = meta.get(f"{arch}.attention.causal")
    return arch in ENCODER_ARCHS or causal is False
