"""``make_plan()``: the one entry point the CLI and the window call for a plan."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from gpuscope.errors import InputError
from gpuscope.estimate.plans import texts as T
from gpuscope.estimate.plans.host import HostMemory
from gpuscope.estimate.plans.links import Link
from gpuscope.estimate.plans.multigpu import tensor_parallel_plan
from gpuscope.estimate.plans.offload import llama_plan, llama_setup
from gpuscope.estimate.plans.result import Engine, Plan
from gpuscope.estimate.plans.server import VllmOptions
from gpuscope.estimate.plans.server_plan import vllm_kv_dtype, vllm_plan
from gpuscope.estimate.speed import prefill_unknown
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Count

_OLLAMA_TP = QT_TRANSLATE_NOOP(
    "Errors", "Ollama splits a model over GPUs by layers only; use llama.cpp or vLLM for tensor "
              "parallelism.")
_SPLIT = QT_TRANSLATE_NOOP("Errors", "Unknown split '{split}': use auto, layer or tensor.")
_CPU_MOE_DENSE = QT_TRANSLATE_NOOP(
    "Errors", "{model} is a dense model: it has no MoE experts to keep in RAM (offload layers "
              "instead).")
_NO_BANDWIDTH = QT_TRANSLATE_NOOP(
    "Errors", "Cannot plan for {gpu}: speed {reason}.")
_NO_MEMORY = QT_TRANSLATE_NOOP(
    "Errors", "Cannot plan for {gpu}: its VRAM size is unknown ({reason}).")
SPLITS = ("auto", "layer", "tensor")


@dataclass(frozen=True)
class PlanRequest:
    """Everything a plan depends on. ``None`` means automatic."""

    model: ModelSpec
    quant: Quantization
    gpus: tuple[GpuSpec, ...]
    workload: Workload = field(default_factory=Workload)
    engine: Engine = Engine.LLAMA_CPP
    split: str = "auto"  # several GPUs: auto (llama.cpp: layer; vLLM: tensor) | layer | tensor
    gpu_layers: int | None = None  # llama.cpp -ngl / Ollama num_gpu
    cpu_moe: int | None = None  # layers whose MoE experts stay in RAM
    free_bytes: tuple[float | None, ...] | None = None  # VRAM free now, per GPU
    host: HostMemory | None = None
    link: Link | None = None
    vllm: VllmOptions = field(default_factory=VllmOptions)

    def with_(self, **changes: object) -> PlanRequest:
        return replace(self, **changes)  # type: ignore[arg-type]


def make_plan(r: PlanRequest) -> Plan:
    """The plan for request ``r``: vLLM serving, llama.cpp tensor split, or llama.cpp / Ollama
    layer placement (fully on GPU, split over GPUs, layers or experts in RAM)."""
    if r.split not in SPLITS:
        raise InputError(_SPLIT(split=r.split))
    spec = r.model.transformer
    if r.cpu_moe and not (spec is not None and spec.is_moe):
        raise InputError(_CPU_MOE_DENSE(model=r.model.name))
    for gpu in r.gpus:  # a plan needs the GPU's size and speed: unknown ones cannot be planned
        if not gpu.memory_known:
            raise InputError(_NO_MEMORY(gpu=gpu.name, reason=gpu.unknown["memory"]))
        why = prefill_unknown(gpu)
        if why is not None:
            raise InputError(_NO_BANDWIDTH(gpu=gpu.name, reason=why))
    if r.engine is Engine.VLLM:
        opts = replace(r.vllm, kv_cache_dtype=vllm_kv_dtype(r.workload.kv_cache))
        return vllm_plan(r.model, r.quant, r.gpus, r.workload, opts, link=r.link, host=r.host)
    if r.split == "tensor" and len(r.gpus) > 1:
        if r.engine is Engine.OLLAMA:
            raise InputError(_OLLAMA_TP())
        plan = tensor_parallel_plan(r.model, r.quant, r.gpus, r.workload, engine=r.engine,
                                    free_bytes=r.free_bytes, host=r.host, link=r.link)
    else:
        s = llama_setup(r.model, r.quant, r.gpus, r.workload, free_bytes=r.free_bytes,
                        host=r.host, link=r.link, engine=r.engine)
        plan = llama_plan(s, gpu_layers=r.gpu_layers, cpu_moe=r.cpu_moe)
    return _with_context_note(plan)


def _with_context_note(plan: Plan) -> Plan:
    """llama.cpp runs past the model's trained context with a warning, Ollama caps num_ctx at it
    (llm/server.go): say so."""
    spec, w = plan.model.transformer, plan.workload
    if spec is None or not spec.max_context or w.context <= spec.max_context:
        return plan
    template = T.N_OLLAMA_CONTEXT_CAP if plan.engine is Engine.OLLAMA else T.N_CONTEXT_BEYOND
    note = template(context=Count(w.context), limit=Count(spec.max_context))
    return replace(plan, notes=(*plan.notes, note))
