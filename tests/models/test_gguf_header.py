"""The bounded GGUF header parser: valid files read, hostile ones rejected with a clear message."""

from __future__ import annotations

import struct
from pathlib import Path

import gguf
import numpy as np
import pytest

from gpuscope.errors import InputError
from gpuscope.models.gguf_header import read_header
from gpuscope.models.gguf_values import Skipped

from ._raw_gguf import gguf as raw
from ._raw_gguf import kv_raw, kv_str, kv_u32, minimal, s, tensor


def write(tmp_path: Path, data: bytes, name: str = "m.gguf") -> Path:
    p = tmp_path / name
    p.write_bytes(data)
    return p


def error(path: Path, **kw: object) -> str:
    with pytest.raises(InputError) as info:
        read_header(path, **kw)  # type: ignore[arg-type]
    text = str(info.value)
    assert text.startswith(str(path)), text  # every message names the file
    return text


def test_minimal_file_reads(tmp_path: Path) -> None:
    h = read_header(write(tmp_path, minimal()))
    assert h.version == 3
    assert h.metadata["general.architecture"] == "llama"
    (t,) = h.tensors
    assert (t.name, t.shape, t.type_name, t.n_elements, t.n_bytes) == (
        "token_embd.weight", (4, 2), "F32", 8, 32)


def test_big_endian_file_reads_like_little_endian(tmp_path: Path) -> None:
    paths = []
    for endian in (gguf.GGUFEndian.LITTLE, gguf.GGUFEndian.BIG):
        p = tmp_path / f"{endian.name}.gguf"
        w = gguf.GGUFWriter(p, "llama", endianess=endian)
        w.add_block_count(3)
        w.add_array("llama.some_list", [1, 2, 3])
        w.add_tensor("token_embd.weight", np.zeros((5, 8), np.float32))
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        paths.append(p)
    little, big = (read_header(p) for p in paths)
    assert big.metadata == little.metadata
    assert big.tensors == little.tensors


def test_long_arrays_are_skipped_but_counted(tmp_path: Path) -> None:
    p = tmp_path / "tok.gguf"
    w = gguf.GGUFWriter(p, "llama")
    w.add_token_list([f"tok{i}" for i in range(50_000)])
    w.add_token_scores([0.0] * 70_000)
    w.add_array("llama.short", ["a", "b"])
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_tensors_to_file()
    w.close()
    meta = read_header(p).metadata
    assert meta["tokenizer.ggml.tokens"] == Skipped(50_000, 8)
    assert len(meta["tokenizer.ggml.scores"]) == 70_000
    assert meta["llama.short"] == ("a", "b")


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"NOPE" + b"\0" * 60, "not a GGUF file"),
        (b"tjgg" + b"\0" * 60, "old GGML/GGJT file"),
        (raw([], [], version=1), "version 1 is not supported"),
        (raw([], [], version=99), "version 99 is not supported"),
        (raw([], [], n_kv=2**63), "metadata entries"),
        (raw([], [], n_tensors=2**40), "tensors (at most"),
        (raw([kv_u32("a", 1), kv_u32("a", 2)], []), "'a' appears twice"),
        (raw([kv_raw("a", 77, b"")], []), "unknown value type 77"),
        (raw([s("k") + struct.pack("<IQ", 8, 2**62)], []), "claims a length of"),
        (raw([kv_raw("k", 9, struct.pack("<IQ", 4, 2**61))], []), "claims a length of"),
        (raw([kv_raw("k", 9, struct.pack("<IQ", 9, 1) + struct.pack("<IQ", 9, 1)
                     + struct.pack("<IQ", 4, 1) + b"\0" * 4)], []), "nests arrays"),
        (raw([kv_raw(b"\xff\xfe", 4, b"\0" * 4)], []), "not valid UTF-8"),
        (raw([s(b"x" * 5000) + b"\0" * 8], []), "claims a length of"),
        (minimal(tensors=[tensor("t", (1, 1, 1, 1, 1))]), "5 dimensions"),
        (minimal(tensors=[tensor("t", (4,), 99)]), "unknown to this version"),
        (minimal(tensors=[tensor("t", (32,), 31)]), "Q4_0_4_4"),
        (minimal(tensors=[tensor("t", (33, 2), 2)]), "not a multiple of the Q4_0 block size 32"),
        (minimal(tensors=[tensor("t", (4,), 0, 3)]), "not a multiple of the alignment 32"),
        (minimal(tensors=[tensor("t", (4,), 0), tensor("t", (4,), 0)]), "'t' appears twice"),
        (minimal(tensors=[tensor("t", (2**20, 2**20), 0)]), "truncated"),
        (minimal(tensors=[tensor("t", (2**40, 2**20), 0)]), "absurd"),
        (minimal(extra_kvs=[kv_u32("general.alignment", 24)]), "not a positive power of two"),
        (minimal(extra_kvs=[kv_str("general.alignment", "x")]), "not a positive power of two"),
        (minimal()[:40], "truncated"),
    ],
)
def test_hostile_headers_are_rejected(tmp_path: Path, data: bytes, fragment: str) -> None:
    assert fragment in error(write(tmp_path, data))


def test_header_larger_than_the_cap_is_refused(tmp_path: Path) -> None:
    big = raw([kv_str("general.description", "x" * 10_000)], [])
    assert "header is larger than" in error(write(tmp_path, big), max_header_bytes=4096)


def test_missing_and_unreadable_files(tmp_path: Path) -> None:
    assert "no such file" in error(tmp_path / "absent.gguf")
    assert "not a regular file" in error(tmp_path)
