"""Convolutional networks as a list of layer ops, walked to count parameters, FLOPs and activations.

Ops (one dict each; ``name`` and ``repeat`` are optional everywhere):

========== ==================================================================================
``conv``   ``out``, ``k``, ``stride`` (1), ``padding`` ("same" = k//2, or an int), ``groups``
           (1, or "depthwise" = one filter per input channel), ``bias`` (false)
``bn``     batch norm: a scale and a shift per channel (running statistics are not parameters)
``act``    ``fn`` (relu, silu, ...): no parameters
``maxpool`` / ``avgpool``: ``k``, ``stride`` (k), ``padding`` (0)
``adaptive_avgpool``: ``size`` (output is size x size); ``gap`` is the same with size 1
``flatten`` (C, H, W) -> (C*H*W,);  ``fc``: ``out``, ``bias`` (true)
``bottleneck`` ResNet v1.5 block (stride on the 3x3): ``mid``, ``out``, ``stride``; 1x1 projection
           shortcut when the shape changes; BN after each conv, ReLU
``mbconv`` EfficientNet block: ``expand`` ratio, ``out``, ``k``, ``stride``, ``se`` (squeeze
           width = block input channels x se); BN, SiLU; residual when stride 1 and in == out
========== ==================================================================================

FLOPs are 2 x multiply-accumulates of convolutions and fully-connected layers (including the
squeeze-and-excitation 1x1 convolutions); batch norm, activations, pooling and element-wise
products are not counted, as published per-image figures do not count them. Activation memory is
counted in elements at batch 1: for each layer, the tensors alive while it runs (its input, its
output, and a block's saved input for the residual sum); the peak is the largest such sum.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from gpuscope.errors import InputError
from gpuscope.models.cnn_ops import Shape, Step, block_steps, numel
from gpuscope.models.spec import CnnSpec
from gpuscope.text import QT_TRANSLATE_NOOP

COUNTED = QT_TRANSLATE_NOOP(
    "Models",
    "FLOPs count multiply-accumulates of convolutions and fully-connected layers (2 FLOP each); "
    "batch norm, activations and pooling are not counted.",
)
_TOO_SMALL = QT_TRANSLATE_NOOP(
    "Models", "Image size {size} is too small: layer {layer} would have no output pixels.")
_BAD_OP = QT_TRANSLATE_NOOP("Models", "CNN layer {layer} is not valid: {problem}.")


@dataclass(frozen=True)
class LayerRow:
    """One op of the walk (a repeated block gives one row per repetition)."""

    name: str
    kind: str
    out_shape: Shape
    params: int
    flops: int
    activations: int  # elements of the output
    peak_elements: int  # elements alive while this op runs


@dataclass(frozen=True)
class CnnProfile:
    """Per-image figures of a CNN at one input resolution, batch 1."""

    image_size: int
    params: int
    flops: int
    peak_activation_elements: int
    rows: tuple[LayerRow, ...]

    @property
    def macs(self) -> int:
        return self.flops // 2


def cnn_profile(spec: CnnSpec, image_size: int | None = None) -> CnnProfile:
    """Walk ``spec`` at ``image_size`` (default: its reference resolution)."""
    size = image_size or spec.image_size
    if size <= 0:
        raise InputError(_TOO_SMALL(size=size, layer="input"))
    shape: Shape = (spec.input_channels, size, size)
    rows: list[LayerRow] = []
    for index, op in enumerate(spec.layers):
        base = str(op.get("name") or f"{index}.{op.get('op', '?')}")
        repeat = int(op.get("repeat", 1))
        for i in range(repeat):
            name = f"{base}.{i}" if repeat > 1 else base
            step = _run(op, shape, first=i == 0, name=name, image_size=size)
            rows.append(LayerRow(name, str(op["op"]), step.out_shape, step.params, 2 * step.macs,
                                 numel(step.out_shape), step.peak))
            shape = step.out_shape
    return CnnProfile(
        image_size=size,
        params=sum(r.params for r in rows),
        flops=sum(r.flops for r in rows),
        peak_activation_elements=max((r.peak_elements for r in rows), default=0),
        rows=tuple(rows),
    )


def _run(op: Mapping[str, Any], shape: Shape, first: bool, name: str, image_size: int) -> Step:
    try:
        step = block_steps(op, shape, first)
    except (KeyError, TypeError, ValueError) as exc:
        raise InputError(_BAD_OP(layer=name, problem=str(exc))) from exc
    if any(d <= 0 for d in step.out_shape):
        raise InputError(_TOO_SMALL(size=image_size, layer=name))
    return step

