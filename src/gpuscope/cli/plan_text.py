"""A plan as the terminal shows it: the plan, memory per device, notes, the command, the options."""

from __future__ import annotations

from gpuscope.estimate.plans.commands import Command
from gpuscope.estimate.plans.describe import gpu_groups, summary
from gpuscope.estimate.plans.recommend import Option
from gpuscope.estimate.plans.result import DeviceShare, Plan
from gpuscope.estimate.plans.server_text import server_lines
from gpuscope.text import ENGLISH
from gpuscope.units import ByteRate, Bytes, Count, TokenRate
from gpuscope.units import format_quantity as fq


def _layers(d: DeviceShare) -> str:
    if d.n_blocks == 0:
        return "output" if d.output_layer else "-"
    span = f"{d.first_block}-{d.first_block + d.n_blocks - 1}"
    return span + ("+out" if d.output_layer else "")


def _device_rows(plan: Plan) -> list[str]:
    head = (f"  {'device':<30}{'layers':>10}{'weights':>11}{'KV cache':>11}{'compute':>11}"
            f"{'overhead':>11}{'total':>11}{'of':>11}")
    rows = [head]
    for d in plan.devices:
        name = f"GPU {d.index} {d.name}" if d.kind == "gpu" else "CPU (RAM)"
        cap = "?" if d.capacity_bytes is None else fq(Bytes(d.capacity_bytes))
        flag = "" if d.fits is not False else "  <- does not fit"
        weights = fq(Bytes(d.weights_bytes))
        rows.append(f"  {name[:29]:<30}{_layers(d):>10}{weights:>11}{fq(Bytes(d.kv_bytes)):>11}"
                    f"{fq(Bytes(d.compute_bytes)):>11}{fq(Bytes(d.overhead_bytes)):>11}"
                    f"{fq(Bytes(d.total_bytes)):>11}{cap:>11}{flag}")
        if d.expert_bytes:
            rows.append(f"  {'':<30}{'':>10}  (of which MoE experts {fq(Bytes(d.expert_bytes))})")
    return rows


def _server_lines(plan: Plan) -> list[str]:
    lines = [m.render(ENGLISH) for m in server_lines(plan)]
    return ["", *lines[:1], *(f"  {line}" for line in lines[1:])] if lines else []


def render_plan(plan: Plan, cmd: Command, options: list[Option], *,
                explain: bool = False) -> str:
    w = plan.workload
    lines = [
        f"{plan.model.name} · {plan.quant.name} ({plan.bits_per_weight:.2f} bits/weight) with "
        f"{plan.engine.value} on {gpu_groups(plan.gpus)}",
        f"context {fq(Count(w.context))} x batch {w.batch}, KV cache {w.kv_cache}, flash "
        f"attention {'on' if w.flash_attention else 'off'}",
        "",
        f"Plan: {summary(plan).render()}",
    ]
    if plan.engine.value != "vllm":
        lines.append(f"  GPU layers {plan.gpu_layers} of {plan.n_layers + 1} (-ngl)"
                     + (f"; experts of the first {plan.cpu_moe_layers} layers in RAM"
                        if plan.cpu_moe_layers else ""))
    speed = f"  decode {fq(TokenRate(plan.decode_tokens_per_s))} per sequence"
    if plan.server is not None and plan.server.concurrent_seqs < 1:
        speed = "  decode: does not fit"
    elif plan.prefill_tokens_per_s:
        speed += f", prefill {fq(TokenRate(plan.prefill_tokens_per_s))}"
    lines.append(speed)
    if plan.link is not None and len(plan.gpus) > 1:
        lines.append(f"  link {plan.link.name}: {fq(ByteRate(plan.link.bandwidth))} per direction")
    lines += ["", "Memory per device", *_device_rows(plan), *_server_lines(plan)]
    if plan.notes:
        lines += ["", "Notes", *(f"  - {n.render()}" for n in plan.notes)]
    lines += ["", f"Command ({cmd.tool})"]
    lines += [f"  {line}" if line else "" for line in cmd.text.splitlines()]
    if cmd.model.placeholder:
        lines.append(f"  (replace {cmd.model.value} with your model)")
    if explain:
        lines += ["", "How each figure is computed"]
        for it in plan.explain:
            j = it.as_json()
            lines += [f"  {j['quantity']}: {j['substituted']}",
                      f"      formula: {j['formula']}", f"      source: {j['source']}"]
    if options:
        lines += ["", "Options, best first (fits, then quality, then speed)"]
        for i, o in enumerate(options[:8], 1):
            mark = "" if o.usable else "  (too slow)" if o.plan.fits else ""
            lines.append(f"  {i}. {o.summary.render(ENGLISH)}{mark}")
    return "\n".join(lines)
