"""Multilayer perceptrons: parameters, FLOPs per sample and the widest layer.

A dense layer of ``n_in`` inputs and ``n_out`` outputs holds ``n_in x n_out`` weights (plus
``n_out`` biases) and costs ``2 x n_in x n_out`` FLOPs per sample (one multiply and one add per
weight); activations and biases are not counted, as for CNNs.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.models.spec import MlpSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_TOO_FEW = QT_TRANSLATE_NOOP(
    "Models", "An MLP needs at least an input and an output width, each at least 1.")


@dataclass(frozen=True)
class MlpProfile:
    """Per-sample figures of an MLP at batch 1."""

    params: int
    flops: int
    widest: int  # the largest layer width, input and output included
    peak_activation_elements: int  # input + output of the largest layer
    layer_params: tuple[int, ...]  # one entry per dense layer

    @property
    def n_layers(self) -> int:
        return len(self.layer_params)


def mlp_profile(spec: MlpSpec) -> MlpProfile:
    """Walk the dense layers between consecutive widths of ``spec``."""
    widths = spec.widths
    if len(widths) < 2 or min(widths) < 1:
        raise InputError(_TOO_FEW())
    pairs = list(zip(widths[:-1], widths[1:], strict=True))
    layer_params = tuple(a * b + (b if spec.bias else 0) for a, b in pairs)
    return MlpProfile(
        params=sum(layer_params),
        flops=sum(2 * a * b for a, b in pairs),
        widest=max(widths),
        peak_activation_elements=max(a + b for a, b in pairs),
        layer_params=layer_params,
    )
