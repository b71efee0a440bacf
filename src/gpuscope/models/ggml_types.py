"""ggml tensor types and llama.cpp file types, from the ``gguf`` package's own tables.

Block sizes and bytes per block come from ``gguf.constants.GGML_QUANT_SIZES`` (the Python mirror of
ggml's type traits), so a tensor's size is exact: ``elements / block size × bytes per block``.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from gpuscope.models import file_errors as fe
from gpuscope.text import QT_TRANSLATE_NOOP

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Import",
    "tensor '{name}' has tensor type {type}, unknown to this version of the gguf package "
    "(a newer gpuscope may read it)",
)
_REMOVED = QT_TRANSLATE_NOOP(
    "Import",
    "tensor '{name}' uses type {type}, an ARM repacking that llama.cpp removed from GGUF files "
    "(November 2024); download a current GGUF of this model",
)
#: ggml.h: "GGML_TYPE_Q4_0_4_4 = 31, support has been removed from gguf files", 32, 33, 36-38.
_REMOVED_TYPES = {31: "Q4_0_4_4", 32: "Q4_0_4_8", 33: "Q4_0_8_8", 36: "IQ4_NL_4_4",
                  37: "IQ4_NL_4_8", 38: "IQ4_NL_8_8"}
_FTYPE_GUESSED = 1024  # llama.h LLAMA_FTYPE_GUESSED: or-ed in when the type was not stored


@cache
def _sizes() -> dict[int, tuple[str, int, int]]:
    from gguf.constants import GGML_QUANT_SIZES

    return {int(t): (t.name, block, size) for t, (block, size) in GGML_QUANT_SIZES.items()}


def type_size(path: Path, tensor: str, type_id: int) -> tuple[str, int, int]:
    """``(name, block size, bytes per block)`` of a ggml type, or an InputError for the file."""
    sizes = _sizes()
    if type_id in sizes:
        return sizes[type_id]
    if type_id in _REMOVED_TYPES:
        raise fe.file_error(path, _REMOVED(name=tensor, type=_REMOVED_TYPES[type_id]))
    raise fe.file_error(path, _UNKNOWN(name=tensor, type=str(type_id)))


def bits_per_weight(type_name: str) -> float:
    """Storage bits per element of a ggml type (Q4_K: 144 bytes / 256 = 4.5)."""
    for name, block, size in _sizes().values():
        if name == type_name:
            return 8.0 * size / block
    raise KeyError(type_name)


def file_type_name(ftype: object) -> str | None:
    """llama.cpp's ``general.file_type`` as a lowercase name: 15 -> ``"q4_k_m"``, 0 -> ``"f32"``."""
    if not isinstance(ftype, int) or isinstance(ftype, bool) or ftype < 0:
        return None
    from gguf.constants import LlamaFileType

    try:
        name = LlamaFileType(ftype & ~_FTYPE_GUESSED).name
    except ValueError:
        return None
    if name == "GUESSED":
        return None
    return name.removeprefix("MOSTLY_").removeprefix("ALL_").lower()
