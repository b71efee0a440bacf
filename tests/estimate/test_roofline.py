"""Roofline points: decode reaches the ridge at the batch the formula gives, or never."""

from __future__ import annotations

from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.roofline import crossover_point, decode_point, ridge_batch
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

GPU = find_gpu("rtx-4090").to_spec()
RIDGE = GPU.peak("fp16") / GPU.bandwidth_bytes_per_s  # the plot's ridge


def _est(context: int):
    return estimator_for(get_preset("llama-3.1-8b"), get_quantization("q4_k_m"), GPU,
                         Workload(context=context))


def test_short_context_reaches_the_ridge_at_the_first_batch_above_it() -> None:
    est = _est(512)
    b = ridge_batch(est, 512, RIDGE)
    assert b is not None and b > 1
    assert decode_point(est, 512, b).intensity >= RIDGE > decode_point(est, 512, b - 1).intensity
    point = crossover_point(est, 512, RIDGE)
    assert point is not None and point.batch == b
    # decode is streaming-bound below the ridge: achieved FLOP/s stay under the bandwidth roof
    assert point.flops_per_s <= point.intensity * GPU.bandwidth_bytes_per_s


def test_hand_computed_batch() -> None:
    """b = R x W / (F - R x K): weights read W, FLOP per token F, KV bytes per sequence K."""
    est = _est(512)
    w = est.speed.weights_read_bytes
    f, k = float(est.flops_per_token(512)), float(est.kv_bytes(512, 1))
    exact = RIDGE * w / (f - RIDGE * k)
    assert ridge_batch(est, 512, RIDGE) == -(-exact // 1)


def test_long_context_never_reaches_it() -> None:
    """Llama 3.1 8B at 8k: 1 GiB of KV per sequence x 164 FLOP/B is more than the ~20 GFLOP a
    token costs, so no batch brings decode to the ridge."""
    est = _est(8192)
    assert RIDGE * float(est.kv_bytes(8192, 1)) > float(est.flops_per_token(8192))
    assert ridge_batch(est, 8192, RIDGE) is None and crossover_point(est, 8192, RIDGE) is None
