"""Show the work states a peak in the unit of its number format: TOPS for integers."""

from __future__ import annotations

import pytest

from gpuscope.estimate import explain as X
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization
from gpuscope.units import Kind, PeakRate
from tests.estimate.conftest import LLAMA3_8B, RTX_4090


@pytest.mark.parametrize("quant", ["q4_k_m", "q8_0", "fp16", "fp32"])
def test_prefill_peak_unit_follows_the_format_it_runs_in(quant: str) -> None:
    e = estimate(LLAMA3_8B, get_quantization(quant), RTX_4090, Workload())
    item = next(i for i in e.explain if i.quantity == X.Q_PREFILL)
    key = item.substituted.args["peak_key"]
    peak = item.substituted.args["peak"]
    integer = key.startswith("int")
    assert peak.kind is (Kind.OP_RATE if integer else Kind.FLOP_RATE)
    assert peak.value == pytest.approx(RTX_4090.peak(key))
    shown = item.substituted.render()
    assert ("TOPS" in shown) == integer and ("TFLOPS" in shown) == (not integer)


def test_peak_rate_kinds() -> None:
    assert PeakRate(1e12, "int4").kind is Kind.OP_RATE
    assert PeakRate(1e12, "fp8").kind is Kind.FLOP_RATE
