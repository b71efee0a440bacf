"""load_model_path: one entry point for files and folders; pickles and strangers refused clearly."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.loader import load_model_path
from gpuscope.models.spec import Family

from ._gguf_factory import Decoder, write_mmproj
from ._hf_factory import llama_config, llama_tensors, write_folder, write_safetensors

SMALL = Decoder("llama", 2, 256, 4, 2, 512, 1000)
SMALL_PARAMS = 2 * 1000 * 256 + 2 * (2 * 256 * 256 + 2 * 256 * 128 + 3 * 256 * 512 + 2 * 256) + 256


def test_gguf_file_split_part_and_blob_without_extension(tmp_path: Path) -> None:
    whole = load_model_path(SMALL.write(tmp_path / "m.gguf")[0])
    parts = SMALL.write(tmp_path / "s.gguf", split_max_tensors=10)
    assert load_model_path(parts[-1]).params == whole.params
    blob = tmp_path / ("sha256-" + "0" * 64)
    blob.write_bytes((tmp_path / "m.gguf").read_bytes())
    assert load_model_path(blob).params == whole.params  # Ollama blobs have no extension


def test_hf_folder_config_json_and_shard_paths(tmp_path: Path) -> None:
    dims = (2, 256, 4, 2, 512, 1000)
    folder = write_folder(tmp_path / "hf", llama_config(*dims), llama_tensors(*dims), shards=2)
    expected = load_model_path(folder).params
    assert load_model_path(folder / "config.json").params == expected
    assert load_model_path(folder / "model-00001-of-00002.safetensors").params == expected


def test_lone_safetensors_file_is_classified(tmp_path: Path) -> None:
    p = write_safetensors(tmp_path / "net.safetensors", [
        ("c1.weight", "F32", (16, 3, 3, 3)), ("c2.weight", "F32", (32, 16, 3, 3)),
        ("fc.weight", "F32", (10, 32))])
    spec = load_model_path(p)
    assert spec.family is Family.CNN and spec.params == 16 * 27 + 32 * 144 + 320


def test_folder_with_one_gguf_and_its_projector(tmp_path: Path) -> None:
    SMALL.write(tmp_path / "model-Q4_K_M.gguf")
    write_mmproj(tmp_path)
    (tmp_path / "config.json").write_text(json.dumps(llama_config()))  # the original's, ignored
    spec = load_model_path(tmp_path)
    assert spec.projector is not None and spec.projector.arch == "clip"
    assert spec.tensors is not None and spec.params == SMALL_PARAMS
    SMALL.write(tmp_path / "model-Q8_0.gguf")
    with pytest.raises(InputError, match=r"holds 2 GGUF models \(model-Q4_K_M.gguf, "
                                         r"model-Q8_0.gguf\); open one"):
        load_model_path(tmp_path)


@pytest.mark.parametrize("name", ["pytorch_model.bin", "model.pt", "weights.pth", "x.ckpt"])
def test_pickles_are_refused_without_being_opened(tmp_path: Path, name: str) -> None:
    p = tmp_path / name
    # a pickle that would run os.system("echo pwned") if it were ever unpickled
    p.write_bytes(b"\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94\x8c\x06system"
                  b"\x94\x93\x94\x8c\necho pwned\x94\x85\x94R\x94.")
    with pytest.raises(InputError, match="pickled PyTorch checkpoint: gpuscope never opens"):
        load_model_path(p)


def test_torch_zip_checkpoint_is_refused(tmp_path: Path) -> None:
    p = tmp_path / "model.dat"
    with zipfile.ZipFile(p, "w") as z:
        z.writestr("archive/data.pkl", b"\x80\x02.")
    with pytest.raises(InputError, match="pickled PyTorch checkpoint"):
        load_model_path(p)


def test_unknown_and_missing(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("hello")
    with pytest.raises(InputError, match="not a model file gpuscope can read"):
        load_model_path(tmp_path / "notes.txt")
    with pytest.raises(InputError, match="no such file"):
        load_model_path(tmp_path / "nothing.gguf")
    (tmp_path / "fake.gguf").write_text(json.dumps({"a": 1}))
    with pytest.raises(InputError, match="not a GGUF file"):
        load_model_path(tmp_path / "fake.gguf")
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="no GGUF, safetensors or config.json here"):
        load_model_path(empty)
