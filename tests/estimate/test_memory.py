"""KV cache and llama.cpp buffers against the seed facts and reference/vram_measurements.csv."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from gpuscope.estimate.memory import compute_buffer_bytes, kv_cache_bytes, kv_layout
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.models.spec import TransformerSpec
from gpuscope.quantization import get_quantization

from .conftest import CODELLAMA_7B, LLAMA2_7B, LLAMA3_8B, RTX_4090

MIB, KIB = 2**20, 2**10
REF = Path(__file__).resolve().parents[1] / "data" / "reference" / "vram_measurements.csv"


def test_kv_per_token_codellama_7b_is_512_kib() -> None:
    layout = kv_layout(CODELLAMA_7B.transformer, 2.0)
    assert kv_cache_bytes(layout, 1, 1) == 512 * KIB


def test_kv_per_token_llama3_8b_is_128_kib_thanks_to_gqa() -> None:
    layout = kv_layout(LLAMA3_8B.transformer, 2.0)
    assert kv_cache_bytes(layout, 1, 1) == 128 * KIB


def test_kv_scales_with_context_batch_and_type() -> None:
    f16 = kv_layout(LLAMA3_8B.transformer, 2.0)
    q8 = kv_layout(LLAMA3_8B.transformer, 34 / 32)
    assert kv_cache_bytes(f16, 8192, 4) == 4 * 8192 * 128 * KIB
    assert kv_cache_bytes(q8, 8192, 1) == pytest.approx(8192 * 128 * KIB * 34 / 64)


def test_sliding_window_layers_are_capped() -> None:
    spec = TransformerSpec(n_layers=42, d_model=3584, n_heads=16, n_kv_heads=8, head_dim=256,
                           ffn_dim=14336, vocab_size=256000, max_context=8192,
                           sliding_window=4096, n_swa_layers=21)
    layout = kv_layout(spec, 2.0)
    per_layer = 8 * 512 * 2
    expected = 21 * per_layer * 8192 + 21 * per_layer * (4096 + 512)
    assert kv_cache_bytes(layout, 8192, 1) == expected


def test_mla_caches_the_latent() -> None:
    spec = TransformerSpec(n_layers=27, d_model=2048, n_heads=16, n_kv_heads=16, head_dim=192,
                           ffn_dim=10944, vocab_size=102400, max_context=163840,
                           kv_lora_rank=512, qk_rope_dim=64, v_head_dim=128)
    assert kv_cache_bytes(kv_layout(spec, 2.0), 1, 1) == 27 * (512 + 64) * 2


def _rows() -> list[dict[str, str]]:
    with REF.open(encoding="utf-8") as fh:
        return [r for r in csv.DictReader(fh) if r["engine"].startswith("llama.cpp")]


@pytest.mark.parametrize("row", _rows(), ids=lambda r: f"{r['quant'][:6]}-{r['n_ctx']}")
def test_llama_cpp_buffers_match_measurements(row: dict[str, str]) -> None:
    model = LLAMA3_8B if "Llama-3" in row["model"] else LLAMA2_7B
    quant = row["quant"].split()[0].lower()
    ctx = int(row["n_ctx"])
    seqs = int(row["n_parallel_seqs"] or 1)
    est = TransformerEstimator(model, get_quantization(quant), RTX_4090, flash_attention=False)
    mem = est.memory(ctx // seqs, seqs)
    assert mem.kv_cache / MIB == pytest.approx(float(row["kv_mib"]), rel=1e-6)
    assert mem.weights / MIB == pytest.approx(float(row["weights_gpu_mib"]), rel=0.01)
    assert mem.host / MIB == pytest.approx(float(row["weights_host_mib"]), rel=0.01)
    assert mem.compute / MIB == pytest.approx(float(row["compute_gpu_mib"]), rel=0.05)


def test_flash_attention_removes_the_score_matrix() -> None:
    spec = LLAMA3_8B.transformer
    off = compute_buffer_bytes(spec, 32768, 1, 512, flash_attention=False)
    on = compute_buffer_bytes(spec, 32768, 1, 512, flash_attention=True)
    assert off > 2 * 2**30 > on


def test_total_is_sum_and_grows_with_context(rtx4090) -> None:
    est = TransformerEstimator(LLAMA3_8B, get_quantization("q4_k_m"), rtx4090)
    small, big = est.memory(1024), est.memory(32768)
    assert small.total == small.weights + small.kv_cache + small.compute + small.overhead
    assert big.total > small.total
    small_budget = est.max_context(8 * 2**30, limit=131072)
    assert 0 < small_budget < est.max_context(16 * 2**30, limit=131072) < 131072
    assert est.max_context(24 * 2**30) == 8192  # capped at the model maximum
