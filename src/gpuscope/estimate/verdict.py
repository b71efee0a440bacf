"""The one-sentence answer, always in numbers, and what to change when it does not fit."""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from gpuscope.estimate.fit_search import (
    best_fitting,
    comparable_quantizations,
    compare_quantizations,
)
from gpuscope.estimate.result import Estimate
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate
from gpuscope.units import Bytes, Count, Percent

FITS = QT_TRANSLATE_NOOP(
    "Verdict", "Fits — {needed} of {available} ({percent}), {left} free after loading")
FITS_CONTEXT = QT_TRANSLATE_NOOP("Verdict", "{verdict}; largest context that fits: {max_context}")
FITS_IDLE_ONLY = QT_TRANSLATE_NOOP(
    "Verdict", "Fits an idle GPU — needs {needed} of {available}, but only {free} is free now")
NO_FIT = QT_TRANSLATE_NOOP("Verdict", "Does not fit — needs {needed}, {available} available")
VRAM_UNKNOWN = QT_TRANSLATE_NOOP(
    "Verdict", "VRAM unknown ({reason}) — needs {needed}; set the GPU's memory as an override to "
               "know whether it fits")
NO_FIT_HINTS = QT_TRANSLATE_NOOP("Verdict", "{verdict}: {hints}")
HINT_QUANT = QT_TRANSLATE_NOOP("Verdict", "{quant} fits at this context")
HINT_GPUS = QT_TRANSLATE_NOOP("Verdict", "{n} × GPU")
HINT_LAYERS = QT_TRANSLATE_NOOP("Verdict", "{k} of {n} layers on the GPU")
HINT_CONTEXT = QT_TRANSLATE_NOOP("Verdict", "context {context} fits")
OR = QT_TRANSLATE_NOOP("Verdict", "{first}, or {second}")
N_GPUS_HINT = translate("Verdict", "needs %n GPUs like this one", None, 1)


class Level(str, Enum):
    FITS = "fits"  # fits in the VRAM free now (or total, when free is unknown)
    FITS_IDLE = "fits_idle"  # fits an idle GPU, not the VRAM free now
    NO_FIT = "no_fit"


@dataclass(frozen=True)
class Verdict:
    level: Level
    message: Message
    hints: tuple[Message, ...] = ()


def _join(parts: list[Message]) -> Message | None:
    if not parts:
        return None
    out = parts[0]
    for p in parts[1:]:
        out = OR(first=out, second=p)
    return out


def gpus_needed(e: Estimate) -> int:
    """GPUs like this one a layer split would need (memory pooled, overhead per GPU)."""
    per_gpu = e.gpu.memory
    overhead_one = float(e.memory.overhead) / e.workload.n_gpus
    rest = float(e.memory.total) - float(e.memory.overhead)
    return max(1, math.ceil(rest / max(1.0, per_gpu - overhead_one)))


def make_verdict(e: Estimate, *, with_hints: bool = True) -> Verdict:
    f = e.fit
    needed, available = Bytes(f.needed_bytes), Bytes(f.available_bytes)
    if not e.gpu.memory_known:  # NVML did not report the size: never "0 B available"
        return Verdict(Level.FITS_IDLE, VRAM_UNKNOWN(reason=e.gpu.unknown["memory"],
                                                     needed=needed))
    if f.fits:
        if f.fits_now is False:
            return Verdict(Level.FITS_IDLE, FITS_IDLE_ONLY(
                needed=needed, available=available, free=Bytes(f.free_bytes or 0)))
        msg = FITS(needed=needed, available=available, percent=Percent(100 * f.usage),
                   left=Bytes(f.headroom_bytes if f.free_bytes is None else
                              (f.headroom_now_bytes or 0)))
        if f.max_context:
            msg = FITS_CONTEXT(verdict=msg, max_context=Count(f.max_context))
        return Verdict(Level.FITS, msg)
    base = NO_FIT(needed=needed, available=available)
    if not with_hints:
        return Verdict(Level.NO_FIT, base)
    hints = _hints(e)
    joined = _join(list(hints))
    return Verdict(Level.NO_FIT, NO_FIT_HINTS(verdict=base, hints=joined) if joined else base,
                   hints)


def _hints(e: Estimate) -> tuple[Message, ...]:
    hints: list[Message] = []
    if e.model.transformer is not None and not e.model.transformer.encoder_only:
        options = compare_quantizations(e.model, e.gpu, e.workload,
                                        comparable_quantizations(e.quant, e.model))
        best = best_fitting([o for o in options if o.quality_key < e.bits_per_weight])
        if best is not None:
            hints.append(HINT_QUANT(quant=best.quant.name))
        if e.fit.max_context and e.fit.max_context < e.workload.context:
            hints.append(HINT_CONTEXT(context=Count(e.fit.max_context)))
    n = gpus_needed(e)
    if n > e.workload.n_gpus:
        hints.append(HINT_GPUS(n=Count(n)))
    if e.model.transformer is not None and e.quant.is_gguf and not e.model.transformer.encoder_only:
        from gpuscope.estimate.engine import estimator_for
        from gpuscope.estimate.offload import max_gpu_layers

        est = estimator_for(e.model, e.quant, e.gpu, e.workload)
        k = max_gpu_layers(est, e.fit.available_bytes, e.workload.context, e.workload.batch)
        total = est.spec.n_layers + 1
        if 0 < k < total:
            hints.append(HINT_LAYERS(k=Count(k), n=Count(total)))
    return tuple(hints)
