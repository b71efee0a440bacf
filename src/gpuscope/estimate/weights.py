"""Weight memory of a model under a quantization, from its tensor inventory.

Exact for files (the tensor table's bytes) when the file's own quantization is asked for; otherwise
the llama.cpp recipe (GGUF presets) or the framework rule applied to every tensor. llama.cpp keeps
the input embedding table in host RAM (only the looked-up rows are used), so it is split out. A
multimodal projector (mmproj GGUF) attached to the model loads in VRAM beside it at its own types:
its bytes join the total and the resident non-layer part, not the parameters nor the bytes a decode
step reads.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

from gpuscope.estimate.recipes import (
    ModelShape,
    TensorTyper,
    TypedTensor,
    native_expert_type,
    tensor_kind,
)
from gpuscope.models.spec import ModelSpec
from gpuscope.models.tensors import WeightTensor, tensors_from_file, transformer_tensors
from gpuscope.quantization import Quantization

_EXPERT_ROLES = {"ffn_gate_exps", "ffn_up_exps", "ffn_down_exps"}


@dataclass(frozen=True)
class WeightsInfo:
    total_bytes: int  # every tensor once (the file size, less metadata), projector included
    host_bytes: int  # llama.cpp: input embeddings stay in RAM
    per_layer_bytes: tuple[int, ...]  # repeating blocks, for offloading
    non_layer_gpu_bytes: int  # head + final norm (+ tied table; framework runtimes: embeddings)
    expert_bytes: int  # MoE expert tensors (all experts)
    read_per_token_bytes: float  # bytes a decode step streams: dense part + active experts
    n_params: int
    _typed: Callable[[], tuple[TypedTensor, ...]] = field(repr=False, compare=False)
    projector_bytes: int = 0  # multimodal projector (mmproj), in total and non-layer GPU bytes

    @cached_property
    def typed(self) -> tuple[TypedTensor, ...]:
        """Every tensor with its type and bytes (built on first use: the totals above do not
        need it, and a ranking of a thousand pairs reads only those)."""
        return self._typed()

    @property
    def gpu_bytes(self) -> int:
        """Bytes resident in VRAM with every layer on the GPU."""
        return sum(self.per_layer_bytes) + self.non_layer_gpu_bytes

    @property
    def bits_per_weight(self) -> float:
        return 8 * (self.total_bytes - self.projector_bytes) / max(1, self.n_params)


_TENSORS: dict[tuple, tuple[WeightTensor, ...]] = {}


def model_tensors(model: ModelSpec) -> tuple[WeightTensor, ...]:
    """The model's tensor inventory (cached: a 671 B MoE has ~1,900 tensors, and every
    quantization of the model walks the same list)."""
    key = (model.transformer, model.tensors)
    found = _TENSORS.get(key)
    if found is not None:
        return found
    if model.tensors:
        found = tensors_from_file(model.tensors)
    elif model.transformer is not None:
        found = transformer_tensors(model.transformer)
    else:
        found = ()
    if len(_TENSORS) > 256:
        _TENSORS.clear()
    _TENSORS[key] = found
    return found


def _typed_from_file(model: ModelSpec) -> tuple[TypedTensor, ...]:
    tensors = tensors_from_file(model.tensors or ())
    return tuple(TypedTensor(t, info.dtype, info.n_bytes)
                 for t, info in zip(tensors, model.tensors or (), strict=True))


@dataclass(frozen=True)
class _Inventory:
    """A model's tensors grouped into kinds (tensors typed alike under every quantization) and
    what each kind adds up to, built once per model. A 671 B MoE's ~1,900 tensors are a few
    dozen kinds, and its 61 blocks a handful of distinct block contents (``blocks``)."""

    tensors: tuple[WeightTensor, ...]
    kinds: tuple[WeightTensor, ...]  # one tensor of each kind
    kind_of: tuple[int, ...]  # the kind of each tensor
    count: tuple[int, ...]  # per kind: tensors
    embd: tuple[int, ...]  # per kind: token_embd tensors
    experts: tuple[int, ...]  # per kind: MoE expert tensors
    outside: tuple[int, ...]  # per kind: tensors outside the blocks (head, final norm)
    blocks: tuple[tuple[tuple[int, int], ...], ...]  # distinct block contents: (kind, count)
    block_of: tuple[int, ...]  # per block: its content's index in ``blocks``
    n_params: int
    tied: bool  # no output head: the embedding table doubles as the head
    shape: ModelShape  # what llama.cpp's rules look at


def _group(tensors: tuple[WeightTensor, ...], n_layers: int, shape: ModelShape,
           kind_key: Callable[[int, WeightTensor], object]) -> _Inventory:
    kinds: dict[object, int] = {}
    kind_of = tuple(kinds.setdefault(kind_key(i, t), len(kinds)) for i, t in enumerate(tensors))
    reps: list[WeightTensor | None] = [None] * len(kinds)
    count, embd, experts, outside = ([0] * len(kinds) for _ in range(4))
    per_block: list[dict[int, int]] = [{} for _ in range(n_layers)]
    for t, k in zip(tensors, kind_of, strict=True):
        if reps[k] is None:
            reps[k] = t
        count[k] += 1
        experts[k] += t.role in _EXPERT_ROLES
        if t.role == "token_embd":
            embd[k] += 1
        elif t.layer is not None and 0 <= t.layer < n_layers:
            per_block[t.layer][k] = per_block[t.layer].get(k, 0) + 1
        else:
            outside[k] += 1
    contents: dict[tuple, int] = {}
    block_of = tuple(contents.setdefault(tuple(sorted(b.items())), len(contents))
                     for b in per_block)
    return _Inventory(tensors, tuple(r for r in reps if r is not None), kind_of, tuple(count),
                      tuple(embd), tuple(experts), tuple(outside), tuple(contents), block_of,
                      sum(t.n_elements for t in tensors),
                      not any(t.role == "output" for t in tensors), shape)


_INVENTORIES: dict[tuple, _Inventory] = {}


def _inventory(model: ModelSpec, per_tensor: bool = False) -> _Inventory:
    """The model's inventory by kind (``per_tensor``: each tensor its own kind, for a file's own
    sizes, which may differ between tensors of the same shape)."""
    key = (model.transformer, model.tensors, per_tensor)
    found = _INVENTORIES.get(key)
    if found is not None:
        return found
    tensors = model_tensors(model)
    spec = model.transformer
    shape = ModelShape.of(spec, tensors)
    n_layers = spec.n_layers if spec else 1 + max((t.layer or 0 for t in tensors), default=0)
    inv = _group(tensors, n_layers, shape, (lambda i, _t: i) if per_tensor else (
        lambda _i, t: tensor_kind(t, shape.n_layers)))
    if len(_INVENTORIES) > 256:
        _INVENTORIES.clear()
    _INVENTORIES[key] = inv
    return inv


def _compute(model: ModelSpec, quant: Quantization) -> WeightsInfo:
    if model.tensors and model.own_quantization == quant.id:  # exact: the file's bytes
        inv = _inventory(model, per_tensor=True)
        sizes = [info.n_bytes for info in model.tensors]
        # a file's own parameter count leaves out quantization state (GPTQ scales, zero points)
        return _summary(model, quant, inv, sizes, lambda: _typed_from_file(model),
                        n_params=model.params)
    inv = _inventory(model)
    typer = TensorTyper(inv.tensors, quant, model.transformer, shape=inv.shape,
                        has_output=not inv.tied, expert_type=native_expert_type(model.arch))
    decided = [typer.decide(t) for t in inv.kinds]  # one decision per kind

    def typed() -> tuple[TypedTensor, ...]:
        return tuple(TypedTensor(t, *decided[k]) for t, k in zip(
            inv.tensors, inv.kind_of, strict=True))

    return _summary(model, quant, inv, [b for _, b in decided], typed)


def _summary(model: ModelSpec, quant: Quantization, inv: _Inventory, sizes: list[int],
             typed: Callable[[], tuple[TypedTensor, ...]], n_params: int = 0) -> WeightsInfo:
    """Totals of one model at one quantization from the bytes of one tensor of each kind."""

    def over(counts: tuple[int, ...]) -> int:
        return sum(c * b for c, b in zip(counts, sizes, strict=True) if c)

    total, embd, experts = over(inv.count), over(inv.embd), over(inv.experts)
    content = [sum(c * sizes[k] for k, c in b) for b in inv.blocks]
    per_layer = tuple(content[b] for b in inv.block_of)
    host = embd if quant.is_gguf else 0  # llama.cpp looks rows up on the CPU
    # the head reuses the table / framework runtimes keep it in VRAM
    output = over(inv.outside) + (embd if inv.tied or not quant.is_gguf else 0)
    spec = model.transformer
    active_share = 1.0
    if spec and spec.is_moe:
        active_share = spec.n_active_experts / spec.n_experts
    # A decode step streams every matrix once, the active experts only, and the embedding table
    # only when it doubles as the output head (one row is looked up otherwise).
    read = total - embd - experts + experts * active_share + (embd if inv.tied else 0)
    proj = projector_bytes(model)
    return WeightsInfo(total + proj, host, per_layer, output + proj, experts, float(read),
                       n_params or inv.n_params or model.params, typed, proj)


def projector_bytes(model: ModelSpec) -> int:
    """Bytes of the model's multimodal projector (0 without one): its file's tensor table."""
    p = model.projector
    return sum(t.n_bytes for t in p.tensors) if p is not None and p.tensors else 0


_CACHE: dict[tuple, WeightsInfo] = {}
_LOCK = threading.Lock()
_CACHE_SIZE = 4096  # every preset x every quantization (~1,200) and the user's models


def weights_info(model: ModelSpec, quant: Quantization) -> WeightsInfo:
    """Weight bytes (total, in RAM, per layer, per decode step) for ``model`` at ``quant``."""
    key = (model.id, model.transformer, model.params, model.tensors, model.file_quantization,
           quant, model.projector.tensors if model.projector is not None else None)
    info = _CACHE.get(key)
    if info is None:
        info = _compute(model, quant)
        with _LOCK:  # the window ranks in a worker thread while the GUI thread estimates
            if len(_CACHE) >= _CACHE_SIZE:
                _CACHE.pop(next(iter(_CACHE)), None)  # the oldest
            _CACHE[key] = info
    return info
