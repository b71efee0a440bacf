"""Editing a CNN the way the model form offers: width and depth multipliers, classes, input.

``width`` scales every channel count (``out`` and ``mid`` of convolutions, blocks and hidden
fully-connected layers) and rounds it to a multiple of 8, at least 8, as compound scaling does
(EfficientNet); the last fully-connected layer is the classifier and keeps ``classes`` outputs.
``depth`` scales the ``repeat`` of repeated blocks, rounding up. A factor of 1 changes nothing.
The result is an ordinary :class:`CnnSpec`: the walker counts its parameters and FLOPs.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace
from types import MappingProxyType
from typing import Any

from gpuscope.models.spec import CnnSpec

_CHANNEL_KEYS = ("out", "mid")


def classifier_index(spec: CnnSpec) -> int | None:
    """The position of the last fully-connected layer (the classifier), if any."""
    for index in range(len(spec.layers) - 1, -1, -1):
        if spec.layers[index].get("op") == "fc":
            return index
    return None


def classes(spec: CnnSpec) -> int | None:
    index = classifier_index(spec)
    return None if index is None else int(spec.layers[index].get("out", 0))


def has_repeats(spec: CnnSpec) -> bool:
    return any("repeat" in op for op in spec.layers)


def _channels(value: int, factor: float) -> int:
    if factor == 1:
        return value
    return max(8, round(value * factor / 8) * 8)


def _scaled(op: Mapping[str, Any], width: float, depth: float, is_classifier: bool,
            n_classes: int | None) -> Mapping[str, Any]:
    new = dict(op)
    for key in _CHANNEL_KEYS:
        if key in new and isinstance(new[key], int) and not is_classifier and new[key] > 0:
            new[key] = _channels(new[key], width)
    if is_classifier and n_classes is not None:
        new["out"] = n_classes
    if "repeat" in new and depth != 1:
        new["repeat"] = max(1, math.ceil(new["repeat"] * depth - 1e-9))
    return MappingProxyType(new)


def scale_cnn(spec: CnnSpec, *, width: float = 1.0, depth: float = 1.0,
              n_classes: int | None = None, input_channels: int | None = None,
              image_size: int | None = None) -> CnnSpec:
    """``spec`` with the edits of the model form applied (see the module's text)."""
    last = classifier_index(spec)
    layers = tuple(_scaled(op, width, depth, i == last, n_classes)
                   for i, op in enumerate(spec.layers))
    return replace(spec, layers=layers,
                   input_channels=spec.input_channels if input_channels is None else input_channels,
                   image_size=spec.image_size if image_size is None else image_size)
