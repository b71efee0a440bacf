"""MLP profile: the Keras MNIST example's published parameter count and hand-counted FLOPs."""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.models.mlp import mlp_profile
from gpuscope.models.presets import get_preset
from gpuscope.models.spec import MlpSpec


def test_mnist_mlp_matches_keras_summary() -> None:
    spec = get_preset("mlp-mnist")
    p = mlp_profile(spec.mlp)
    assert p.params == 669_706 == spec.params  # Keras: 'Total params: 669,706'
    assert p.layer_params == (401_920, 262_656, 5_130)
    assert p.flops == 2 * (784 * 512 + 512 * 512 + 512 * 10) == spec.reference["flops_per_sample"]
    assert p.widest == 784 and p.n_layers == 3
    assert p.peak_activation_elements == 784 + 512


def test_bias_free_layers() -> None:
    assert mlp_profile(MlpSpec(widths=(4, 3, 2), bias=False)).params == 4 * 3 + 3 * 2


@pytest.mark.parametrize("widths", [(5,), (), (4, 0, 2)])
def test_degenerate_widths_are_input_errors(widths: tuple[int, ...]) -> None:
    with pytest.raises(InputError):
        mlp_profile(MlpSpec(widths=widths))
