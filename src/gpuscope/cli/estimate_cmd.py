"""``gpuscope estimate``: memory, fit, FLOPs and speed of one model on one GPU."""

from __future__ import annotations

import argparse
import json

from gpuscope.cli.common import add_json_flag, add_mmproj_flag, resolve_gpus, resolve_model
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.export import classification_json, estimate_json
from gpuscope.estimate.notes import check_prompt, estimate_notes
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.verdict import make_verdict
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import Provenance
from gpuscope.quantization import get_kv_cache_type, get_quantization
from gpuscope.units import (
    ByteRate,
    Bytes,
    Count,
    Flop,
    Seconds,
    TokenRate,
)
from gpuscope.units import (
    format_quantity as fq,
)


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("estimate", help="memory, FLOPs, speed and fit of a model on a GPU",
                       description="Estimate VRAM, FLOPs, prefill/decode speed and fit.")
    p.add_argument("--model", required=True, help="preset ID (see 'gpuscope models') or a path "
                   "to a GGUF file / Hugging Face folder")
    add_mmproj_flag(p)
    p.add_argument("--quant", default=None, help="quantization ID, e.g. q4_k_m, q8_0, fp16 "
                   "(default: the file's own, else q4_k_m)")
    p.add_argument("--gpu", help="catalogue or NVML name, e.g. 'RTX 4090' (default: detected)")
    p.add_argument("--gpus", type=int, default=1, help="number of such GPUs (layer split)")
    p.add_argument("--context", type=int, default=4096, help="tokens in context per sequence")
    p.add_argument("--batch", type=int, default=1, help="parallel sequences")
    p.add_argument("--prompt", type=int, default=512, help="prompt tokens for prefill speed")
    p.add_argument("--kv-cache", default="f16", help="KV cache type: f16, q8_0, q4_0")
    p.add_argument("--no-flash-attention", action="store_true",
                   help="assume flash attention off (larger compute buffer)")
    p.add_argument("--explain", action="store_true", help="show each formula and source")
    add_json_flag(p)


def run(args: argparse.Namespace) -> int:
    model = resolve_model(args.model, args.mmproj)
    quant = get_quantization(args.quant if args.quant is not None
                             else model.own_quantization or "q4_k_m")
    get_kv_cache_type(args.kv_cache)
    # each device's own free VRAM, summed over the first --gpus devices (not GPU 0's x N)
    chosen = resolve_gpus(args, args.gpus)
    w = Workload(context=args.context, batch=args.batch, prompt=args.prompt,
                 kv_cache=args.kv_cache.lower(), flash_attention=not args.no_flash_attention,
                 n_gpus=chosen.count)
    check_prompt(w)
    e = estimate(model, quant, chosen.spec, w, free_bytes=chosen.free_bytes)
    if args.json:
        print(json.dumps(estimate_json(e), indent=2))
    else:
        print(render_text(e, explain=args.explain))
    return chosen.exit_status


def _rng(value: float | None, rng: tuple[float, float] | None, unit) -> str:
    if value is None:
        return "n/a"
    text = fq(unit(value))
    return f"{text} ({fq(unit(rng[0]))} – {fq(unit(rng[1]))})" if rng else text


def _workload_text(e: Estimate) -> str:
    """The inputs that matter for this kind of model (no KV cache or prompt for a CNN)."""
    w, t = e.workload, e.model.transformer
    if t is None:
        size = f"{w.image_size} px, " if w.image_size else ""
        return f"{size}batch {w.batch}"
    if t.encoder_only:
        return f"sequence {fq(Count(min(w.context, t.max_context)))} tokens × batch {w.batch}"
    return (f"context {fq(Count(w.context))} × batch {w.batch}, prompt {fq(Count(w.prompt))}, "
            f"KV cache {w.kv_cache}")


def _overridden(e: Estimate) -> list[str]:
    """A line naming the GPU figures taken from the user's overrides, if any."""
    g = e.gpu
    figures = {"memory": g.memory_bytes, "bandwidth": g.bandwidth, **g.peaks}
    keys = [k for k, f in figures.items() if f is not None and f.provenance is Provenance.OVERRIDE]
    return [f"(GPU override from gpu_overrides.json: {', '.join(keys)})"] if keys else []


def _gpu_memory(e: Estimate) -> str:
    return fq(Bytes(e.gpu.memory)) if e.gpu.memory_known else "VRAM unknown"


def _gpu_bandwidth(e: Estimate) -> str:
    bw = e.gpu.bandwidth_bytes_per_s
    return fq(ByteRate(bw)) if bw else "bandwidth unknown"


def render_text(e: Estimate, *, explain: bool = False) -> str:
    mem, sp, w = e.memory, e.speed, e.workload
    gpus = f"{w.n_gpus} × " if w.n_gpus > 1 else ""
    lines = [
        f"{e.model.name} · {e.quant.name} ({e.bits_per_weight:.2f} bits/weight) on "
        f"{gpus}{e.gpu.name} ({_gpu_memory(e)}, {_gpu_bandwidth(e)})",
        f"runtime {e.runtime}; {_workload_text(e)}",
        "",
        make_verdict(e).message.render(),
        *(f"Note: {note.render()}" for note in estimate_notes(e)),
        *_overridden(e),
        "",
        "Memory (VRAM)",
        f"  weights       {fq(Bytes(mem.weights)):>12}"
        + (f"   (+ {fq(Bytes(mem.host))} in RAM)" if mem.host else ""),
        f"  KV cache      {fq(Bytes(mem.kv_cache)):>12}",
        f"  compute       {fq(Bytes(mem.compute)):>12}",
        f"  overhead      {fq(Bytes(mem.overhead)):>12}",
        f"  total         {fq(Bytes(mem.total)):>12}",
    ]
    if e.flops_per_token is not None:
        lines += ["", f"FLOPs per token (decode at context {fq(Count(w.context))}): "
                      f"{fq(Flop(e.flops_per_token))}"]
    if e.flops_per_sample is not None:
        lines += ["", f"FLOPs per sample: {fq(Flop(e.flops_per_sample))}"]
    lines.append("")
    lines.append("Speed (dense peaks; range = calibration uncertainty)")
    if sp.prefill_unknown is not None:
        label = "prefill " if e.flops_per_token is not None else "throughput "
        lines.append(f"  {label} {sp.prefill_unknown.render()}")
    if sp.decode_unknown is not None and e.flops_per_token is not None:
        lines.append(f"  decode   {sp.decode_unknown.render()}")
    elif sp.decode_tokens_per_s is not None and sp.prefill_tokens_per_s is None:
        lines.append(f"  decode   {_rng(sp.decode_tokens_per_s, sp.decode_range, TokenRate)}"
                     f"  [{sp.decode_bound}-bound] per sequence")
    if sp.prefill_tokens_per_s is not None:
        lines.append(f"  prefill  {_rng(sp.prefill_tokens_per_s, sp.prefill_range, TokenRate)}"
                     f"  [{sp.prefill_bound}-bound]")
        lines.append(f"  decode   {_rng(sp.decode_tokens_per_s, sp.decode_range, TokenRate)}"
                     f"  [{sp.decode_bound}-bound] per sequence")
        if w.batch > 1:
            lines.append(f"           {fq(TokenRate(sp.decode_batch_tokens_per_s or 0))} "
                         f"for all {w.batch} sequences")
        if sp.time_to_first_token_s is not None:
            lines.append(f"  time to first token  {fq(Seconds(sp.time_to_first_token_s))}")
    if sp.images_per_s is not None:
        lo, hi = sp.images_range or (sp.images_per_s, sp.images_per_s)
        lines.append(f"  throughput  {sp.images_per_s:,.1f} samples/s ({lo:,.1f} - {hi:,.1f})")
    if not sp.calibrated:
        lines.append("  (efficiencies not calibrated for this case: wider band)")
    if explain:
        kind = classification_json(e.model)
        if kind is not None:
            lines += ["", f"What kind of network: {kind['description']}"]
            lines += [f"  - {r}" for r in kind["reasons"]]
        lines += ["", "How each figure is computed"]
        for it in e.explain:
            j = it.as_json()
            lines += [f"  {j['quantity']}: {j['substituted']}",
                      f"      formula: {j['formula']}", f"      source: {j['source']}"]
    return "\n".join(lines)
