"""Vectorised curves for the plots: memory and speed over 256 contexts or prompt lengths.

Each curve evaluates the very formulas of the scalar estimate on a numpy array, so a plotted point
and the verdict can never disagree. Cost: well under a millisecond per curve.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from gpuscope.estimate.speed import band
from gpuscope.estimate.transformer import TransformerEstimator


@lru_cache(maxsize=64)
def context_axis(max_context: int, n: int = 256, low: int = 256) -> np.ndarray:
    """Log-spaced integer contexts from ``low`` to ``max_context`` (inclusive); read-only,
    shared between calls with the same arguments."""
    hi = max(max_context, low + 1)
    axis = np.unique(np.round(np.geomspace(min(low, hi - 1), hi, n)).astype(np.int64))
    axis.flags.writeable = False
    return axis


@dataclass(frozen=True)
class MemoryCurve:
    context: np.ndarray
    weights: np.ndarray
    kv_cache: np.ndarray
    compute: np.ndarray
    overhead: np.ndarray

    @property
    def total(self) -> np.ndarray:
        return self.weights + self.kv_cache + self.compute + self.overhead


def memory_curve(est: TransformerEstimator, contexts: np.ndarray, batch: int) -> MemoryCurve:
    c = contexts.astype(np.float64)
    mem = est.memory(c, batch)
    ones = np.ones_like(c)
    return MemoryCurve(contexts, mem.weights * ones, np.asarray(mem.kv_cache, dtype=float),
                       np.asarray(mem.compute, dtype=float) * ones, mem.overhead * ones)


@dataclass(frozen=True)
class SpeedCurve:
    x: np.ndarray
    value: np.ndarray
    low: np.ndarray
    high: np.ndarray


def _banded(x: np.ndarray, value: np.ndarray, half_width: float) -> SpeedCurve:
    low, high = band(1.0, half_width)
    return SpeedCurve(x, value, value * low, value * high)


def _half_width(est: TransformerEstimator, prefill: bool) -> float:
    cal = est.cal
    fam = cal.family(est.gpu.compute_capability)
    base = cal.prefill_uncertainty if prefill else cal.decode_uncertainty
    return base * (1.0 if fam.calibrated else cal.uncalibrated_factor)


def decode_curve(est: TransformerEstimator, contexts: np.ndarray, batch: int) -> SpeedCurve:
    """Per-sequence decode tokens/s with ``context`` tokens cached."""
    t = est.decode(contexts.astype(np.float64), batch).total_s
    return _banded(contexts, 1.0 / np.asarray(t), _half_width(est, False))


def prefill_curve(est: TransformerEstimator, prompts: np.ndarray, batch: int) -> SpeedCurve:
    """Prefill tokens/s for each prompt length (micro-batches and causal attention included)."""
    p = prompts.astype(np.int64)
    values = p * batch / np.asarray(est.prefill(p, batch).total_s, dtype=float)
    return _banded(prompts, values, _half_width(est, True))
