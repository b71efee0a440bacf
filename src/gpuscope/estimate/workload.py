"""What the user wants to run: context, parallel sequences, prompt, KV-cache type, runtime."""

from __future__ import annotations

from dataclasses import dataclass, replace

from gpuscope.errors import InputError
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Count

_RANGE = QT_TRANSLATE_NOOP("Errors", "{field} must be between {low} and {high} (got {value}).")
_FIELD_NAMES = {
    "context": QT_TRANSLATE_NOOP("Fields", "Context length"),
    "batch": QT_TRANSLATE_NOOP("Fields", "Batch / parallel sequences"),
    "prompt": QT_TRANSLATE_NOOP("Fields", "Prompt length"),
    "ubatch": QT_TRANSLATE_NOOP("Fields", "Micro-batch"),
    "image_size": QT_TRANSLATE_NOOP("Fields", "Image size"),
    "n_gpus": QT_TRANSLATE_NOOP("Fields", "Number of GPUs"),
    "prompt_depth": QT_TRANSLATE_NOOP("Fields", "Tokens before the prompt"),
}
LIMITS: dict[str, tuple[int, int]] = {
    "context": (1, 10_000_000),
    "batch": (1, 4096),
    "prompt": (1, 10_000_000),
    "ubatch": (1, 65_536),
    "image_size": (16, 8192),
    "n_gpus": (1, 1024),
    "prompt_depth": (0, 10_000_000),
}


def check_range(name: str, value: object) -> None:
    """Raise the clear "must be between" error when ``value`` is outside ``LIMITS[name]``
    (``None`` is left to the caller's default)."""
    if value is None:
        return
    low, high = LIMITS[name]
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise InputError(_RANGE(field=_FIELD_NAMES[name], low=Count(low), high=Count(high),
                                value=str(value)))


@dataclass(frozen=True)
class Workload:
    """The run being estimated. Context is per sequence; ``batch`` sequences run in parallel."""

    context: int = 4096
    batch: int = 1
    prompt: int = 512
    kv_cache: str = "f16"
    flash_attention: bool = True  # llama.cpp's default ("auto") on CUDA since mid-2025
    ubatch: int = 512  # llama.cpp -ub: tokens per prefill micro-batch
    image_size: int | None = None  # CNN / ViT input resolution; None = the model's reference
    n_gpus: int = 1
    prompt_depth: int = 0  # tokens already in the KV cache when the prompt arrives (a later turn)

    def __post_init__(self) -> None:
        for name in LIMITS:
            check_range(name, getattr(self, name))

    def with_(self, **changes: object) -> Workload:
        return replace(self, **changes)  # type: ignore[arg-type]
