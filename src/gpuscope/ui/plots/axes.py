"""Readable ticks for log-scaled axes: 1k, 2k, 4k ... instead of crowded minor labels."""

from __future__ import annotations

import math

import pyqtgraph as pg


def _short(v: float) -> str:
    if v >= 1e6 and v % 1e6 == 0:
        return f"{v / 1e6:g}M"
    if v >= 1024 and v % 1024 == 0:
        return f"{v / 1024:g}k"
    if v >= 1000 and v % 1000 == 0:
        return f"{v / 1000:g}k"
    return f"{v:g}"


_NICE = (1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0, 5.0, 6.0, 8.0, 10.0)


def nice_ceiling(value: float) -> float:
    """The smallest of 1, 1.25, 1.5, 2, 2.5, 3, 4, 5, 6, 8 x 10^k at or above ``value``: an axis
    top that holds still while the data under it moves a little."""
    if not math.isfinite(value) or value <= 0:
        return 1.0
    scale = 10.0 ** math.floor(math.log10(value))
    return next(n * scale for n in _NICE if n * scale >= value * (1 - 1e-12))


def power_of_two_ticks(axis: pg.AxisItem, low: float, high: float) -> None:
    """Major ticks at powers of two between ``low`` and ``high`` (log-mode axis)."""
    lo, hi = math.floor(math.log2(max(low, 1))), math.ceil(math.log2(max(high, 2)))
    step = max(1, (hi - lo) // 9 + 1)
    major = [(math.log10(2**e), _short(2**e)) for e in range(lo, hi + 1, step)]
    axis.setTicks([major, []])


def decade_ticks(axis: pg.AxisItem, low: float, high: float, unit: str = "") -> None:
    """Major ticks at powers of ten (log-mode axis), labelled 0.1, 1, 10, 100, 1k ..."""
    lo, hi = math.floor(math.log10(max(low, 1e-30))), math.ceil(math.log10(max(high, 1e-30)))
    major = []
    for e in range(lo, hi + 1):
        v = 10.0**e
        label = _short(v) if v >= 1 else f"{v:g}"
        major.append((e, f"{label}{unit}"))
    axis.setTicks([major, []])
