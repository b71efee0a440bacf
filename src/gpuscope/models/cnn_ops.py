"""The CNN op language of :mod:`gpuscope.models.cnn`: what each op does to a tensor shape.

Each handler takes the op's dict and the input shape ((C, H, W), or (F,) after ``flatten``) and
returns a :class:`Step`: output shape, parameters, multiply-accumulates and the elements alive at
the op's busiest moment. Malformed ops raise ``KeyError``, ``TypeError`` or ``ValueError``; the
walker turns those into a user-facing error.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

Shape = tuple[int, ...]


@dataclass(frozen=True)
class Step:
    out_shape: Shape
    params: int = 0
    macs: int = 0
    peak: int = 0


def numel(shape: Shape) -> int:
    """Elements of a tensor of this shape."""
    n = 1
    for d in shape:
        n *= d
    return n


def _spatial(size: int, k: int, stride: int, padding: int) -> int:
    return (size + 2 * padding - k) // stride + 1


def conv(shape: Shape, out: int, k: int, stride: int = 1, padding: Any = "same",
         groups: Any = 1, bias: bool = False) -> Step:
    c, h, w = shape
    if groups == "depthwise":
        groups, out = c, out or c
    if out <= 0:
        raise ValueError("a convolution needs a positive 'out' channel count")
    if c % int(groups) or out % int(groups):
        raise ValueError(f"{c} -> {out} channels are not divisible into {groups} groups")
    pad = k // 2 if padding == "same" else int(padding)
    out_shape = (out, _spatial(h, k, stride, pad), _spatial(w, k, stride, pad))
    weights = out * (c // int(groups)) * k * k
    macs = weights * out_shape[1] * out_shape[2]
    return Step(out_shape, weights + (out if bias else 0), macs, numel(shape) + numel(out_shape))


def _pool(shape: Shape, k: int, stride: int | None = None, padding: int = 0) -> Step:
    c, h, w = shape
    s = stride or k
    out_shape = (c, _spatial(h, k, s, padding), _spatial(w, k, s, padding))
    return Step(out_shape, peak=numel(shape) + numel(out_shape))


def _adaptive(shape: Shape, size: int = 1) -> Step:
    out_shape = (shape[0], size, size)
    return Step(out_shape, peak=numel(shape) + numel(out_shape))


def _fc(shape: Shape, out: int, bias: bool = True) -> Step:
    (n_in,) = shape
    return Step((out,), n_in * out + (out if bias else 0), n_in * out, n_in + out)


def _chain(x: Shape, parts: list[Step], residual: bool) -> Step:
    """A block's convs in sequence; ``parts[i]`` reads the previous output (``x`` first).

    While part i runs, its input and output are alive, plus ``x`` when the block adds it back.
    """
    held = numel(x) if residual else 0
    peak, prev = 0, x
    for i, p in enumerate(parts):
        inputs = 0 if i == 0 and residual else numel(prev)  # x is already counted as held
        peak = max(peak, held + inputs + numel(p.out_shape))
        prev = p.out_shape
    return Step(prev, sum(p.params for p in parts), sum(p.macs for p in parts), peak)


def _bn(channels: int) -> int:
    return 2 * channels


def bottleneck(shape: Shape, mid: int, out: int, stride: int = 1, first: bool = True) -> Step:
    s = stride if first else 1
    c1 = conv(shape, mid, 1)
    c2 = conv(c1.out_shape, mid, 3, s)
    c3 = conv(c2.out_shape, out, 1)
    block = _chain(shape, [c1, c2, c3], residual=True)
    params = block.params + _bn(mid) * 2 + _bn(out)
    macs, peak = block.macs, block.peak
    if s != 1 or shape[0] != out:
        ds = conv(shape, out, 1, s)
        params += ds.params + _bn(out)
        macs += ds.macs
        peak = max(peak, numel(shape) + 2 * numel(c3.out_shape))  # x, main branch, shortcut
    return Step(c3.out_shape, params, macs, peak)


def mbconv(shape: Shape, expand: int, out: int, k: int = 3, stride: int = 1, se: float = 0.25,
           first: bool = True) -> Step:
    s = stride if first else 1
    c = shape[0]
    hidden = c * expand
    parts = [conv(shape, hidden, 1)] if expand != 1 else []
    dw = conv(parts[-1].out_shape if parts else shape, hidden, k, s, groups="depthwise")
    parts.append(dw)
    project = conv(dw.out_shape, out, 1)
    parts.append(project)
    residual = s == 1 and c == out
    block = _chain(shape, parts, residual)
    squeeze = max(1, int(c * se)) if se else 0
    se_params = 2 * hidden * squeeze + squeeze + hidden if se else 0  # two 1x1 convs with bias
    params = block.params + se_params + _bn(hidden) * (len(parts) - 1) + _bn(out)
    return Step(project.out_shape, params, block.macs + 2 * hidden * squeeze, block.peak)


def _kw(op: Mapping[str, Any], *names: str) -> dict[str, Any]:
    return {n: op[n] for n in names if n in op}


HANDLERS: dict[str, Callable[[Mapping[str, Any], Shape, bool], Step]] = {
    "conv": lambda op, x, f: conv(x, int(op.get("out", 0)), int(op["k"]),
                                  **_kw(op, "stride", "padding", "groups", "bias")),
    "bn": lambda op, x, f: Step(x, _bn(x[0]), 0, numel(x)),
    "act": lambda op, x, f: Step(x, 0, 0, numel(x)),
    "maxpool": lambda op, x, f: _pool(x, **_kw(op, "k", "stride", "padding")),
    "avgpool": lambda op, x, f: _pool(x, **_kw(op, "k", "stride", "padding")),
    "adaptive_avgpool": lambda op, x, f: _adaptive(x, int(op["size"])),
    "gap": lambda op, x, f: _adaptive(x, 1),
    "flatten": lambda op, x, f: Step((numel(x),), 0, 0, numel(x)),
    "fc": lambda op, x, f: _fc(x, int(op["out"]), **_kw(op, "bias")),
    "bottleneck": lambda op, x, f: bottleneck(x, **_kw(op, "mid", "out", "stride"), first=f),
    "mbconv": lambda op, x, f: mbconv(x, **_kw(op, "expand", "out", "k", "stride", "se"), first=f),
}


def block_steps(op: Mapping[str, Any], shape: Shape, first: bool) -> Step:
    """Apply one op to ``shape``; ``first`` is false for the later repeats of a block."""
    kind = op.get("op")
    if kind not in HANDLERS:
        raise ValueError(f"unknown op {kind!r}")
    return HANDLERS[kind](op, shape, first)
