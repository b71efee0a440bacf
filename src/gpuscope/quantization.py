"""The quantization catalogue (``resources/quantizations.json``): weight formats and KV-cache types.

Two kinds: ``gguf`` presets (llama.cpp file types, whose tensors mix block types by the rules in
:mod:`gpuscope.estimate.recipes`) and ``framework`` formats (PyTorch / vLLM: one width for linear
layers, 16-bit embeddings, head and norms). Each says which tensor-core peak its matrix products run
at (``compute``), which the prefill estimate uses. IDs are case-insensitive
(``Q4_K_M`` = ``q4_k_m``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from gpuscope.errors import NotFoundError, closest
from gpuscope.paths import resource
from gpuscope.text import QT_TRANSLATE_NOOP

QUANT_KIND = QT_TRANSLATE_NOOP("Errors", "quantization")
KV_KIND = QT_TRANSLATE_NOOP("Errors", "KV-cache type")


@dataclass(frozen=True)
class GgmlType:
    name: str
    block: int  # weights per block
    bytes: int  # bytes per block

    @property
    def bits_per_weight(self) -> float:
        return self.bytes * 8 / self.block

    def tensor_bytes(self, n_elements: int) -> int:
        """Exact storage of a tensor, rounding up to whole blocks."""
        return -(-n_elements // self.block) * self.bytes


@dataclass(frozen=True)
class Quantization:
    id: str
    name: str
    kind: str  # "gguf" | "framework"
    bits: int  # nominal width, used to rank quality (more bits = less loss)
    compute: str  # GpuSpec peak key the matrix products run at
    engines: tuple[str, ...]
    source: str
    ggml_type: str | None = None  # base block type of a GGUF preset
    ftype: str | None = None  # llama.cpp file type name (recipe key)
    linear_bpw: float | None = None  # framework: bits per linear-layer weight (scales included)
    other_bpw: float | None = None  # framework: embeddings, head, norms
    imatrix: bool = False  # GGUF preset made with an importance matrix
    notes: str = ""

    @property
    def is_gguf(self) -> bool:
        return self.kind == "gguf"

    @property
    def nominal_bpw(self) -> float:
        """Bits per weight of the base type (the preset's mix is computed by the recipe)."""
        if self.ggml_type:
            return ggml_types()[self.ggml_type].bits_per_weight
        return float(self.linear_bpw or self.bits)


@dataclass(frozen=True)
class KvCacheType:
    id: str
    name: str
    bytes_per_element: float
    source: str


@cache
def _catalogue() -> dict:
    with open(resource("quantizations.json"), encoding="utf-8") as fh:
        return json.load(fh)


@cache
def ggml_types() -> dict[str, GgmlType]:
    return {name: GgmlType(name, v["block"], v["bytes"])
            for name, v in _catalogue()["ggml_types"].items()}


@cache
def all_quantizations() -> tuple[Quantization, ...]:
    out = []
    for q in _catalogue()["quantizations"]:
        fields = {k: v for k, v in q.items()}
        fields["engines"] = tuple(fields.get("engines", ()))
        out.append(Quantization(**fields))
    return tuple(out)


@cache
def all_kv_cache_types() -> tuple[KvCacheType, ...]:
    return tuple(KvCacheType(**k) for k in _catalogue()["kv_cache_types"])


def get_quantization(qid: str) -> Quantization:
    """Look up a quantization by ID, case-insensitively; NotFoundError names the closest."""
    key = qid.strip().lower()
    for q in all_quantizations():
        if q.id == key:
            return q
    raise NotFoundError(QUANT_KIND, qid, closest(key, [q.id for q in all_quantizations()]))


def get_kv_cache_type(kid: str) -> KvCacheType:
    key = kid.strip().lower()
    for k in all_kv_cache_types():
        if k.id == key:
            return k
    raise NotFoundError(KV_KIND, kid, closest(key, [k.id for k in all_kv_cache_types()]))


#: names importers give a file's own quantization -> catalogue IDs (GGUF files, then HF folders)
_GGUF_ALIASES = {"mxfp4_moe": "mxfp4", "q4_k": "q4_k_m", "q5_k": "q5_k_m", "q3_k": "q3_k_m",
                 "f32": "fp32", "bf16": "bf16"}
_HF_ALIASES = {"f16": "fp16", "f32": "fp32", "gptq-int4": "int4", "awq-int4": "int4",
               "w4a16": "int4", "bnb-nf4": "nf4", "bnb-fp4": "nf4", "bnb-int8": "int8",
               "w8a8": "int8", "fp8": "fp8", "bf16": "bf16"}


def file_quantization_id(name: str | None, *, gguf: bool) -> str | None:
    """The catalogue ID of a file's own quantization (``Q4_K_M`` -> ``q4_k_m``), or None."""
    if not name:
        return None
    key = name.strip().lower()
    key = (_GGUF_ALIASES if gguf else _HF_ALIASES).get(key, key)
    return key if any(q.id == key for q in all_quantizations()) else None


def quantization_for_ftype(ftype: str) -> Quantization | None:
    """The catalogue entry of a llama.cpp file type name (``Q4_K_M``), if gpuscope knows it."""
    for q in all_quantizations():
        if q.ftype and q.ftype.lower() == ftype.lower():
            return q
    return None
