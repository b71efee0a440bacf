"""The published quality cost of each quantization, and the "best quantization" order built on it.

``resources/quant_quality.json`` holds perplexity increases with their sources: llama.cpp's
Llama 3 8B scoreboard for the GGUF types, the AWQ paper for 4-bit GPTQ/AWQ; "not published" where
none was found. The order "best first" (:func:`preference_key`) is:

1. more bits first: the quantization's nominal width (16, 8, 6, 5, 4, 3, 2 bits), the issue's
   "larger quantization first (less quality loss)";
2. within one width, the smaller published perplexity increase of the ranking table (llama.cpp's
   Llama 3 8B scoreboard: Q5_K_M before Q5_1, which is larger *and* loses more); types with no
   figure in that table come after those with one;
3. then more bits per weight, and the callers add faster decoding last.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache

from gpuscope.paths import resource
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Perplexity

COST = QT_TRANSLATE_NOOP("Quality", "+{delta} PPL")
COST_RANGE = QT_TRANSLATE_NOOP("Quality", "+{low} to +{high} PPL")
REFERENCE = QT_TRANSLATE_NOOP("Quality", "reference (unquantized)")
NOT_PUBLISHED = QT_TRANSLATE_NOOP("Quality", "not published")
SOURCE = QT_TRANSLATE_NOOP(
    "Quality", "Perplexity increase on {model}, {dataset}: {ppl} against {baseline} unquantized. "
       "Source: {title} ({url})")
SOURCE_IMATRIX = QT_TRANSLATE_NOOP("Quality", "{text} Made with an importance matrix ({imatrix}).")
NO_SOURCE = QT_TRANSLATE_NOOP(
    "Quality", "No perplexity figure was found for this format; its quality cost is not published.")
REFERENCE_SOURCE = QT_TRANSLATE_NOOP(
    "Quality", "The unquantized weights: the baseline quality costs are measured against.")


@dataclass(frozen=True)
class QualitySource:
    id: str
    title: str
    url: str
    model: str
    dataset: str
    baseline_ppl: float
    ranking: bool  # orders quantizations of one width (only llama.cpp's scoreboard)


@dataclass(frozen=True)
class QualityCost:
    """What is published about one quantization's loss of quality."""

    quant_id: str
    status: str  # "published" | "reference" | "not_published"
    delta_ppl: float | None = None
    delta_ppl_max: float | None = None  # upper end where the source gives several methods
    ppl: float | None = None
    kld: float | None = None
    imatrix: str | None = None
    source: QualitySource | None = None

    @property
    def published(self) -> bool:
        return self.status == "published"

    @property
    def ranking_loss(self) -> float:
        """Loss used to order one width: 0 for the baseline, inf without a ranking figure."""
        if self.status == "reference":
            return 0.0
        if self.source is not None and self.source.ranking and self.delta_ppl is not None:
            return self.delta_ppl
        return math.inf

    def label(self) -> Message:
        """Short text for a table cell: ``+0.175 PPL``, "reference", "not published"."""
        if self.status == "reference":
            return REFERENCE()
        if not self.published or self.delta_ppl is None:
            return NOT_PUBLISHED()
        if self.delta_ppl_max is not None:
            return COST_RANGE(low=Perplexity(self.delta_ppl), high=Perplexity(self.delta_ppl_max))
        return COST(delta=Perplexity(self.delta_ppl))

    def explanation(self) -> Message:
        """Where the figure comes from (tooltips, the CLI's --json)."""
        if self.status == "reference":
            return REFERENCE_SOURCE()
        s = self.source
        if not self.published or s is None:
            return NO_SOURCE()
        msg = SOURCE(model=s.model, dataset=s.dataset, ppl=Perplexity(self.ppl or 0.0),
                     baseline=Perplexity(s.baseline_ppl), title=s.title, url=s.url)
        return SOURCE_IMATRIX(text=msg, imatrix=self.imatrix) if self.imatrix else msg


@cache
def _table() -> dict[str, QualityCost]:
    with open(resource("quant_quality.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    sources = {
        sid: QualitySource(sid, s["title"], s["url"], s["model"], s["dataset"],
                           float(s["baseline_ppl"]), bool(s.get("ranking", False)))
        for sid, s in raw["sources"].items()
    }
    out = {}
    for qid, q in raw["quantizations"].items():
        out[qid] = QualityCost(
            qid, q["status"], q.get("delta_ppl"), q.get("delta_ppl_max"), q.get("ppl"),
            q.get("kld"), q.get("imatrix"), sources.get(q.get("source", "")))
    return out


def quality_cost(quant: Quantization) -> QualityCost:
    """The published cost of ``quant`` ("not published" when the table has nothing)."""
    return _table().get(quant.id) or QualityCost(quant.id, "not_published")


def preference_key(quant: Quantization, bits_per_weight: float) -> tuple[float, float, float]:
    """Sort key putting the best quantization first (see the module docstring)."""
    return (-float(quant.bits), quality_cost(quant).ranking_loss, -bits_per_weight)


def quality_json(cost: QualityCost) -> dict:
    """The cost and its source as plain JSON (the CLI's ``fits --json``)."""
    s = cost.source
    return {
        "status": cost.status,
        "delta_ppl": cost.delta_ppl,
        "delta_ppl_max": cost.delta_ppl_max,
        "kl_divergence": cost.kld,
        "model": s.model if s else None,
        "dataset": s.dataset if s else None,
        "source": s.url if s else None,
        "imatrix": cost.imatrix,
    }
