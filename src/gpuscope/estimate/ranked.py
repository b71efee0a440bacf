"""One row of the "what runs here?" ranking: a model, its best quantization, and the fit."""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.estimate.quality import QualityCost, preference_key, quality_cost
from gpuscope.estimate.verdict import Level
from gpuscope.models.family import model_family
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization

GOOD_BITS = 4  # below this nominal width the published loss grows steeply
_GROUP = {Level.FITS: 0, Level.FITS_IDLE: 1, Level.NO_FIT: 2}


@dataclass(frozen=True)
class Option:
    """One quantization of one model, evaluated."""

    quant: Quantization
    total_bytes: float
    bits_per_weight: float
    decode_tokens_per_s: float | None
    prefill_tokens_per_s: float | None
    samples_per_s: float | None = None


@dataclass(frozen=True)
class RankedModel:
    """``best``: the best option that fits the VRAM free now; if none does, the best that fits an
    idle GPU; if none does either, the one needing the least memory. ``idle``: the better option
    an idle GPU would hold, when the free VRAM is what limits ``best``."""

    model: ModelSpec
    best: Option
    status: Level  # FITS (now, or at all when free VRAM is unknown), FITS_IDLE, NO_FIT
    fits_idle: bool
    fits_now: bool | None  # None when the free VRAM is unknown (a catalogue GPU)
    available_bytes: float
    free_bytes: float | None
    idle: Option | None = None
    context: int | None = None  # tokens per sequence evaluated (None: CNN, MLP, ViT)
    wanted_context: int | None = None
    rank: int = 0

    @property
    def context_limited(self) -> bool:
        """The model's maximum context is shorter than the one asked for."""
        return (self.context is not None and self.wanted_context is not None
                and self.context < self.wanted_context)

    @property
    def quant(self) -> Quantization:
        return self.best.quant

    @property
    def total_bytes(self) -> float:
        return self.best.total_bytes

    @property
    def headroom_bytes(self) -> float:
        """VRAM left on an idle GPU (negative: missing)."""
        return self.available_bytes - self.best.total_bytes

    @property
    def headroom_now_bytes(self) -> float | None:
        """VRAM left now after loading (None when free VRAM is unknown)."""
        return None if self.free_bytes is None else self.free_bytes - self.best.total_bytes

    @property
    def quality(self) -> QualityCost:
        return quality_cost(self.best.quant)

    @property
    def family(self) -> str:
        return model_family(self.model)

    @property
    def is_moe(self) -> bool:
        return bool(self.model.transformer and self.model.transformer.is_moe)

    @property
    def local(self) -> bool:
        return self.model.source_path is not None



def make_row(model: ModelSpec, now: Option | None, idle: Option | None, smallest: Option,
             free: float | None, available: float, context: int | None = None,
             wanted_context: int | None = None) -> RankedModel:
    """The row of ``model`` from its best option now (``now``; None also when free VRAM is
    unknown), its best option on an idle GPU and its smallest option."""
    best = now or idle or smallest
    fits_idle = idle is not None
    fits_now = None if free is None else now is not None
    if not fits_idle:
        status = Level.NO_FIT
    elif fits_now is False:
        status = Level.FITS_IDLE
    else:
        status = Level.FITS
    better = idle if now is not None and idle is not None and idle.quant != now.quant else None
    return RankedModel(model, best, status, fits_idle, fits_now, available, free, better,
                       context, wanted_context)


def order_key(r: RankedModel) -> tuple:
    """Sort key of the ranking, best first (rule in :mod:`gpuscope.estimate.ranking`)."""
    group = _GROUP[r.status]
    if r.status is Level.NO_FIT:
        return (group, False, False, r.total_bytes, (), 0.0, r.model.name)
    speed = r.best.decode_tokens_per_s or r.best.samples_per_s or 0.0
    return (group, r.context_limited, r.quant.bits < GOOD_BITS, -float(r.model.params),
            preference_key(r.quant, r.best.bits_per_weight), -speed, r.model.name)


def ranked_json(r: RankedModel) -> dict:
    """One row as plain JSON: the keys ``gpuscope fits --json`` promises, plus details."""
    from gpuscope.estimate.quality import quality_json

    b, idle = r.best, r.idle
    return {
        "rank": r.rank,
        "model": r.model.id,
        "name": r.model.name,
        "family": r.family,
        "params": r.model.params,
        "moe": r.is_moe,
        "local": r.local,
        "quantization": b.quant.id,
        "total_bytes": b.total_bytes,
        "fits_now": r.fits_now,
        "fits_idle": r.fits_idle,
        "decode_tokens_per_s": b.decode_tokens_per_s,
        "prefill_tokens_per_s": b.prefill_tokens_per_s,
        "status": r.status.value,
        "headroom_bytes": r.headroom_bytes,
        "headroom_now_bytes": r.headroom_now_bytes,
        "bits_per_weight": b.bits_per_weight,
        "samples_per_s": b.samples_per_s,
        "context": r.context,
        "quality": quality_json(r.quality),
        "quantization_idle": idle.quant.id if idle else None,
        "total_bytes_idle": idle.total_bytes if idle else None,
    }
