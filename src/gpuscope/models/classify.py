""""What kind of network is this?" — from tensor names and shapes alone, with the reasons.

Transformer: attention projections (q/k/v/o, fused qkv, or MLA's compressed kv_a/kv_b) in numbered
blocks; decoder-only unless the blocks sit in an encoder stack (or the file says attention is not
causal); grouped-/multi-query attention from the key projection being narrower than the query's.
Quantized checkpoints name their packed projections ``qweight`` (GPTQ, AWQ) or ``weight_packed``
(compressed-tensors); they count as projections too.
CNN: convolution kernels (4-D / 5-D weights). MLP: only 2-D linear layers. Shapes are in GGUF order
(``shape[1]`` is a linear layer's output width), as every importer stores them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from gpuscope.models.classify_text import K, R
from gpuscope.models.spec import Family, MlpSpec, ModelSpec, TensorInfo, TransformerSpec
from gpuscope.models.tensor_table import is_expert
from gpuscope.text import Message
from gpuscope.units import Count

_GGUF_ATTN = re.compile(
    r"^(?P<blk>.*?(?:blk|layers?|h|blocks?)\.\d+)\.(?:attn|cross_attn)_"
    r"(?P<p>q|k|v|qkv|output|q_a|q_b|kv_a_mqa|kv_b|k_b|v_b)\.weight$"
)
_HF_ATTN = re.compile(
    r"^(?P<blk>.*?(?:blk|layers?|h|blocks?)\.\d+)\..*?(?:self_attn|self_attention|attention|attn|"
    r"SelfAttention|EncDecAttention|crossattention|encoder_attn)(?:\.self)?\."
    r"(?P<p>q_proj|k_proj|v_proj|o_proj|query|key|value|q|k|v|o|qkv_proj|qkv|c_attn|Wqkv|"
    r"query_key_value|q_a_proj|kv_a_proj_with_mqa|kv_b_proj|out_proj)"
    r"\.(?P<w>weight|qweight|weight_packed)$"  # plain, GPTQ/AWQ, compressed-tensors packed int4
)
_ROLE = {"q": "q", "q_proj": "q", "query": "q", "q_b": "q", "k": "k", "k_proj": "k", "key": "k",
         "v": "v", "v_proj": "v", "value": "v", "output": "o", "o_proj": "o", "o": "o",
         "out_proj": "o", "qkv": "qkv", "qkv_proj": "qkv", "c_attn": "qkv", "Wqkv": "qkv",
         "query_key_value": "qkv", "q_a": "mla", "kv_a_mqa": "mla", "kv_b": "mla", "k_b": "mla",
         "v_b": "mla", "q_a_proj": "mla", "kv_a_proj_with_mqa": "mla", "kv_b_proj": "mla"}
_ENCODER = re.compile(r"(?:^|\.)(?:enc|encoder|vision_model|text_model|v)\.")
_DECODER = re.compile(r"(?:^|\.)(?:dec|decoder)\.")
_RECURRENT = re.compile(r"\.(?:ssm_|time_mix_|mixer\.(?:A_log|conv1d|in_proj))")
_EXPERT_NO = re.compile(r"experts\.(\d+)\.")


@dataclass(frozen=True)
class Classification:
    """The family that drives the estimate, a stable kind id, its wording and the evidence."""

    family: Family | None
    kind_id: str  # decoder | encoder | encoder-decoder | cnn | mlp | recurrent | unknown
    attention: str  # mha | gqa | mqa | mla | "" (not a Transformer, or not determinable)
    moe: bool
    kind: Message
    reasons: tuple[Message, ...]


def classify(tensors: Sequence[TensorInfo], hint: TransformerSpec | None = None) -> Classification:
    """Classify a network from its tensor table; ``hint`` adds head counts read from metadata."""
    attn: dict[str, dict[str, TensorInfo]] = {}
    for t in tensors:
        m = _GGUF_ATTN.match(t.name) or _HF_ATTN.match(t.name)
        if m:
            attn.setdefault(m["blk"], {})[_ROLE[m["p"]]] = t
    if attn:
        return _transformer(tensors, attn, hint)
    if any(_RECURRENT.search(t.name) for t in tensors):
        return Classification(None, "recurrent", "", False, K["recurrent"](), (R["recurrent"](),))
    convs = [t for t in tensors if _is_conv(t)]
    linears = [t for t in tensors if len(t.shape) == 2 and t.name.endswith("weight")]
    if convs:
        reasons = [R["conv"](n=Count(len(convs)), example=_shape(convs[0]))]
        if linears:
            reasons.append(R["linear"](n=Count(len(linears))))
        return Classification(Family.CNN, "cnn", "", False, K["cnn"](), tuple(reasons))
    if linears:
        widths = mlp_widths(tensors)
        reason = (R["mlp_chain"](n=Count(len(linears)), widths=" → ".join(map(str, widths)))
                  if widths else R["mlp"](n=Count(len(linears))))
        return Classification(Family.MLP, "mlp", "", False, K["mlp"](), (reason,))
    return Classification(None, "unknown", "", False, K["unknown"](), (R["none"](),))


def _transformer(
    tensors: Sequence[TensorInfo], attn: dict[str, dict[str, TensorInfo]],
    hint: TransformerSpec | None,
) -> Classification:
    fused = sum(1 for roles in attn.values() if "qkv" in roles)
    reasons = [R["blocks_fused" if fused > len(attn) // 2 else "blocks"](n=Count(len(attn)))]
    attention, why = _attention_type(attn, hint)
    reasons += why
    enc = {b for b in attn if _ENCODER.search(b)}
    dec = {b for b in attn if _DECODER.search(b)}
    plain = set(attn) - enc - dec
    if hint is not None and hint.encoder_only:
        kind_id, reason = "encoder", R["noncausal"]()
    elif enc and dec:
        kind_id, reason = "encoder-decoder", R["enc_dec"]()
    elif enc and not plain:
        kind_id, reason = "encoder", R["encoder"]()
    else:  # a vision tower beside a language model (LLaVA) still generates text: a decoder
        kind_id, reason = "decoder", R["decoder"]()
    reasons.append(reason)
    experts = [t for t in tensors if is_expert(t.name)]
    kind = K[kind_id](attention=K[attention or "attn"]())
    if experts:
        n = hint.n_experts if hint and hint.n_experts else _expert_count(experts)
        active = hint.n_active_experts if hint else 0
        reasons.append(R["moe_active" if active else "moe"](n=Count(n), k=Count(active)))
        kind = K["moe"](kind=kind)
    recurrent = {b for b in (_block(t.name) for t in tensors if _RECURRENT.search(t.name)) if b}
    if recurrent:
        reasons.append(R["hybrid"](n=Count(len(recurrent))))
    return Classification(Family.TRANSFORMER, kind_id, attention, bool(experts), kind,
                          tuple(reasons))


def _attention_type(
    attn: dict[str, dict[str, TensorInfo]], hint: TransformerSpec | None
) -> tuple[str, list[Message]]:
    if any("mla" in roles for roles in attn.values()) or (hint and hint.kv_lora_rank):
        rank = hint.kv_lora_rank if hint and hint.kv_lora_rank else 0
        return "mla", [R["mla_rank" if rank else "mla"](rank=Count(rank))]
    if hint and hint.n_heads and hint.n_kv_heads:
        h, kv = hint.n_heads, hint.n_kv_heads
        kind = "mha" if kv == h else "mqa" if kv == 1 else "gqa"
        return kind, [R[f"{kind}_heads"](heads=Count(h), kv=Count(kv))]
    for roles in attn.values():
        q, k = roles.get("q"), roles.get("k")
        if q is None or k is None or q.name.endswith(".qweight"):
            continue  # GPTQ packs the input rows, AWQ the output columns: widths are not shown
        if len(q.shape) == 2 and len(k.shape) == 2:
            qw, kw = q.shape[1], k.shape[1]
            if kw and qw == kw:
                return "mha", [R["mha_shapes"](width=Count(qw))]
            if kw and qw % kw == 0 and qw > kw:
                return "gqa", [R["gqa_shapes"](q=Count(qw), k=Count(kw), ratio=Count(qw // kw))]
    for roles in attn.values():  # fused qkv (Phi-3): the output projection's input is q's width
        found = _fused_widths(roles.get("qkv"), roles.get("o"))
        if found is not None:
            qw, kw = found
            if qw == kw:
                return "mha", [R["mha_shapes"](width=Count(qw))]
            return "gqa", [R["gqa_shapes"](q=Count(qw), k=Count(kw), ratio=Count(qw // kw))]
    return "", []


def _fused_widths(qkv: TensorInfo | None, o: TensorInfo | None) -> tuple[int, int] | None:
    """``(q width, k width)`` of a fused qkv projection: its output is q + 2 x k wide, and the
    output projection takes q's width back in. None when the shapes do not say."""
    if qkv is None or o is None or len(qkv.shape) != 2 or len(o.shape) != 2:
        return None
    if qkv.name.endswith(".qweight"):
        return None
    total, qw = qkv.shape[1], o.shape[0]
    kv2 = total - qw
    if qw <= 0 or kv2 <= 0 or kv2 % 2:
        return None
    kw = kv2 // 2
    return (qw, kw) if kw <= qw and qw % kw == 0 else None


def classify_model(model: ModelSpec) -> Classification | None:
    """The classification of a model read from a file, with the head counts its header or
    config.json states (a GGUF's KV-head count names the attention of a fused qkv); None for a
    model without a tensor table (a preset)."""
    if not model.tensors:
        return None
    return classify(model.tensors, hint=model.transformer)


_PACKED = frozenset({"U8", "I8", "I32", "U32", "I16", "U16", "I64", "U64", "BOOL"})


def _is_conv(t: TensorInfo) -> bool:
    """A convolution kernel: a float ``*weight`` whose leading (spatial) dims are small. Packed
    quantized blocks (MXFP4 ``*_blocks`` uint8) and 3-D expert stacks are not kernels."""
    if t.dtype in _PACKED or not t.name.endswith("weight") or is_expert(t.name):
        return False
    if len(t.shape) in (4, 5):
        return all(0 < d <= 31 for d in t.shape[: len(t.shape) - 2])  # spatial dims come first
    return len(t.shape) == 3 and "conv" in t.name


def _shape(t: TensorInfo) -> str:
    return "×".join(str(d) for d in reversed(t.shape))  # PyTorch order: out × in × kh × kw


def _block(name: str) -> str | None:
    m = re.match(r"^(.*?(?:blk|layers?|h|blocks?)\.\d+)\.", name)
    return m.group(1) if m else None


def _expert_count(experts: list[TensorInfo]) -> int:
    merged = [t.shape[2] for t in experts if len(t.shape) == 3]
    if merged:
        return max(merged)
    return len({m.group(1) for t in experts if (m := _EXPERT_NO.search(t.name))})


def mlp_widths(tensors: Sequence[TensorInfo]) -> tuple[int, ...] | None:
    """``(in, hidden..., out)`` when the 2-D weights chain (each output feeds the next input)."""
    layers = [t for t in tensors if len(t.shape) == 2 and t.name.endswith("weight")]
    if not layers:
        return None
    widths = [layers[0].shape[0], layers[0].shape[1]]
    for t in layers[1:]:
        if t.shape[0] != widths[-1]:
            return None
        widths.append(t.shape[1])
    return tuple(widths)


def mlp_spec(tensors: Sequence[TensorInfo]) -> MlpSpec | None:
    """An :class:`MlpSpec` for a chain of linear layers, or None when they do not chain."""
    widths = mlp_widths(tensors)
    if widths is None:
        return None
    return MlpSpec(widths=widths, bias=any(t.name.endswith("bias") for t in tensors))
