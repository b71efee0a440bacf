"""CNN layer walker: published parameter and MAC counts, scaling with image size, activations."""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.models.cnn import cnn_profile
from gpuscope.models.presets import get_preset
from gpuscope.models.spec import CnnSpec

# torchvision model docs: num_params and 'GFLOPS' (a multiply-accumulate count) at 224 x 224.
PUBLISHED = {
    "resnet-50": (25_557_032, 4.09e9),
    "vgg-16": (138_357_544, 15.47e9),
    "efficientnet-b0": (5_288_548, 0.39e9),
}


@pytest.mark.parametrize("model_id", sorted(PUBLISHED))
def test_presets_match_torchvision(model_id: str) -> None:
    params, macs = PUBLISHED[model_id]
    spec = get_preset(model_id)
    profile = cnn_profile(spec.cnn)
    assert profile.params == params == spec.params
    assert abs(profile.macs - macs) / macs < 0.03
    assert profile.flops == 2 * profile.macs
    assert abs(profile.flops - spec.reference["flops_per_image"]) / profile.flops < 0.03


@pytest.mark.parametrize("model_id", sorted(PUBLISHED))
def test_flops_grow_about_quadratically_with_image_size(model_id: str) -> None:
    cnn = get_preset(model_id).cnn
    small, large = cnn_profile(cnn, 224), cnn_profile(cnn, 448)
    assert 3.9 < large.flops / small.flops <= 4.0  # the fully-connected head does not grow
    assert large.params == small.params


def test_single_convolution_by_hand() -> None:
    spec = CnnSpec(layers=({"op": "conv", "out": 8, "k": 3, "bias": True},), image_size=32)
    p = cnn_profile(spec)
    assert p.params == 8 * 3 * 3 * 3 + 8
    assert p.flops == 2 * 8 * 3 * 3 * 3 * 32 * 32
    assert p.rows[0].out_shape == (8, 32, 32)
    assert p.peak_activation_elements == 3 * 32 * 32 + 8 * 32 * 32


def test_depthwise_and_strided_convolution() -> None:
    spec = CnnSpec(layers=({"op": "conv", "out": 16, "k": 1},
                           {"op": "conv", "k": 3, "stride": 2, "groups": "depthwise"}),
                   image_size=10)
    p = cnn_profile(spec)
    assert p.rows[1].out_shape == (16, 5, 5)
    assert p.rows[1].params == 16 * 3 * 3
    assert p.rows[1].flops == 2 * 16 * 9 * 5 * 5


def test_peak_activations_by_hand() -> None:
    # VGG-16: conv1_2 reads and writes 64 x 224 x 224.
    assert cnn_profile(get_preset("vgg-16").cnn).peak_activation_elements == 2 * 64 * 224 * 224
    # ResNet-50, first bottleneck: input 64x56x56 kept for the shortcut, main-branch output and
    # projected shortcut 256x56x56 each.
    resnet = cnn_profile(get_preset("resnet-50").cnn)
    assert resnet.peak_activation_elements == 64 * 56 * 56 + 2 * 256 * 56 * 56


def test_rows_follow_the_network() -> None:
    resnet = cnn_profile(get_preset("resnet-50").cnn)
    names = [r.name for r in resnet.rows]
    assert names[:4] == ["conv1", "bn1", "relu", "maxpool"]
    assert "layer3.5" in names and "layer3.6" not in names
    by_name = {r.name: r for r in resnet.rows}
    assert by_name["layer4.2"].out_shape == (2048, 7, 7)
    assert by_name["fc"].params == 2048 * 1000 + 1000
    assert by_name["bn1"].params == 2 * 64 and by_name["bn1"].flops == 0
    assert sum(r.params for r in resnet.rows) == resnet.params


def test_bad_layers_and_tiny_images_are_input_errors() -> None:
    with pytest.raises(InputError):
        cnn_profile(CnnSpec(layers=({"op": "deconv", "out": 3, "k": 3},)))
    with pytest.raises(InputError):
        cnn_profile(CnnSpec(layers=({"op": "conv", "k": 3},)))  # no output width
    with pytest.raises(InputError):
        cnn_profile(get_preset("vgg-16").cnn, image_size=16)
