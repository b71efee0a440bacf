"""Parameter counts from architecture fields, checked against published totals and hand sums."""

from __future__ import annotations

import pytest

from gpuscope.models.params import active_param_count, param_breakdown, transformer_param_count
from gpuscope.models.presets import all_presets, get_preset
from gpuscope.models.spec import TransformerSpec

TRANSFORMERS = [s for s in all_presets() if s.transformer is not None]
KIB = 1024


def _within(value: float, published: float, unit: float = 0.0) -> bool:
    """Published figures are rounded or truncated at ``unit``; otherwise allow 0.5 %."""
    return abs(value - published) <= max(0.005 * published, unit)


def test_llama_2_7b_is_exact_by_hand() -> None:
    s = TransformerSpec(n_layers=32, d_model=4096, n_heads=32, n_kv_heads=32, head_dim=128,
                        ffn_dim=11008, vocab_size=32000, max_context=4096)
    per_layer = 4 * 4096 * 4096 + 3 * 4096 * 11008 + 2 * 4096  # q k v o, gate up down, 2 norms
    assert transformer_param_count(s) == 2 * 32000 * 4096 + 32 * per_layer + 4096
    assert transformer_param_count(s) == 6_738_415_616  # llama.cpp model_n_params
    assert transformer_param_count(get_preset("llama-2-7b").transformer) == 6_738_415_616


@pytest.mark.parametrize("spec", TRANSFORMERS, ids=lambda s: s.id)
def test_count_matches_the_published_total(spec) -> None:
    ref = spec.reference
    n = transformer_param_count(spec.transformer)
    if "params" in ref:
        assert _within(n, ref["params"], ref.get("params_unit", 0)), (n, ref["params"])
    else:  # llama-2-70b: llama.cpp's F16 file (2 bytes per weight)
        assert _within(2 * n / 2**30, ref["size_f16_gib"])
    # The catalogue's exact count differs only by the small tensors its notes name.
    assert abs(n - spec.params) <= 5e-5 * spec.params


@pytest.mark.parametrize("spec", [s for s in TRANSFORMERS if s.transformer.is_moe],
                         ids=lambda s: s.id)
def test_active_count_matches_the_published_figure(spec) -> None:
    ref, t = spec.reference, spec.transformer
    if "active_params" in ref:
        assert _within(active_param_count(t), ref["active_params"], ref["active_params_unit"])
    else:
        key = "active_params_excl_embedding"
        assert _within(active_param_count(t, include_embedding=False), ref[key],
                       ref[key + "_unit"])


def test_gpt_oss_matches_the_model_card_to_ten_million() -> None:
    for model_id, total, active in (("gpt-oss-20b", 20.91e9, 3.61e9),
                                    ("gpt-oss-120b", 116.83e9, 5.13e9)):
        t = get_preset(model_id).transformer
        assert abs(transformer_param_count(t) - total) < 5e6
        assert abs(active_param_count(t, include_embedding=False) - active) < 5e6
        assert (t.head_dim, t.vocab_size, t.n_active_experts) == (64, 201088, 4)
        assert t.sliding_window == 128
        assert t.n_swa_layers * 2 == t.n_layers and t.linear_bias
    assert get_preset("gpt-oss-20b").transformer.n_experts == 32
    assert get_preset("gpt-oss-120b").transformer.n_experts == 128


def test_gemma_2_matches_the_paper_except_sandwich_norms() -> None:
    for model_id, embedding, non_embedding in (("gemma-2-9b", 917_504_000, 8_324_201_984),
                                               ("gemma-2-27b", 1_179_648_000, 26_047_480_320)):
        t = get_preset(model_id).transformer
        b = param_breakdown(t)
        assert b.embedding == embedding and b.output == 0  # tied
        assert b.total - b.embedding == non_embedding - 2 * t.n_layers * t.d_model
        assert t.n_swa_layers * 2 == t.n_layers and t.sliding_window == 4096
        assert t.vocab_size == 256000
    t9 = get_preset("gemma-2-9b").transformer
    assert t9.head_dim == 256 != t9.d_model // t9.n_heads


def test_mla_attention_by_hand() -> None:
    lite = get_preset("deepseek-v2-lite").transformer
    q = 2048 * 16 * 192
    kv_down = 2048 * (512 + 64) + 512  # joint latent + RoPE key, latent norm
    kv_up = 512 * 16 * (128 + 128)  # no-RoPE key part + value, per head
    o = 16 * 128 * 2048
    assert param_breakdown(lite).attention == 27 * (q + kv_down + kv_up + o)
    v3 = get_preset("deepseek-v3").transformer
    q3 = 7168 * 1536 + 1536 + 1536 * 128 * 192  # compressed query path
    kv3 = 7168 * 576 + 512 + 512 * 128 * 256 + 128 * 128 * 7168
    assert param_breakdown(v3).attention == 61 * (q3 + kv3)
    assert (v3.n_dense_layers, v3.n_shared_experts, v3.moe_ffn_dim) == (3, 1, 2048)


def test_encoders_by_hand() -> None:
    layer = 4 * (768 * 768 + 768) + 2 * 768 * 3072 + 3072 + 768 + 2 * 2 * 768
    bert = get_preset("bert-base").transformer
    embeddings = 30522 * 768 + 512 * 768 + 2 * 768 + 2 * 768
    assert transformer_param_count(bert) == embeddings + 12 * layer + 768 * 768 + 768
    vit = get_preset("vit-b-16").transformer
    assert vit.n_tokens_per_image == 197
    patches = 3 * 16 * 16 * 768 + 768 + 768 + 197 * 768  # conv, class token, positions
    assert transformer_param_count(vit) == patches + 12 * layer + 2 * 768 + 1000 * 768 + 1000
    assert transformer_param_count(vit) == 86_567_656  # torchvision num_params


def _tiny(**kw) -> TransformerSpec:
    base = dict(n_layers=2, d_model=8, n_heads=2, n_kv_heads=1, head_dim=4, ffn_dim=16,
                vocab_size=10, max_context=32)
    return TransformerSpec(**{**base, **kw})


def test_bias_and_norm_flags_add_exactly_their_vectors() -> None:
    plain = transformer_param_count(_tiny())
    assert transformer_param_count(_tiny(attention_bias=True)) - plain == 2 * (8 + 4 + 4)
    assert transformer_param_count(_tiny(qk_norm=True)) - plain == 2 * (2 * 4)
    # linear_bias: q/k/v/o + gate/up/down biases per layer
    assert transformer_param_count(_tiny(linear_bias=True)) - plain == 2 * (16 + 8 + 2 * 16 + 8)
    assert transformer_param_count(_tiny(tied_embeddings=True)) == plain - 10 * 8
    assert transformer_param_count(_tiny(ffn_gated=False)) == plain - 2 * 8 * 16


def test_moe_counts_experts_shared_experts_router_and_dense_layers() -> None:
    s = _tiny(n_layers=3, n_experts=4, n_active_experts=2, n_shared_experts=1,
              expert_ffn_dim=6, n_dense_layers=1)
    b = param_breakdown(s)
    assert b.dense_ffn == 1 * 3 * 8 * 16
    assert b.experts == 2 * 4 * 3 * 8 * 6
    assert b.shared == 2 * (3 * 8 * 6 + 8 * 4)
    assert active_param_count(s) == b.total - b.experts // 2
    assert active_param_count(s, include_embedding=False) == b.total - b.experts // 2 - 10 * 8


def test_tied_head_stays_in_the_per_token_count() -> None:
    t = get_preset("llama-3.2-1b").transformer
    assert t.tied_embeddings
    assert active_param_count(t, include_embedding=False) == transformer_param_count(t)


def test_kv_cache_fields_give_the_known_per_token_sizes() -> None:
    def f16_bytes_per_token(t: TransformerSpec) -> int:
        return 2 * t.n_layers * t.n_kv_heads * t.head_dim * 2

    codellama = get_preset("codellama-7b").transformer
    assert (codellama.n_layers, codellama.n_kv_heads, codellama.head_dim) == (32, 32, 128)
    assert f16_bytes_per_token(codellama) == 512 * KIB
    llama3 = get_preset("llama-3-8b").transformer
    assert llama3.n_kv_heads == 8 and f16_bytes_per_token(llama3) == 128 * KIB
    for spec in TRANSFORMERS:
        if "kv_bytes_per_token_f16" in spec.reference:
            assert f16_bytes_per_token(spec.transformer) == spec.reference["kv_bytes_per_token_f16"]


def test_architecture_subtleties_are_recorded() -> None:
    def t(model_id: str) -> TransformerSpec:
        return get_preset(model_id).transformer

    assert t("mistral-7b").sliding_window == 4096 and t("mistral-7b").n_swa_layers == 32
    assert (t("mixtral-8x7b").n_experts, t("mixtral-8x7b").n_active_experts) == (8, 2)
    q3 = t("qwen3-30b-a3b")
    assert (q3.n_experts, q3.n_active_experts, q3.expert_ffn_dim, q3.qk_norm) == (128, 8, 768, True)
    assert t("qwen2.5-7b").attention_bias and not t("qwen2.5-7b").tied_embeddings
    assert t("qwen2.5-1.5b").tied_embeddings
    assert t("llama-3.2-1b").tied_embeddings and t("llama-3.2-3b").tied_embeddings
    assert t("bert-base").encoder_only and t("vit-b-16").encoder_only
    assert t("mistral-nemo-12b").head_dim == 128 != 5120 // 32
    assert t("llama-3.1-405b").n_kv_heads == 8
