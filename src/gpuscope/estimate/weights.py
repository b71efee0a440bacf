"""Weight memory of a model under a quantization, from its tensor inventory.

Exact for files (the tensor table's bytes) when the file's own quantization is asked for; otherwise
the llama.cpp recipe (GGUF presets) or the framework rule applied to every tensor. llama.cpp keeps
the input embedding table in host RAM (only the looked-up rows are used), so it is split out. A
multimodal projector (mmproj GGUF) attached to the model loads in VRAM beside it at its own types:
its bytes join the total and the resident non-layer part, not the parameters nor the bytes a decode
step reads.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.recipes import TypedTensor, assign_types, native_expert_type
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
    typed: tuple[TypedTensor, ...]
    projector_bytes: int = 0  # multimodal projector (mmproj), in total and non-layer GPU bytes

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


_CACHE: dict[tuple, WeightsInfo] = {}


def _compute(model: ModelSpec, quant: Quantization) -> WeightsInfo:
    same_as_file = bool(model.tensors) and model.own_quantization == quant.id
    typed = _typed_from_file(model) if same_as_file else assign_types(
        model_tensors(model), quant, model.transformer,
        expert_type=native_expert_type(model.arch) if quant.is_gguf else None)
    spec = model.transformer
    n_layers = spec.n_layers if spec else 1 + max((t.tensor.layer or 0 for t in typed), default=0)
    per_layer = [0] * n_layers
    total = host = output = experts = embd = 0
    tied = not any(t.tensor.role == "output" for t in typed)
    for t in typed:
        total += t.n_bytes
        role, layer = t.tensor.role, t.tensor.layer
        if role == "token_embd":
            embd += t.n_bytes
            if quant.is_gguf:
                host += t.n_bytes  # llama.cpp looks rows up on the CPU
            if tied or not quant.is_gguf:  # the head reuses the table / framework keeps it in VRAM
                output += t.n_bytes
        elif layer is not None and 0 <= layer < n_layers:
            per_layer[layer] += t.n_bytes
        else:
            output += t.n_bytes
        if role in _EXPERT_ROLES:
            experts += t.n_bytes
    active_share = 1.0
    if spec and spec.is_moe:
        active_share = spec.n_active_experts / spec.n_experts
    # A decode step streams every matrix once, the active experts only, and the embedding table
    # only when it doubles as the output head (one row is looked up otherwise).
    read = total - embd - experts + experts * active_share + (embd if tied else 0)
    # A file's own parameter count leaves out quantization state (GPTQ scales, zero points)
    n_params = (model.params if same_as_file else 0) or sum(
        t.tensor.n_elements for t in typed) or model.params
    proj = projector_bytes(model)
    return WeightsInfo(total + proj, host, tuple(per_layer), output + proj, experts, float(read),
                       n_params, typed, proj)


def projector_bytes(model: ModelSpec) -> int:
    """Bytes of the model's multimodal projector (0 without one): its file's tensor table."""
    p = model.projector
    return sum(t.n_bytes for t in p.tensors) if p is not None and p.tensors else 0


def weights_info(model: ModelSpec, quant: Quantization) -> WeightsInfo:
    """Weight bytes (total, in RAM, per layer, per decode step) for ``model`` at ``quant``."""
    key = (model.id, model.transformer, model.params, model.tensors, model.file_quantization,
           quant, model.projector.tensors if model.projector is not None else None)
    info = _CACHE.get(key)
    if info is None:
        if len(_CACHE) > 512:
            _CACHE.clear()
        info = _CACHE[key] = _compute(model, quant)
    return info
