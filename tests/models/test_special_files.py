"""Pipes and symbolic link loops: refused by name, never opened (opening a FIFO blocks until a
writer comes), in the loader and in every cache scan (issue 6 audit: the window hung on a FIFO and
a link loop read as "no such file")."""

from __future__ import annotations

import hashlib
import json
import os
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gpuscope.errors import InputError
from gpuscope.models.cache_scan import scan_hf_cache, scan_ollama
from gpuscope.models.folder_scan import scan_tree
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.loader import load_model_path

from ._gguf_factory import Decoder
from ._hf_factory import llama_config, llama_tensors, write_folder

SMALL = Decoder("llama", 2, 256, 4, 2, 512, 1000)
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this system")
PIPE = "not a regular file"
LOOP = "symbolic link loop"


def _soon(fn: Callable[[], Any], seconds: float = 10.0) -> Any:
    """``fn()``, failing instead of hanging the suite when it blocks (on a FIFO)."""
    out: dict[str, Any] = {}

    def run() -> None:
        try:
            out["value"] = fn()
        except BaseException as exc:  # handed back to the test
            out["error"] = exc

    t = threading.Thread(target=run, daemon=True)
    t.start()
    t.join(seconds)
    assert not t.is_alive(), "blocked: a FIFO was opened"
    if "error" in out:
        raise out["error"]
    return out["value"]


def _loop(folder: Path, name: str) -> Path:
    a, b = folder / name, folder / f"{name}.other"
    a.symlink_to(b.name)
    b.symlink_to(a.name)
    return a


@pytest.mark.parametrize("name", ["model.gguf", "config.json", "noext", "w.safetensors"])
def test_loader_refuses_a_fifo(tmp_path: Path, name: str) -> None:
    os.mkfifo(tmp_path / name)
    with pytest.raises(InputError, match=PIPE):
        _soon(lambda: load_model_path(tmp_path / name))


def test_loader_names_a_symlink_loop(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=LOOP):
        load_model_path(_loop(tmp_path, "m.gguf"))
    with pytest.raises(InputError, match="no such file"):
        load_model_path(tmp_path / "absent.gguf")


def test_config_json_fifo_in_a_folder(tmp_path: Path) -> None:
    dims = (1, 256, 4, 4, 512, 1000)
    folder = write_folder(tmp_path / "hf", llama_config(*dims), llama_tensors(*dims))
    (folder / "config.json").unlink()
    os.mkfifo(folder / "config.json")
    with pytest.raises(InputError, match=f"config.json: {PIPE}"):
        _soon(lambda: read_hf_folder(folder))
    (folder / "config.json").unlink()
    _loop(folder, "config.json")
    with pytest.raises(InputError, match=f"config.json: a {LOOP}"):
        read_hf_folder(folder)


def test_folder_scan_lists_pipes_and_loops_with_the_reason(tmp_path: Path) -> None:
    repo = tmp_path / "models" / "pub" / "repo"
    repo.mkdir(parents=True)
    SMALL.write(repo / "good.gguf")
    os.mkfifo(repo / "fifo.gguf")
    _loop(repo, "loop.gguf")
    found = _soon(lambda: {m.name: m for m in scan_tree(tmp_path / "models", "lmstudio",
                                                        lambda: False)})
    assert found["pub/repo/good"].spec is not None
    assert PIPE in found["pub/repo/fifo"].error.render()
    assert LOOP in found["pub/repo/loop"].error.render()


def test_hf_cache_fifo_ref_config_and_looping_gguf(tmp_path: Path) -> None:
    hub = tmp_path / "hub"
    dims = (1, 256, 4, 4, 512, 1000)
    snap = hub / "models--org--cfg" / "snapshots" / ("a" * 40)
    write_folder(snap, llama_config(*dims), llama_tensors(*dims))
    (snap / "config.json").unlink()
    os.mkfifo(snap / "config.json")
    refs = hub / "models--org--cfg" / "refs"
    refs.mkdir()
    os.mkfifo(refs / "main")  # the snapshot is still found (most recent), the ref never opened
    gguf = hub / "models--org--gguf" / "snapshots" / ("b" * 40)
    gguf.mkdir(parents=True)
    _loop(gguf, "loopA.gguf")
    found = _soon(lambda: {m.name: m for m in scan_hf_cache(hub)})
    assert PIPE in found["org/cfg"].error.render()
    assert "config.json" in found["org/cfg"].error.render()
    assert LOOP in found["org/gguf/loopA"].error.render()


def test_ollama_blob_that_is_a_fifo(tmp_path: Path) -> None:
    root = tmp_path / "ollama"
    blobs = root / "blobs"
    blobs.mkdir(parents=True)
    digest = hashlib.sha256(b"x").hexdigest()
    os.mkfifo(blobs / f"sha256-{digest}")
    loop_digest = hashlib.sha256(b"y").hexdigest()
    _loop(blobs, f"sha256-{loop_digest}")
    for tag, d in (("pipe", digest), ("loop", loop_digest)):
        manifest = root / "manifests" / "registry.ollama.ai" / "library" / tag / "latest"
        manifest.parent.mkdir(parents=True)
        manifest.write_text(json.dumps({"layers": [
            {"mediaType": "application/vnd.ollama.image.model", "digest": f"sha256:{d}"}]}))
    found = _soon(lambda: {m.name: m for m in scan_ollama(root)})
    assert PIPE in found["pipe:latest"].error.render()
    assert LOOP in found["loop:latest"].error.render()
