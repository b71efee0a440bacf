"""Which models fit this GPU, and which is best: every model x every quantization, ranked.

For each model the *best quantization that fits* at the wanted context is chosen in the order of
:func:`gpuscope.estimate.quality.preference_key` (more bits first; within one width the smaller
published quality loss; then more bits per weight; then faster decoding): the best that fits the
VRAM free now, else the best that fits an idle GPU (``RankedModel.idle`` also names the better
choice an idle GPU would allow). Models are then ordered so the answer reads top-down:

1. those that fit the VRAM free now (or fit, when free VRAM is unknown), then those that fit only
   an idle GPU, then those that do not fit at all (these last, smallest memory need first, shown
   at the quantization that needs the least memory);
2. within a fitting group, models that support the whole context asked for before those whose
   maximum context is shorter (evaluated at their maximum), then models at 4 bits or more before
   those that fit only at 3 or 2 bits (llama.cpp's Llama 3 8B scoreboard: +0.66 perplexity at
   Q3_K_M, +3.5 at Q2_K);
3. then larger models first (more parameters: usually the more capable model), then the better
   quantization, then faster decoding.

``min_decode`` is a requirement, not a sort: a quantization qualifies only if it also decodes at
least that fast; a model that fits but never reaches it is left out.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import replace

import numpy as np

from gpuscope.errors import GpuscopeError, InputError
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.pairs import GpuPass, PairTable, is_decoder
from gpuscope.estimate.quality import preference_key
from gpuscope.estimate.ranked import Option, RankedModel, make_row, order_key
from gpuscope.estimate.weights import weights_info
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization, all_quantizations, get_quantization
from gpuscope.text import QT_TRANSLATE_NOOP

DEFAULT_CONTEXT = 8192


def default_quantizations() -> tuple[Quantization, ...]:
    """Every catalogue quantization except FP32 (never the best choice for inference)."""
    return tuple(q for q in all_quantizations() if q.id != "fp32")


def _options_for(model: ModelSpec, quants: Sequence[Quantization]) -> list[Quantization]:
    """Candidate quantizations of one model; a file's own format is always one of them."""
    out = list(quants) if is_decoder(model) else [q for q in quants if not q.is_gguf]
    if model.file_quantization:
        try:
            own = get_quantization(model.file_quantization)
        except GpuscopeError:
            own = None
        if own is not None and own not in out:
            out.append(own)
    return out


class Ranker:
    """Holds the static table of a model list; :meth:`rank` re-ranks in milliseconds."""

    def __init__(self, models: Sequence[ModelSpec], quants: Sequence[Quantization] | None = None,
                 workload: Workload | None = None) -> None:
        self.models = tuple(models)
        self.quants = tuple(quants or default_quantizations())
        self.workload = workload or Workload()
        decoders, others = [], []
        for m in self.models:
            opts = _options_for(m, self.quants)
            if opts:
                (decoders if is_decoder(m) else others).append((m, opts))
        self.table = PairTable([m for m, _ in decoders], [o for _, o in decoders], self.workload)
        self.others = others
        self.static_key = np.array([preference_key(q, float(b)) for q, b in zip(
            self.table.pair_quant, self.table.bits_per_weight, strict=True)]).reshape(-1, 3)
        self._gpu: tuple[GpuSpec, int] | None = None
        self._pass: GpuPass | None = None
        self._others: dict[tuple, _LazyOptions] = {}  # per GPU: (model, context) -> options

    def rank(self, gpu: GpuSpec, *, n_gpus: int = 1, context: int = DEFAULT_CONTEXT,
             free_bytes: float | None = None, min_decode: float | None = None
             ) -> list[RankedModel]:
        """Every model with its best quantization, best first (see the module docstring).

        Decoders are evaluated at ``context`` or their maximum context when that is shorter
        (``RankedModel.context`` says which)."""
        Workload(context=context, n_gpus=n_gpus)  # validates: InputError on nonsense
        if self._gpu != (gpu, n_gpus):
            self._gpu, self._pass = (gpu, n_gpus), None
            self._others.clear()
        rows: list[RankedModel] = []
        if len(self.table):
            if self._pass is None:
                self._pass = self.table.on_gpu(gpu, n_gpus)
            rows = self._rank_decoders(self._pass, context, free_bytes, min_decode)
        if min_decode is None:  # CNNs, MLPs and encoders have no tokens/s to compare
            rows += self._rank_others(gpu, n_gpus, context, free_bytes)
        rows.sort(key=order_key)
        return [replace(r, rank=i + 1) for i, r in enumerate(rows)]

    def _rank_decoders(self, gpu_pass: GpuPass, context: int, free: float | None,
                       min_decode: float | None) -> list[RankedModel]:
        t = self.table
        contexts = [min(context, s.max_context) for s in t.specs]
        res = gpu_pass.at(contexts)
        k = self.static_key
        order = np.lexsort((-res.decode_tokens_per_s, k[:, 2], k[:, 1], k[:, 0], t.model_idx))
        fast = (np.ones(len(t), bool) if min_decode is None
                else res.decode_tokens_per_s >= min_decode)
        first_idle = _first_per_model(order, res.fits & fast, t.model_idx)
        first_now = (first_idle if free is None else
                     _first_per_model(order, (res.total_bytes <= free) & fast, t.model_idx))
        smallest = _first_per_model(np.lexsort((res.total_bytes, t.model_idx)),
                                    np.ones(len(t), bool), t.model_idx)
        fits_any = np.zeros(len(t.models), bool)
        fits_any[t.model_idx[res.fits]] = True

        def option(i: int) -> Option:
            return Option(t.pair_quant[i], float(res.total_bytes[i]),
                          float(t.bits_per_weight[i]), _known(res.decode_tokens_per_s[i]),
                          _known(res.prefill_tokens_per_s[i]))

        rows = []
        for m, model in enumerate(t.models):
            idle, now = first_idle.get(m), first_now.get(m)
            if idle is None and fits_any[m]:
                continue  # fits, but slower than min_decode at every quantization that fits
            rows.append(make_row(
                model, None if now is None or free is None else option(now),
                None if idle is None else option(idle), option(smallest[m]), free,
                res.available_bytes, contexts[m], context))
        return rows

    def _rank_others(self, gpu: GpuSpec, n_gpus: int, context: int,
                     free: float | None) -> list[RankedModel]:
        """CNNs, MLPs and encoders: a few models estimated one by one, best option first and
        only as far as needed (each estimate walks the network), cached per GPU."""
        available = gpu.memory * n_gpus
        rows = []
        for model, quants in self.others:
            t = model.transformer
            used = min(context, t.max_context) if t and not t.image_size else 0
            key = (id(model), used)
            lazy = self._others.get(key)
            if lazy is None:
                w = self.workload.with_(context=used or context, n_gpus=n_gpus)
                lazy = self._others[key] = _LazyOptions(model, quants, gpu, w)
            idle = lazy.first(lambda o: o.total_bytes <= available)
            now = None if free is None else lazy.first(lambda o: o.total_bytes <= free)
            smallest = idle or lazy.smallest()  # all options are estimated only if none fits
            if smallest is not None:
                rows.append(make_row(model, now, idle, smallest, free, available))
        return rows


class _LazyOptions:
    """The options of one small model in preference order, estimated on first use."""

    def __init__(self, model: ModelSpec, quants: Sequence[Quantization], gpu: GpuSpec,
                 workload: Workload) -> None:
        self.model, self.gpu, self.workload = model, gpu, workload
        if model.transformer is not None:  # encoders: bits/weight from the tensor table
            bpw = {q.id: weights_info(model, q).bits_per_weight for q in quants}
        else:  # CNNs and MLPs store every weight at the format's nominal width
            bpw = {q.id: q.nominal_bpw for q in quants}
        self.quants = sorted(quants, key=lambda q: preference_key(q, bpw[q.id]))
        self.done: list[Option | None] = []

    def _get(self, i: int) -> Option | None:
        while len(self.done) <= i:
            q = self.quants[len(self.done)]
            try:
                e = estimate(self.model, q, self.gpu, self.workload)
            except GpuscopeError:
                self.done.append(None)
                continue
            self.done.append(Option(q, e.total_bytes, e.bits_per_weight, None, None,
                                    e.speed.images_per_s))
        return self.done[i]

    def first(self, ok) -> Option | None:
        for i in range(len(self.quants)):
            o = self._get(i)
            if o is not None and ok(o):
                return o
        return None

    def smallest(self) -> Option | None:
        opts = [o for i in range(len(self.quants)) if (o := self._get(i)) is not None]
        return min(opts, key=lambda o: o.total_bytes, default=None)


def _first_per_model(order: np.ndarray, ok: np.ndarray, model_idx: np.ndarray) -> dict[int, int]:
    """For each model, the first pair in ``order`` whose ``ok`` is true."""
    chosen = order[ok[order]]
    models, first = np.unique(model_idx[chosen], return_index=True)
    return dict(zip(models.tolist(), chosen[first].tolist(), strict=True))


_CACHE: list[tuple[tuple[ModelSpec, ...], tuple[Quantization, ...], Workload, Ranker]] = []


def ranker_for(models: Sequence[ModelSpec], quants: Sequence[Quantization] | None = None,
               workload: Workload | None = None) -> Ranker:
    """A :class:`Ranker` for these models, reused while the same model objects are asked for."""
    models = tuple(models)
    quants = tuple(quants or default_quantizations())
    workload = (workload or Workload()).with_(context=DEFAULT_CONTEXT, n_gpus=1)
    for ms, qs, w, ranker in _CACHE:
        if (len(ms) == len(models) and all(a is b for a, b in zip(ms, models, strict=True))
                and qs == quants and w == workload):
            return ranker
    ranker = Ranker(models, quants, workload)
    _CACHE[:] = [*_CACHE[-3:], (models, quants, workload, ranker)]
    return ranker


_VRAM_UNKNOWN = QT_TRANSLATE_NOOP(
    "Errors", "Cannot rank models on {gpu}: its VRAM size is unknown ({reason}); choose a GPU "
              "with --gpu NAME.")


def _known(value: float) -> float | None:
    """A speed, or None where the GPU's bandwidth or peaks are unknown (NaN from the formulas)."""
    number = float(value)
    return number if math.isfinite(number) else None


def rank_models(models: Sequence[ModelSpec], gpu: GpuSpec, *, n_gpus: int = 1,
                context: int = DEFAULT_CONTEXT, free_bytes: float | None = None,
                quants: Sequence[Quantization] | None = None, min_decode: float | None = None,
                workload: Workload | None = None) -> list[RankedModel]:
    """Rank ``models`` (presets and local files alike) on ``n_gpus`` x ``gpu``.

    ``free_bytes``: VRAM free now over the selected GPUs (None for a catalogue GPU);
    ``quants``: candidate quantizations (default: all but FP32; a file's own is always added);
    ``workload``: batch, prompt, KV-cache type and the like (its context is replaced).
    """
    if not gpu.memory_known:
        raise InputError(_VRAM_UNKNOWN(gpu=gpu.name, reason=gpu.unknown["memory"]))
    if min_decode is not None and (not math.isfinite(min_decode) or min_decode < 0):
        min_decode = None
    return ranker_for(models, quants, workload).rank(
        gpu, n_gpus=n_gpus, context=context, free_bytes=free_bytes, min_decode=min_decode)
