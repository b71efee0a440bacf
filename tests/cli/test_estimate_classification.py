"""``estimate --explain`` and ``--json`` say what kind of network a model file holds, and why
(issue 6 audit: only the window showed it); a fused-qkv GGUF names its KV heads."""

from __future__ import annotations

import json
from pathlib import Path

from gpuscope.cli.app import run_cli
from gpuscope.models.classify import classify, classify_model
from gpuscope.models.loader import load_model_path

from ..models._gguf_factory import Decoder, write_gguf
from ..models._hf_factory import write_safetensors

PHI3 = Decoder("phi3", 2, 256, 8, 2, 512, 1000)


def _phi3(tmp_path: Path) -> Path:
    """Phi-3 as llama.cpp stores it: one fused ``attn_qkv`` (q + 2 x KV wide) per block."""
    hd = PHI3.hd
    tensors = []
    for name, dtype, shape in PHI3.tensors():
        if name.endswith(("attn_k.weight", "attn_v.weight")):
            continue
        if name.endswith("attn_q.weight"):
            name = name.replace("attn_q", "attn_qkv")
            shape = (PHI3.d, (PHI3.heads + 2 * PHI3.kv) * hd)
        tensors.append((name, dtype, shape))
    return write_gguf(tmp_path / "phi3.gguf", "phi3", PHI3.metadata(ftype=1), tensors)[0]


def test_fused_qkv_gguf_names_its_kv_heads(tmp_path: Path) -> None:
    spec = load_model_path(_phi3(tmp_path))
    c = classify_model(spec)
    assert c is not None and (c.kind_id, c.attention) == ("decoder", "gqa")
    reasons = [r.render() for r in c.reasons]
    assert reasons[0] == "2 blocks with fused qkv attention projections"
    assert "8 query heads share 2 KV heads" in reasons[1]
    # from the shapes alone (no header): q is as wide as the output projection's input
    bare = classify(spec.tensors)
    assert bare.attention == "gqa" and "4 query heads per KV head" in bare.reasons[1].render()


def test_explain_text_and_json_carry_the_classification(tmp_path: Path, capsys) -> None:
    path = str(_phi3(tmp_path))
    assert run_cli(["estimate", "--model", path, "--gpu", "RTX 4090", "--explain"]) == 0
    out = capsys.readouterr().out
    head = out[out.index("What kind of network"):out.index("How each figure")]
    assert "decoder-only Transformer with grouped-query attention" in head
    assert "  - 8 query heads share 2 KV heads: grouped-query attention" in head
    assert run_cli(["estimate", "--model", path, "--gpu", "RTX 4090", "--json"]) == 0
    kind = json.loads(capsys.readouterr().out)["model"]["classification"]
    assert (kind["kind"], kind["attention"], kind["moe"]) == ("decoder", "gqa", False)
    assert kind["description"] == "decoder-only Transformer with grouped-query attention"
    assert any("8 query heads share 2 KV heads" in r for r in kind["reasons"])


def test_mlp_file_and_preset(tmp_path: Path, capsys) -> None:
    mlp = write_safetensors(tmp_path / "mlp.safetensors", [
        ("fc1.weight", "F32", (512, 784)), ("fc1.bias", "F32", (512,)),
        ("fc2.weight", "F32", (10, 512))])
    assert run_cli(["estimate", "--model", str(mlp), "--gpu", "RTX 4090", "--json"]) == 0
    kind = json.loads(capsys.readouterr().out)["model"]["classification"]
    assert kind["kind"] == "mlp" and kind["attention"] is None
    assert "784 → 512 → 10" in kind["reasons"][0]
    assert run_cli(["estimate", "--model", "llama-2-7b", "--gpu", "RTX 4090", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["model"]["classification"] is None
    assert run_cli(["estimate", "--model", "llama-2-7b", "--gpu", "RTX 4090", "--explain"]) == 0
    assert "What kind of network" not in capsys.readouterr().out
