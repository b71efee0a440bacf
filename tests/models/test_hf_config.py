"""config.json of published models -> TransformerSpec, and parameter counts from config alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.hf_config import config_params, text_config, transformer_from_config

P = Path("config.json")

# Values as published in each repository's config.json.
DEEPSEEK_V3 = {"model_type": "deepseek_v3", "num_hidden_layers": 61, "hidden_size": 7168,
               "num_attention_heads": 128, "num_key_value_heads": 128, "intermediate_size": 18432,
               "moe_intermediate_size": 2048, "n_routed_experts": 256, "num_experts_per_tok": 8,
               "n_shared_experts": 1, "first_k_dense_replace": 3, "kv_lora_rank": 512,
               "q_lora_rank": 1536, "qk_rope_head_dim": 64, "qk_nope_head_dim": 128,
               "v_head_dim": 128, "vocab_size": 129280, "max_position_embeddings": 163840,
               "tie_word_embeddings": False}
VIT_BASE = {"model_type": "vit", "num_hidden_layers": 12, "hidden_size": 768,
            "num_attention_heads": 12, "intermediate_size": 3072, "image_size": 224,
            "patch_size": 16, "num_channels": 3}
BERT_BASE = {"model_type": "bert", "num_hidden_layers": 12, "hidden_size": 768,
             "num_attention_heads": 12, "intermediate_size": 3072, "vocab_size": 30522,
             "max_position_embeddings": 512}


def test_deepseek_v3_mla_and_moe() -> None:
    t = transformer_from_config(DEEPSEEK_V3, P)
    assert (t.kv_lora_rank, t.qk_rope_dim, t.head_dim, t.value_head_dim) == (512, 64, 192, 128)
    assert (t.n_experts, t.n_active_experts, t.n_shared_experts, t.n_dense_layers) == (
        256, 8, 1, 3)
    assert t.moe_ffn_dim == 2048 and t.n_kv_heads == 128
    # DeepSeek-V3 report: 671 B total. The formula keeps q uncompressed (q_lora_rank is not in the
    # spec), about 1 % high.
    assert config_params(t) == pytest.approx(671e9, rel=0.02)


def test_vit_and_bert_are_encoders() -> None:
    vit = transformer_from_config(VIT_BASE, P)
    assert vit.encoder_only and not vit.ffn_gated and vit.n_tokens_per_image == 197
    assert config_params(vit) == pytest.approx(86e6, rel=0.01)  # ViT-Base: 86 M (ViT paper)
    bert = transformer_from_config(BERT_BASE, P)
    assert bert.encoder_only and not bert.ffn_gated and bert.max_context == 512
    # BERT-Base: 110 M (BERT paper); position / segment tables, biases and pooler are not counted
    assert config_params(bert) == pytest.approx(110e6, rel=0.02)


def test_gemma3_multimodal_uses_text_config() -> None:
    cfg = {"model_type": "gemma3", "vision_config": {"model_type": "siglip_vision_model"},
           "text_config": {"model_type": "gemma3_text", "num_hidden_layers": 34,
                           "hidden_size": 2560, "num_attention_heads": 8,
                           "num_key_value_heads": 4, "head_dim": 256, "intermediate_size": 10240,
                           "vocab_size": 262208, "sliding_window": 1024,
                           "max_position_embeddings": 131072}}
    t = transformer_from_config(text_config(cfg), P)
    assert t.tied_embeddings and t.head_dim == 256
    assert (t.sliding_window, t.n_swa_layers) == (1024, 29)  # 5 local : 1 global over 34 layers


def test_qwen2_moe_shared_expert_and_sliding_window_off() -> None:
    cfg = {"model_type": "qwen2_moe", "num_hidden_layers": 24, "hidden_size": 2048,
           "num_attention_heads": 16, "num_key_value_heads": 16, "intermediate_size": 5632,
           "moe_intermediate_size": 1408, "shared_expert_intermediate_size": 5632,
           "num_experts": 60, "num_experts_per_tok": 4, "vocab_size": 151936,
           "sliding_window": 32768, "use_sliding_window": False}
    t = transformer_from_config(cfg, P)
    assert (t.n_experts, t.n_shared_experts, t.expert_ffn_dim) == (60, 4, 1408)
    assert t.attention_bias and t.sliding_window == 0


def test_mistral_window_on_every_layer() -> None:
    cfg = {"model_type": "mistral", "num_hidden_layers": 32, "hidden_size": 4096,
           "num_attention_heads": 32, "num_key_value_heads": 8, "intermediate_size": 14336,
           "vocab_size": 32000, "sliding_window": 4096}
    t = transformer_from_config(cfg, P)
    assert (t.sliding_window, t.n_swa_layers, t.n_kv_heads) == (4096, 32, 8)


@pytest.mark.parametrize("value", ["32", -1, 2**60, True, 3.5, [1], None])
def test_bad_values_are_refused_or_missing(value: object) -> None:
    cfg = {"num_hidden_layers": value, "hidden_size": 64, "num_attention_heads": 4}
    with pytest.raises(InputError, match="num_hidden_layers"):
        transformer_from_config(cfg, P)
