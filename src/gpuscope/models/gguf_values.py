"""Bounded reads of GGUF primitive values (integers, strings, arrays) from a growing buffer.

The buffer holds the file from offset 0 and only grows, in chunks, up to the header limit; every
length is checked against the file size and the limit before any byte is read or allocated, so a
file that claims a terabyte string or a 2^63-element array fails at once with a clear message.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from gpuscope.models import file_errors as fe
from gpuscope.text import QT_TRANSLATE_NOOP, Template
from gpuscope.units import Bytes, Count

CHUNK = 4 * 1024 * 1024
KEEP_NUMBERS = 1 << 16  # numeric arrays longer than this are skipped (scores, token types)
KEEP_STRINGS = 4096  # string arrays longer than this are skipped (tokens, merges)
MAX_DEPTH = 2  # arrays of arrays, no deeper

_SCALARS = {0: "B", 1: "b", 2: "H", 3: "h", 4: "I", 5: "i", 6: "f", 7: "?", 10: "Q", 11: "q",
            12: "d"}
_STRING, _ARRAY = 8, 9
_MIN_SIZE = {**{t: struct.calcsize(f) for t, f in _SCALARS.items()}, _STRING: 8, _ARRAY: 12}


@dataclass(frozen=True)
class Skipped:
    """A long array the reader stepped over: only its length and element type are kept."""

    count: int
    item_type: int

    def __len__(self) -> int:
        return self.count


def header_templates() -> dict[str, Template]:
    """Problem templates and part names used by the GGUF header reader."""
    return {
        "header": QT_TRANSLATE_NOOP("Import", "the file header"),
        "metadata": QT_TRANSLATE_NOOP("Import", "the metadata"),
        "tensor_table": QT_TRANSLATE_NOOP("Import", "the tensor table"),
        "tensor_data": QT_TRANSLATE_NOOP("Import", "the tensor data"),
        "kvs": QT_TRANSLATE_NOOP("Import", "metadata entries"),
        "tensors": QT_TRANSLATE_NOOP("Import", "tensors"),
        "key": QT_TRANSLATE_NOOP("Import", "a metadata key"),
        "tensor_name": QT_TRANSLATE_NOOP("Import", "a tensor name"),
        "string": QT_TRANSLATE_NOOP("Import", "a text value"),
        "array": QT_TRANSLATE_NOOP("Import", "an array"),
        "not_gguf": QT_TRANSLATE_NOOP(
            "Import", "not a GGUF file (it does not start with the GGUF magic bytes)"
        ),
        "legacy": QT_TRANSLATE_NOOP(
            "Import",
            "an old GGML/GGJT file from before GGUF (August 2023); convert it to GGUF with "
            "llama.cpp's conversion script",
        ),
        "version": QT_TRANSLATE_NOOP(
            "Import", "GGUF version {version} is not supported (versions 2 and 3 are)"
        ),
        "dup_key": QT_TRANSLATE_NOOP("Import", "metadata entry '{key}' appears twice"),
        "value_type": QT_TRANSLATE_NOOP(
            "Import", "metadata entry '{key}' has an unknown value type {type}"
        ),
        "nesting": QT_TRANSLATE_NOOP(
            "Import", "metadata entry '{key}' nests arrays more than two deep"
        ),
        "alignment": QT_TRANSLATE_NOOP(
            "Import", "general.alignment is {value}, not a positive power of two"
        ),
        "dims": QT_TRANSLATE_NOOP(
            "Import", "tensor '{name}' has {n} dimensions (1 to {limit} are valid)"
        ),
        "elements": QT_TRANSLATE_NOOP(
            "Import", "tensor '{name}' claims an absurd {count} elements"
        ),
        "block": QT_TRANSLATE_NOOP(
            "Import",
            "tensor '{name}': row length {length} is not a multiple of the {type} block size "
            "{block}",
        ),
        "misaligned": QT_TRANSLATE_NOOP(
            "Import",
            "tensor '{name}' starts at offset {offset}, not a multiple of the alignment "
            "{alignment}",
        ),
        "dup_tensor": QT_TRANSLATE_NOOP("Import", "tensor '{name}' appears twice"),
    }


T = header_templates()


class ValueReader:
    """Sequential little- (or big-) endian reads over a file prefix of bounded size."""

    def __init__(self, f: IO[bytes], path: Path, file_size: int, limit: int) -> None:
        self.f, self.path, self.file_size, self.limit = f, path, file_size, limit
        self.buf = bytearray()
        self.pos = 0
        self.endian = "<"
        self.part: Template = T["header"]

    def _need(self, n: int) -> None:
        end = self.pos + n
        if end <= len(self.buf):
            return
        if end > self.file_size:
            raise fe.file_error(self.path, fe.TRUNCATED(part=self.part))
        if end > self.limit:
            raise fe.file_error(self.path, fe.HEADER_TOO_LARGE(limit=Bytes(self.limit)))
        want = min(max(end - len(self.buf), CHUNK), self.limit - len(self.buf))
        self.f.seek(len(self.buf))
        data = self.f.read(want)
        self.buf += data
        if len(self.buf) < end:  # the file shrank while we read it
            raise fe.file_error(self.path, fe.TRUNCATED(part=self.part))

    def _check_length(self, length: int, what: Template) -> None:
        if self.pos + length > self.file_size:
            raise fe.file_error(self.path, fe.TOO_LONG(what=what, length=Count(length)))
        if self.pos + length > self.limit:
            raise fe.file_error(self.path, fe.HEADER_TOO_LARGE(limit=Bytes(self.limit)))

    def raw(self, n: int) -> bytes:
        self._need(n)
        out = bytes(self.buf[self.pos:self.pos + n])
        self.pos += n
        return out

    def scalar(self, fmt: str) -> Any:
        size = struct.calcsize(fmt)
        self._need(size)
        (v,) = struct.unpack_from(self.endian + fmt, self.buf, self.pos)
        self.pos += size
        return v

    def u32(self) -> int:
        return int(self.scalar("I"))

    def u64(self) -> int:
        return int(self.scalar("Q"))

    def name(self, what: Template, max_len: int) -> str:
        """A key or tensor name: strict UTF-8, bounded length."""
        length = self.u64()
        if length > max_len:
            self._check_length(length, what)
            raise fe.file_error(self.path, fe.TOO_LONG(what=what, length=Count(length)))
        try:
            return self.raw(length).decode("utf-8")
        except UnicodeDecodeError:
            raise fe.file_error(self.path, fe.BAD_UTF8(what=what)) from None

    def string(self) -> str:
        length = self.u64()
        self._check_length(length, T["string"])
        return self.raw(length).decode("utf-8", errors="replace")

    def value(self, vtype: int, key: str, depth: int = 0) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype != _ARRAY:
            raise fe.file_error(self.path, T["value_type"](key=key, type=str(vtype)))
        if depth >= MAX_DEPTH:
            raise fe.file_error(self.path, T["nesting"](key=key))
        item, count = self.u32(), self.u64()
        if item not in _MIN_SIZE:
            raise fe.file_error(self.path, T["value_type"](key=key, type=str(item)))
        self._check_length(count * _MIN_SIZE[item], T["array"])
        if item in _SCALARS:
            size = count * _MIN_SIZE[item]
            if count > KEEP_NUMBERS:
                self._need(size)
                self.pos += size
                return Skipped(count, item)
            self._need(size)
            out = struct.unpack_from(f"{self.endian}{count}{_SCALARS[item]}", self.buf, self.pos)
            self.pos += size
            return out
        if item == _STRING and count > KEEP_STRINGS:
            self._skip_strings(count)
            return Skipped(count, item)
        return tuple(self.value(item, key, depth + 1) for _ in range(count))

    def _skip_strings(self, count: int) -> None:
        """Step over ``count`` strings quickly (tokenizer vocabularies have ~10^5 of them)."""
        unpack = struct.Struct(self.endian + "Q").unpack_from
        buf, pos = self.buf, self.pos
        for _ in range(count):
            if pos + 8 > len(buf):
                self.pos = pos
                self._need(8)
                buf = self.buf
            (length,) = unpack(buf, pos)
            pos += 8
            if pos + length > len(buf):
                self.pos = pos
                self._check_length(length, T["string"])
                self._need(length)
                buf = self.buf
            pos += length
        self.pos = pos
