"""'Show the work' for a multimodal projector (mmproj GGUF) loaded beside a language model.

Its weights are counted in the Weights line (:mod:`gpuscope.estimate.weights`); this item shows
where those bytes come from and whether the file was named by the user or found beside the model.
"""

from __future__ import annotations

from pathlib import Path

from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.weights import WeightsInfo
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Bytes, Count

Q_PROJECTOR = QT_TRANSLATE_NOOP("Explain", "Multimodal projector")
F_PROJECTOR = QT_TRANSLATE_NOOP(
    "Explain", "sum of the tensor sizes in the mmproj file (loaded in VRAM beside the model, "
               "counted in the weights)")
SUB_PROJECTOR = QT_TRANSLATE_NOOP("Explain", "{file}: {n} tensors = {value}")
SUB_PROJECTOR_FOUND = QT_TRANSLATE_NOOP(
    "Explain", "{file}: {n} tensors = {value}; found beside the model file and attached "
               "automatically")
SUB_WITH_PROJECTOR = QT_TRANSLATE_NOOP(
    "Explain", "{model}; + {projector} of multimodal projector = {value}")
S_PROJECTOR = QT_TRANSLATE_NOOP("Explain", "tensor table of the mmproj file")


def with_projector(sub: Message, wi: WeightsInfo, value: float) -> Message:
    """The Weights line's numbers, with the projector's bytes added when there is one."""
    if not wi.projector_bytes:
        return sub
    return SUB_WITH_PROJECTOR(model=sub, projector=Bytes(wi.projector_bytes), value=Bytes(value))


def projector_items(model: ModelSpec, wi: WeightsInfo) -> tuple[ExplainItem, ...]:
    """One item naming the projector file and its bytes; none without a projector."""
    p = model.projector
    if p is None or not wi.projector_bytes:
        return ()
    name = Path(p.source_path).name if p.source_path else p.name
    sub = SUB_PROJECTOR_FOUND if model.projector_found else SUB_PROJECTOR
    value = Bytes(wi.projector_bytes)
    return (ExplainItem(Q_PROJECTOR, F_PROJECTOR,
                        sub(file=name, n=Count(len(p.tensors or ())), value=value),
                        value, S_PROJECTOR),)
