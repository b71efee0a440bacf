"""The ``gpuscope fits`` ranking as the terminal shows it: a header and one row per model.

The model column is as wide as the longest name (so "DeepSeek-R1-Distill-Qwen 7B" reads whole),
up to :data:`MAX_NAME`; a longer name is cut in the middle with "…" so both its start and its
end (often the quantization or size) stay visible. A model evaluated at a shorter maximum
context than asked says so in its own column; the "from" column appears when the list holds
more than presets (saved models, models found on the disk).
"""

from __future__ import annotations

from collections.abc import Callable

from gpuscope.estimate.ranked import RankedModel
from gpuscope.estimate.verdict import Level
from gpuscope.units import Bytes, Count, TokenRate
from gpuscope.units import format_quantity as fq

MAX_NAME = 60


def fit_name(name: str, width: int) -> str:
    """``name`` in at most ``width`` characters: whole, or its start and end around "…"."""
    if len(name) <= width:
        return name
    head = (width - 1) * 2 // 3
    return name[:head] + "…" + name[len(name) - (width - 1 - head):]


def _status(r: RankedModel) -> str:
    if r.status is Level.NO_FIT:
        return "does not fit"
    if r.status is Level.FITS_IDLE:
        return "idle GPU only"
    if r.fits_now is None:
        return "fits"
    return "fits now" + (f" (idle GPU: {r.idle.quant.name})" if r.idle else "")


def _left(r: RankedModel) -> float:
    """VRAM left after loading: of the free VRAM when known and it fits now, else of the total."""
    return r.headroom_now_bytes if r.fits_now else r.headroom_bytes


def _rate(value: float | None) -> str:
    return fq(TokenRate(value)) if value else "-"


def _context(r: RankedModel) -> str:
    return f"max {fq(Count(r.context or 0))}" if r.context_limited else ""


def render_table(rows: list[RankedModel], origin: Callable[[RankedModel], str] | None = None
                 ) -> str:
    """The rows as text; ``origin`` names where each model came from (a "from" column)."""
    width = min(MAX_NAME, max([len("model"), *(len(r.model.name) for r in rows)]))
    quant_width = max([len("quant"), *(len(r.quant.name) for r in rows)])
    qualities = [r.quality.label().render() for r in rows]
    quality_width = max([len("quality cost"), *(len(q) for q in qualities)])
    ctx = [_context(r) for r in rows]
    ctx_width = max([0, *(len(c) for c in ctx)])
    ctx_width = max(ctx_width, len("context")) if ctx_width else 0
    from_width = max([0, *(len(origin(r)) for r in rows)]) if origin else 0
    from_width = max(from_width, len("from")) if from_width else 0

    def line(rank: str, name: str, src: str, quant: str, quality: str, vram: str, left: str,
             decode: str, prefill: str, context: str, fit: str) -> str:
        out = f"{rank:>3}  {name:<{width}} "
        if from_width:
            out += f"{src:<{from_width}} "
        out += (f"{quant:<{quant_width}} {quality:<{quality_width}} {vram:>10} {left:>10} "
                f"{decode:>12} {prefill:>13}  ")
        if ctx_width:
            out += f"{context:<{ctx_width}}  "
        return (out + fit).rstrip()

    lines = [line("#", "model", "from", "quant", "quality cost", "VRAM", "left", "decode",
                  "prefill", "context" if ctx_width else "", "fit")]
    for r, c, quality in zip(rows, ctx, qualities, strict=True):
        lines.append(line(
            str(r.rank), fit_name(r.model.name, width), origin(r) if origin else "",
            r.quant.name, quality, fq(Bytes(r.total_bytes)),
            fq(Bytes(_left(r))), _rate(r.best.decode_tokens_per_s),
            _rate(r.best.prefill_tokens_per_s), c, _status(r)))
    return "\n".join(lines)
