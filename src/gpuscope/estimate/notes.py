"""Caveats an estimate's figures need beside them: a context beyond what the model was trained
for, speeds of a model that does not fit, a precision the GPU has no units for.

The figures themselves stay as computed; these notes say how to read them. The CLI prints them
under the verdict and in ``--json`` (``"notes"``); they are core messages, so they translate.
"""

from __future__ import annotations

from gpuscope.errors import InputError
from gpuscope.estimate.peaks import compute_peak
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.workload import Workload
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Count

_BEYOND_TRAINED = QT_TRANSLATE_NOOP(
    "Notes", "{model} was trained with a context of {trained} tokens; {context} goes beyond it: "
    "answers degrade, and vLLM refuses it unless told to allow it.")
_ENCODER_CAP = QT_TRANSLATE_NOOP(
    "Notes", "{model} reads at most {trained} tokens at a time: the figures are for {trained}, "
    "not {context}.")
_IF_IT_FITTED = QT_TRANSLATE_NOOP(
    "Notes", "It does not fit: the speeds assume it did. 'gpuscope plan' gives the speed with "
    "part of the model in system RAM or across GPUs.")
_NO_UNITS = QT_TRANSLATE_NOOP(
    "Notes", "{gpu} has no {wanted} units: the matrix products of {quant} run at its {used} peak "
    "instead.")
_PROMPT_TOO_LONG = QT_TRANSLATE_NOOP(
    "Notes", "A prompt of {prompt} tokens does not fit in a context of {context} tokens: make the "
    "context at least as long as the prompt.")

_PEAK_NAMES = {"fp32": "FP32", "tf32": "TF32", "fp16": "FP16", "fp16_acc16": "FP16",
               "bf16": "BF16", "fp8": "FP8", "int8": "INT8", "int4": "INT4", "fp4": "FP4"}


def check_prompt(workload: Workload) -> None:
    """A prompt longer than the context cannot run (llama.cpp and vLLM both refuse it)."""
    if workload.prompt > workload.context:
        raise InputError(_PROMPT_TOO_LONG(prompt=Count(workload.prompt),
                                          context=Count(workload.context)))


def _context_note(model: ModelSpec, context: int) -> Message | None:
    t = model.transformer
    if t is None or not t.max_context or context <= t.max_context:
        return None
    template = _ENCODER_CAP if t.encoder_only else _BEYOND_TRAINED
    return template(model=model.name, trained=Count(t.max_context), context=Count(context))


def estimate_notes(e: Estimate) -> list[Message]:
    """What a reader of ``e`` should know before trusting its figures, most important first."""
    notes: list[Message] = []
    if not e.fit.fits:
        notes.append(_IF_IT_FITTED())
    context = _context_note(e.model, e.workload.context)
    if context is not None:
        notes.append(context)
    used, _ = compute_peak(e.gpu, e.quant.compute)
    wanted, got = _PEAK_NAMES.get(e.quant.compute), _PEAK_NAMES.get(used)
    if wanted and got and wanted != got:
        notes.append(_NO_UNITS(gpu=e.gpu.name, wanted=wanted, quant=e.quant.name, used=got))
    return notes
