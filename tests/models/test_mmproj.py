"""Multimodal projectors (mmproj GGUF): found beside a lone model file, named with --mmproj, and
counted in a scanned model's size (issue 6 audit)."""

from __future__ import annotations

from pathlib import Path

from gpuscope.models.folder_scan import scan_tree
from gpuscope.models.loader import load_model_path

from ._gguf_factory import Decoder, write_mmproj

SMALL = Decoder("llama", 2, 256, 4, 2, 512, 1000)


def test_lone_gguf_gets_the_one_projector_beside_it(tmp_path: Path) -> None:
    model = SMALL.write(tmp_path / "Qwen-VL-Q4_K_M.gguf")[0]
    SMALL.write(tmp_path / "Other-Q8_0.gguf")  # several models: opening one file still works
    proj = write_mmproj(tmp_path)
    spec = load_model_path(model)
    assert spec.projector is not None and spec.projector_found
    assert spec.projector.source_path == str(proj)
    assert spec.params == load_model_path(model, find_projector=False).params  # not parameters
    assert load_model_path(model, find_projector=False).projector is None


def test_no_projector_when_none_or_several(tmp_path: Path) -> None:
    model = SMALL.write(tmp_path / "m.gguf")[0]
    assert load_model_path(model).projector is None
    first = write_mmproj(tmp_path)
    first.rename(tmp_path / "mmproj-a-f16.gguf")
    write_mmproj(tmp_path)
    assert load_model_path(model).projector is None  # two candidates: the user chooses


def test_named_projector_is_not_marked_found(tmp_path: Path) -> None:
    model = SMALL.write(_dir(tmp_path / "model") / "m.gguf")[0]
    proj = write_mmproj(_dir(tmp_path / "elsewhere"))
    spec = load_model_path(model, proj)
    assert spec.projector is not None and not spec.projector_found


def test_unreadable_sibling_projector_leaves_the_model_usable(tmp_path: Path) -> None:
    model = SMALL.write(tmp_path / "m.gguf")[0]
    (tmp_path / "mmproj-broken.gguf").write_bytes(b"GGUF\x03\x00")
    spec = load_model_path(model)
    assert spec.projector is None and spec.params > 0


def test_opening_the_projector_itself_attaches_nothing(tmp_path: Path) -> None:
    proj = write_mmproj(tmp_path)
    SMALL.write(tmp_path / "m.gguf")
    spec = load_model_path(proj)
    assert spec.arch == "clip" and spec.projector is None


def test_scanned_size_includes_the_projector(tmp_path: Path) -> None:
    repo = _dir(tmp_path / "models" / "pub" / "VL-GGUF")
    model = SMALL.write(repo / "VL-Q4_K_M.gguf")[0]
    proj = write_mmproj(repo)
    (found,) = scan_tree(tmp_path / "models", "lmstudio", lambda: False)
    assert found.projector is not None and found.spec.projector_found
    assert found.size_bytes == model.stat().st_size + proj.stat().st_size


def _dir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p
