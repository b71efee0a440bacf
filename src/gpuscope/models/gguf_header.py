"""A bounded reader for the GGUF header: magic, version, metadata and tensor table, never the data.

``gguf.GGUFReader`` memory-maps the whole file and builds a numpy view per token of the vocabulary,
which takes seconds on a 150k-token tokenizer and trusts every count in the file. This parser reads
the header with ``read()`` in growing chunks, checks every count and length against what is left of
the file and of :data:`MAX_HEADER_BYTES` before using it, skips large arrays (tokenizer tokens,
merges, scores) without decoding them, and turns every fault into an ``InputError`` naming the file.
Layout (GGUF v2/v3, github.com/ggml-org/ggml docs/gguf.md): ``"GGUF"``, u32 version, u64 tensor
count, u64 metadata count, metadata (key string, u32 type, value), tensor infos (name, u32 n_dims,
u64 dims, u32 ggml type, u64 offset), padding to ``general.alignment`` (default 32), tensor data.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.gguf_text import T
from gpuscope.models.gguf_values import ValueReader
from gpuscope.units import Count

MAX_HEADER_BYTES = 64 * 1024 * 1024  # tokenizers of 262k-token vocabularies take ~8 MiB
MAX_KV = 1 << 16  # real files carry 20-60 entries
MAX_TENSORS = 1 << 20  # DeepSeek-V3 with merged experts has ~1,100 tensors
MAX_NAME = 4096  # bytes in a key or tensor name (ggml names are at most 64)
MAX_DIMS = 4  # GGML_MAX_DIMS
MAX_ELEMENTS = 1 << 44  # per tensor; the largest real tensors hold ~4e9 elements
DEFAULT_ALIGNMENT = 32


@dataclass(frozen=True)
class GgufTensor:
    """One tensor-table entry: GGUF dimension order (``shape[0]`` is the row length)."""

    name: str
    shape: tuple[int, ...]
    type_name: str  # ggml type name: F16, Q4_K, MXFP4, ...
    n_elements: int
    n_bytes: int
    offset: int  # from the start of the data section


@dataclass(frozen=True)
class GgufHeader:
    path: Path
    version: int
    metadata: dict[str, Any]
    tensors: tuple[GgufTensor, ...]
    data_offset: int
    file_size: int


def read_header(path: str | Path, max_header_bytes: int = MAX_HEADER_BYTES) -> GgufHeader:
    """Parse the header of one GGUF file; raise ``InputError`` for anything unreadable."""
    path = Path(path)
    size = fe.checked_size(path)
    try:
        with open(path, "rb") as f:
            r = ValueReader(f, path, size, max_header_bytes)
            return _parse(r, path, size)
    except OSError as exc:
        raise fe.os_error(path, exc) from None


def _parse(r: ValueReader, path: Path, size: int) -> GgufHeader:
    r.part = T["header"]
    magic = r.raw(4)
    if magic != b"GGUF":
        if magic in (b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt"):
            raise fe.file_error(path, T["legacy"]())
        raise fe.file_error(path, T["not_gguf"]())
    (version,) = struct.unpack("<I", r.raw(4))
    if version & 0xFFFF == 0 and version:  # written on a big-endian machine
        r.endian = ">"
        (version,) = struct.unpack(">I", struct.pack("<I", version))
    if version not in (2, 3):
        raise fe.file_error(path, T["version"](version=str(version)))
    n_tensors, n_kv = r.u64(), r.u64()
    if n_kv > MAX_KV:
        raise fe.file_error(
            path, fe.TOO_MANY(count=Count(n_kv), what=T["kvs"], limit=Count(MAX_KV))
        )
    if n_tensors > MAX_TENSORS:
        raise fe.file_error(
            path, fe.TOO_MANY(count=Count(n_tensors), what=T["tensors"], limit=Count(MAX_TENSORS))
        )
    r.part = T["metadata"]
    metadata: dict[str, Any] = {}
    for _ in range(n_kv):
        key = r.name(T["key"], MAX_NAME)
        if key in metadata:
            raise fe.file_error(path, T["dup_key"](key=key))
        metadata[key] = r.value(r.u32(), key)
    r.part = T["tensor_table"]
    infos = [_tensor_info(r, path) for _ in range(n_tensors)]
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if not isinstance(alignment, int) or alignment <= 0 or alignment & (alignment - 1):
        raise fe.file_error(path, T["alignment"](value=str(alignment)))
    data_offset = -(-r.pos // alignment) * alignment
    tensors = _size_tensors(infos, path, size, data_offset, alignment)
    return GgufHeader(path, version, metadata, tensors, data_offset, size)


def _tensor_info(r: ValueReader, path: Path) -> tuple[str, tuple[int, ...], int, int]:
    name = r.name(T["tensor_name"], MAX_NAME)
    n_dims = r.u32()
    if not 1 <= n_dims <= MAX_DIMS:
        raise fe.file_error(path, T["dims"](name=name, n=Count(n_dims), limit=Count(MAX_DIMS)))
    shape = tuple(r.u64() for _ in range(n_dims))
    type_id, offset = r.u32(), r.u64()
    return name, shape, type_id, offset


def _size_tensors(
    infos: list[tuple[str, tuple[int, ...], int, int]], path: Path, size: int, data_offset: int,
    alignment: int,
) -> tuple[GgufTensor, ...]:
    from gpuscope.models.ggml_types import type_size

    seen: set[str] = set()
    out: list[GgufTensor] = []
    for name, shape, type_id, offset in infos:
        if name in seen:
            raise fe.file_error(path, T["dup_tensor"](name=name))
        seen.add(name)
        type_name, block, block_bytes = type_size(path, name, type_id)
        n = 1
        for d in shape:
            n *= d
        if n > MAX_ELEMENTS:
            raise fe.file_error(path, T["elements"](name=name, count=Count(n)))
        if shape[0] % block:
            raise fe.file_error(path, T["block"](name=name, length=Count(shape[0]),
                                                  type=type_name, block=Count(block)))
        n_bytes = n // block * block_bytes
        if offset % alignment:
            raise fe.file_error(path, T["misaligned"](name=name, offset=Count(offset),
                                                       alignment=Count(alignment)))
        if data_offset + offset + n_bytes > size:
            raise fe.file_error(path, fe.TRUNCATED(part=T["tensor_data"]))
        out.append(GgufTensor(name, shape, type_name, n, n_bytes, offset))
    return tuple(out)

