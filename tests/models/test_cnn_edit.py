"""Width and depth multipliers, classes and input of a CNN, and typed MLP widths."""

from __future__ import annotations

import pytest

from gpuscope.models.arch_rules import format_widths, parse_widths
from gpuscope.models.cnn import cnn_profile
from gpuscope.models.cnn_edit import classes, has_repeats, scale_cnn
from gpuscope.models.presets import get_preset


def test_factor_one_changes_nothing() -> None:
    for preset in ("resnet-50", "vgg-16", "efficientnet-b0"):
        spec = get_preset(preset).cnn
        assert scale_cnn(spec) == spec


def test_width_scales_channels_but_not_the_classifier() -> None:
    spec = get_preset("resnet-50").cnn
    half = scale_cnn(spec, width=0.5)
    outs = [(op.get("mid"), op.get("out")) for op in half.layers if "out" in op]
    assert outs[:2] == [(None, 32), (32, 128)] and outs[-1] == (None, 1000)
    # weights of convolutions go as the square of the width: about a quarter (fc stays)
    ratio = cnn_profile(half).params / cnn_profile(spec).params
    assert 0.2 < ratio < 0.3
    assert all(v % 8 == 0 for op in scale_cnn(spec, width=0.3).layers
               for k, v in op.items() if k in ("mid",))


def test_depth_scales_repeats_rounding_up() -> None:
    spec = get_preset("resnet-50").cnn
    assert [op["repeat"] for op in scale_cnn(spec, depth=1.5).layers if "repeat" in op] == [
        5, 6, 9, 5]
    assert [op["repeat"] for op in scale_cnn(spec, depth=0.25).layers if "repeat" in op] == [
        1, 1, 2, 1]
    assert has_repeats(spec) and not has_repeats(get_preset("vgg-16").cnn)


def test_classes_input_and_resolution() -> None:
    spec = scale_cnn(get_preset("vgg-16").cnn, n_classes=10, input_channels=1, image_size=448)
    assert classes(spec) == 10 and (spec.input_channels, spec.image_size) == (1, 448)
    base = cnn_profile(get_preset("vgg-16").cnn)
    new = cnn_profile(spec)
    # 990 fewer classifier outputs (4,096 weights and a bias each), 2 fewer input channels of
    # conv1_1 (64 filters of 3 x 3); the adaptive pool keeps the fc layers at any resolution
    assert new.params == base.params - 990 * 4097 - 2 * 64 * 9
    assert 3.9 < new.flops / base.flops < 4.0  # twice the side: four times the conv FLOPs


@pytest.mark.parametrize(("typed", "widths", "ok"), [
    ("784, 512, 10", (784, 512, 10), True), (" 4;2 ", (4, 2), True), ("4,,2", (4, 2), True),
    ("4", (4,), False), ("", (), False), ("4, 0", (4, 0), False), ("1 024, 2", (), False),
    ("4, -2", (), False), ("4, 2.5", (), False),
])
def test_typed_widths(typed: str, widths: tuple, ok: bool) -> None:
    parsed, problems = parse_widths(typed)
    assert parsed == widths and (problems == []) == ok
    if ok:
        assert parse_widths(format_widths(parsed)) == (parsed, [])
