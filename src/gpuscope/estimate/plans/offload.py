"""llama.cpp / Ollama plans: fully on GPU, layers on the CPU (``-ngl``), MoE experts in RAM
(``-ot``) and layer split over several GPUs (``-sm layer -ts``), all from one placement model.

Memory of each GPU = its blocks' weights (less experts kept in RAM) + their KV cache (+ the output
head on the device of the last offloaded block) + the compute buffer + the runtime overhead; RAM =
input embeddings + the rest. "auto" picks the largest ``-ngl`` (or, for MoE models, the fewest
layers whose experts go to RAM) that fits every GPU, like llama.cpp's own fitting.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from gpuscope.errors import InputError
from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.plans import explain_offload
from gpuscope.estimate.plans.host import HostMemory, host_memory
from gpuscope.estimate.plans.links import Link, default_link, pcie_for
from gpuscope.estimate.plans.placement import Blocks, Placement, blocks_of, hops, loads, place
from gpuscope.estimate.plans.result import DeviceShare, Engine, Plan, Strategy
from gpuscope.estimate.plans.timing import gpu_decode_s, host_decode_s, prefill_s
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP

_NOT_DECODER = QT_TRANSLATE_NOOP(
    "Errors", "Plans are for text-generation Transformers; '{model}' is not one.")
_NOT_GGUF = QT_TRANSLATE_NOOP(
    "Errors", "{engine} runs GGUF files: choose a GGUF quantization such as q4_k_m or q8_0 "
              "(not {quant}).")


@dataclass(frozen=True)
class LlamaSetup:
    """One llama.cpp selection: model, quantization, GPUs with their VRAM budgets, host, link."""

    model: ModelSpec
    quant: Quantization
    gpus: tuple[GpuSpec, ...]
    workload: Workload
    budgets: tuple[float, ...]  # VRAM each GPU may use: free now when known, else total
    host: HostMemory
    link: Link  # between GPUs
    engine: Engine = Engine.LLAMA_CPP

    @cached_property
    def ests(self) -> list[TransformerEstimator]:
        w = self.workload.with_(n_gpus=1)
        return [estimator_for(self.model, self.quant, g, w) for g in self.gpus]

    @cached_property
    def blocks(self) -> Blocks:
        return blocks_of(self.ests[0], self.workload.context, self.workload.batch)

    @cached_property
    def compute(self) -> float:
        return float(self.ests[0].compute_bytes(self.workload.context, self.workload.batch))

    @property
    def overhead(self) -> float:
        return float(self.ests[0].runtime.overhead_bytes)

    @property
    def n_layers(self) -> int:
        return self.ests[0].spec.n_layers

    def placement(self, gpu_layers: int, cpu_moe: int = 0) -> Placement:
        return place(self.n_layers, gpu_layers, self.budgets, cpu_moe)

    def gpu_totals(self, p: Placement) -> list[float]:
        gl, _ = loads(p, self.blocks, len(self.gpus))
        return [ld.weights + ld.kv + self.compute + self.overhead for ld in gl]

    def fits(self, p: Placement) -> bool:
        return all(t <= b for t, b in zip(self.gpu_totals(p), self.budgets, strict=True))


def llama_setup(model: ModelSpec, quant: Quantization, gpus: tuple[GpuSpec, ...],
                workload: Workload, *, free_bytes: tuple[float | None, ...] | None = None,
                host: HostMemory | None = None, link: Link | None = None,
                engine: Engine = Engine.LLAMA_CPP) -> LlamaSetup:
    spec = model.transformer
    if spec is None or spec.encoder_only:
        raise InputError(_NOT_DECODER(model=model.name))
    if not quant.is_gguf:
        raise InputError(_NOT_GGUF(engine=engine.value, quant=quant.name))
    free = free_bytes or (None,) * len(gpus)
    budgets = tuple(g.memory if f is None else min(f, g.memory)
                    for g, f in zip(gpus, free, strict=True))
    return LlamaSetup(model, quant, gpus, workload, budgets, host or host_memory(gpus[0]),
                      link or default_link(gpus), engine)


def auto_gpu_layers(s: LlamaSetup, cpu_moe: int = 0) -> int:
    """Largest -ngl (0 .. layers + 1) for which every GPU fits; 0 when none does."""
    for k in range(s.n_layers + 1, -1, -1):
        if s.fits(s.placement(k, cpu_moe)):
            return k
    return 0


def auto_cpu_moe(s: LlamaSetup) -> int | None:
    """Fewest layers whose experts go to RAM with every layer on the GPUs; None if none fits."""
    for n in range(s.n_layers + 1):
        if s.fits(s.placement(s.n_layers + 1, n)):
            return n
    return None


def llama_plan(s: LlamaSetup, *, gpu_layers: int | None = None,
               cpu_moe: int | None = None) -> Plan:
    """The plan for ``s``: explicit ``-ngl`` / experts-in-RAM counts, or the best automatic one."""
    n = s.n_layers
    if gpu_layers is not None or cpu_moe is not None:
        moe = cpu_moe or 0
        k = gpu_layers if gpu_layers is not None else auto_gpu_layers(s, moe)
        return build_plan(s, s.placement(k, moe))
    full = s.placement(n + 1)
    if s.fits(full):
        return build_plan(s, full)
    candidates = [build_plan(s, s.placement(auto_gpu_layers(s), 0))]
    if s.model.transformer and s.model.transformer.is_moe and s.engine is not Engine.OLLAMA:
        m = auto_cpu_moe(s)
        p = s.placement(n + 1, m) if m is not None else s.placement(auto_gpu_layers(s, n), n)
        candidates.append(build_plan(s, p))
    return max(candidates, key=lambda c: (c.fits, c.decode_tokens_per_s))


def strategy_of(p: Placement, n_gpus: int) -> Strategy:
    if p.gpu_layers > p.n_layers and p.cpu_moe == 0:
        return Strategy.GPU if n_gpus == 1 else Strategy.LAYER_SPLIT
    return Strategy.MOE_OFFLOAD if p.cpu_moe > 0 else Strategy.OFFLOAD


def build_plan(s: LlamaSetup, p: Placement) -> Plan:
    w, spec = s.workload, s.ests[0].spec
    gl, hl = loads(p, s.blocks, len(s.gpus))
    gpu_times = [gpu_decode_s(est, ld, w.batch) for est, ld in zip(s.ests, gl, strict=True)]
    host_time = host_decode_s(s.host, hl)
    n_host_hops, n_gpu_hops = hops(p, s.blocks)
    pcie = min((pcie_for(g) for g in s.gpus), key=lambda link: link.bandwidth)
    message = w.batch * spec.d_model * 4.0
    hop_time = n_host_hops * pcie.transfer_s(message) + n_gpu_hops * s.link.transfer_s(message)
    step = sum(gpu_times) + host_time + hop_time
    devices = [
        DeviceShare("gpu", i, g.name, ld.n_blocks, ld.first_block, ld.output, ld.weights, ld.kv,
                    s.compute, s.overhead, s.budgets[i], gpu_times[i], ld.experts)
        for i, (g, ld) in enumerate(zip(s.gpus, gl, strict=True))]
    cpu_compute = s.compute if (hl.n_blocks or hl.experts) else 0.0
    devices.append(DeviceShare("host", -1, "CPU", hl.n_blocks, hl.first_block, hl.output,
                               hl.weights, hl.kv, cpu_compute, 0.0, s.host.ram_bytes, host_time,
                               hl.experts))
    pre = prefill_s(s.ests, gl, hl, w.prompt, w.batch, pcie.bandwidth)
    plan = Plan(
        strategy=strategy_of(p, len(s.gpus)), engine=s.engine, model=s.model, quant=s.quant,
        workload=w, gpus=s.gpus, devices=tuple(devices), n_layers=s.n_layers,
        gpu_layers=p.gpu_layers, cpu_moe_layers=p.cpu_moe, tensor_split=p.split,
        tensor_parallel=1, pipeline_parallel=len(s.gpus), link=s.link, host=s.host,
        decode_s=step, prefill_tokens_per_s=w.prompt * w.batch / pre if pre > 0 else None,
        notes=(), explain=())
    notes, items = explain_offload.describe(plan, s, gpu_time=sum(gpu_times),
                                            hops=n_host_hops + n_gpu_hops, hop_time=hop_time)
    return replace(plan, notes=notes, explain=items)
