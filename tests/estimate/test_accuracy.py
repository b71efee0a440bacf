"""The engine against measured llama-bench results (issue 2's accuracy bars).

Uses the same reference rows as benchmarks/accuracy.py: CUDA tg128 / pp512 rows from the 2025
llama.cpp scoreboard, each estimated by the real ``estimate()`` with the shipped calibration.
"""

from __future__ import annotations

import importlib.util
import statistics
import sys
from pathlib import Path

import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

BENCH = Path(__file__).resolve().parents[2] / "benchmarks"


def _reference():
    sys.path.insert(0, str(BENCH))
    try:
        spec = importlib.util.spec_from_file_location("_bench_reference", BENCH / "reference.py")
        mod = importlib.util.module_from_spec(spec)
        sys.modules[spec.name] = mod  # dataclasses look their module up while it executes
        spec.loader.exec_module(mod)
        return mod
    finally:
        sys.path.remove(str(BENCH))


ROWS = [r for r in _reference().bench_rows() if r.llama_bench and r.current]


def _errors(test: str) -> list[float]:
    out = []
    for r in ROWS:
        if r.test != test:
            continue
        w = Workload(context=max(1, r.tokens // 2) if test == "tg" else 512, prompt=r.tokens,
                     flash_attention=False)
        e = estimate(r.model, get_quantization(r.quant), r.gpu.to_spec(), w)
        value = e.speed.decode_tokens_per_s if test == "tg" else e.speed.prefill_tokens_per_s
        out.append(abs(value / r.measured - 1))
    return out


def test_reference_rows_cover_many_gpus() -> None:
    assert len({r.gpu.id for r in ROWS}) >= 15


def test_decode_within_10_percent_median_and_25_worst() -> None:
    errors = _errors("tg")
    assert statistics.median(errors) < 0.10
    assert max(errors) < 0.25


def test_prefill_within_20_percent_median() -> None:
    errors = _errors("pp")
    assert statistics.median(errors) < 0.20


@pytest.mark.parametrize("gpu", ["GeForce RTX 4090", "A100 SXM4 80GB"])
def test_brief_ceiling_versus_measurement(gpu: str) -> None:
    # DESIGN.md 5: the bandwidth ceiling (RTX 4090 ~264, A100 ~520 tok/s) overestimates the
    # measured 186 / 191 tok/s; the calibrated estimate must land near the measurement instead.
    row = next(r for r in ROWS if r.gpu.name == gpu and r.test == "tg")
    ceiling = row.gpu.to_spec().bandwidth_bytes_per_s / 3.56 / 2**30
    e = estimate(row.model, get_quantization(row.quant), row.gpu.to_spec(), Workload(context=64))
    assert ceiling > 1.3 * row.measured
    assert e.speed.decode_tokens_per_s == pytest.approx(row.measured, rel=0.10)
