"""An imported GGUF file and the preset of the same model give the same estimate (issue 6).

Each file is written with llama.cpp's own per-tensor types for the preset's architecture (what
``llama-quantize`` produces), read back by the importer, and estimated from its real tensor
table; weights must agree with the preset's within 1 %, and the rest of the estimate with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.recipes import assign_types
from gpuscope.estimate.workload import Workload
from gpuscope.models.loader import load_model_path
from gpuscope.models.presets import get_preset
from gpuscope.models.tensors import transformer_tensors
from gpuscope.quantization import get_quantization

from ..models._gguf_factory import Decoder, write_gguf
from .conftest import RTX_4090

CASES = [
    # preset, quant, GGUF arch, llama.cpp file type number (LLAMA_FTYPE_*)
    ("llama-2-7b", "q4_k_m", Decoder("llama", 32, 4096, 32, 32, 11008, 32000), 15),
    ("llama-3.1-8b", "q8_0", Decoder("llama", 32, 4096, 32, 8, 14336, 128256, ctx=131072), 7),
    ("qwen2.5-7b", "q5_k_m", Decoder("qwen2", 28, 3584, 28, 4, 18944, 152064, ctx=131072,
                                     bias=True), 17),
    ("mixtral-8x7b", "q4_k_m", Decoder("llama", 32, 4096, 32, 8, 14336, 32000, ctx=32768,
                                       experts=8, used=2), 15),
]


@pytest.mark.parametrize(("preset", "quant", "decoder", "ftype"), CASES,
                         ids=[c[0] for c in CASES])
def test_imported_file_agrees_with_preset(tmp_path: Path, preset: str, quant: str,
                                          decoder: Decoder, ftype: int) -> None:
    model = get_preset(preset)
    q = get_quantization(quant)
    typed = assign_types(transformer_tensors(model.transformer), q, model.transformer)
    tensors = [(t.tensor.name, t.dtype, t.tensor.shape) for t in typed]
    path = write_gguf(tmp_path / f"{preset}.gguf", decoder.arch, decoder.metadata(ftype=ftype),
                      tensors, sparse=True)[0]
    imported = load_model_path(str(path))
    assert imported.own_quantization == quant
    w = Workload(context=4096)
    from_file = estimate(imported, q, RTX_4090, w)
    from_preset = estimate(model, q, RTX_4090, w)
    assert from_file.memory.weights == pytest.approx(from_preset.memory.weights, rel=0.01)
    assert from_file.memory.kv_cache == pytest.approx(from_preset.memory.kv_cache, rel=1e-9)
    assert from_file.speed.decode_tokens_per_s == pytest.approx(
        from_preset.speed.decode_tokens_per_s, rel=0.01)
    # the file's own tensor table is what was used ("show the work" says so)
    assert any("file" in item.as_json()["source"] for item in from_file.explain)


def test_estimate_cli_takes_a_gguf_path(tmp_path: Path, capsys) -> None:
    import json

    from gpuscope.cli.app import run_cli

    d = Decoder("llama", 32, 4096, 32, 32, 11008, 32000,
                types={"default": "Q4_0", "output": "Q6_K"})
    path = d.write(tmp_path / "llama-2-7b.Q4_0.gguf", ftype=2, name="LLaMA v2")[0]
    assert run_cli(["estimate", "--model", str(path), "--gpu", "RTX 4090", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["quantization"] == "q4_0"
    # llama-bench: 3,825,065,984 bytes of tensors, of which token_embd (73,728,000) stays in RAM
    assert doc["memory"]["weights_bytes"] + doc["memory"]["host_bytes"] == 3_825_065_984
