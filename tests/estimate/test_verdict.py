"""The verdict sentence: numbers, level, and what to change when the model does not fit."""

from __future__ import annotations

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.verdict import Level, make_verdict
from gpuscope.estimate.workload import Workload
from gpuscope.quantization import get_quantization

from .conftest import LLAMA2_70B, LLAMA3_8B, RTX_4090


def test_fitting_model_reports_usage_and_largest_context() -> None:
    e = estimate(LLAMA3_8B, get_quantization("q4_k_m"), RTX_4090, Workload(context=4096))
    v = make_verdict(e)
    text = v.message.render()
    assert v.level is Level.FITS
    assert text.startswith("Fits — ")
    assert "of 24.0 GiB" in text and "largest context that fits: 8,192" in text


def test_busy_gpu_fits_only_when_idle() -> None:
    e = estimate(LLAMA3_8B, get_quantization("q8_0"), RTX_4090, Workload(context=8192),
                 free_bytes=4 * 2**30)
    v = make_verdict(e)
    assert v.level is Level.FITS_IDLE
    assert "only 4.0 GiB is free now" in v.message.render()


def test_70b_on_one_4090_suggests_smaller_quant_more_gpus_or_offload() -> None:
    e = estimate(LLAMA2_70B, get_quantization("q4_k_m"), RTX_4090, Workload(context=4096))
    v = make_verdict(e)
    text = v.message.render()
    assert v.level is Level.NO_FIT
    assert text.startswith("Does not fit — needs ")
    assert "2 × GPU" in text
    assert "layers on the GPU" in text
    assert len(v.hints) == 3
