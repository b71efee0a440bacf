"""Notes and show-the-work items of a llama.cpp / Ollama plan."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.plans import texts as T
from gpuscope.estimate.plans.result import Engine, Plan
from gpuscope.text import Message
from gpuscope.units import ByteRate, Bytes, Count, Percent, Seconds, TokenRate

if TYPE_CHECKING:
    from gpuscope.estimate.plans.offload import LlamaSetup


def host_notes(plan: Plan) -> list[Message]:
    """What the CPU part assumes, when there is one, and whether RAM holds it."""
    out: list[Message] = []
    h, host = plan.host_share, plan.host
    if h is not None and h.decode_s > 0:
        if host.assumed:
            out.append(T.N_HOST_ASSUMED(effective=ByteRate(host.effective),
                                        bandwidth=ByteRate(host.bandwidth),
                                        platform=host.platform,
                                        efficiency=Percent(100 * host.efficiency)))
        else:
            out.append(T.N_HOST_ENTERED(effective=ByteRate(host.effective)))
        if plan.workload.batch > 1:
            out.append(T.N_BATCH_CPU(batch=Count(plan.workload.batch)))
    if h is not None and h.fits is False:
        out.append(T.N_RAM_SHORT(needed=Bytes(h.total_bytes), ram=Bytes(h.capacity_bytes or 0)))
    for d in plan.gpu_devices:
        if d.fits is False:
            out.append(T.N_VRAM_SHORT(index=Count(d.index), name=d.name,
                                      needed=Bytes(d.total_bytes),
                                      capacity=Bytes(d.capacity_bytes or 0)))
    return out


def describe(plan: Plan, s: LlamaSetup, *, gpu_time: float, hops: int,
             hop_time: float) -> tuple[tuple[Message, ...], tuple[ExplainItem, ...]]:
    notes = host_notes(plan)
    spec = s.ests[0].spec
    if (s.engine is Engine.OLLAMA and spec.is_moe and not plan.all_on_gpu):
        notes.append(T.N_OLLAMA_MOE())
    items: list[ExplainItem] = []
    total = plan.n_layers + 1
    fullest = max(plan.gpu_devices, key=lambda d: d.total_bytes / (d.capacity_bytes or 1))
    items.append(ExplainItem(
        T.Q_GPU_LAYERS, T.F_GPU_LAYERS,
        T.SUB_GPU_LAYERS(k=Count(plan.gpu_layers), total=Count(total),
                         needed=Bytes(fullest.total_bytes),
                         capacity=Bytes(fullest.capacity_bytes or 0)),
        Count(plan.gpu_layers), T.S_PLACEMENT))
    h = plan.host_share
    if plan.cpu_moe_layers and h is not None:
        items.append(ExplainItem(
            T.Q_CPU_MOE, T.F_CPU_MOE,
            T.SUB_CPU_MOE(n=Count(plan.cpu_moe_layers), experts=Bytes(h.expert_bytes)),
            Count(plan.cpu_moe_layers), T.S_PLACEMENT))
    if h is not None:
        embd = float(s.ests[0].weights.host_bytes)
        items.append(ExplainItem(
            T.Q_RAM, T.F_RAM,
            T.SUB_RAM(embeddings=Bytes(embd), weights=Bytes(h.weights_bytes - embd),
                      kv=Bytes(h.kv_bytes), compute=Bytes(h.compute_bytes),
                      value=Bytes(h.total_bytes)),
            Bytes(h.total_bytes), T.S_PLACEMENT))
        if h.decode_s > 0:
            host = plan.host
            items.append(ExplainItem(
                T.Q_HOST_BW, T.F_HOST_BW,
                T.SUB_HOST_BW(bandwidth=ByteRate(host.bandwidth),
                              efficiency=Percent(100 * host.efficiency),
                              value=ByteRate(host.effective), platform=host.platform),
                ByteRate(host.effective), host.source))
    cpu_bytes = 0.0 if h is None else h.decode_s * plan.host.effective
    items.append(ExplainItem(
        T.Q_PLAN_SPEED, T.F_PLAN_SPEED,
        T.SUB_PLAN_SPEED(gpu_time=Seconds(gpu_time), cpu_bytes=Bytes(cpu_bytes),
                         cpu_time=Seconds(0.0 if h is None else h.decode_s), hops=Count(hops),
                         hop_time=Seconds(hop_time), step=Seconds(plan.decode_s),
                         value=TokenRate(plan.decode_tokens_per_s)),
        TokenRate(plan.decode_tokens_per_s), T.S_PLAN_SPEED))
    return tuple(notes), tuple(items)
