"""Where a Transformer's decode and prefill sit on the roofline, and where decode crosses the ridge.

A point is (arithmetic intensity, achieved FLOP/s)::

    decode:  intensity = batch x FLOP per token / (weights read + KV read of the batch)
    prefill: intensity = batch x prefill FLOP / (micro-batches x weights on the GPU)

Decode streams every weight once per step whatever the batch, so its intensity grows with the
batch, towards ``FLOP per token / KV bytes per sequence``; it reaches a ridge ``R`` (peak /
bandwidth) at::

    b = R x weights read / (FLOP per token - R x KV bytes per sequence)

and never when the KV-cache reads alone keep it below (long contexts). This is the whole step;
vLLM plans also quote :func:`~gpuscope.estimate.plans.server.crossover_batch`, the batch above
which the matrix products alone outlast the weight reads (the attention's KV reads stay
memory-bound at any batch).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gpuscope.estimate.transformer import TransformerEstimator

#: Beyond this batch the crossover is not shown (no server batches that many sequences).
MAX_CROSSOVER_BATCH = 100_000


@dataclass(frozen=True)
class RooflinePoint:
    intensity: float  # FLOP per byte moved
    flops_per_s: float
    batch: int


def decode_point(est: TransformerEstimator, context: int, batch: int) -> RooflinePoint:
    step_bytes = est.speed.weights_read_bytes + float(est.kv_bytes(context, batch))
    flops = batch * float(est.flops_per_token(context))
    return RooflinePoint(flops / step_bytes, flops / float(est.decode(context, batch).total_s),
                         batch)


def prefill_point(est: TransformerEstimator, prompt: int, batch: int,
                  ubatch: int) -> RooflinePoint:
    n_ub = max(1, -(-prompt * batch // ubatch))
    flops = batch * est.prefill_flops(prompt)
    return RooflinePoint(flops / (n_ub * est.speed.weights_gpu_bytes),
                         flops / float(est.prefill(prompt, batch).total_s), batch)


def ridge_batch(est: TransformerEstimator, context: int, ridge: float) -> int | None:
    """Smallest batch whose decode step reaches intensity ``ridge`` (FLOP/B); None when no batch
    up to :data:`MAX_CROSSOVER_BATCH` does (the KV reads keep decode memory-bound)."""
    flops = float(est.flops_per_token(context))
    kv_seq = float(est.kv_bytes(context, 1))
    room = flops - ridge * kv_seq
    if room <= 0 or ridge <= 0:
        return None
    b = max(1, math.ceil(ridge * est.speed.weights_read_bytes / room - 1e-9))
    return b if b <= MAX_CROSSOVER_BATCH else None


def crossover_point(est: TransformerEstimator, context: int,
                    ridge: float) -> RooflinePoint | None:
    """The decode point at :func:`ridge_batch`, or None."""
    b = ridge_batch(est, context, ridge)
    return None if b is None else decode_point(est, context, b)
