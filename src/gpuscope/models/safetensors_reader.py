"""Read safetensors headers (the 8-byte length and the JSON after it), never the tensor data.

Format (github.com/huggingface/safetensors README): u64 little-endian header length ``N``, ``N``
bytes of UTF-8 JSON ``{"name": {"dtype", "shape", "data_offsets": [begin, end]}, "__metadata__":
{...}}``, then the data. Checks follow the reference implementation: header at most 100 MB, known
dtype, ``end - begin = elements × bits / 8``, tensors packed back to back from offset 0, data
inside the file. Shapes are stored reversed (GGUF order, ``shape[0]`` = row length) like every
imported tensor table. Sharded checkpoints list their shards in ``model.safetensors.index.json``.
"""

from __future__ import annotations

import json
import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.contained import inside
from gpuscope.models.spec import TensorInfo
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes, Count

MAX_HEADER = 100_000_000  # safetensors' own MAX_HEADER_SIZE
MAX_INDEX = 64 * 1024 * 1024
#: Dtype.bitsize() of the reference implementation (safetensors/src/tensor.rs).
DTYPE_BITS = {"F4": 4, "F6_E2M3": 6, "F6_E3M2": 6, "BOOL": 8, "U8": 8, "I8": 8, "F8_E5M2": 8,
              "F8_E4M3": 8, "F8_E8M0": 8, "I16": 16, "U16": 16, "F16": 16, "BF16": 16, "I32": 32,
              "U32": 32, "F32": 32, "C64": 64, "F64": 64, "I64": 64, "U64": 64}

_HEADER = QT_TRANSLATE_NOOP("Import", "the safetensors header")
_BAD_JSON = QT_TRANSLATE_NOOP("Import", "{what} is not valid JSON")
_BAD_ENTRY = QT_TRANSLATE_NOOP("Import", "tensor '{name}' has an invalid {field}")
_BAD_DTYPE = QT_TRANSLATE_NOOP("Import", "tensor '{name}' has unknown dtype '{dtype}'")
_SIZE = QT_TRANSLATE_NOOP(
    "Import", "tensor '{name}' occupies {actual} bytes but its shape and dtype need {expected}"
)
_LAYOUT = QT_TRANSLATE_NOOP(
    "Import", "tensor '{name}' does not start where the previous one ends (offset {offset})"
)
_INDEX = QT_TRANSLATE_NOOP("Import", "the shard index")
_BAD_SHARD = QT_TRANSLATE_NOOP("Import", "the shard index names '{name}', which is not a file name")
_MISSING_SHARD = QT_TRANSLATE_NOOP(
    "Import", "shard '{name}' listed in the index is missing (incomplete download?)"
)
_NOT_IN_SHARD = QT_TRANSLATE_NOOP("Import", "tensor '{name}' is not in shard '{shard}'")


@dataclass(frozen=True)
class SafetensorsHeader:
    path: Path
    tensors: tuple[TensorInfo, ...]
    metadata: dict[str, Any]
    file_size: int


def read_safetensors_header(path: str | Path) -> SafetensorsHeader:
    """Parse and validate one ``.safetensors`` header."""
    path = Path(path)
    size = fe.checked_size(path)
    if size < 8:
        raise fe.file_error(path, fe.TRUNCATED(part=_HEADER))
    try:
        with open(path, "rb") as f:
            (n,) = struct.unpack("<Q", f.read(8))
            if n > MAX_HEADER:
                raise fe.file_error(path, fe.HEADER_TOO_LARGE(limit=Bytes(MAX_HEADER)))
            if n > size - 8:
                raise fe.file_error(path, fe.TOO_LONG(what=_HEADER, length=Count(n)))
            raw = f.read(n)
    except OSError as exc:
        raise fe.os_error(path, exc) from None
    header = load_json_bytes(path, raw, _HEADER)
    if not isinstance(header, dict):
        raise fe.file_error(path, _BAD_JSON(what=_HEADER))
    meta = header.pop("__metadata__", None)
    tensors = _validate(path, header, size - 8 - n)
    return SafetensorsHeader(path, tensors, meta if isinstance(meta, dict) else {}, size)


def load_json_bytes(path: Path, raw: bytes, what: Any) -> Any:
    """``json.loads`` with every failure (bad UTF-8, syntax, absurd nesting) as an InputError."""
    try:
        return json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise fe.file_error(path, fe.BAD_UTF8(what=what)) from None
    except (ValueError, RecursionError):
        raise fe.file_error(path, _BAD_JSON(what=what)) from None


def _validate(path: Path, header: dict[str, Any], data_size: int) -> tuple[TensorInfo, ...]:
    entries = []
    for name, e in header.items():
        if not isinstance(e, dict):
            raise fe.file_error(path, _BAD_ENTRY(name=name, field="entry"))
        dtype, shape, offsets = e.get("dtype"), e.get("shape"), e.get("data_offsets")
        if not isinstance(dtype, str) or dtype not in DTYPE_BITS:
            raise fe.file_error(path, _BAD_DTYPE(name=name, dtype=str(dtype)[:40]))
        if not isinstance(shape, list) or len(shape) > 8 or not all(_uint(d) for d in shape):
            raise fe.file_error(path, _BAD_ENTRY(name=name, field="shape"))
        if not (isinstance(offsets, list) and len(offsets) == 2 and all(_uint(o) for o in offsets)
                and offsets[0] <= offsets[1] <= data_size):
            raise fe.file_error(path, _BAD_ENTRY(name=name, field="data_offsets"))
        n = 1
        for d in shape:
            n *= d
        bits = n * DTYPE_BITS[dtype]
        if bits % 8 or bits // 8 != offsets[1] - offsets[0]:
            raise fe.file_error(path, _SIZE(name=name, actual=Count(offsets[1] - offsets[0]),
                                            expected=Count(-(-bits // 8))))
        entries.append((offsets[0], offsets[1], name, dtype, tuple(reversed(shape))))
    entries.sort()
    end = 0
    for begin, stop, name, _, _ in entries:
        if begin != end:
            raise fe.file_error(path, _LAYOUT(name=name, offset=Count(begin)))
        end = stop
    return tuple(TensorInfo(name, shape, dtype, stop - begin)
                 for begin, stop, name, dtype, shape in entries)


def _uint(v: Any) -> bool:
    return isinstance(v, int) and not isinstance(v, bool) and 0 <= v < 1 << 62


def _weight_map(index: Path) -> dict[str, str]:
    size = fe.checked_size(index)
    if size > MAX_INDEX:
        raise fe.file_error(index, fe.HEADER_TOO_LARGE(limit=Bytes(MAX_INDEX)))
    try:
        raw = index.read_bytes()
    except OSError as exc:
        raise fe.os_error(index, exc) from None
    data = load_json_bytes(index, raw, _INDEX)
    weight_map = data.get("weight_map") if isinstance(data, dict) else None
    if not isinstance(weight_map, dict):
        raise fe.file_error(index, _BAD_JSON(what=_INDEX))
    for name in weight_map.values():
        if not isinstance(name, str) or not name or Path(name).name != name or name in (".", ".."):
            raise fe.file_error(index, _BAD_SHARD(name=str(name)[:200]))
    return weight_map


def read_index(index: Path) -> list[Path]:
    """Shard files named by ``model.safetensors.index.json``, each checked to exist."""
    shards: list[Path] = []
    for name in dict.fromkeys(_weight_map(index).values()):
        shard = index.parent / name
        if not shard.is_file():
            raise fe.file_error(index, _MISSING_SHARD(name=name))
        shards.append(inside(index.parent, shard))  # no "../" name, no link out of the folder
    return shards


def read_sharded(index: Path) -> tuple[TensorInfo, ...]:
    """All tensors of a sharded checkpoint, checking each is where the index says."""
    weight_map = _weight_map(index)
    headers = {p.name: read_safetensors_header(p) for p in read_index(index)}
    names = {shard: {t.name for t in h.tensors} for shard, h in headers.items()}
    for tensor, shard in weight_map.items():
        if tensor not in names[shard]:
            raise fe.file_error(index, _NOT_IN_SHARD(name=str(tensor)[:200], shard=shard))
    return tuple(t for h in headers.values() for t in h.tensors)
