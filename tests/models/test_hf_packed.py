"""Packed int4 Hugging Face checkpoints (GPTQ, AWQ, compressed-tensors) are the Transformers their
config.json describes: classified from their ``qweight`` / ``weight_packed`` projections, counted
as the matrices they pack, and estimated (issue 6 audit: they were read as MLPs)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.cli.app import run_cli
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.classify import classify
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.spec import Family, TensorInfo

from ._hf_factory import llama_config, llama_tensors, write_folder

DIMS = (2, 512, 8, 2, 1024, 1000)  # layers, d_model, heads, KV heads, FFN, vocab
CONFIGS = {
    "gptq": {"quant_method": "gptq", "bits": 4, "group_size": 128, "desc_act": False},
    "awq": {"quant_method": "awq", "bits": 4, "group_size": 128, "zero_point": True,
            "version": "gemm"},
    "ct4": {"quant_method": "compressed-tensors", "format": "pack-quantized",
            "config_groups": {"group_0": {"targets": ["Linear"], "weights": {
                "num_bits": 4, "type": "int", "strategy": "group", "group_size": 128,
                "symmetric": True}}}, "ignore": ["lm_head"]},
}


def _folder(tmp_path: Path, quant: str) -> Path:
    cfg = llama_config(*DIMS, quantization_config=CONFIGS[quant])
    return write_folder(tmp_path / f"llama-{quant}", cfg,
                        llama_tensors(*DIMS, dtype="F16", quant=quant))


def _plain_params() -> int:
    total = 0
    for _, _, shape in llama_tensors(*DIMS):
        n = 1
        for d in shape:
            n *= d
        total += n
    return total


@pytest.mark.parametrize("quant", sorted(CONFIGS))
def test_packed_checkpoint_is_a_transformer(tmp_path: Path, quant: str) -> None:
    spec = read_hf_folder(_folder(tmp_path, quant))
    assert spec.family is Family.TRANSFORMER and spec.arch == "llama"
    t = spec.transformer
    assert (t.n_layers, t.d_model, t.n_heads, t.n_kv_heads) == DIMS[:4]
    assert spec.params == _plain_params()
    # packed tensors carry the shape of the matrix they hold (GGUF order: in, out)
    q = next(x for x in spec.tensors if ".0.self_attn.q_proj.q" in x.name
             or ".0.self_attn.q_proj.weight_packed" in x.name)
    assert q.shape == (512, 512)
    k = next(x for x in spec.tensors if x.name.startswith("model.layers.0.self_attn.k_proj.")
             and x.name.endswith(("qweight", "weight_packed")))
    assert k.shape == (512, 2 * 64)
    c = classify(spec.tensors, spec.transformer)
    assert c.kind_id == "decoder" and c.attention == "gqa"


@pytest.mark.parametrize("quant", sorted(CONFIGS))
def test_packed_checkpoint_estimates(tmp_path: Path, quant: str) -> None:
    spec = read_hf_folder(_folder(tmp_path, quant))
    gpu = find_gpu("RTX 4090").to_spec()
    e = estimate(spec, _own(spec), gpu, Workload(context=1024))
    file_bytes = sum(x.n_bytes for x in spec.tensors)
    assert e.memory.weights == file_bytes  # the checkpoint's exact bytes, scales included
    # F16 embeddings and head, ~4.2-bit linears: between the two, never the packed count's 19+
    assert 4.0 < e.bits_per_weight < 16.0
    assert e.bits_per_weight == pytest.approx(8 * file_bytes / _plain_params())
    # FLOPs see the unpacked matrices: 2 x (linear weights + tied-free head)
    layers = DIMS[0] * (2 * 512 * 512 + 2 * 512 * 128 + 3 * 512 * 1024)
    assert e.flops_per_token >= 2 * (layers + 1000 * 512)


def test_cli_estimates_a_gptq_folder(tmp_path: Path, capsys) -> None:
    folder = _folder(tmp_path, "gptq")
    assert run_cli(["estimate", "--model", str(folder), "--gpu", "RTX 4090", "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["model"]["family"] == "transformer" and doc["model"]["params"] == _plain_params()


def test_lone_packed_tensors_still_count_as_attention() -> None:
    names = ("q_proj", "k_proj", "v_proj", "o_proj")
    tensors = [TensorInfo(f"model.layers.0.self_attn.{n}.{suffix}", (64, 8), "I32", 2048)
               for suffix in ("qweight", "weight_packed") for n in names]
    c = classify(tensors)
    assert c.family is Family.TRANSFORMER and c.kind_id == "decoder"


def test_config_heads_outweigh_unrecognised_projections(tmp_path: Path) -> None:
    """Projections named in a way classify does not know: config.json's attention heads and
    quantization still make it the Transformer it says, not an MLP."""
    cfg = llama_config(*DIMS, quantization_config=CONFIGS["gptq"])
    tensors = [(n.replace("self_attn", "mixer"), d, s)
               for n, d, s in llama_tensors(*DIMS, dtype="F16", quant="gptq")]
    spec = read_hf_folder(write_folder(tmp_path / "odd", cfg, tensors))
    assert spec.family is Family.TRANSFORMER and spec.transformer is not None


def _own(spec):
    from gpuscope.quantization import get_quantization

    return get_quantization(spec.own_quantization)
