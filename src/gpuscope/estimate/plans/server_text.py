"""vLLM's figures in words, shared by ``gpuscope plan`` and the window's "How to run it" tab.

The budget and KV-cache pool per GPU, how many sequences of the context it holds, the throughput
at that batch and the batch above which decode turns compute-bound, and the smallest
tensor-parallel size that holds one sequence. The figures are the plan's
(:class:`~gpuscope.estimate.plans.result.ServerFigures`); nothing is recomputed here but the
tensor-parallel size, which :func:`~gpuscope.estimate.plans.server.needed_parallelism` finds.
"""

from __future__ import annotations

import math

from gpuscope.estimate.plans.result import Plan
from gpuscope.estimate.plans.server import VllmOptions, needed_parallelism
from gpuscope.estimate.plans.server_plan import vllm_kv_dtype
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate
from gpuscope.units import Bytes, Count, Percent, Ratio, TokenRate

L_POOL = QT_TRANSLATE_NOOP(
    "Plans", "vLLM budget per GPU: {budget} ({vram} × {utilization}); KV-cache pool {pool} = "
             "{blocks} blocks of {block_size} tokens")
L_SEQS = translate(
    "Plans", "%n sequence(s) of {context} tokens at once (max concurrency {concurrency}×, "
             "scheduler cap {cap}); one sequence can reach {longest} tokens", None, 1)
L_NO_SEQ = QT_TRANSLATE_NOOP(
    "Plans", "Does not fit: the pool cannot hold one sequence of {context} tokens")
L_SPEED = QT_TRANSLATE_NOOP(
    "Plans", "Throughput {throughput} in total; decode turns compute-bound above batch "
             "~{crossover}")
L_THROUGHPUT = QT_TRANSLATE_NOOP("Plans", "Throughput {throughput} in total")
L_TP = translate(
    "Plans", "Smallest tensor-parallel size that holds one sequence of {context} tokens: {needed} "
             "(this plan: %n GPU(s))", None, 1)


def crossover_count(value: float) -> int | None:
    """The crossover batch as a whole number of sequences; None when decode never turns
    compute-bound (no matrix products to speak of)."""
    return None if not math.isfinite(value) else max(1, round(value))


def needed_tp(plan: Plan) -> int | None:
    """Smallest tensor-parallel size (within one node) whose pool holds one sequence of the
    plan's context on GPUs like the plan's smallest; None when one node is not enough (the plan's
    notes then say how many nodes)."""
    f = plan.server
    if f is None or plan.model.transformer is None:
        return None
    gpu = min(plan.gpus, key=lambda g: (g.memory, g.bandwidth_bytes_per_s))
    o = VllmOptions(gpu_memory_utilization=f.gpu_memory_utilization,
                    kv_cache_dtype=vllm_kv_dtype(plan.workload.kv_cache),
                    max_num_seqs=f.max_num_seqs, max_num_batched_tokens=f.max_num_batched_tokens)
    need = needed_parallelism(plan.model, plan.quant, gpu, plan.workload, o)
    return need[0] if need is not None and need[1] == 1 else None


def server_lines(plan: Plan) -> tuple[Message, ...]:
    """The plan's vLLM figures, one message a line; empty for other engines."""
    f = plan.server
    if f is None:
        return ()
    gpu = min(plan.gpus, key=lambda g: (g.memory, g.bandwidth_bytes_per_s))
    context = Count(plan.workload.context)
    lines = [
        L_POOL(budget=Bytes(f.budget_bytes), vram=Bytes(gpu.memory),
               utilization=Percent(100 * f.gpu_memory_utilization), pool=Bytes(f.kv_pool_bytes),
               blocks=Count(f.kv_blocks), block_size=Count(f.block_size)),
    ]
    if f.concurrent_seqs < 1:
        lines.append(L_NO_SEQ(context=context))
    else:
        lines.append(L_SEQS(f.concurrent_seqs, context=context,
                            concurrency=Ratio(f.max_concurrency), cap=Count(f.max_num_seqs),
                            longest=Count(f.max_context_one_seq)))
    crossover = crossover_count(f.crossover_batch)
    throughput = TokenRate(f.throughput_tokens_per_s)
    if f.concurrent_seqs >= 1:  # no throughput to speak of when not one sequence fits
        lines.append(L_THROUGHPUT(throughput=throughput) if crossover is None
                     else L_SPEED(throughput=throughput, crossover=Count(crossover)))
    needed = needed_tp(plan) if f.concurrent_seqs >= 1 else None  # else the notes say it
    if needed is not None:
        lines.append(L_TP(plan.tensor_parallel * plan.pipeline_parallel, context=context,
                          needed=Count(needed)))
    return tuple(lines)
