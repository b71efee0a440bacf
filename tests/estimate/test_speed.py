"""Speed model invariants, and the reference llama-bench points it is calibrated on."""

from __future__ import annotations

import numpy as np
import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

from .conftest import A100_80, LLAMA2_7B, LLAMA3_8B, RTX_3060, RTX_4090


def test_decode_slows_down_as_the_kv_cache_grows() -> None:
    est = TransformerEstimator(LLAMA3_8B, get_quantization("q4_k_m"), RTX_4090)
    ctx = np.array([128, 4096, 32768])
    t = est.decode(ctx).total_s
    assert np.all(np.diff(t) > 0)


def test_decode_is_memory_bound_and_follows_bandwidth() -> None:
    q = get_quantization("q4_0")
    fast = estimate(LLAMA2_7B, q, RTX_4090, Workload(context=128))
    slow = estimate(LLAMA2_7B, q, RTX_3060, Workload(context=128))
    assert fast.speed.decode_bound == "memory"
    ratio = fast.speed.decode_tokens_per_s / slow.speed.decode_tokens_per_s
    assert 1.5 < ratio < 1008 / 360  # bandwidth ratio bounds it from above (fixed costs)


def test_smaller_quantization_decodes_faster() -> None:
    w = Workload(context=128)
    q4 = estimate(LLAMA2_7B, get_quantization("q4_0"), RTX_4090, w)
    f16 = estimate(LLAMA2_7B, get_quantization("f16"), RTX_4090, w)
    assert q4.speed.decode_tokens_per_s > 2 * f16.speed.decode_tokens_per_s


def test_prefill_is_compute_bound_and_far_faster_than_decode() -> None:
    e = estimate(LLAMA2_7B, get_quantization("q4_0"), RTX_4090, Workload(prompt=512))
    assert e.speed.prefill_bound == "compute"
    assert e.speed.prefill_tokens_per_s > 20 * e.speed.decode_tokens_per_s


def test_batching_raises_throughput_but_not_per_sequence_speed() -> None:
    q = get_quantization("q4_k_m")
    one = estimate(LLAMA3_8B, q, RTX_4090, Workload(context=2048, batch=1))
    many = estimate(LLAMA3_8B, q, RTX_4090, Workload(context=2048, batch=16))
    assert many.speed.decode_batch_tokens_per_s > 4 * one.speed.decode_batch_tokens_per_s
    assert many.speed.decode_tokens_per_s < one.speed.decode_tokens_per_s


def test_large_batches_become_compute_bound() -> None:
    e = estimate(LLAMA3_8B, get_quantization("fp16"), A100_80,
                 Workload(context=512, batch=1024))
    assert e.speed.decode_bound == "compute"


@pytest.mark.parametrize(("gpu", "measured"), [(RTX_4090, 186.21), (A100_80, 190.88)])
def test_llama2_7b_q4_0_tg128_near_llama_bench(gpu, measured: float) -> None:
    # reference/llamacpp_bench.csv, CUDA scoreboard (llama.cpp discussion #15013)
    e = estimate(LLAMA2_7B, get_quantization("q4_0"), gpu, Workload(context=64))
    assert e.speed.decode_tokens_per_s == pytest.approx(measured, rel=0.15)
    low, high = e.speed.decode_range
    assert low < e.speed.decode_tokens_per_s < high
