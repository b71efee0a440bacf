"""Stepping over long string arrays: fast, yet every length still checked against the file."""

from __future__ import annotations

import io
import struct
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gpuscope.errors import InputError
from gpuscope.models import gguf_values
from gpuscope.models.gguf_values import ValueReader


def _strings(items: list[bytes]) -> bytes:
    return b"".join(struct.pack("<Q", len(b)) + b for b in items)


def _reader(data: bytes, limit: int | None = None) -> ValueReader:
    return ValueReader(io.BytesIO(data), Path("m.gguf"), len(data), limit or len(data))


@settings(max_examples=60, deadline=None)
@given(items=st.lists(st.binary(max_size=40), min_size=1, max_size=300),
       chunk=st.integers(min_value=1, max_value=97))
def test_skip_lands_on_the_next_value_across_any_read_boundary(items: list[bytes], chunk: int,
                                                               ) -> None:
    sentinel = struct.pack("<I", 0xC0FFEE)
    r = _reader(_strings(items) + sentinel)
    original = gguf_values.CHUNK
    gguf_values.CHUNK = chunk  # tiny reads: the fast loop runs off the buffer again and again
    try:
        r._skip_strings(len(items))
        assert r.u32() == 0xC0FFEE
    finally:
        gguf_values.CHUNK = original


@pytest.mark.parametrize("where", [0, 5, 9])
def test_an_absurd_length_inside_a_long_array_is_refused(where: int) -> None:
    items = [b"tok"] * 10
    data = bytearray(_strings(items))
    struct.pack_into("<Q", data, where * 11, 2**62)  # each item is 8 + 3 bytes
    with pytest.raises(InputError) as info:
        _reader(bytes(data))._skip_strings(10)
    assert "m.gguf" in str(info.value)


def test_an_array_cut_short_is_refused() -> None:
    data = _strings([b"abc"] * 10)[:-2]
    with pytest.raises(InputError):
        _reader(data)._skip_strings(10)


def test_strings_beyond_the_header_limit_are_refused_without_reading_them() -> None:
    data = _strings([b"x" * 1000] * 50)
    with pytest.raises(InputError) as info:
        _reader(data, limit=4096)._skip_strings(50)
    assert "m.gguf" in str(info.value)
