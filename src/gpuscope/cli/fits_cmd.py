"""``gpuscope fits``: which models fit this GPU, each at its best quantization, best first."""

from __future__ import annotations

import argparse
import json

from gpuscope.cli.common import resolve_gpu
from gpuscope.errors import InputError
from gpuscope.estimate.ranked import RankedModel, ranked_json
from gpuscope.estimate.ranking import DEFAULT_CONTEXT, default_quantizations, rank_models
from gpuscope.estimate.verdict import Level
from gpuscope.estimate.workload import Workload
from gpuscope.models.family import model_family
from gpuscope.models.presets import all_presets
from gpuscope.quantization import get_kv_cache_type
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes, Count, TokenRate
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
would hold when the free VRAM is what limits the choice."""


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "fits", help="which models fit this GPU, at which quantization, how fast",
        description="Rank every model preset on a GPU: the best quantization that fits at "
                    "the context, its VRAM, headroom and speed, best first.",
        epilog=ORDER_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--gpu", help="catalogue or NVML name, e.g. 'RTX 4090' (default: the "
                   "detected GPU or --snapshot's, with its free VRAM)")
    p.add_argument("--gpus", type=int, default=1, help="number of such GPUs (layer split)")
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


def _selected_models(family: str | None) -> list:
    models = all_presets()
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
    workload = Workload(context=args.context, batch=args.batch, n_gpus=args.gpus,
                        kv_cache=args.kv_cache.lower())
    models = _selected_models(args.family)
    gguf = RUNTIMES[args.runtime]
    quants = [q for q in default_quantizations() if gguf is None or q.is_gguf == gguf]
    chosen = resolve_gpu(args)
    free = chosen.free_bytes * args.gpus if chosen.free_bytes is not None else None
    rows = rank_models(models, chosen.spec, n_gpus=args.gpus, context=args.context,
                       free_bytes=free, quants=quants, min_decode=args.min_speed,
                       workload=workload)
    if args.top is not None:
        rows = rows[:max(0, args.top)]
    if args.json:
        print(json.dumps([ranked_json(r) for r in rows], indent=2))
        return chosen.exit_status
    gpus = f"{args.gpus} × " if args.gpus > 1 else ""
    free_text = f", {fq(Bytes(free))} free now" if free is not None else ""
    print(f"Models on {gpus}{chosen.spec.name} ({fq(Bytes(chosen.spec.memory * args.gpus))}"
          f"{free_text}) at {fq(Count(args.context))} tokens of context, best first")
    print("(order and quality figures: gpuscope fits --help)")
    print()
    print(render_table(rows))
    return chosen.exit_status


def _status(r: RankedModel) -> str:
    if r.status is Level.NO_FIT:
        return "does not fit"
    if r.status is Level.FITS_IDLE:
        return "idle GPU only"
    if r.fits_now is None:
        return "fits"
    return "fits now" + (f" (idle GPU: {r.idle.quant.name})" if r.idle else "")


def _left(r: RankedModel) -> float:
    """VRAM left after loading: of the free VRAM when known and it fits now, else of the total."""
    return r.headroom_now_bytes if r.fits_now else r.headroom_bytes


def _rate(value: float | None) -> str:
    return fq(TokenRate(value)) if value else "-"


def render_table(rows: list[RankedModel]) -> str:
    head = (f"{'#':>3}  {'model':<34} {'quant':<24} {'quality cost':<23} {'VRAM':>10} "
            f"{'left':>10} {'decode':>12} {'prefill':>13}  fit")
    lines = [head]
    for r in rows:
        name = r.model.name
        if r.context_limited:
            name += f" (ctx {fq(Count(r.context or 0))})"
        lines.append(
            f"{r.rank:>3}  {name:<34.34} {r.quant.name:<24.24} "
            f"{r.quality.label().render():<23} {fq(Bytes(r.total_bytes)):>10} "
            f"{fq(Bytes(_left(r))):>10} {_rate(r.best.decode_tokens_per_s):>12} "
            f"{_rate(r.best.prefill_tokens_per_s):>13}  {_status(r)}")
    return "\n".join(lines)
