"""Real GGUF files (gguf.GGUFWriter, published models' shapes, sparse data) read into ModelSpecs.

Expected figures are published counts (cited) or hand arithmetic written out beside them; the
tensor data is a hole in a sparse file, so a 47 GB Mixtral costs kilobytes of disk.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.classify import classify
from gpuscope.models.gguf_reader import attach_projector, read_gguf
from gpuscope.models.spec import Family

from ._gguf_factory import Decoder, n_bytes, write_gguf, write_mmproj

LLAMA2_7B = Decoder("llama", 32, 4096, 32, 32, 11008, 32000, vocab_key=False)


def test_llama2_7b_q4_0_matches_llama_bench(tmp_path: Path) -> None:
    # llama.cpp's Q4_0 recipe: every 2-D weight Q4_0 except output.weight (Q6_K), norms F32.
    d = Decoder(**{**LLAMA2_7B.__dict__, "types": {"default": "Q4_0", "output": "Q6_K"}})
    spec = read_gguf(d.write(tmp_path / "llama-2-7b.Q4_0.gguf", ftype=2, name="LLaMA v2")[0])
    # llama-bench README (ggerganov/llama.cpp@17732711): model_size 3825065984, n_params 6738415616
    assert sum(t.n_bytes for t in spec.tensors) == 3_825_065_984
    assert spec.params == 6_738_415_616
    assert spec.file_quantization == "q4_0"
    assert spec.name == "LLaMA v2" and spec.arch == "llama" and spec.family is Family.TRANSFORMER
    t = spec.transformer
    assert (t.n_layers, t.d_model, t.n_heads, t.n_kv_heads, t.head_dim, t.ffn_dim) == (
        32, 4096, 32, 32, 128, 11008)
    assert t.vocab_size == 32000  # from the 32,000-entry token list: no llama.vocab_size key
    assert not t.tied_embeddings and t.ffn_gated and not t.attention_bias and not t.is_moe
    assert spec.active_params is None


def test_qwen25_7b_exact_params_and_biases(tmp_path: Path) -> None:
    d = Decoder("qwen2", 28, 3584, 28, 4, 18944, 152064, ctx=32768, bias=True)
    spec = read_gguf(d.write(tmp_path / "qwen2.5-7b.gguf", ftype=1)[0])
    assert spec.params == 7_615_616_512  # llama-bench README model_n_params (llama.cpp@08d0baac)
    # F16 matrices, F32 norms and biases: 2 bytes per parameter, 2 more per 1-D element
    one_d = 28 * (2 * 3584 + 3584 + 2 * 512) + 3584
    assert sum(t.n_bytes for t in spec.tensors) == 2 * spec.params + 2 * one_d
    t = spec.transformer
    assert t.attention_bias and t.n_kv_heads == 4 and t.head_dim == 128 and t.max_context == 32768
    assert spec.file_quantization == "f16"


def test_gemma2_9b_tied_sliding_window(tmp_path: Path) -> None:
    d = Decoder("gemma2", 42, 3584, 16, 8, 14336, 256000, ctx=8192, head_dim=256, tied=True,
                post_norms=True, extra_kv={"gemma2.attention.sliding_window": 4096})
    spec = read_gguf(d.write(tmp_path / "gemma-2-9b.gguf")[0])
    # 9.24 B on huggingface.co/google/gemma-2-9b; by hand: 256000*3584 + 42*(2*3584*4096
    # + 2*3584*2048 + 3*3584*14336 + 4*3584) + 3584 = 9,241,705,984
    assert spec.params == 9_241_705_984
    t = spec.transformer
    assert t.tied_embeddings and t.head_dim == 256
    assert (t.sliding_window, t.n_swa_layers) == (4096, 21)  # llama.cpp: every other layer


def test_gemma3_pattern_and_multi_query(tmp_path: Path) -> None:
    d = Decoder("gemma3", 26, 1152, 4, 1, 6912, 262144, head_dim=256, tied=True,
                extra_kv={"gemma3.attention.sliding_window": 512})
    spec = read_gguf(d.write(tmp_path / "gemma-3-1b.gguf")[0])
    # period 6: layers 5, 11, 17, 23 are global, the other 22 use the 512-token window
    assert (spec.transformer.sliding_window, spec.transformer.n_swa_layers) == (512, 22)
    assert classify(spec.tensors, spec.transformer).attention == "mqa"


def test_mixtral_8x7b_moe(tmp_path: Path) -> None:
    d = Decoder("llama", 32, 4096, 32, 8, 14336, 32000, experts=8, used=2,
                types={"default": "Q4_K", "output": "Q6_K", "experts": "Q4_K"})
    spec = read_gguf(d.write(tmp_path / "mixtral.gguf", ftype=15)[0])
    assert spec.params == 46_702_792_704  # 46.70 B in llama.cpp PR 6083's llama-bench table
    # 12.9 B active (Mistral): experts 32*8*3*4096*14336 count 2/8 of their size
    assert spec.active_params == 46_702_792_704 - 45_097_156_608 * 6 // 8
    t = spec.transformer
    assert (t.n_experts, t.n_active_experts, t.moe_ffn_dim, t.n_dense_layers) == (8, 2, 14336, 0)
    assert spec.file_quantization == "q4_k_m"
    q4k_elements = 32 * (3 * 8 * 4096 * 14336 + 2 * 4096 * 4096 + 2 * 4096 * 1024) + 4096 * 32000
    f32_elements = 32 * (2 * 4096 + 4096 * 8) + 4096  # norms and the router
    expected = q4k_elements * 144 // 256 + 4096 * 32000 * 210 // 256 + 4 * f32_elements
    assert sum(x.n_bytes for x in spec.tensors) == expected
    c = classify(spec.tensors, t)
    assert c.moe and c.attention == "gqa"


def test_qwen3_30b_a3b(tmp_path: Path) -> None:
    d = Decoder("qwen3moe", 48, 2048, 32, 4, 6144, 151936, head_dim=128, qk_norm=True,
                experts=128, used=8, expert_ffn=768)
    spec = read_gguf(d.write(tmp_path / "qwen3-30b-a3b.gguf")[0])
    # 30.5 B total, 3.3 B activated (Qwen3 model card); by hand: 48*(2*2048*4096 + 2*2048*512
    # + 2*128 + 2048*128 + 128*3*2048*768 + 2*2048) + 2*151936*2048 + 2048
    assert spec.params == 30_532_122_624
    experts = 48 * 128 * 3 * 2048 * 768
    assert spec.active_params == 30_532_122_624 - experts + experts * 8 // 128 == 3_353_032_704
    t = spec.transformer
    assert (t.n_experts, t.n_active_experts, t.expert_ffn_dim, t.head_dim) == (128, 8, 768, 128)


def test_deepseek_v2_lite_mla(tmp_path: Path) -> None:
    d = Decoder("deepseek2", 27, 2048, 16, 16, 10944, 102400, experts=64, used=6,
                expert_ffn=1408, shared_ffn=2816, shared_count=2, dense_lead=1,
                mla={"rank": 512, "rope": 64, "nope": 128, "v": 128})
    spec = read_gguf(d.write(tmp_path / "deepseek-v2-lite.gguf")[0])
    assert spec.params == 15_706_484_224  # 15.7 B total (DeepSeek-V2-Lite model card)
    # 2.4 B "activated" in the card excludes the 0.21 B input embedding; ours keeps it:
    assert spec.active_params == 15_706_484_224 - 26 * 553_648_128 + 26 * 553_648_128 * 6 // 64
    t = spec.transformer
    assert (t.kv_lora_rank, t.qk_rope_dim, t.head_dim, t.value_head_dim) == (512, 64, 192, 128)
    assert (t.n_kv_heads, t.n_shared_experts, t.n_dense_layers) == (16, 2, 1)
    assert classify(spec.tensors, t).attention == "mla"


def test_gpt_oss_20b_mxfp4(tmp_path: Path) -> None:
    d = Decoder("gpt-oss", 24, 2880, 64, 8, 2880, 201088, head_dim=64, bias=True, sinks=True,
                experts=32, used=4, expert_ffn=2880, expert_bias=True,
                extra_kv={"gpt-oss.attention.sliding_window": 128},
                types={"default": "BF16", "experts": "MXFP4", "embd": "Q8_0"})
    spec = read_gguf(d.write(tmp_path / "gpt-oss-20b-mxfp4.gguf", ftype=38)[0])
    # 20.91 B total (OpenAI gpt-oss model card); by hand: 24*(2*2880*4096 + 2*2880*512 + 4096
    # + 1024 + 2880 + 64 + 2*2880 + 2880*32 + 32 + 32*3*2880*2880 + 32*3*2880)
    # + 2*201088*2880 + 2880
    assert spec.params == 20_914_757_184
    assert spec.file_quantization == "mxfp4_moe"
    experts = 24 * 3 * 2880 * 2880 * 32
    mxfp4 = sum(x.n_bytes for x in spec.tensors if x.dtype == "MXFP4")
    assert mxfp4 == experts * 17 // 32  # 4.25 bits: 16 bytes of 4-bit values + 1 scale byte
    assert (spec.transformer.sliding_window, spec.transformer.n_swa_layers) == (128, 12)
    assert spec.transformer.attention_bias


def test_mixed_quantization_bytes_are_exact(tmp_path: Path) -> None:
    d = Decoder("llama", 2, 256, 4, 4, 2048, 1000, types={
        "attn": "Q6_K", "ffn": "Q4_K", "ffn_down": "Q5_K", "embd": "Q8_0", "output": "Q6_K"})
    spec = read_gguf(d.write(tmp_path / "mix.gguf", sparse=False)[0])
    by_type = {name: n_bytes(ty, shape) for name, ty, shape in d.tensors()}
    assert {t.name: t.n_bytes for t in spec.tensors} == by_type
    assert {t.dtype for t in spec.tensors} == {"Q6_K", "Q4_K", "Q5_K", "Q8_0", "F32"}
    # no general.file_type: the type holding most bytes, Q4_K (2*2*256*2048*144/256 = 1,179,648)
    # over Q5_K (720,896) and Q6_K (640,080)
    assert spec.file_quantization == "q4_k"


def test_split_gguf_is_one_model(tmp_path: Path) -> None:
    d = Decoder("llama", 4, 256, 4, 2, 512, 1000)
    parts = d.write(tmp_path / "model.gguf", split_max_tensors=15)
    assert len(parts) == 3 and parts[1].name == "model-00002-of-00003.gguf"
    whole = read_gguf(d.write(tmp_path / "whole.gguf")[0])
    for p in parts:
        spec = read_gguf(p)
        assert spec.params == whole.params and len(spec.tensors) == len(whole.tensors)
        assert spec.transformer == whole.transformer
    parts[2].unlink()
    with pytest.raises(InputError, match=r"part 3 of 3 .*missing \(model-00003-of-00003.gguf\)"):
        read_gguf(parts[0])


def test_mmproj_is_identified_and_attached(tmp_path: Path) -> None:
    proj = read_gguf(write_mmproj(tmp_path))
    assert proj.arch == "clip" and proj.transformer.encoder_only
    assert proj.transformer.n_tokens_per_image == 257  # (224/14)^2 + class token
    model_path = Decoder("llama", 1, 256, 4, 4, 512, 1000).write(tmp_path / "m.gguf")[0]
    model = read_gguf(model_path, projector=tmp_path / "mmproj-model-f16.gguf")
    assert model.projector == proj and model.params == read_gguf(model_path).params
    with pytest.raises(InputError, match="not a multimodal projector"):
        attach_projector(model, read_gguf(model_path))


def test_missing_architecture_is_clear(tmp_path: Path) -> None:
    p = write_gguf(tmp_path / "x.gguf", "llama", {}, [("a", "F32", (4,))])[0]
    data = p.read_bytes().replace(b"general.architecture", b"general.architectur_")
    p.write_bytes(data)
    with pytest.raises(InputError, match="no general.architecture"):
        read_gguf(p)


def test_100_gb_sparse_llama3_70b(tmp_path: Path) -> None:
    # Timed in benchmarks/import_gguf.py (about 0.1 s with a full tokenizer); here: correctness.
    d = Decoder("llama", 80, 8192, 64, 8, 28672, 128256, types={"default": "F16", "ffn": "Q8_0"})
    path = d.write(tmp_path / "llama-3-70b.gguf")[0]
    assert path.stat().st_size > 100e9
    spec = read_gguf(path)
    assert spec.params == 70_553_706_496  # 70.55 B (llm_load_print_meta, ollama/ollama#6279)
    ffn_down = 80 * 28672 * 8192  # ffn role covers gate and up; down stays F16
    q8 = 2 * ffn_down
    f32 = 80 * 2 * 8192 + 8192
    assert sum(t.n_bytes for t in spec.tensors) == (
        q8 * 34 // 32 + 2 * (spec.params - q8 - f32) + 4 * f32)
