"""Hugging Face folders: config.json + safetensors headers -> exact params, dtypes and family."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.spec import Family

from ._hf_factory import llama_config, llama_tensors, write_folder, write_safetensors

LLAMA2_7B_PARAMS = 6_738_415_616  # llama-bench README n_params (llama.cpp@17732711)


def test_llama2_7b_sharded_bf16(tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "Llama-2-7b-hf", llama_config(), llama_tensors(), shards=2)
    spec = read_hf_folder(folder)
    assert spec.params == LLAMA2_7B_PARAMS
    assert sum(t.n_bytes for t in spec.tensors) == 2 * LLAMA2_7B_PARAMS
    assert spec.file_quantization == "bf16" and spec.family is Family.TRANSFORMER
    assert spec.arch == "llama" and spec.name == "Llama-2-7b-hf"
    t = spec.transformer
    assert (t.n_layers, t.d_model, t.n_heads, t.n_kv_heads, t.head_dim, t.ffn_dim) == (
        32, 4096, 32, 32, 128, 11008)
    assert not t.tied_embeddings and t.ffn_gated and not t.attention_bias


def test_config_only_folder_computes_params(tmp_path: Path) -> None:
    folder = tmp_path / "cfg"
    folder.mkdir()
    (folder / "config.json").write_text(json.dumps(llama_config()))
    (folder / "pytorch_model.bin").write_bytes(b"\x80\x02}q\x00.")
    spec = read_hf_folder(folder)
    assert spec.params == LLAMA2_7B_PARAMS  # no biases in Llama: the formula is exact
    assert spec.tensors is None and spec.file_bits_per_weight == 16.0
    assert spec.file_quantization == "f16" and "pickled" in spec.notes


def test_tensors_override_config_defaults(tmp_path: Path) -> None:
    cfg = {**llama_config(2, 256, 4, 2, 512, 1000), "model_type": "mystery"}
    folder = write_folder(tmp_path / "m", cfg, llama_tensors(2, 256, 4, 2, 512, 1000, tied=True,
                                                              bias=True))
    t = read_hf_folder(folder).transformer
    assert t.tied_embeddings and t.attention_bias and t.ffn_gated


def test_gptq_4bit_counts_unpacked_weights(tmp_path: Path) -> None:
    q = {"quant_method": "gptq", "bits": 4, "group_size": 128, "desc_act": False}
    dims = (2, 512, 4, 4, 1024, 1000)
    folder = write_folder(tmp_path / "gptq", llama_config(*dims, quantization_config=q),
                          llama_tensors(*dims, dtype="F16", quant="gptq"))
    spec = read_hf_folder(folder)
    plain = sum(n for n in _numel(llama_tensors(*dims)))
    assert spec.params == plain  # qweight int32 x 8, scales / zeros / g_idx are not parameters
    assert spec.file_quantization == "gptq-int4"


def test_bitsandbytes_nf4_and_fp8(tmp_path: Path) -> None:
    dims = (1, 256, 4, 4, 512, 1000)
    plain = sum(_numel(llama_tensors(*dims)))
    nf4 = {"quant_method": "bitsandbytes", "load_in_4bit": True, "bnb_4bit_quant_type": "nf4",
           "bnb_4bit_use_double_quant": True}
    spec = read_hf_folder(write_folder(tmp_path / "nf4", llama_config(*dims,
                                                                      quantization_config=nf4),
                                       llama_tensors(*dims, dtype="F16", quant="nf4")))
    assert spec.params == plain and spec.file_quantization == "bnb-nf4"
    fp8 = {"quant_method": "fp8", "weight_block_size": [128, 128]}
    spec = read_hf_folder(write_folder(tmp_path / "fp8", llama_config(*dims,
                                                                      quantization_config=fp8),
                                       llama_tensors(*dims, dtype="BF16", quant="fp8")))
    assert spec.params == plain and spec.file_quantization == "fp8"


def _numel(tensors: list) -> list[int]:
    out = []
    for _, _, shape in tensors:
        n = 1
        for d in shape:
            n *= d
        out.append(n)
    return out


def test_mixtral_per_expert_tensors(tmp_path: Path) -> None:
    d, f, e = 64, 128, 8
    cfg = {**llama_config(2, d, 4, 2, f, 100), "model_type": "mixtral", "num_local_experts": e,
           "num_experts_per_tok": 2}
    tensors = [t for t in llama_tensors(2, d, 4, 2, f, 100) if ".mlp." not in t[0]]
    for i in range(2):
        p = f"model.layers.{i}.block_sparse_moe"
        tensors.append((f"{p}.gate.weight", "BF16", (e, d)))
        for x in range(e):
            tensors += [(f"{p}.experts.{x}.w1.weight", "BF16", (f, d)),
                        (f"{p}.experts.{x}.w3.weight", "BF16", (f, d)),
                        (f"{p}.experts.{x}.w2.weight", "BF16", (d, f))]
    spec = read_hf_folder(write_folder(tmp_path / "mixtral", cfg, tensors))
    experts = 2 * e * 3 * d * f
    assert spec.params == sum(_numel(tensors))
    assert spec.active_params == spec.params - experts + experts * 2 // 8
    assert (spec.transformer.n_experts, spec.transformer.n_active_experts) == (8, 2)


def test_gpt_oss_mxfp4_blocks(tmp_path: Path) -> None:
    e, d, f = 4, 64, 64
    cfg = {"model_type": "gpt_oss", "num_hidden_layers": 1, "hidden_size": d,
           "num_attention_heads": 4, "num_key_value_heads": 2, "head_dim": 16,
           "intermediate_size": f, "num_local_experts": e, "experts_per_token": 2,
           "vocab_size": 100, "sliding_window": 128, "layer_types": ["sliding_attention"],
           "quantization_config": {"quant_method": "mxfp4"}}
    p = "model.layers.0.mlp.experts"
    a = "model.layers.0.self_attn"
    tensors = [("model.embed_tokens.weight", "BF16", (100, d)),
               (f"{a}.q_proj.weight", "BF16", (64, d)), (f"{a}.k_proj.weight", "BF16", (32, d)),
               (f"{a}.v_proj.weight", "BF16", (32, d)), (f"{a}.o_proj.weight", "BF16", (d, 64)),
               (f"{p}.gate_up_proj_blocks", "U8", (e, 2 * f, d // 32, 16)),
               (f"{p}.gate_up_proj_scales", "U8", (e, 2 * f, d // 32)),
               (f"{p}.gate_up_proj_bias", "BF16", (e, 2 * f)),
               (f"{p}.down_proj_blocks", "U8", (e, d, f // 32, 16)),
               (f"{p}.down_proj_scales", "U8", (e, d, f // 32)),
               ("lm_head.weight", "BF16", (100, d))]
    spec = read_hf_folder(write_folder(tmp_path / "oss", cfg, tensors))
    assert spec.params == 2 * 100 * d + 2 * 64 * d + 2 * 32 * d + e * (2 * f * d + 2 * f + d * f)
    assert spec.file_quantization == "mxfp4"
    assert (spec.transformer.sliding_window, spec.transformer.n_swa_layers) == (128, 1)


def test_cnn_and_mlp_folders(tmp_path: Path) -> None:
    conv = [("resnet.embedder.convolution.weight", "F32", (64, 3, 7, 7)),
            ("resnet.embedder.normalization.weight", "F32", (64,)),
            ("resnet.stages.0.layers.0.conv.weight", "F32", (64, 64, 3, 3)),
            ("classifier.1.weight", "F32", (1000, 64)), ("classifier.1.bias", "F32", (1000,))]
    spec = read_hf_folder(write_folder(tmp_path / "resnet", {"model_type": "resnet",
                                                             "depths": [2]}, conv))
    assert spec.family is Family.CNN and spec.transformer is None
    assert spec.params == 64 * 3 * 49 + 64 + 64 * 64 * 9 + 64_000 + 1000
    effnet = {"model_type": "efficientnet", "num_hidden_layers": 64, "hidden_dim": 2560}
    spec = read_hf_folder(write_folder(tmp_path / "effnet", effnet, conv))
    assert spec.family is Family.CNN and spec.transformer is None
    folder = tmp_path / "mlp"
    folder.mkdir()
    write_safetensors(folder / "model.safetensors", [
        ("fc1.weight", "F32", (512, 784)), ("fc1.bias", "F32", (512,)),
        ("fc2.weight", "F32", (10, 512)), ("fc2.bias", "F32", (10,))])
    spec = read_hf_folder(folder)
    assert spec.family is Family.MLP and spec.mlp.widths == (784, 512, 10) and spec.mlp.bias


def test_refusals_and_bad_configs(tmp_path: Path) -> None:
    only_pickle = tmp_path / "pickle"
    only_pickle.mkdir()
    (only_pickle / "pytorch_model.bin").write_bytes(b"PK\x03\x04")
    with pytest.raises(InputError, match="only pickled PyTorch weights.*never opens pickles"):
        read_hf_folder(only_pickle)
    for bad, fragment in (("{", "not valid JSON"), ("[]", "not a JSON object"),
                          ('{"num_hidden_layers": "32", "hidden_size": 8,'
                           ' "num_attention_heads": 2}', "'num_hidden_layers' must be a whole"),
                          ('{"num_hidden_layers": 2, "hidden_size": 8}',
                           "'num_attention_heads' is missing")):
        folder = tmp_path / f"bad{len(fragment)}"
        folder.mkdir()
        (folder / "config.json").write_text(bad)
        with pytest.raises(InputError, match=fragment):
            read_hf_folder(folder)
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(InputError, match="not a model folder"):
        read_hf_folder(empty)
