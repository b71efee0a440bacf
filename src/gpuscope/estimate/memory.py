"""VRAM needed: weights + KV cache + compute buffer + runtime overhead.

Formulas (``context`` is per sequence, ``batch`` sequences in parallel; all accept numpy arrays for
``context`` so the curves reuse them):

* KV cache = batch x sum over layers of cached_tokens(layer) x (K width + V width) x bytes/element,
  K width = n_kv_heads x head_dim (GQA-aware), cached_tokens = min(context, window + ubatch) on
  sliding-window layers; MLA caches one latent of kv_lora_rank + rope width per token and layer.
* Compute buffer (llama.cpp reuses its graph buffer, so the peak is the largest of three moments):
  logits of a micro-batch (ubatch x vocab x 4 B), attention scores when flash attention is off
  (ubatch x n_ctx x n_heads x 4 B, plus the K/V views), and the FFN activations. This reproduces
  llama.cpp's logged 70.5 MiB (7B, ctx 512) and 164 MiB (ctx 2048), reference/vram_measurements.csv.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.arith import Num, maximum, minimum
from gpuscope.models.spec import TransformerSpec

F32 = 4


@dataclass(frozen=True)
class KvLayout:
    """Bytes per cached token, split by layers with and without a sliding window."""

    full_bytes_per_token: float  # summed over layers that keep the whole context
    swa_bytes_per_token: float  # summed over sliding-window layers
    window: int


def kv_layout(spec: TransformerSpec, bytes_per_element: float) -> KvLayout:
    if spec.encoder_only:
        return KvLayout(0.0, 0.0, 0)
    if spec.kv_lora_rank:
        per_layer = (spec.kv_lora_rank + spec.qk_rope_dim) * bytes_per_element
    else:
        per_layer = spec.n_kv_heads * (spec.head_dim + spec.value_head_dim) * bytes_per_element
    n_swa = spec.n_swa_layers if spec.sliding_window else 0
    return KvLayout(per_layer * (spec.n_layers - n_swa), per_layer * n_swa, spec.sliding_window)


def kv_cache_bytes(layout: KvLayout, context: Num, batch: int, ubatch: int = 512) -> Num:
    swa_tokens = minimum(context, layout.window + ubatch) if layout.window else context
    return batch * (layout.full_bytes_per_token * context + layout.swa_bytes_per_token * swa_tokens)


def compute_buffer_bytes(spec: TransformerSpec, context: Num, batch: int, ubatch: int,
                         flash_attention: bool, kv_bytes_per_element: float = 2.0) -> Num:
    """llama.cpp's CUDA compute buffer (graph scratch), the peak of three moments of the graph."""
    tokens = minimum(ubatch, context * batch)
    n_ctx = context * batch
    d, hidden = spec.d_model, tokens * spec.d_model * F32
    ffn = spec.ffn_dim
    if spec.is_moe:
        ffn = max(spec.ffn_dim if spec.n_dense_layers else 0,
                  spec.moe_ffn_dim * (spec.n_active_experts + spec.n_shared_experts))
    logits = tokens * spec.vocab_size * F32 + hidden
    ffn_peak = tokens * (2 * ffn + d) * F32
    kv_width = spec.n_kv_heads * (spec.head_dim + spec.value_head_dim)
    kv_views = n_ctx * kv_width * 2.0  # K and V viewed/converted to F16 for the matmuls
    if flash_attention:
        attn = 2 * hidden + (kv_views if kv_bytes_per_element != 2.0 else 0.0)
    else:
        attn = tokens * n_ctx * spec.n_heads * F32 + hidden + kv_views
    return maximum(maximum(logits, ffn_peak), attn)


def framework_activation_bytes(spec: TransformerSpec, prompt: int, batch: int,
                               chunk: int = 2048) -> float:
    """PyTorch runtimes: activations of one prefill chunk (flash attention) plus last logits."""
    tokens = min(chunk, prompt * batch)
    ffn = spec.moe_ffn_dim * max(1, spec.n_active_experts) if spec.is_moe else spec.ffn_dim
    return tokens * (4 * spec.d_model + 2 * ffn) * 2.0 + batch * spec.vocab_size * F32
