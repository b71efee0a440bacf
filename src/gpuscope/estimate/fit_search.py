"""Searches over options: the quantization comparison and the best quantization that fits.

The ranking of every model (estimate/ranking.py) uses the same order, for all pairs at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.quality import preference_key
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization, all_quantizations


def comparable_quantizations(current: Quantization,
                              model: ModelSpec | None = None) -> tuple[Quantization, ...]:
    """Quantizations of the same kind (GGUF presets, or framework formats), FP32 excluded;
    MXFP4 (a recipe for mixture-of-experts tensors) only for MoE models."""
    moe = bool(model and model.transformer and model.transformer.is_moe)
    return tuple(q for q in all_quantizations() if q.kind == current.kind and q.id != "fp32"
                 and (moe or q.ftype != "MXFP4_MOE" or q.id == current.id))


@dataclass(frozen=True)
class QuantOption:
    quant: Quantization
    estimate: Estimate

    @property
    def quality_key(self) -> float:
        """More bits per weight = less quality loss; ranks options best-first."""
        return self.estimate.bits_per_weight


def compare_quantizations(model: ModelSpec, gpu: GpuSpec, workload: Workload,
                          quants: tuple[Quantization, ...], *,
                          free_bytes: float | None = None) -> list[QuantOption]:
    """Every quantization's estimate, best first (:func:`gpuscope.estimate.quality.preference_key`:
    more bits, then the smaller published quality loss, then more bits per weight, then speed)."""
    rows = [QuantOption(q, estimate(model, q, gpu, workload, free_bytes=free_bytes, explain=False))
            for q in quants]
    rows.sort(key=lambda r: (*preference_key(r.quant, r.quality_key),
                             -(r.estimate.speed.decode_tokens_per_s or 0)))
    return rows


def best_fitting(options: list[QuantOption], *, now: bool = False) -> QuantOption | None:
    """The highest-quality option that fits (in free VRAM when ``now``)."""
    for opt in options:
        fit = opt.estimate.fit
        if (fit.fits_now if now else fit.fits):
            return opt
    return None
