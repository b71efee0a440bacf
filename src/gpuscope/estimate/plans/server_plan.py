"""The vLLM plan: per-GPU budget, KV pool, concurrent sequences, throughput, GPUs / nodes needed."""

from __future__ import annotations

import math
from dataclasses import replace

from gpuscope.errors import InputError
from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.plans import texts as T
from gpuscope.estimate.plans.host import HostMemory, host_memory
from gpuscope.estimate.plans.links import Link, default_link
from gpuscope.estimate.plans.multigpu import check_tp, comm_item, tp_comm_s
from gpuscope.estimate.plans.result import DeviceShare, Engine, Plan, ServerFigures, Strategy
from gpuscope.estimate.plans.server import (
    BLOCK_SIZE,
    GPUS_PER_NODE,
    KV_DTYPES,
    Pool,
    VllmOptions,
    crossover_batch,
    decode_step_s,
    max_context_one,
    needed_parallelism,
    pool_for,
    vllm_estimator,
)
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Bytes, Count, Percent, Ratio, Seconds, TokenRate

_NOT_DECODER = QT_TRANSLATE_NOOP(
    "Errors", "Plans are for text-generation Transformers; '{model}' is not one.")
_KV_DTYPE = QT_TRANSLATE_NOOP(
    "Errors", "vLLM's KV cache is 16-bit (auto) or fp8, not {kv}.")
_UTIL = QT_TRANSLATE_NOOP(
    "Errors", "gpu_memory_utilization must be above 0 and at most 1 (got {value}).")
_MAX_SEQS = QT_TRANSLATE_NOOP("Errors", "max_num_seqs must be at least 1 (got {value}).")
#: Framework formats vLLM quantizes on load (no special checkpoint needed).
_ONLINE = {"fp16", "bf16", "fp8"}


def vllm_kv_dtype(kv_cache: str) -> str:
    """vLLM's --kv-cache-dtype for gpuscope's KV type: f16 -> auto, q8_0 / fp8 -> fp8."""
    key = kv_cache.strip().lower()
    mapped = {"f16": "auto", "auto": "auto", "bf16": "auto", "q8_0": "fp8"}.get(key, key)
    if mapped not in KV_DTYPES:
        raise InputError(_KV_DTYPE(kv=kv_cache))
    return mapped


def vllm_plan(model: ModelSpec, quant: Quantization, gpus: tuple[GpuSpec, ...], workload: Workload,
              options: VllmOptions | None = None, *, link: Link | None = None,
              host: HostMemory | None = None) -> Plan:
    spec = model.transformer
    if spec is None or spec.encoder_only:
        raise InputError(_NOT_DECODER(model=model.name))
    o = options or VllmOptions()
    if not 0 < o.gpu_memory_utilization <= 1:
        raise InputError(_UTIL(value=str(o.gpu_memory_utilization)))
    if o.max_num_seqs is not None and o.max_num_seqs < 1:
        raise InputError(_MAX_SEQS(value=str(o.max_num_seqs)))
    tp = o.tensor_parallel or len(gpus)
    pp = o.pipeline_parallel
    check_tp(spec, tp)
    # the slowest / smallest GPU sets the pace and the pool (vLLM gives every rank the same pool)
    gpu = min(gpus, key=lambda g: (g.memory, g.bandwidth_bytes_per_s))
    link = link or default_link(gpus)
    w = workload
    est = vllm_estimator(model, quant, gpu, w)
    pool = pool_for(est, gpu, w.context, o, tp, pp)
    max_seqs = pool.sequences(w.context)
    seqs = min(w.batch, pool.max_num_seqs, max_seqs)
    step = decode_step_s(est, pool, tp, pp, max(1, seqs), w.context, link, link)
    need = needed_parallelism(model, quant, gpu, w, o) if seqs < 1 else None
    figures = ServerFigures(
        gpu_memory_utilization=o.gpu_memory_utilization, budget_bytes=pool.budget,
        activation_bytes=pool.activation, non_torch_bytes=pool.non_torch,
        kv_pool_bytes=max(0.0, pool.pool), kv_bytes_per_token=pool.kv_per_token,
        block_size=BLOCK_SIZE, kv_blocks=pool.blocks,
        max_concurrency=pool.blocks * BLOCK_SIZE / w.context, max_num_seqs=pool.max_num_seqs,
        concurrent_seqs=seqs, max_context_one_seq=max_context_one(pool, spec.max_context),
        throughput_tokens_per_s=max(1, seqs) / step if seqs else 0.0,
        crossover_batch=crossover_batch(est), max_num_batched_tokens=pool.max_num_batched_tokens,
        needed_parallelism=need)
    n_dev = tp * pp
    shown = gpus if len(gpus) == n_dev else (gpu,) * n_dev
    devices = tuple(
        DeviceShare("gpu", i, g.name, -(-spec.n_layers // pp), (i // tp) * (spec.n_layers // pp),
                    i // tp == pp - 1, pool.weights, figures.kv_pool_bytes, pool.activation,
                    pool.non_torch, g.memory * o.gpu_memory_utilization, step / pp)
        for i, g in enumerate(shown))
    plan = Plan(Strategy.TENSOR_PARALLEL if tp > 1 else Strategy.GPU, Engine.VLLM, model, quant,
                w, tuple(shown), devices, spec.n_layers, spec.n_layers + 1, 0, (1.0,) * n_dev, tp,
                pp, link if n_dev > 1 else None, host or host_memory(gpu), step,
                None, (), (), figures)
    return replace(plan, notes=_notes(plan, pool, est, o),
                   explain=_items(plan, pool, est, link, step))


def _notes(plan: Plan, pool: Pool, est: TransformerEstimator,
           o: VllmOptions) -> tuple[Message, ...]:
    w, q, f = plan.workload, plan.quant, plan.server
    assert f is not None
    notes: list[Message] = [T.N_VLLM_GRAPHS()]
    if q.is_gguf:
        notes.append(T.N_VLLM_GGUF())
    elif q.id not in _ONLINE:
        notes.append(T.N_VLLM_PREQUANT(quant=q.name))
    if len({(g.name, g.memory) for g in plan.gpus}) > 1:
        notes.append(T.N_MIXED_TP())
    if w.kv_cache.strip().lower() == "q8_0":
        notes.append(T.N_VLLM_KV_MAPPED(kv=w.kv_cache))
    limit = plan.model.transformer.max_context if plan.model.transformer else 0
    if limit and w.context > limit:
        notes.append(T.N_VLLM_CONTEXT_BEYOND(context=Count(w.context), limit=Count(limit)))
    if f.concurrent_seqs < 1:
        notes.append(T.N_VLLM_NO_FIT(context=Count(w.context)))
        need = f.needed_parallelism
        gpus = Count(GPUS_PER_NODE * 16)
        if need is None:
            notes.append(T.N_VLLM_NEVER(gpus=gpus, context=Count(w.context)))
        elif need[1] == 1:
            notes.append(T.N_VLLM_NEEDS(context=Count(w.context), tp=Count(need[0]),
                                        gpus=Count(need[0])))
        else:
            notes.append(T.N_VLLM_NODES(context=Count(w.context), gpus=Count(need[0] * need[1]),
                                        nodes=Count(math.ceil(need[0] * need[1] / GPUS_PER_NODE)),
                                        tp=Count(need[0]), pp=Count(need[1])))
    if f.max_context_one_seq and f.max_context_one_seq < limit:
        notes.append(T.N_VLLM_MAX_CONTEXT(context=Count(f.max_context_one_seq)))
    return tuple(notes)


def _items(plan: Plan, pool: Pool, est: TransformerEstimator, link: Link,
           step: float) -> tuple[ExplainItem, ...]:
    f, w = plan.server, plan.workload
    assert f is not None
    gpu = plan.gpus[0]
    per_seq_blocks = max(1, math.ceil(w.context / BLOCK_SIZE))
    s = est.speed
    weights_s = s.weights_read_bytes / (s.bandwidth * s.eta_bw)
    per_seq = 2.0 * s.matmul_params / (s.peak * s.eta_compute)
    batch = max(1, f.concurrent_seqs)
    items = [
        ExplainItem(T.Q_KV_POOL, T.F_KV_POOL,
                    T.SUB_KV_POOL(vram=Bytes(gpu.memory),
                                  utilization=Percent(100 * f.gpu_memory_utilization),
                                  weights=Bytes(pool.weights), activation=Bytes(pool.activation),
                                  non_torch=Bytes(pool.non_torch), value=Bytes(pool.pool)),
                    Bytes(f.kv_pool_bytes), T.S_KV_POOL),
        ExplainItem(T.Q_MAX_SEQS, T.F_MAX_SEQS,
                    T.SUB_MAX_SEQS(blocks=Count(f.kv_blocks), block_size=Count(BLOCK_SIZE),
                                   per_seq=Count(per_seq_blocks),
                                   value=Count(f.kv_blocks // per_seq_blocks)),
                    Count(f.kv_blocks // per_seq_blocks), T.S_KV_POOL),
        ExplainItem(T.Q_CROSSOVER, T.F_CROSSOVER,
                    T.SUB_CROSSOVER(weights_time=Seconds(weights_s), per_seq=Seconds(per_seq),
                                    value=Ratio(f.crossover_batch)),
                    Ratio(f.crossover_batch), T.S_PLAN_SPEED),
        ExplainItem(T.Q_THROUGHPUT, T.F_THROUGHPUT,
                    T.SUB_THROUGHPUT(batch=Count(batch), step=Seconds(step),
                                     value=TokenRate(f.throughput_tokens_per_s)),
                    TokenRate(f.throughput_tokens_per_s), T.S_PLAN_SPEED),
    ]
    if plan.tensor_parallel > 1:
        items.append(comm_item(est.spec, link, plan.tensor_parallel, batch,
                               tp_comm_s(est.spec, link, plan.tensor_parallel, batch)))
    return tuple(items)
