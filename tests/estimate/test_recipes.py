"""Weight sizes against llama.cpp's own reported tensor totals (reference/model_sizes.csv)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gpuscope.estimate.recipes import assign_types
from gpuscope.models.tensors import transformer_tensors
from gpuscope.quantization import get_quantization

from .conftest import CODELLAMA_7B, LLAMA2_7B, LLAMA2_13B, LLAMA2_70B

REF = Path(__file__).resolve().parents[1] / "data" / "reference" / "model_sizes.csv"
MODELS = {"LLaMA-2 7B": LLAMA2_7B, "LLaMA-2 13B": LLAMA2_13B, "LLaMA-2 70B": LLAMA2_70B,
          "CodeLlama 7B": CODELLAMA_7B}


def _gib_rows() -> list[tuple[str, str, float, str]]:
    rows = []
    with REF.open(encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if r["size_unit"] != "GiB":
                continue
            key = next((k for k in MODELS if r["model"].startswith(k)), None)
            if key:
                rows.append((key, r["quant"].lower(), float(r["size_value"]), r["notes"]))
    return rows


ROWS = _gib_rows()


def _gib(model, quant: str, **kw) -> float:
    spec = model.transformer
    typed = assign_types(transformer_tensors(spec), get_quantization(quant), spec, **kw)
    return sum(t.n_bytes for t in typed) / 2**30


def test_reference_rows_found() -> None:
    assert len(ROWS) >= 15


@pytest.mark.parametrize(("model", "quant", "gib", "notes"), ROWS,
                         ids=[f"{m}-{q}" for m, q, _, _ in ROWS])
def test_weights_within_3_percent_of_llama_cpp(model: str, quant: str, gib: float,
                                               notes: str) -> None:
    legacy = "2023" in notes and quant == "q2_k"
    assert _gib(MODELS[model], quant, legacy_2023=legacy) == pytest.approx(gib, rel=0.03)


def test_llama2_7b_q4_0_is_exact() -> None:
    # llama-bench: model_size 3825065984 bytes for llama-2-7b Q4_0 (reference/model_sizes.csv)
    assert _gib(LLAMA2_7B, "q4_0") * 2**30 == 3_825_065_984


def test_q4_k_m_keeps_half_of_attn_v_and_ffn_down_at_q6_k() -> None:
    spec = LLAMA2_7B.transformer
    typed = assign_types(transformer_tensors(spec), get_quantization("Q4_K_M"), spec)
    v_types = [t.dtype for t in typed if t.tensor.role == "attn_v"]
    assert v_types.count("Q6_K") == 16 and v_types.count("Q4_K") == 16
    assert next(t.dtype for t in typed if t.tensor.role == "output") == "Q6_K"
    assert all(t.dtype == "F32" for t in typed if t.tensor.role == "norm")


def test_mixtral_style_moe_bumps_attention_to_q8_0() -> None:
    from gpuscope.models.spec import TransformerSpec

    spec = TransformerSpec(n_layers=4, d_model=4096, n_heads=32, n_kv_heads=8, head_dim=128,
                           ffn_dim=14336, vocab_size=32000, max_context=32768, n_experts=8,
                           n_active_experts=2)
    typed = assign_types(transformer_tensors(spec), get_quantization("q4_k_m"), spec)
    assert {t.dtype for t in typed if t.tensor.role in ("attn_v", "attn_k")} == {"Q8_0"}
    assert {t.dtype for t in typed if t.tensor.role == "ffn_gate_inp"} == {"F32"}


def test_framework_int4_keeps_embeddings_at_16_bits() -> None:
    spec = LLAMA2_7B.transformer
    typed = assign_types(transformer_tensors(spec), get_quantization("int4"), spec)
    embd = next(t for t in typed if t.tensor.role == "token_embd")
    assert embd.n_bytes == embd.tensor.n_elements * 2
    q = next(t for t in typed if t.tensor.role == "attn_q")
    assert q.n_bytes == pytest.approx(q.tensor.n_elements * 4.156 / 8, rel=1e-6)


# Published GGUF files of gpt-oss keep the MXFP4 experts whatever the quantization:
# bartowski/openai_gpt-oss-20b-GGUF Q6_K 12.04 GB, Q8_0 12.11 GB; unsloth/gpt-oss-20b-GGUF
# Q2_K .. Q8_0 all 11-12 GB; unsloth/gpt-oss-120b-GGUF F16 65.4 GB (60.9 GiB).
@pytest.mark.parametrize(("model_id", "quant", "size_bytes"), [
    ("gpt-oss-20b", "q6_k", 12.04e9), ("gpt-oss-20b", "q8_0", 12.11e9),
    ("gpt-oss-120b", "f16", 60.9 * 2**30)])
def test_gpt_oss_gguf_keeps_mxfp4_experts(model_id: str, quant: str, size_bytes: float) -> None:
    from gpuscope.estimate.weights import weights_info
    from gpuscope.models.presets import get_preset

    info = weights_info(get_preset(model_id), get_quantization(quant))
    assert info.total_bytes == pytest.approx(size_bytes, rel=0.02)
    experts = {t.dtype for t in info.typed if t.tensor.role.endswith("_exps")
               and len(t.tensor.shape) == 3}
    assert experts == {"MXFP4"}


def test_gpt_oss_every_gguf_quant_is_11_to_12_5_gb() -> None:
    from gpuscope.estimate.weights import weights_info
    from gpuscope.models.presets import get_preset

    model = get_preset("gpt-oss-20b")
    for q in ("q2_k", "q3_k_m", "q4_k_m", "q5_k_m", "q6_k", "q8_0"):
        assert 11e9 <= weights_info(model, get_quantization(q)).total_bytes <= 12.5e9, q


def test_other_moe_experts_follow_the_recipe() -> None:
    from gpuscope.estimate.weights import weights_info
    from gpuscope.models.presets import get_preset

    info = weights_info(get_preset("qwen3-30b-a3b"), get_quantization("q8_0"))
    assert {t.dtype for t in info.typed if t.tensor.role == "ffn_up_exps"} == {"Q8_0"}
    native = assign_types(tuple(t.tensor for t in info.typed),
                          get_quantization("q8_0"), None, expert_type="MXFP4")
    assert {t.dtype for t in native if t.tensor.role == "ffn_up_exps"} == {"MXFP4"}
