"""FLOPs per token: the 2N rule, the brief's unit trap, attention growth, MoE active parameters."""

from __future__ import annotations

import pytest

from gpuscope.estimate.flops import flops_per_token, matmul_params, prefill_flops
from gpuscope.models.spec import TransformerSpec
from gpuscope.models.tensors import transformer_tensors

from .conftest import LLAMA2_7B, LLAMA3_8B


def _mm(spec: TransformerSpec):
    return matmul_params(spec, transformer_tensors(spec))


def test_two_flops_per_parameter_per_token() -> None:
    spec = LLAMA2_7B.transformer
    f = flops_per_token(spec, _mm(spec), 0)
    # 2N per token; the embedding lookup (vocab x d) is not a matrix product
    embedding = spec.vocab_size * spec.d_model
    assert f == pytest.approx(2 * (LLAMA2_7B.params - embedding), rel=1e-4)
    assert f == pytest.approx(2 * LLAMA2_7B.params, rel=0.03)


def test_one_billion_parameters_is_two_gflop_per_token_not_two_tflops() -> None:
    spec = TransformerSpec(n_layers=16, d_model=2048, n_heads=32, n_kv_heads=8, head_dim=64,
                           ffn_dim=8192, vocab_size=128256, max_context=131072,
                           tied_embeddings=True)  # Llama 3.2 1B
    params = sum(t.n_elements for t in transformer_tensors(spec))
    assert params == pytest.approx(1.236e9, rel=0.01)
    f = flops_per_token(spec, _mm(spec), 0)
    assert 2.0e9 < f < 2.6e9  # gigaFLOP per token, not teraFLOPS
    assert f == pytest.approx(2 * params, rel=0.01)  # tied head: the table is a matmul


def test_attention_term_grows_linearly_with_context() -> None:
    spec = LLAMA3_8B.transformer
    mm = _mm(spec)
    f0, f1, f2 = (flops_per_token(spec, mm, c) for c in (0, 4096, 8192))
    per_token = 2 * spec.n_layers * spec.n_heads * 2 * spec.head_dim  # 2 x L x H x (dk + dv)
    assert f1 - f0 == pytest.approx(per_token * 4096)
    assert f2 - f1 == pytest.approx(f1 - f0)


def test_moe_counts_only_active_experts() -> None:
    spec = TransformerSpec(n_layers=32, d_model=4096, n_heads=32, n_kv_heads=8, head_dim=128,
                           ffn_dim=14336, vocab_size=32000, max_context=32768, n_experts=8,
                           n_active_experts=2)  # Mixtral 8x7B: 46.7 B total, 12.9 B active
    total = sum(t.n_elements for t in transformer_tensors(spec))
    assert total == pytest.approx(46.70e9, rel=0.005)
    mm = _mm(spec)
    assert 2 * mm.total == pytest.approx(2 * 12.9e9, rel=0.02)


def test_prefill_is_prompt_times_per_token_plus_causal_attention() -> None:
    spec = LLAMA2_7B.transformer
    mm = _mm(spec)
    p = 512
    assert prefill_flops(spec, mm, p) == pytest.approx(
        p * flops_per_token(spec, mm, (p + 1) / 2), rel=1e-9)
