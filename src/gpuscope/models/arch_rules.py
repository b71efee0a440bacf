"""Sanity rules for a CNN or an MLP a user typed or a file described: clear reasons, no crash.

A CNN is checked op by op (known op, each field of the type and range the walker expects, at most
1,000 ops and 10,000 layers once repeats are unrolled), then walked once at its reference
resolution so that shapes that do not chain (too small an image, channels that do not divide into
groups) are told before the estimate runs. An MLP's widths are whole numbers from 1 to 1,048,576.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from gpuscope.errors import InputError
from gpuscope.models.cnn_ops import HANDLERS
from gpuscope.models.spec import CnnSpec, MlpSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Count

_RANGE = QT_TRANSLATE_NOOP("Validation", "{field} must be between {low} and {high}.")
_OPS = QT_TRANSLATE_NOOP("Validation", "A CNN needs 1 to {high} layer ops.")
_ROWS = QT_TRANSLATE_NOOP("Validation", "A CNN has at most {high} layers once repeats are counted.")
_NOT_OP = QT_TRANSLATE_NOOP("Validation", "CNN layer {layer} is not an object with a known op "
                                          "(conv, bn, act, maxpool, avgpool, adaptive_avgpool, "
                                          "gap, flatten, fc, bottleneck, mbconv).")
_OP_FIELD = QT_TRANSLATE_NOOP("Validation", "CNN layer {layer}: {field} must be {expected}.")
_WHOLE = QT_TRANSLATE_NOOP("Validation", "a whole number from {low} to {high}")
_FLAG = QT_TRANSLATE_NOOP("Validation", "true or false")
_SHORT = QT_TRANSLATE_NOOP("Validation", "text of at most 64 characters")
_PADDING = QT_TRANSLATE_NOOP("Validation", "“same” or a whole number from 0 to {high}")
_GROUPS = QT_TRANSLATE_NOOP("Validation", "“depthwise” or a whole number from 1 to {high}")
_FRACTION = QT_TRANSLATE_NOOP("Validation", "a number from 0 to 1")
_WIDTHS = QT_TRANSLATE_NOOP(
    "Validation", "An MLP needs 2 to {high} widths: the input, any hidden layers, the output.")
_NOT_WHOLE = QT_TRANSLATE_NOOP(
    "Validation", "“{text}” is not a whole number: separate the widths with commas, "
                  "without spaces inside a number.")

CNN_IMAGE_SIZE = (16, 8192)
CNN_CHANNELS = (1, 64)
WIDTH = (1, 1_048_576)
MAX_OPS, MAX_ROWS, MAX_WIDTHS = 1000, 10_000, 1001
_INTS = {"out": WIDTH, "mid": WIDTH, "k": (1, 1024), "stride": (1, 1024), "expand": (1, 64),
         "size": (1, 4096), "repeat": (1, 1000)}
FIELD_NAMES = {
    "image_size": QT_TRANSLATE_NOOP("Fields", "Reference resolution"),
    "input_channels": QT_TRANSLATE_NOOP("Fields", "Input channels"),
    "width": QT_TRANSLATE_NOOP("Fields", "Layer width"),
}


def _is_int(value: Any, low: int, high: int) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and low <= value <= high


def _range(field: str, bounds: tuple[int, int]) -> Message:
    return _RANGE(field=FIELD_NAMES[field], low=Count(bounds[0]), high=Count(bounds[1]))


def _op_problem(op: Mapping[str, Any], layer: str) -> Message | None:
    """The first field of ``op`` the walker could not use, or None."""
    for key, value in op.items():
        if key in _INTS:
            low, high = _INTS[key]
            ok, expected = _is_int(value, low, high), _WHOLE(low=Count(low), high=Count(high))
        elif key in ("name", "fn"):
            ok, expected = isinstance(value, str) and len(value) <= 64, _SHORT()
        elif key == "bias":
            ok, expected = isinstance(value, bool), _FLAG()
        elif key == "padding":
            ok, expected = value == "same" or _is_int(value, 0, 1024), _PADDING(high=Count(1024))
        elif key == "groups":
            ok = value == "depthwise" or _is_int(value, *WIDTH)
            expected = _GROUPS(high=Count(WIDTH[1]))
        elif key == "se":
            ok = isinstance(value, int | float) and not isinstance(value, bool) and 0 <= value <= 1
            expected = _FRACTION()
        else:
            continue  # "op", and keys the walker does not read
        if not ok:
            return _OP_FIELD(layer=layer, field=key, expected=expected)
    return None


def cnn_problems(spec: CnnSpec) -> list[Message]:
    """Every reason ``spec`` cannot be walked (empty when it can)."""
    problems: list[Message] = []
    if not _is_int(spec.image_size, *CNN_IMAGE_SIZE):
        problems.append(_range("image_size", CNN_IMAGE_SIZE))
    if not _is_int(spec.input_channels, *CNN_CHANNELS):
        problems.append(_range("input_channels", CNN_CHANNELS))
    if not 1 <= len(spec.layers) <= MAX_OPS:
        problems.append(_OPS(high=Count(MAX_OPS)))
    if problems:
        return problems
    rows = 0
    for index, op in enumerate(spec.layers):
        layer = str(index + 1)
        if not isinstance(op, Mapping) or not isinstance(op.get("op"), str) or \
                op["op"] not in HANDLERS:
            return [_NOT_OP(layer=layer)]
        if isinstance(op.get("name"), str) and op["name"].isprintable():
            layer = op["name"][:64]
        problem = _op_problem(op, layer)
        if problem is not None:
            return [problem]
        rows += op.get("repeat", 1)
    if rows > MAX_ROWS:
        return [_ROWS(high=Count(MAX_ROWS))]
    from gpuscope.models.cnn import cnn_profile

    try:
        cnn_profile(spec)
    except InputError as exc:
        return [exc.message]
    return []


def mlp_problems(spec: MlpSpec) -> list[Message]:
    """Every reason ``spec`` is not a usable MLP (empty when it is)."""
    if not 2 <= len(spec.widths) <= MAX_WIDTHS:
        return [_WIDTHS(high=Count(MAX_WIDTHS))]
    if not all(_is_int(w, *WIDTH) for w in spec.widths):
        return [_range("width", WIDTH)]
    if not isinstance(spec.bias, bool):
        return [_OP_FIELD(layer="mlp", field="bias", expected=_FLAG())]
    return []


def parse_widths(text: str) -> tuple[tuple[int, ...], list[Message]]:
    """Widths typed as ``784, 512, 10`` (commas or semicolons between them), and the problems."""
    parts = [p.strip() for p in re.split(r"[,;]", text)]
    parts = [p for p in parts if p] if text.strip() else []
    for part in parts:
        if not re.fullmatch(r"[0-9]{1,9}", part):
            return (), [_NOT_WHOLE(text=part[:40])]
    widths = tuple(int(p) for p in parts)
    return widths, mlp_problems(MlpSpec(widths))


def format_widths(widths: tuple[int, ...]) -> str:
    return ", ".join(str(w) for w in widths)
