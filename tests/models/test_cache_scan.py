"""Scanning a fake Hugging Face cache, Ollama store, LM Studio folder and user folders."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from gpuscope.models.cache_scan import (
    ScanRoot,
    default_roots,
    scan,
    scan_hf_cache,
    scan_ollama,
)
from gpuscope.models.folder_scan import scan_tree

from ._gguf_factory import Decoder, write_mmproj
from ._hf_factory import llama_config, llama_tensors, write_folder

SMALL = Decoder("llama", 2, 256, 4, 2, 512, 1000)
COMMIT = "a" * 40


def _blobify(repo: Path, snapshot_file: Path) -> None:
    """Move a file into the repo's blobs/ and leave a relative symlink, as huggingface_hub does."""
    blobs = repo / "blobs"
    blobs.mkdir(exist_ok=True)
    blob = blobs / hashlib.sha256(snapshot_file.name.encode()).hexdigest()
    snapshot_file.rename(blob)
    snapshot_file.symlink_to(os.path.relpath(blob, snapshot_file.parent))


def hf_cache(tmp_path: Path) -> Path:
    hub = tmp_path / "hub"
    repo = hub / "models--meta-llama--Llama-2-7b-hf"
    snap = repo / "snapshots" / COMMIT
    dims = (2, 256, 4, 2, 512, 1000)
    write_folder(snap, llama_config(*dims), llama_tensors(*dims))
    for f in list(snap.iterdir()):
        _blobify(repo, f)
    (repo / "refs").mkdir()
    (repo / "refs" / "main").write_text(COMMIT)
    gg = hub / "models--TheBloke--Tiny-GGUF" / "snapshots" / COMMIT
    gg.mkdir(parents=True)
    SMALL.write(gg / "tiny.Q4_K_M.gguf")
    (gg / "config.json").write_text(json.dumps(llama_config()))  # TheBloke ships the original
    SMALL.write(gg / "tiny.Q8_0.gguf")
    SMALL.write(_mk(gg / "Q2_K") / "big.gguf",
                split_max_tensors=10)
    broken = hub / "models--broken--repo" / "snapshots" / COMMIT
    broken.mkdir(parents=True)
    (broken / "model.gguf").write_bytes(b"GGUF\x03\0\0\0" + b"\xff" * 16)
    evil = hub / "models--evil--repo" / "snapshots" / COMMIT
    evil.mkdir(parents=True)
    outside = SMALL.write(tmp_path / "outside.gguf")[0]
    (evil / "model.gguf").symlink_to(outside)
    leaky = hub / "models--leaky--repo" / "snapshots" / COMMIT
    write_folder(tmp_path / "elsewhere", llama_config(1, 64, 4, 4, 128, 10),
                 llama_tensors(1, 64, 4, 4, 128, 10))
    leaky.mkdir(parents=True)
    (leaky / "config.json").write_text(json.dumps(llama_config(1, 64, 4, 4, 128, 10)))
    (leaky / "model.safetensors").symlink_to(tmp_path / "elsewhere" / "model.safetensors")
    (hub / "datasets--some--data").mkdir()
    return hub


def _mk(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p


def test_hf_cache(tmp_path: Path) -> None:
    found = {m.name: m for m in scan_hf_cache(hf_cache(tmp_path))}
    assert set(found) == {"meta-llama/Llama-2-7b-hf", "TheBloke/Tiny-GGUF/tiny.Q4_K_M",
                          "TheBloke/Tiny-GGUF/tiny.Q8_0",
                          "TheBloke/Tiny-GGUF/Q2_K/big-00001-of-00003",
                          "broken/repo/model", "evil/repo/model", "leaky/repo"}
    llama = found["meta-llama/Llama-2-7b-hf"]
    assert llama.spec is not None and llama.spec.name == "meta-llama/Llama-2-7b-hf"
    assert llama.quantization == "bf16" and llama.size_bytes > 2 * llama.spec.params
    split = found["TheBloke/Tiny-GGUF/Q2_K/big-00001-of-00003"]
    assert split.spec is not None and split.spec.params == found[
        "TheBloke/Tiny-GGUF/tiny.Q8_0"].spec.params
    assert found["broken/repo/model"].spec is None
    assert "model.gguf" in found["broken/repo/model"].error.render()
    evil = found["evil/repo/model"]
    assert evil.spec is None and "links outside the folder" in evil.error.render()
    leaky = found["leaky/repo"]
    assert leaky.spec is None and "model.safetensors: links outside" in leaky.error.render()


def _manifest(root: Path, rel: str, layers: list[tuple[str, str]]) -> None:
    p = root / "manifests" / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(json.dumps({"schemaVersion": 2, "layers": [
        {"mediaType": m, "digest": d, "size": 1} for m, d in layers]}))


def _blob(root: Path, source: Path) -> str:
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    (root / "blobs").mkdir(parents=True, exist_ok=True)
    (root / "blobs" / f"sha256-{digest}").write_bytes(data)
    return f"sha256:{digest}"


def ollama_store(tmp_path: Path) -> Path:
    root = tmp_path / "ollama" / "models"
    model = _blob(root, SMALL.write(tmp_path / "src.gguf", sparse=False)[0])
    proj = _blob(root, write_mmproj(tmp_path))
    model_t = "application/vnd.ollama.image.model"
    _manifest(root, "registry.ollama.ai/library/tiny/latest", [
        (model_t, model), ("application/vnd.ollama.image.projector", proj),
        ("application/vnd.ollama.image.license", "sha256:" + "1" * 64)])
    _manifest(root, "hf.co/bartowski/Tiny-GGUF/Q4_K_M", [(model_t, model)])
    _manifest(root, "registry.ollama.ai/library/evil/latest", [(model_t, "sha256:../../etc")])
    _manifest(root, "registry.ollama.ai/library/gone/latest", [(model_t, "sha256:" + "2" * 64)])
    _manifest(root, "registry.ollama.ai/library/junk/latest", [])
    (root / "manifests/registry.ollama.ai/library/junk/latest").write_text("{not json")
    return root


def test_ollama_store(tmp_path: Path) -> None:
    found = {m.name: m for m in scan_ollama(ollama_store(tmp_path))}
    assert set(found) == {"tiny:latest", "hf.co/bartowski/Tiny-GGUF:Q4_K_M", "evil:latest",
                          "gone:latest", "junk:latest"}
    tiny = found["tiny:latest"]
    assert tiny.spec is not None and tiny.spec.projector is not None
    assert tiny.projector is not None and tiny.size_bytes > tiny.spec.params
    assert found["hf.co/bartowski/Tiny-GGUF:Q4_K_M"].spec.params == tiny.spec.params
    assert "not a readable Ollama manifest" in found["evil:latest"].error.render()
    assert "is missing (an interrupted pull?)" in found["gone:latest"].error.render()
    assert found["junk:latest"].spec is None


def test_lmstudio_tree_with_projector_and_mlx_folder(tmp_path: Path) -> None:
    root = tmp_path / "lmstudio" / "models"
    repo = _mk(root / "lmstudio-community" / "Tiny-GGUF")
    SMALL.write(repo / "Tiny-Q4_K_M.gguf")
    write_mmproj(repo)
    dims = (1, 256, 4, 4, 512, 1000)
    write_folder(root / "mlx-community" / "Tiny-4bit", llama_config(*dims), llama_tensors(*dims))
    found = {m.name: m for m in scan_tree(root, "lmstudio", lambda: False)}
    assert set(found) == {"lmstudio-community/Tiny-GGUF/Tiny-Q4_K_M", "mlx-community/Tiny-4bit"}
    gguf = found["lmstudio-community/Tiny-GGUF/Tiny-Q4_K_M"]
    assert gguf.spec.projector is not None and gguf.source == "lmstudio"


def test_symlink_loop_and_cancellation(tmp_path: Path) -> None:
    root = _mk(tmp_path / "mine")
    for i in range(5):
        SMALL.write(_mk(root / f"m{i}") / "model.gguf")
    (root / "m0" / "loop").symlink_to("..")
    (root / "m1" / "self").symlink_to(".")
    (root / "m2" / "away").symlink_to(tmp_path)
    found = list(scan([ScanRoot("folder", root)]))
    assert sorted(m.name for m in found) == [f"m{i}/model" for i in range(5)]
    assert all(m.spec is not None for m in found)
    calls = []

    def stop() -> bool:
        calls.append(1)
        return len(calls) > 3

    assert len(list(scan([ScanRoot("folder", root)], should_stop=stop))) < 5


def test_user_folder_that_is_itself_a_model(tmp_path: Path) -> None:
    dims = (1, 64, 4, 4, 128, 10)
    folder = write_folder(tmp_path / "Tiny-hf", llama_config(*dims), llama_tensors(*dims))
    (found,) = scan([ScanRoot("folder", folder)])
    assert found.name == "Tiny-hf" and found.spec is not None


def test_default_roots_honour_environment(tmp_path: Path) -> None:
    home = tmp_path / "home"
    hf = _mk(tmp_path / "hfhome" / "hub")
    ollama = _mk(tmp_path / "ollama-models")
    lms = _mk(home / ".lmstudio" / "models")
    roots = default_roots({"HF_HOME": str(hf.parent), "OLLAMA_MODELS": str(ollama)}, home)
    assert roots == [ScanRoot("huggingface", hf), ScanRoot("ollama", ollama),
                     ScanRoot("lmstudio", lms)]
    hub = _mk(tmp_path / "direct")
    assert default_roots({"HF_HUB_CACHE": str(hub)}, home)[0] == ScanRoot("huggingface", hub)
    assert default_roots({}, tmp_path / "nobody") == [] or all(
        r.path.is_dir() for r in default_roots({}, tmp_path / "nobody"))


def test_listing_without_reading(tmp_path: Path) -> None:
    models = list(scan_hf_cache(hf_cache(tmp_path), read_specs=False))
    assert models and all(m.spec is None and m.error is None for m in models
                          if m.name not in ("evil/repo/model", "leaky/repo"))
