"""``gpuscope fits``: which models fit this GPU, each at its best quantization, best first."""

from __future__ import annotations

import argparse
import json

from gpuscope.cli.common import ChosenGpus, resolve_gpus
from gpuscope.cli.fits_models import PRESET, SAVED, Candidates, add_arguments, collect
from gpuscope.cli.fits_text import render_table
from gpuscope.errors import InputError
from gpuscope.estimate.ranked import ranked_json
from gpuscope.estimate.ranking import DEFAULT_CONTEXT, default_quantizations, rank_models
from gpuscope.estimate.workload import Workload
from gpuscope.models.family import model_family
from gpuscope.quantization import get_kv_cache_type
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes, Count
from gpuscope.units import format_quantity as fq

_BAD_FAMILY = QT_TRANSLATE_NOOP("Errors", "No model of family '{family}'; families: {known}.")
_BAD_SPEED = QT_TRANSLATE_NOOP("Errors", "--min-speed must be a positive number of tokens/s.")
RUNTIMES = {"any": None, "llama.cpp": True, "pytorch": False}

ORDER_HELP = """\
"Best" is explicit. For each model, the best quantization that fits at the context (in the VRAM
free now, else on an idle GPU): more bits first (16, 8, 6, 5, 4, 3, 2); within one width the
smaller published quality loss (llama.cpp's Llama 3 8B perplexity scoreboard); then the faster
one. Models are listed:
  1. fits the VRAM free now, then fits an idle GPU only, then does not fit (shown at the
     quantization needing the least memory, smallest need first);
  2. models supporting the whole context before those evaluated at a shorter maximum context,
     then 4 bits or more before 3- and 2-bit fits;
  3. larger models (more parameters) first, then the better quantization, then faster decoding.
--min-speed keeps only quantizations decoding at least that fast (and drops models that never
do while they fit). Quality cost: perplexity increase over the unquantized model, with its source
in --json; "not published" where none was found. In --json, fits_now is null when the free VRAM
is unknown (a catalogue GPU), and quantization_idle names the better quantization an idle GPU
would hold when the free VRAM is what limits the choice; origin says where the model came from:
preset, saved (your saved models), or the scan's source (huggingface, ollama, lmstudio, folder).

GPUs: with --snapshot or a live GPU, every GPU found is used (a layer split) and its free VRAM
is each device's own, summed; --gpus N uses the first N. With --gpu NAME, --gpus N (default 1)
such cards, free VRAM unknown."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fits", help="which models fit this GPU, at which quantization, how fast",
        description="Rank every model preset and your saved models (with --scan / "
                    "--models-dir, the models on this computer too) on a GPU: the best "
                    "quantization that fits at the context, its VRAM, headroom and speed, "
                    "best first.",
        epilog=ORDER_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gpu", help="catalogue or NVML name, e.g. 'RTX 4090' (default: the "
                   "detected GPU or --snapshot's, with its free VRAM)")
    p.add_argument("--gpus", type=int, help="number of GPUs (layer split); default: every GPU "
                   "detected or in --snapshot, or 1 with --gpu")
    p.add_argument("--context", type=int, default=DEFAULT_CONTEXT,
                   help="tokens in context per sequence (default: %(default)s)")
    p.add_argument("--min-speed", type=float, metavar="TOK_S",
                   help="only quantizations decoding at least this many tokens/s")
    p.add_argument("--family", help="only this model family (Llama, Qwen, Gemma, ...)")
    p.add_argument("--runtime", choices=tuple(RUNTIMES), default="any",
                   help="GGUF quantizations (llama.cpp), framework formats (pytorch) or both")
    p.add_argument("--batch", type=int, default=1, help="parallel sequences")
    p.add_argument("--kv-cache", default="f16", help="KV cache type: f16, q8_0, q4_0")
    p.add_argument("--top", type=int, metavar="N", help="print only the first N rows")
    p.add_argument("--json", action="store_true",
                   help="print a JSON list of models, best first")
    add_arguments(p)


def _selected_models(models: list, family: str | None) -> list:
    if not family:
        return models
    known = sorted({model_family(m) for m in models})
    chosen = [m for m in models if model_family(m).lower() == family.strip().lower()]
    if not chosen:
        raise InputError(_BAD_FAMILY(family=family, known=", ".join(known)))
    return chosen


def run(args: argparse.Namespace) -> int:
    if args.min_speed is not None and not args.min_speed > 0:
        raise InputError(_BAD_SPEED())
    get_kv_cache_type(args.kv_cache)
    chosen = resolve_gpus(args, args.gpus)
    n = chosen.count
    workload = Workload(context=args.context, batch=args.batch, n_gpus=n,
                        kv_cache=args.kv_cache.lower())
    found = collect(args)
    models = _selected_models(found.models, args.family)
    gguf = RUNTIMES[args.runtime]
    quants = [q for q in default_quantizations() if gguf is None or q.is_gguf == gguf]
    rows = rank_models(models, chosen.spec, n_gpus=n, context=args.context,
                       free_bytes=chosen.free_bytes, quants=quants, min_decode=args.min_speed,
                       workload=workload)
    if args.top is not None:
        rows = rows[:max(0, args.top)]
    if args.json:
        print(json.dumps([{**ranked_json(r), "origin": found.origin_of(r.model)} for r in rows],
                         indent=2))
        return chosen.exit_status
    for text in _header(chosen, args.context, found, bool(getattr(args, "snapshot", None))):
        print(text)
    print()
    mixed = any(found.origin_of(r.model) != PRESET for r in rows)
    print(render_table(rows, (lambda r: found.origin_of(r.model)) if mixed else None))
    return chosen.exit_status


def _header(chosen: ChosenGpus, context: int, found: Candidates, snapshot: bool
            ) -> list[str]:
    n, spec, free = chosen.count, chosen.spec, chosen.free_bytes
    gpus = f"{n} × " if n > 1 else ""
    free_text = f", {fq(Bytes(free))} free now" if free is not None else ""
    out = [f"Models on {gpus}{spec.name} ({fq(Bytes(spec.memory * n))}{free_text}) at "
           f"{fq(Count(context))} tokens of context, best first"]
    if chosen.found > 1:
        where = "snapshot" if snapshot else "machine"
        if n == 1:
            which = f"GPU 0 only, of the {where}'s {chosen.found}; --gpus N for a layer split"
        else:
            which = (f"all {n} GPUs of the {where}" if n == chosen.found else
                     f"the first {n} of the {where}'s {chosen.found} GPUs")
            which += ": a layer split, each GPU's free VRAM summed; --gpus N to change"
        if chosen.mixed:
            which += "; the GPUs differ, so each is counted as the one with the least memory"
        out.append(f"({which})")
    mine = [f"{found.count(SAVED)} saved"] if found.count(SAVED) else []
    if found.scanned or found.unreadable:
        mine.append(f"{found.scanned} found on this computer"
                    + (f", {found.unreadable} unreadable" if found.unreadable else ""))
    if mine:
        out.append(f"(presets and your models: {'; '.join(mine)})")
    out.append("(order and quality figures: gpuscope fits --help; your models on this "
               "computer: --scan)" if not found.scanned else
               "(order and quality figures: gpuscope fits --help)")
    return out
