"""Curves evaluate the scalar formulas on arrays: every plotted point equals the estimate."""

from __future__ import annotations

import numpy as np
import pytest

from gpuscope.estimate.curves import context_axis, decode_curve, memory_curve, prefill_curve
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.quantization import get_quantization

from .conftest import LLAMA3_8B, RTX_4090


@pytest.fixture
def est() -> TransformerEstimator:
    return TransformerEstimator(LLAMA3_8B, get_quantization("q4_k_m"), RTX_4090)


def test_axis_is_log_spaced_and_bounded() -> None:
    axis = context_axis(131072)
    assert axis[0] == 256 and axis[-1] == 131072
    assert 200 <= len(axis) <= 256 and np.all(np.diff(axis) > 0)


def test_memory_curve_points_equal_scalar_memory(est) -> None:
    axis = context_axis(8192)
    curve = memory_curve(est, axis, batch=2)
    for i in (0, len(axis) // 2, len(axis) - 1):
        assert curve.total[i] == pytest.approx(float(est.memory(int(axis[i]), 2).total))


def test_speed_curves_match_scalar_and_carry_bands(est) -> None:
    axis = context_axis(8192)
    dec = decode_curve(est, axis, batch=1)
    assert dec.value[10] == pytest.approx(1 / float(est.decode(int(axis[10])).total_s))
    assert np.all(dec.low < dec.value) and np.all(dec.value < dec.high)
    prompts = np.array([1, 100, 512, 513, 4096])
    pre = prefill_curve(est, prompts, batch=1)
    for p, v in zip(prompts, pre.value, strict=True):
        assert v == pytest.approx(p / est.prefill(int(p)).total_s)
    assert pre.value[3] < pre.value[2]  # 513 tokens need a second micro-batch
