"""Safetensors headers: read exactly, sharded indexes followed, hostile headers refused."""

from __future__ import annotations

import json
import struct
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.safetensors_reader import read_safetensors_header, read_sharded

from ._hf_factory import write_folder, write_safetensors


def test_header_tensors_are_exact_and_in_gguf_order(tmp_path: Path) -> None:
    p = write_safetensors(tmp_path / "m.safetensors", [
        ("a.weight", "BF16", (11008, 4096)), ("b.bias", "F32", (7,)), ("c", "F8_E4M3", (3, 5))])
    h = read_safetensors_header(p)
    by_name = {t.name: t for t in h.tensors}
    assert by_name["a.weight"].shape == (4096, 11008)  # reversed: shape[0] is the row length
    assert by_name["a.weight"].n_bytes == 11008 * 4096 * 2
    assert (by_name["b.bias"].n_bytes, by_name["c"].n_bytes) == (28, 15)
    assert h.metadata == {"format": "pt"}


def test_sharded_index(tmp_path: Path) -> None:
    tensors = [(f"t{i}.weight", "F16", (64, 32)) for i in range(10)]
    folder = write_folder(tmp_path / "m", {"model_type": "x"}, tensors, shards=3)
    got = read_sharded(folder / "model.safetensors.index.json")
    assert sorted(t.name for t in got) == sorted(t[0] for t in tensors)
    (folder / "model-00002-of-00003.safetensors").unlink()
    with pytest.raises(InputError, match="shard 'model-00002-of-00003.safetensors'.*missing"):
        read_sharded(folder / "model.safetensors.index.json")


def _index(tmp_path: Path, weight_map: object) -> Path:
    p = tmp_path / "model.safetensors.index.json"
    p.write_text(json.dumps({"weight_map": weight_map}))
    return p


def test_index_cannot_point_outside_its_folder(tmp_path: Path) -> None:
    for name in ("../secret.safetensors", "/etc/passwd", "a/b.safetensors", "..", 5):
        with pytest.raises(InputError, match="not a file name"):
            read_sharded(_index(tmp_path, {"w": name}))
    with pytest.raises(InputError, match="not valid JSON"):
        read_sharded(_index(tmp_path, []))


def test_index_tensor_must_be_in_its_shard(tmp_path: Path) -> None:
    write_safetensors(tmp_path / "s.safetensors", [("a", "F16", (2,))])
    with pytest.raises(InputError, match="tensor 'b' is not in shard 's.safetensors'"):
        read_sharded(_index(tmp_path, {"a": "s.safetensors", "b": "s.safetensors"}))


def _raw(tmp_path: Path, header: bytes, data: int = 64, length: int | None = None) -> Path:
    p = tmp_path / "h.safetensors"
    p.write_bytes(struct.pack("<Q", len(header) if length is None else length) + header
                  + b"\0" * data)
    return p


def _entry(dtype: object = "F16", shape: object = (2, 2), offsets: object = (0, 8)) -> bytes:
    return json.dumps({"t": {"dtype": dtype, "shape": shape, "data_offsets": offsets}}).encode()


@pytest.mark.parametrize(
    ("header", "kwargs", "fragment"),
    [
        (b"{}", {"length": 2**63}, "header is larger than"),
        (b"{}", {"length": 10_000}, "claims a length of"),
        (b"{nope", {}, "not valid JSON"),
        (b"\xff\xfe{}", {}, "not valid UTF-8"),
        (b"[1, 2]", {}, "not valid JSON"),
        (b"[" * 100_000 + b"]" * 100_000, {"data": 0}, "not valid JSON"),
        (_entry(dtype="Q4_K"), {}, "unknown dtype 'Q4_K'"),
        (_entry(shape=[-1, 2]), {}, "invalid shape"),
        (_entry(shape=[True, 2]), {}, "invalid shape"),
        (_entry(shape=[2.0, 2]), {}, "invalid shape"),
        (_entry(offsets=[0, 9]), {}, "occupies 9 bytes but its shape and dtype need 8"),
        (_entry(offsets=[8, 16]), {}, "does not start where the previous one ends"),
        (_entry(offsets=[0, 2**61]), {}, "invalid data_offsets"),
        (_entry(shape=[2**40, 2**40]), {}, "occupies 8 bytes but its shape and dtype need"),
        (json.dumps({"t": 5}).encode(), {}, "invalid entry"),
    ],
)
def test_hostile_headers(tmp_path: Path, header: bytes, kwargs: dict, fragment: str) -> None:
    p = _raw(tmp_path, header, **kwargs)
    with pytest.raises(InputError) as info:
        read_safetensors_header(p)
    assert fragment in str(info.value) and str(p) in str(info.value)


def test_tiny_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "t.safetensors").write_bytes(b"\1\0")
    with pytest.raises(InputError, match="truncated"):
        read_safetensors_header(tmp_path / "t.safetensors")
    with pytest.raises(InputError, match="no such file"):
        read_safetensors_header(tmp_path / "absent.safetensors")
