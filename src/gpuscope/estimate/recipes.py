"""Which storage type each tensor gets under a quantization: llama.cpp's file-type recipes.

A GGUF "Q4_K_M" file is not 4.5 bits everywhere: llama.cpp keeps the output head at Q6_K and half
of the ``attn_v`` / ``ffn_down`` tensors at Q6_K, Q3_K_M promotes attention, MoE models bump their
small attention tensors to Q8_0, and so on. These rules restate ``llama_tensor_get_type()`` from
llama.cpp's ``src/llama-quant.cpp`` (source "llama-quant" in quantizations.json) so a preset's size
matches what ``llama-quantize`` would write. Framework formats (GPTQ, NF4, FP8, ...) quantize linear
layers only and keep embeddings, head and norms at 16 bits.

Models whose routed experts are trained and published in MXFP4 (gpt-oss) keep them in MXFP4 in every
GGUF file: ``convert_hf_to_gguf.py`` writes the expert tensors as MXFP4 even for an F16 / BF16
output, and the published quantizations (Q2_K ... Q8_0) leave them as they are, so only the other
tensors follow the recipe (bartowski's gpt-oss-20b Q6_K is 12.04 GB, the F16 file 13.8 GB).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from gpuscope.models.spec import TransformerSpec
from gpuscope.models.tensors import WeightTensor
from gpuscope.quantization import Quantization, ggml_types

_IQ2_FAMILY = {"IQ2_XXS", "IQ2_XS", "IQ2_S", "IQ2_M", "IQ1_S", "IQ1_M"}
_LINEAR_ROLES = {
    "attn_q", "attn_k", "attn_v", "attn_output", "attn_qkv", "attn_q_a", "attn_q_b", "attn_kv_a",
    "attn_kv_b", "ffn_gate", "ffn_up", "ffn_down", "ffn_gate_exps", "ffn_up_exps", "ffn_down_exps",
    "ffn_gate_shexp", "ffn_up_shexp", "ffn_down_shexp",
}
_NOT_QUANTIZED_ROLES = {"norm", "bias", "ffn_gate_inp", "pos_embd", "other"}
_EXPERT_ROLES = {"ffn_gate_exps", "ffn_up_exps", "ffn_down_exps"}
#: GGUF ``general.architecture`` / config.json ``model_type`` of models whose routed experts are
#: stored natively in a block format every GGUF quantization keeps.
NATIVE_EXPERT_TYPES = {"gpt-oss": "MXFP4", "gpt_oss": "MXFP4"}
_FALLBACK = {
    "IQ2_XXS": "IQ4_NL", "IQ2_XS": "IQ4_NL", "IQ2_S": "IQ4_NL", "IQ3_XXS": "IQ4_NL",
    "IQ3_S": "IQ4_NL", "IQ1_S": "IQ4_NL", "IQ1_M": "IQ4_NL", "Q2_K": "IQ4_NL", "Q3_K": "IQ4_NL",
    "IQ4_XS": "IQ4_NL", "Q4_K": "Q5_0", "Q5_K": "Q5_1", "Q6_K": "Q8_0",
}


@dataclass(frozen=True)
class TypedTensor:
    """A tensor with the storage it gets: a ggml type name, or bits per weight for frameworks."""

    tensor: WeightTensor
    dtype: str
    n_bytes: int


@dataclass(frozen=True)
class ModelShape:
    """The few hyper-parameters llama.cpp's rules look at."""

    n_layers: int
    n_gqa: int
    n_experts: int
    is_70b: bool

    @classmethod
    def of(cls, spec: TransformerSpec | None, tensors: Iterable[WeightTensor]) -> ModelShape:
        if spec is None:
            layers = {t.layer for t in tensors if t.layer is not None}
            return cls(max(layers, default=-1) + 1, 1, 0, False)
        gqa = spec.n_heads // max(1, spec.n_kv_heads)
        # llama.cpp's LLM_TYPE_70B (80 blocks of width 8192: Llama 2/3 70B, Qwen2 72B)
        is_70b = spec.n_layers == 80 and spec.d_model == 8192
        return cls(spec.n_layers, gqa, spec.n_experts, is_70b)


def _use_more_bits(i: int, n: int) -> bool:
    return i < n // 8 or i >= 7 * n // 8 or (i - n // 8) % 3 == 2


def _output_type(ftype: str, default: str, nx: int) -> str:
    if ftype == "MXFP4_MOE":
        return "Q8_0"
    if nx % ggml_types()[default].block:
        return "Q8_0"
    if ftype in _IQ2_FAMILY or ftype == "IQ3_XXS":
        return "Q5_K"
    return default if default == "Q8_0" else "Q6_K"


def _gguf_type(t: WeightTensor, q: Quantization, m: ModelShape, has_output: bool) -> str:
    ftype, default = q.ftype or "", q.ggml_type or "F16"
    role, i, n = t.role, t.layer or 0, m.n_layers
    if role == "output" or (role == "token_embd" and not has_output):
        return _output_type(ftype, default, t.shape[0])
    if ftype == "MXFP4_MOE":
        return "MXFP4" if len(t.shape) > 2 and t.shape[2] > 1 else "Q8_0"
    new = default
    if role == "token_embd":
        if ftype in ("IQ2_XXS", "IQ2_XS", "IQ1_S", "IQ1_M"):
            new = "Q2_K"
        elif ftype in ("IQ2_S", "IQ2_M", "IQ3_XXS"):
            new = "IQ3_S"
    elif ftype in _IQ2_FAMILY:
        iq3 = ftype in ("IQ2_S", "IQ2_M")
        if role == "attn_v":
            new = "Q4_K" if m.n_gqa >= 4 or m.n_experts >= 4 else ("IQ3_S" if iq3 else "Q2_K")
        elif role == "attn_k" and m.n_experts == 8:
            new = "Q4_K"
        elif role.startswith("ffn_down") and i < n // 8:
            new = "IQ3_S" if iq3 else "Q2_K"
        elif role == "attn_output":
            new = "Q5_K" if m.n_experts == 8 else (
                "IQ2_XXS" if ftype in ("IQ1_S", "IQ1_M") else "IQ3_S" if iq3 else new)
    elif role == "attn_v":
        new = _attn_v_type(ftype, default, i, n, m, q.imatrix)
    elif role == "attn_k":
        new = "Q8_0" if m.n_experts == 8 else "IQ2_S" if ftype == "IQ3_XXS" else new
    elif role == "attn_q" and ftype == "IQ3_XXS":
        new = "IQ2_S"
    elif role.startswith("ffn_down"):
        new = _ffn_down_type(ftype, default, i, n, q.imatrix)
    elif role == "attn_output":
        if m.n_experts == 8:
            if ftype in ("Q2_K", "IQ3_XS", "IQ3_XXS", "Q3_K_S", "Q3_K_M", "IQ4_NL", "Q4_K_S",
                         "Q4_K_M", "IQ3_S", "IQ3_M", "IQ4_XS"):
                new = "Q5_K"
        else:
            new = {"Q2_K": "Q3_K", "IQ3_XXS": "IQ3_S", "Q3_K_M": "Q4_K", "Q3_K_L": "Q5_K",
                   "IQ3_M": "Q4_K"}.get(ftype, new)
    elif role == "attn_qkv":
        new = {"Q3_K_M": "Q4_K", "Q3_K_L": "Q4_K", "IQ3_M": "Q4_K", "Q4_K_M": "Q5_K",
               "Q5_K_M": "Q6_K"}.get(ftype, new)
    return _fallback(new, t.shape[0])


def _attn_v_type(ftype: str, new: str, i: int, n: int, m: ModelShape, imatrix: bool) -> str:
    if ftype == "Q2_K":
        new = "Q4_K" if m.n_gqa >= 4 else "Q3_K"
    elif ftype == "IQ3_XXS":
        new = "Q4_K" if m.n_gqa >= 4 else ("IQ3_XXS" if imatrix else "IQ3_S")
    elif ftype == "IQ3_M":
        new = "Q4_K"
    elif ftype == "Q3_K_M":
        new = "Q5_K" if i < 2 else "Q4_K"
    elif ftype == "Q3_K_L" or ftype in ("IQ4_NL", "IQ4_XS") and m.n_gqa >= 4:
        new = "Q5_K"
    elif ftype in ("Q4_K_M", "Q5_K_M") and _use_more_bits(i, n):
        new = "Q6_K"
    elif ftype == "Q4_K_S" and i < 4:
        new = "Q5_K"
    if m.is_70b and new in ("Q3_K", "Q4_K"):
        new = "Q5_K"
    if m.n_experts == 8:
        new = "Q8_0"
    return new


def _ffn_down_type(ftype: str, new: str, i: int, n: int, imatrix: bool) -> str:
    if ftype == "Q2_K":
        return "Q3_K"
    if ftype == "IQ3_XXS" and not imatrix:
        return "Q4_K" if i < n // 8 else "Q3_K"
    if ftype == "Q3_K_M":
        return "Q5_K" if i < n // 16 else "Q4_K"
    if ftype == "Q3_K_L":
        return "Q5_K"
    if ftype == "Q4_K_M":
        return "Q6_K" if _use_more_bits(i, n) else new
    if ftype in ("IQ4_NL", "IQ4_XS") and i < n // 8 and not imatrix:
        return "Q5_K"
    if ftype == "Q5_K_M" and _use_more_bits(i, n):
        return "Q6_K"
    if ftype == "Q4_K_S" and i < n // 8:
        return "Q5_K"
    return new


def _fallback(new: str, nx: int) -> str:
    types = ggml_types()
    if nx % types[new].block == 0:
        return new
    alt = _FALLBACK.get(new, "F16")
    return alt if nx % types[alt].block == 0 else "F16"


def _is_quantized(t: WeightTensor) -> bool:
    return len(t.shape) >= 2 and t.role not in _NOT_QUANTIZED_ROLES


def native_expert_type(arch: str) -> str | None:
    """The ggml type a model's routed experts keep in every GGUF file (None: they follow the
    recipe)."""
    return NATIVE_EXPERT_TYPES.get(arch.strip().lower())


def layer_class(i: int, n: int) -> tuple[bool, ...]:
    """Every test the rules above make on a block index ``i`` of ``n`` (for ``attn_v`` and
    ``ffn_down*`` tensors, the only roles whose type depends on the block): two blocks of the
    same class get the same type for tensors of the same role and shape, so a type is decided
    once per class, not once per tensor. A new rule that looks at the index must be added here
    (and its role to :func:`_by_block`)."""
    return (i < 2, i < 4, i < n // 16, i < n // 8, _use_more_bits(i, n))


def _by_block(role: str) -> bool:
    return role == "attn_v" or role.startswith("ffn_down")


def tensor_kind(t: WeightTensor, n_layers: int) -> tuple:
    """Tensors of the same kind get the same type and size under every quantization."""
    if _by_block(t.role):
        return (t.role, t.shape, layer_class(t.layer or 0, n_layers))
    return (t.role, t.shape)


class TensorTyper:
    """The storage type and bytes of each tensor of one model under one quantization.

    A 671 B MoE has ~1,900 tensors but a few dozen kinds (:func:`tensor_kind`): each kind is
    decided once and remembered. ``shape`` and ``has_output`` may be passed when known (they
    depend on the model only); ``expert_type`` is the type routed experts keep in every GGUF file
    (:func:`native_expert_type`)."""

    def __init__(self, tensors: tuple[WeightTensor, ...], q: Quantization,
                 spec: TransformerSpec | None, *, legacy_2023: bool = False,
                 shape: ModelShape | None = None, has_output: bool | None = None,
                 expert_type: str | None = None) -> None:
        self.q, self.legacy_2023, self.types = q, legacy_2023, ggml_types()
        self.expert_type = expert_type if q.is_gguf else None
        self.shape = shape or ModelShape.of(spec, tensors)
        self.has_output = (any(t.role == "output" for t in tensors) if has_output is None
                           else has_output)
        self.base = q.ggml_type or "F16"
        self._seen: dict[tuple, tuple[str, int]] = {}

    def __call__(self, t: WeightTensor) -> tuple[str, int]:
        key = tensor_kind(t, self.shape.n_layers)
        found = self._seen.get(key)
        if found is None:
            found = self._seen[key] = self.decide(t)
        return found

    def decide(self, t: WeightTensor) -> tuple[str, int]:
        """The type (a ggml type name, or "N bpw" for frameworks) and bytes of ``t``."""
        q = self.q
        if not q.is_gguf:
            bpw = q.linear_bpw if t.role in _LINEAR_ROLES and len(t.shape) >= 2 else q.other_bpw
            bpw = float(bpw or q.bits)
            return f"{bpw:g} bpw", -(-int(t.n_elements * bpw) // 8)
        if not _is_quantized(t):
            dtype = "F16" if t.role == "pos_embd" else "F32"
        elif self.expert_type and t.role in _EXPERT_ROLES:
            dtype = self.expert_type
        elif self.base in ("F16", "BF16", "F32"):
            dtype = self.base
        else:
            dtype = _gguf_type(t, q, self.shape, self.has_output)
            if self.legacy_2023 and q.ftype == "Q2_K" and t.role in ("ffn_gate", "ffn_up"):
                dtype = "Q3_K"
        return dtype, self.types[dtype].tensor_bytes(t.n_elements)


def assign_types(tensors: tuple[WeightTensor, ...], q: Quantization,
                 spec: TransformerSpec | None, *, legacy_2023: bool = False,
                 expert_type: str | None = None) -> tuple[TypedTensor, ...]:
    """Storage type and exact bytes of every tensor under quantization ``q``.

    ``legacy_2023`` applies the Q2_K rule llama.cpp dropped in early 2024 (ffn_gate/ffn_up at Q3_K),
    to compare with files quantized before then. ``expert_type`` (GGUF only) is the type the
    routed-expert tensors keep whatever ``q`` is (:func:`native_expert_type`).
    """
    typer = TensorTyper(tensors, q, spec, legacy_2023=legacy_2023, expert_type=expert_type)
    return tuple(TypedTensor(t, *typer(t)) for t in tensors)
