"""Sanity rules for an architecture a user typed or a file described: clear reasons, no crash."""

from __future__ import annotations

from dataclasses import fields

from gpuscope.models.spec import TransformerSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Count

_RANGE = QT_TRANSLATE_NOOP("Validation", "{field} must be between {low} and {high}.")
_HEADS = QT_TRANSLATE_NOOP(
    "Validation", "Attention heads ({heads}) must be a multiple of KV heads ({kv}): each KV "
                  "head serves a "
       "group of query heads.")
_ACTIVE = QT_TRANSLATE_NOOP("Validation", "Active experts ({active}) cannot exceed experts "
                                          "({experts}).")
_ACTIVE_NONE = QT_TRANSLATE_NOOP("Validation", "A mixture-of-experts model needs at least one "
                                               "active expert.")
_SWA = QT_TRANSLATE_NOOP("Validation", "Sliding-window layers ({swa}) cannot exceed layers "
                                       "({layers}).")

#: field -> (low, high): wide enough for any published model, tight enough to refuse typos
LIMITS: dict[str, tuple[int, int]] = {
    "n_layers": (1, 1024), "d_model": (1, 131072), "n_heads": (1, 4096),
    "n_kv_heads": (1, 4096), "head_dim": (1, 4096), "ffn_dim": (1, 1_048_576),
    "vocab_size": (1, 4_194_304), "max_context": (1, 100_000_000), "n_experts": (0, 4096),
    "n_active_experts": (0, 4096), "n_shared_experts": (0, 64), "expert_ffn_dim": (0, 1_048_576),
    "n_dense_layers": (0, 1024), "sliding_window": (0, 100_000_000), "n_swa_layers": (0, 1024),
    "kv_lora_rank": (0, 65536), "q_lora_rank": (0, 65536), "qk_rope_dim": (0, 4096),
    "v_head_dim": (0, 4096), "image_size": (0, 65536), "patch_size": (0, 4096),
    "n_channels": (1, 64),
}
FIELD_NAMES = {
    "n_layers": QT_TRANSLATE_NOOP("Fields", "Layers"),
    "d_model": QT_TRANSLATE_NOOP("Fields", "Hidden size"),
    "n_heads": QT_TRANSLATE_NOOP("Fields", "Attention heads"),
    "n_kv_heads": QT_TRANSLATE_NOOP("Fields", "KV heads"),
    "head_dim": QT_TRANSLATE_NOOP("Fields", "Head dimension"),
    "ffn_dim": QT_TRANSLATE_NOOP("Fields", "FFN size"),
    "vocab_size": QT_TRANSLATE_NOOP("Fields", "Vocabulary"),
    "max_context": QT_TRANSLATE_NOOP("Fields", "Maximum context"),
    "n_experts": QT_TRANSLATE_NOOP("Fields", "Experts"),
    "n_active_experts": QT_TRANSLATE_NOOP("Fields", "Active experts"),
    "expert_ffn_dim": QT_TRANSLATE_NOOP("Fields", "Expert FFN size"),
    "sliding_window": QT_TRANSLATE_NOOP("Fields", "Sliding window"),
    "n_swa_layers": QT_TRANSLATE_NOOP("Fields", "Sliding-window layers"),
}


def transformer_problems(spec: TransformerSpec) -> list[Message]:
    """Every reason ``spec`` cannot be a real model (empty when it is plausible)."""
    problems: list[Message] = []
    for f in fields(spec):
        if f.name in LIMITS:
            value = getattr(spec, f.name)
            low, high = LIMITS[f.name]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                name = FIELD_NAMES.get(f.name)
                problems.append(_RANGE(field=name if name else f.name, low=Count(low),
                                       high=Count(high)))
    if problems:
        return problems
    if spec.n_heads % spec.n_kv_heads:
        problems.append(_HEADS(heads=Count(spec.n_heads), kv=Count(spec.n_kv_heads)))
    if spec.n_experts > 1:
        if spec.n_active_experts < 1:
            problems.append(_ACTIVE_NONE())
        elif spec.n_active_experts > spec.n_experts:
            problems.append(_ACTIVE(active=Count(spec.n_active_experts),
                                    experts=Count(spec.n_experts)))
    if spec.n_swa_layers > spec.n_layers:
        problems.append(_SWA(swa=Count(spec.n_swa_layers), layers=Count(spec.n_layers)))
    return problems
