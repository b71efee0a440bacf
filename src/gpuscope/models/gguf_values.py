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
from gpuscope.models.gguf_text import T
from gpuscope.text import Template
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
        """Step over ``count`` strings quickly (tokenizer vocabularies and merges: ~10^5 each).

        The hot loop only adds lengths; the bounds checks run when it steps off the bytes read so
        far (``struct.error``) or at its end, on the one string that crossed the edge."""
        unpack = struct.Struct(self.endian + "Q").unpack_from
        left = count
        while left:
            buf, pos, start, done = self.buf, self.pos, self.pos, 0
            try:
                for done in range(left):  # noqa: B007 - ``done`` says how far the loop got
                    start = pos
                    pos += 8 + unpack(buf, pos)[0]
                else:
                    done = left
            except struct.error:  # this string's length field is past the bytes read so far
                pass
            if pos > len(buf) and done == left:  # the last one ends past them
                done -= 1
            left -= done
            self.pos = start if left else pos
            if left:  # the string at ``start``, read with every check, then the fast loop again
                self._need(8)
                (length,) = unpack(self.buf, self.pos)
                self.pos += 8
                self._check_length(length, T["string"])
                self._need(length)
                self.pos += length
                left -= 1
