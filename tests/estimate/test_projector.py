"""A multimodal projector's bytes are weight memory: in the estimate, its explanation and the
CLI's --mmproj (issue 6 audit: the projector was attached but never counted)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.cli.app import run_cli
from gpuscope.errors import InputError
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.workload import Workload
from gpuscope.models.loader import load_model_path
from gpuscope.quantization import get_quantization

from ..models._gguf_factory import Decoder, write_mmproj
from .conftest import RTX_4090

SMALL = Decoder("llama", 2, 256, 4, 2, 512, 1000)


def _pair(tmp_path: Path) -> tuple[Path, Path]:
    model = SMALL.write(tmp_path / "m.gguf", ftype=15)[0]
    return model, write_mmproj(tmp_path)


@pytest.mark.parametrize("quant", ["own", "q8_0", "bf16"])
def test_projector_bytes_join_the_weights(tmp_path: Path, quant: str) -> None:
    model_path, _ = _pair(tmp_path)
    bare = load_model_path(model_path, find_projector=False)
    both = load_model_path(model_path)
    proj_bytes = sum(t.n_bytes for t in both.projector.tensors)
    assert proj_bytes > 0
    q = get_quantization(bare.own_quantization if quant == "own" else quant)
    w = Workload(context=1024)
    a, b = estimate(bare, q, RTX_4090, w), estimate(both, q, RTX_4090, w)
    assert b.memory.weights == pytest.approx(a.memory.weights + proj_bytes)
    assert b.memory.total == pytest.approx(a.memory.total + proj_bytes)
    assert b.bits_per_weight == pytest.approx(a.bits_per_weight)  # not model parameters
    assert b.speed.decode_tokens_per_s == pytest.approx(a.speed.decode_tokens_per_s)
    lines = [i.as_json() for i in b.explain]
    proj = next(x for x in lines if x["quantity"] == "Multimodal projector")
    assert proj["value"] == proj_bytes and "mmproj-model-f16.gguf" in proj["substituted"]
    assert "found beside the model file" in proj["substituted"]
    assert "multimodal projector" in lines[0]["substituted"]
    assert not any(x["quantity"] == "Multimodal projector" for x in
                   (i.as_json() for i in a.explain))


def test_cli_mmproj_option(tmp_path: Path, capsys) -> None:
    model = SMALL.write(_dir(tmp_path / "model") / "m.gguf", ftype=15)[0]
    proj = write_mmproj(_dir(tmp_path / "proj"))
    docs = []
    for extra in ([], ["--mmproj", str(proj)]):
        assert run_cli(["estimate", "--model", str(model), "--gpu", "RTX 4090", "--json",
                        *extra]) == 0
        docs.append(json.loads(capsys.readouterr().out))
    bare, both = docs
    added = both["memory"]["weights_bytes"] - bare["memory"]["weights_bytes"]
    assert added == sum(t.n_bytes for t in load_model_path(proj).tensors)
    named = next(x for x in both["explain"] if x["quantity"] == "Multimodal projector")
    assert "found beside" not in named["substituted"]
    assert run_cli(["plan", "--model", str(model), "--mmproj", str(proj), "--gpu", "RTX 4090",
                    "--json"]) == 0
    capsys.readouterr()


def test_cli_mmproj_with_a_preset_is_refused() -> None:
    from gpuscope.cli.common import resolve_model

    with pytest.raises(InputError, match="--mmproj goes with a model file"):
        resolve_model("llama-2-7b", "x.gguf")


def _dir(p: Path) -> Path:
    p.mkdir(parents=True, exist_ok=True)
    return p
