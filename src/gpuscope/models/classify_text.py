"""Wording of :mod:`gpuscope.models.classify`: network kinds (``K``) and reasons (``R``)."""

from __future__ import annotations

from gpuscope.text import QT_TRANSLATE_NOOP

K = {
    "decoder": QT_TRANSLATE_NOOP("Classify", "decoder-only Transformer with {attention}"),
    "encoder": QT_TRANSLATE_NOOP("Classify", "encoder Transformer with {attention}"),
    "encoder-decoder": QT_TRANSLATE_NOOP(
        "Classify", "encoder-decoder Transformer with {attention}"
    ),
    "moe": QT_TRANSLATE_NOOP("Classify", "mixture-of-experts {kind}"),
    "mha": QT_TRANSLATE_NOOP("Classify", "multi-head attention"),
    "gqa": QT_TRANSLATE_NOOP("Classify", "grouped-query attention"),
    "mqa": QT_TRANSLATE_NOOP("Classify", "multi-query attention"),
    "mla": QT_TRANSLATE_NOOP("Classify", "multi-head latent attention"),
    "attn": QT_TRANSLATE_NOOP("Classify", "attention"),
    "cnn": QT_TRANSLATE_NOOP("Classify", "convolutional network (CNN)"),
    "mlp": QT_TRANSLATE_NOOP("Classify", "multilayer perceptron (MLP)"),
    "recurrent": QT_TRANSLATE_NOOP("Classify", "recurrent (state-space) network"),
    "unknown": QT_TRANSLATE_NOOP("Classify", "unrecognised network"),
}

R = {
    "blocks": QT_TRANSLATE_NOOP("Classify", "{n} blocks with q/k/v/o attention projections"),
    "blocks_fused": QT_TRANSLATE_NOOP(
        "Classify", "{n} blocks with fused qkv attention projections"
    ),
    "mha_heads": QT_TRANSLATE_NOOP(
        "Classify", "{heads} query heads with {kv} KV heads, one each: multi-head attention"
    ),
    "gqa_heads": QT_TRANSLATE_NOOP(
        "Classify", "{heads} query heads share {kv} KV heads: grouped-query attention"
    ),
    "mqa_heads": QT_TRANSLATE_NOOP(
        "Classify", "{heads} query heads share a single KV head: multi-query attention"
    ),
    "mha_shapes": QT_TRANSLATE_NOOP(
        "Classify",
        "query and key projections are equally wide ({width}): one KV head per query head",
    ),
    "gqa_shapes": QT_TRANSLATE_NOOP(
        "Classify",
        "query projection {q} wide, key projection {k} wide: {ratio} query heads per KV head "
        "(grouped-query attention)",
    ),
    "mla": QT_TRANSLATE_NOOP(
        "Classify", "compressed KV projections (kv_a / kv_b): multi-head latent attention"
    ),
    "mla_rank": QT_TRANSLATE_NOOP(
        "Classify",
        "KV compressed to a latent of rank {rank} (kv_a / kv_b projections): multi-head latent "
        "attention",
    ),
    "decoder": QT_TRANSLATE_NOOP(
        "Classify", "the blocks form one causal stack (no separate encoder): decoder-only"
    ),
    "encoder": QT_TRANSLATE_NOOP(
        "Classify", "the blocks sit in an encoder stack with no decoder: encoder-only"
    ),
    "noncausal": QT_TRANSLATE_NOOP(
        "Classify", "the file declares bidirectional (non-causal) attention: encoder-only"
    ),
    "enc_dec": QT_TRANSLATE_NOOP("Classify", "an encoder stack and a decoder stack"),
    "moe": QT_TRANSLATE_NOOP("Classify", "{n} routed experts per mixture-of-experts layer"),
    "moe_active": QT_TRANSLATE_NOOP(
        "Classify", "{n} routed experts per mixture-of-experts layer, {k} active per token"
    ),
    "hybrid": QT_TRANSLATE_NOOP(
        "Classify", "{n} blocks are recurrent (state-space) layers: a hybrid model"
    ),
    "recurrent": QT_TRANSLATE_NOOP(
        "Classify", "state-space / recurrent layers (ssm, time-mix) and no attention"
    ),
    "conv": QT_TRANSLATE_NOOP(
        "Classify", "{n} convolution kernels (4-D weights such as {example})"
    ),
    "linear": QT_TRANSLATE_NOOP("Classify", "{n} linear layers"),
    "mlp": QT_TRANSLATE_NOOP(
        "Classify", "{n} linear layers (2-D weights) and no convolution or attention"
    ),
    "mlp_chain": QT_TRANSLATE_NOOP(
        "Classify", "{n} linear layers and no convolution or attention, widths {widths}"
    ),
    "none": QT_TRANSLATE_NOOP(
        "Classify",
        "no attention projections, convolution kernels or linear layers were recognised",
    ),
}
