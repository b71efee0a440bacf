"""Help → Concepts: every entry is illustrated with the current selection's numbers."""

from __future__ import annotations

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import get_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization
from gpuscope.units import Count, FlopRate, OpRate


def _entries(model: str, quant: str, gpu: str = "rtx-4090", context: int = 8192):
    from gpuscope.ui.concepts import ConceptsDialog

    e = estimate(get_preset(model), get_quantization(quant), get_gpu(gpu).to_spec(),
                 Workload(context=context))
    return e, dict(ConceptsDialog(None, e).entries(e))


def test_precisions_show_this_gpus_peaks(qapp) -> None:
    from gpuscope.ui.i18n import fmt

    e, entries = _entries("llama-3.1-8b", "q4_k_m")
    body = entries["Precisions"]
    for key, kind in (("bf16", FlopRate), ("fp8", FlopRate), ("int4", OpRate),
                      ("fp16_acc16", FlopRate)):
        assert fmt(kind(e.gpu.peak(key))) in body, key


def test_a_precision_the_gpu_lacks_is_said_so(qapp) -> None:
    e, entries = _entries("llama-3.1-8b", "q4_k_m", gpu="rtx-3090")  # Ampere: no FP8
    assert e.gpu.peak("fp8") is None
    assert "FP8 not supported" in entries["Precisions"]


def test_tokenization_shows_the_vocabulary_and_the_context(qapp) -> None:
    from gpuscope.ui.i18n import fmt

    e, entries = _entries("llama-3.1-8b", "q4_k_m", context=8192)
    body = entries["Tokenization"]
    t = e.model.transformer
    assert fmt(Count(t.vocab_size)) in body and fmt(Count(8192)) + " tokens" in body
    assert fmt(Count(t.max_context)) in body and fmt(Count(6140)) in body  # ~0.75 words/token


def test_every_entry_uses_a_figure_of_the_selection(qapp) -> None:
    e, entries = _entries("llama-3.1-8b", "q4_k_m")
    names = (e.model.name, e.gpu.name, e.quant.name)
    plain = [t for t, body in entries.items()
             if not any(n in body for n in names) and not any(ch.isdigit() for ch in body)]
    assert plain == []
    _e, cnn = _entries("resnet-50", "fp16")
    assert "no tokens" in cnn["Tokenization"] and "?" not in cnn["Tokenization"]
