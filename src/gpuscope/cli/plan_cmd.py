"""``gpuscope plan``: how to run a model that may not fit one GPU, and the command that does it.

``gpuscope plan --model ID|PATH [--quant Q] --gpu NAME [--gpu NAME2 | --gpus N] [--context N]
[--batch N] [--kv-cache T] [--engine llama.cpp|ollama|vllm] [--json]`` prints the plan (per-device
memory, speed, notes), the command, and the other options ranked.
"""

from __future__ import annotations

import argparse
import json

from gpuscope.cli.common import add_json_flag, add_mmproj_flag, resolve_model
from gpuscope.errors import InputError
from gpuscope.estimate.plans.commands import command_for
from gpuscope.estimate.plans.describe import plan_json
from gpuscope.estimate.plans.host import (
    BANDWIDTH_FIELD,
    PLATFORMS,
    RAM_FIELD,
    check_positive,
    host_memory,
)
from gpuscope.estimate.plans.links import get_link
from gpuscope.estimate.plans.planner import SPLITS, PlanRequest, make_plan
from gpuscope.estimate.plans.recommend import MIN_TOKENS_PER_S, best, recommend
from gpuscope.estimate.plans.result import Engine
from gpuscope.estimate.plans.server import VllmOptions
from gpuscope.estimate.workload import Workload, check_range
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.quantization import get_kv_cache_type, get_quantization
from gpuscope.text import QT_TRANSLATE_NOOP

_GPUS_MIXED = QT_TRANSLATE_NOOP(
    "Errors", "--gpus N repeats one GPU; with several --gpu names, list each GPU instead.")
_BAD_VALUE = QT_TRANSLATE_NOOP("Errors", "{option} expects {expected} (got '{value}').")
GIB = 1024**3


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "plan", help="how to run a model: offload, multi-GPU, vLLM, and the command",
        description="Plan partial offload (llama.cpp / Ollama), multi-GPU splits and vLLM "
                    "serving, and print the command that runs the plan.")
    p.add_argument("--model", required=True, help="preset ID or a path to a GGUF file / folder")
    add_mmproj_flag(p)
    p.add_argument("--quant", help="quantization (default: a file's own, else the recommended one)")
    p.add_argument("--gpu", action="append", default=[],
                   help="GPU name; repeat or comma-separate for several (default: detected)")
    p.add_argument("--gpus", type=int, help="number of identical GPUs")
    p.add_argument("--context", type=int, default=4096, help="tokens per sequence")
    p.add_argument("--batch", type=int, default=1, help="parallel sequences")
    p.add_argument("--prompt", type=int, default=512, help="prompt tokens for prefill speed")
    p.add_argument("--kv-cache", default="f16", help="f16, q8_0, q4_0 (vLLM: auto or fp8)")
    p.add_argument("--no-flash-attention", action="store_true", help="assume flash attention off")
    p.add_argument("--engine", default="llama.cpp", choices=[e.value for e in Engine])
    p.add_argument("--split", default="auto", choices=SPLITS,
                   help="several GPUs: layer (pipeline) or tensor (tensor parallel)")
    p.add_argument("--gpu-layers", default="auto", help="llama.cpp -ngl: a number or auto")
    p.add_argument("--cpu-moe", default="auto",
                   help="MoE: layers whose experts stay in RAM: a number, all, or auto")
    p.add_argument("--host-bandwidth", type=float, metavar="GB/s",
                   help="memory bandwidth the CPU part reaches (default: assumed per platform)")
    p.add_argument("--host-platform", choices=sorted(PLATFORMS), help="assumed host memory")
    p.add_argument("--host-ram", type=float, metavar="GiB", help="RAM (default: this computer's)")
    p.add_argument("--link", help="GPU link: pcie3, pcie4, pcie5 or nvlink (default: by GPU)")
    p.add_argument("--gpu-memory-utilization", type=float, default=0.9, help="vLLM budget share")
    p.add_argument("--max-num-seqs", type=int, help="vLLM scheduler cap (default: vLLM's)")
    p.add_argument("--cli", action="store_true", help="print llama-cli instead of llama-server")
    p.add_argument("--min-speed", type=float, default=MIN_TOKENS_PER_S,
                   help="slowest usable decode speed for the ranking, tok/s")
    p.add_argument("--explain", action="store_true", help="show each formula and source")
    add_json_flag(p)


def _count(option: str, value: str, *, allow_all: bool = False) -> int | None | str:
    v = value.strip().lower()
    if v == "auto":
        return None
    if allow_all and v == "all":
        return "all"
    if v.isdigit():
        return int(v)
    raise InputError(_BAD_VALUE(option=option, expected="a number or auto", value=value))


def resolve_gpus(args: argparse.Namespace) -> tuple[tuple[GpuSpec, ...], tuple[float | None, ...]]:
    """``--gpu`` names (repeatable, comma-separated) x ``--gpus``; else the detected GPUs."""
    check_range("n_gpus", args.gpus)
    names = [n.strip() for arg in args.gpu for n in arg.split(",") if n.strip()]
    if names:
        from gpuscope.cli.common import catalogue_gpu, user_overrides

        overrides = user_overrides()
        specs = [catalogue_gpu(n, overrides) for n in names]
        if args.gpus is not None:
            if len(specs) > 1:
                raise InputError(_GPUS_MIXED())
            specs *= args.gpus
        check_range("n_gpus", len(specs))
        return tuple(specs), (None,) * len(specs)
    from gpuscope.cli.common import resolve_gpu

    first = resolve_gpu(args)  # raises the "no GPU detected" error when there is none
    args.gpu_exit_status = first.exit_status  # 1: the live GPU was lost while read
    detected = _detected(args) or [(first.spec, first.free_bytes)]
    if args.gpus is not None:
        detected = (detected * args.gpus)[:args.gpus]
    return tuple(s for s, _ in detected), tuple(f for _, f in detected)


def _detected(args: argparse.Namespace) -> list[tuple[GpuSpec, float | None]]:
    from gpuscope.cli.common import device_override_key, user_overrides, with_user_overrides
    from gpuscope.hardware.resolve import resolve_device
    from gpuscope.hardware.source import open_source

    source = open_source(getattr(args, "snapshot", None))
    try:
        records = source.devices()
    finally:
        source.close()
    overrides = user_overrides() if records else {}
    return [(with_user_overrides(resolve_device(r).spec, device_override_key(r), overrides),
             r.memory_free_bytes) for r in records]


def build_request(args: argparse.Namespace) -> PlanRequest:
    model = resolve_model(args.model, args.mmproj)
    gpus, free = resolve_gpus(args)
    engine = Engine(args.engine)
    kv = args.kv_cache.strip().lower()
    if engine is not Engine.VLLM:
        get_kv_cache_type(kv)
    w = Workload(context=args.context, batch=args.batch, prompt=args.prompt, kv_cache=kv,
                 flash_attention=not args.no_flash_attention, n_gpus=len(gpus))
    check_positive(BANDWIDTH_FIELD, args.host_bandwidth)
    check_positive(RAM_FIELD, args.host_ram)
    host = host_memory(gpus[0], bandwidth=None if args.host_bandwidth is None
                       else args.host_bandwidth * 1e9, platform=args.host_platform,
                       ram_bytes=None if args.host_ram is None else args.host_ram * GIB)
    default_q = model.file_quantization or ("bf16" if engine is Engine.VLLM else "q4_k_m")
    quant = get_quantization(args.quant or default_q)
    layers = _count("--gpu-layers", args.gpu_layers)
    moe = _count("--cpu-moe", args.cpu_moe, allow_all=True)
    if moe == "all":
        moe = model.transformer.n_layers if model.transformer else 0
    return PlanRequest(
        model, quant, gpus, w, engine, args.split, layers, moe,  # type: ignore[arg-type]
        free, host, get_link(args.link, gpus) if args.link else None,
        VllmOptions(gpu_memory_utilization=args.gpu_memory_utilization,
                    max_num_seqs=args.max_num_seqs))


def run(args: argparse.Namespace) -> int:
    from gpuscope.cli.plan_text import render_plan

    r = build_request(args)
    options = recommend(r, min_tokens_per_s=args.min_speed)
    if not args.quant and not r.model.source_path:  # a file is planned at its own quantization
        top = best(r, min_tokens_per_s=args.min_speed)
        if top is not None:
            r = r.with_(quant=top.quant)
    plan = make_plan(r)
    cmd = command_for(plan, "llama-cli" if args.cli else None)
    if args.json:
        doc = plan_json(plan, cmd)
        doc["options"] = [{"quantization": o.quant.id, "summary": o.summary.render(),
                           "fits": o.plan.fits, "usable": o.usable,
                           "decode_tokens_per_s": o.plan.decode_tokens_per_s,
                           "strategy": o.plan.strategy.value} for o in options]
        print(json.dumps(doc, indent=2))
    else:
        print(render_plan(plan, cmd, options, explain=args.explain))
    return getattr(args, "gpu_exit_status", 0)

