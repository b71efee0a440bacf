"""Show the work writes products and results with × and →, not the ASCII x and ->."""

from __future__ import annotations

import re

import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.hardware.catalogue import get_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

ASCII = re.compile(r"(^|[ (])x( |$)|->")


@pytest.mark.parametrize(("model", "quant"), [("llama-3.1-8b", "q4_k_m"),
                                              ("resnet-50", "fp16"), ("mlp-mnist", "fp32")])
def test_formulas_use_the_multiplication_sign_and_arrow(model: str, quant: str) -> None:
    e = estimate(get_preset(model), get_quantization(quant), get_gpu("rtx-4090").to_spec())
    texts = [t for item in e.explain for t in (item.as_json()["formula"],
                                               item.as_json()["substituted"])]
    assert [t for t in texts if ASCII.search(t)] == []
    assert any("×" in t for t in texts)
