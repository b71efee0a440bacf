"""Symbolic links in a model folder never lead the readers outside it: a link to a file elsewhere
(``config.json -> /etc/passwd``, ``model.safetensors -> /etc/shadow``) or a shard index naming
``../file`` is refused with the file's name; links inside the folder, and the Hugging Face cache's
``snapshots/<rev>/file -> ../../blobs/<hash>`` layout, read as before.

Each link points at a *valid* model file outside the folder, so a reader that followed it would
succeed: the refusal can only come from the containment check.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.loader import load_model_path

from ._gguf_factory import Decoder
from ._hf_factory import llama_config, llama_tensors, write_folder, write_safetensors

SMALL = {"n_layers": 2, "d": 256, "heads": 4, "kv": 4, "ffn": 512}
REV = "0123456789abcdef0123456789abcdef01234567"


def _small_folder(where: Path) -> Path:
    cfg = {**llama_config(**SMALL), "vocab_size": 1000}
    return write_folder(where, cfg, llama_tensors(**SMALL, vocab=1000))


def _refused(call, name: str) -> str:
    with pytest.raises(InputError) as info:
        call()
    said = str(info.value)
    assert name in said and "outside the model folder" in said, said
    return said


def _relink(path: Path, target: Path) -> None:
    path.unlink()
    path.symlink_to(target)


def test_a_config_linked_outside_the_folder_is_refused(tmp_path: Path) -> None:
    elsewhere = _small_folder(tmp_path / "elsewhere")
    evil = _small_folder(tmp_path / "evil")
    _relink(evil / "config.json", elsewhere / "config.json")
    said = _refused(lambda: read_hf_folder(evil), "config.json")
    assert str((elsewhere / "config.json").resolve()) in said  # where the link leads
    _refused(lambda: load_model_path(evil), "config.json")


def test_weights_linked_outside_the_folder_are_refused(tmp_path: Path) -> None:
    elsewhere = _small_folder(tmp_path / "elsewhere")
    evil = _small_folder(tmp_path / "evil")
    _relink(evil / "model.safetensors", elsewhere / "model.safetensors")
    _refused(lambda: read_hf_folder(evil), "model.safetensors")


def test_a_shard_linked_outside_the_folder_is_refused(tmp_path: Path) -> None:
    tensors = llama_tensors(**SMALL, vocab=1000)
    write_safetensors(tmp_path / "outside.safetensors", tensors)
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "config.json").write_text(json.dumps({**llama_config(**SMALL), "vocab_size": 1000}))
    shard = "model-00001-of-00001.safetensors"
    index = {"metadata": {}, "weight_map": {t[0]: shard for t in tensors}}
    (evil / "model.safetensors.index.json").write_text(json.dumps(index))
    (evil / shard).symlink_to(tmp_path / "outside.safetensors")
    _refused(lambda: read_hf_folder(evil), shard)


def test_a_gguf_linked_outside_the_folder_is_refused(tmp_path: Path) -> None:
    (tmp_path / "elsewhere").mkdir()
    real = Decoder("llama", 2, 256, 4, 4, 512, 1000).write(tmp_path / "elsewhere" / "m.gguf")[0]
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "model.gguf").symlink_to(real)
    _refused(lambda: load_model_path(evil), "model.gguf")
    assert load_model_path(real).params > 0  # the file itself is fine when opened directly


def test_links_inside_the_folder_are_followed(tmp_path: Path) -> None:
    folder = _small_folder(tmp_path / "model")
    plain = read_hf_folder(folder).params
    (folder / "weights").mkdir()
    os.replace(folder / "model.safetensors", folder / "weights" / "model.safetensors")
    (folder / "model.safetensors").symlink_to(Path("weights") / "model.safetensors")
    assert read_hf_folder(folder).params == plain


def test_the_hugging_face_cache_layout_reads(tmp_path: Path) -> None:
    source = _small_folder(tmp_path / "source")
    plain = read_hf_folder(source).params
    repo = tmp_path / "hub" / "models--org--tiny"
    snap, blobs = repo / "snapshots" / REV, repo / "blobs"
    snap.mkdir(parents=True)
    blobs.mkdir()
    for i, name in enumerate(("config.json", "model.safetensors")):
        os.replace(source / name, blobs / f"blob{i}")
        (snap / name).symlink_to(Path("..") / ".." / "blobs" / f"blob{i}")
    spec = read_hf_folder(snap)
    assert spec.params == plain and spec.name == "org/tiny"
    _relink(snap / "config.json", tmp_path / "source" / "config.json")  # out of the cache
    (tmp_path / "source" / "config.json").write_text(json.dumps(
        {**llama_config(**SMALL), "vocab_size": 1000}))
    _refused(lambda: read_hf_folder(snap), "config.json")
