""""What kind of network is this?" from tensor names and shapes, with readable reasons."""

from __future__ import annotations

from gpuscope.models.classify import Classification, classify, mlp_widths
from gpuscope.models.spec import Family, TensorInfo, TransformerSpec


def T(name: str, *shape: int) -> TensorInfo:  # noqa: N802 - reads like a table row
    n = 1
    for d in shape:
        n *= d
    return TensorInfo(name, shape, "F16", 2 * n)


def hf_decoder(n: int, q: int, k: int) -> list[TensorInfo]:
    out = [T("model.embed_tokens.weight", q, 1000)]
    for i in range(n):
        p = f"model.layers.{i}.self_attn"
        out += [T(f"{p}.q_proj.weight", q, q), T(f"{p}.k_proj.weight", q, k),
                T(f"{p}.v_proj.weight", q, k), T(f"{p}.o_proj.weight", q, q),
                T(f"model.layers.{i}.mlp.gate_proj.weight", q, 4 * q)]
    return out


def text(c: Classification) -> tuple[str, list[str]]:
    return c.kind.render(), [r.render() for r in c.reasons]


def test_llama3_like_decoder_with_head_counts() -> None:
    hint = TransformerSpec(32, 4096, 32, 8, 128, 14336, 128256, 8192)
    c = classify(hf_decoder(32, 4096, 1024), hint)
    kind, reasons = text(c)
    assert (c.family, c.kind_id, c.attention, c.moe) == (Family.TRANSFORMER, "decoder", "gqa",
                                                         False)
    assert kind == "decoder-only Transformer with grouped-query attention"
    assert reasons[0] == "32 blocks with q/k/v/o attention projections"
    assert reasons[1] == "32 query heads share 8 KV heads: grouped-query attention"
    assert "decoder-only" in reasons[2]


def test_attention_type_from_shapes_alone() -> None:
    c = classify(hf_decoder(2, 4096, 1024))
    assert c.attention == "gqa" and "4 query heads per KV head" in text(c)[1][1]
    c = classify(hf_decoder(2, 512, 512))
    assert c.attention == "mha" and "equally wide (512)" in text(c)[1][1]


def test_gguf_moe_and_mla() -> None:
    tensors = [T("token_embd.weight", 64, 100)]
    for i in range(3):
        b = f"blk.{i}"
        tensors += [T(f"{b}.attn_q.weight", 64, 64), T(f"{b}.attn_kv_a_mqa.weight", 64, 40),
                    T(f"{b}.attn_kv_b.weight", 32, 128), T(f"{b}.attn_output.weight", 64, 64),
                    T(f"{b}.ffn_gate_inp.weight", 64, 16), T(f"{b}.ffn_up_exps.weight", 64, 32, 16)]
    c = classify(tensors)
    kind, reasons = text(c)
    assert c.moe and c.attention == "mla"
    assert kind == "mixture-of-experts decoder-only Transformer with multi-head latent attention"
    assert "16 routed experts" in reasons[-1]


def test_encoders_and_encoder_decoders() -> None:
    bert = []
    for i in range(12):
        p = f"bert.encoder.layer.{i}.attention.self"
        bert += [T(f"{p}.query.weight", 768, 768), T(f"{p}.key.weight", 768, 768),
                 T(f"{p}.value.weight", 768, 768)]
    assert classify(bert).kind_id == "encoder"
    assert text(classify(bert))[0] == "encoder Transformer with multi-head attention"
    whisper = [T(f"model.{s}.layers.{i}.self_attn.{r}_proj.weight", 64, 64)
               for s in ("encoder", "decoder") for i in range(2) for r in "qkv"]
    assert classify(whisper).kind_id == "encoder-decoder"
    llava = [T(f"vision_tower.vision_model.encoder.layers.0.self_attn.{r}_proj.weight", 64, 64)
             for r in "qkv"] + hf_decoder(2, 64, 64)
    assert classify(llava).kind_id == "decoder"  # a vision tower feeding a language model
    gguf_bert = [T("blk.0.attn_q.weight", 64, 64), T("blk.0.attn_k.weight", 64, 64)]
    hint = TransformerSpec(1, 64, 4, 4, 16, 256, 100, 512, encoder_only=True)
    c = classify(gguf_bert, hint)
    assert c.kind_id == "encoder" and "non-causal" in text(c)[1][-1]


def test_fused_qkv_gpt2() -> None:
    gpt2 = [T(f"h.{i}.attn.c_attn.weight", 768, 2304) for i in range(12)]
    c = classify(gpt2)
    assert c.kind_id == "decoder"
    assert text(c)[1][0] == "12 blocks with fused qkv attention projections"


def test_cnn_mlp_recurrent_unknown() -> None:
    resnet = [T("conv1.weight", 7, 7, 3, 64), T("bn1.weight", 64),
              T("layer1.0.conv1.weight", 3, 3, 64, 64), T("fc.weight", 512, 1000)]
    c = classify(resnet)
    assert (c.family, c.kind_id) == (Family.CNN, "cnn")
    assert text(c)[1][0] == "2 convolution kernels (4-D weights such as 64×3×7×7)"
    mlp = [T("fc1.weight", 784, 512), T("fc1.bias", 512), T("fc2.weight", 512, 256),
           T("fc3.weight", 256, 10)]
    c = classify(mlp)
    assert c.family is Family.MLP and "widths 784 → 512 → 256 → 10" in text(c)[1][0]
    assert mlp_widths(mlp) == (784, 512, 256, 10)
    assert mlp_widths([T("a.weight", 4, 8), T("b.weight", 9, 2)]) is None
    mamba = [T("blk.0.ssm_in.weight", 64, 256), T("blk.0.ssm_conv1d.weight", 4, 256)]
    assert classify(mamba).kind_id == "recurrent" and classify(mamba).family is None
    assert classify([T("scale", 4)]).family is None


def test_packed_quant_blocks_are_not_convolutions() -> None:
    blocks = TensorInfo("model.layers.0.mlp.experts.gate_up_proj_blocks", (16, 90, 5760, 32), "U8",
                        16 * 90 * 5760 * 32)
    assert classify([blocks, T("lm_head.weight", 2880, 1000)]).kind_id == "mlp"
