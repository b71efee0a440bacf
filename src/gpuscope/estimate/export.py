"""Estimate exports: the CLI's JSON object, a Markdown summary and a CSV table.

JSON keys are stable and English (scripts parse them); Markdown and CSV labels are rendered with the
caller's :class:`~gpuscope.text.Renderer`, so the window exports in the user's language.
"""

from __future__ import annotations

import csv
import io

from gpuscope.estimate.notes import estimate_notes
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.verdict import make_verdict
from gpuscope.models.classify import classify_model
from gpuscope.models.spec import ModelSpec
from gpuscope.text import ENGLISH, QT_TRANSLATE_NOOP, Renderer, Template
from gpuscope.units import ByteRate, Bytes, Count

T_TITLE = QT_TRANSLATE_NOOP("Export", "{model} · {quant} on {gpu}")
T_SETUP = QT_TRANSLATE_NOOP(
    "Export", "Context {context} × batch {batch}, prompt {prompt}, KV cache {kv}, runtime "
              "{runtime}")
T_QUANTITY = QT_TRANSLATE_NOOP("Export", "Quantity")
T_VALUE = QT_TRANSLATE_NOOP("Export", "Value")
T_HOW = QT_TRANSLATE_NOOP("Export", "How it is computed")
T_SOURCE = QT_TRANSLATE_NOOP("Export", "Source")
T_GPU = QT_TRANSLATE_NOOP("Export", "GPU: {name}, {memory}, {bandwidth}")
T_UNKNOWN = QT_TRANSLATE_NOOP("Export", "unknown")
T_FOOT = QT_TRANSLATE_NOOP(
    "Export", "Estimated by gpuscope (dense peaks; speed ranges are calibration uncertainty).")


def classification_json(m: ModelSpec) -> dict | None:
    """What kind of network a model file holds and why (None for presets, which have no tensor
    table): a stable ``kind`` id and ``attention`` id, and the sentences the window shows."""
    c = classify_model(m)
    if c is None:
        return None
    return {"kind": c.kind_id, "attention": c.attention or None, "moe": c.moe,
            "description": c.kind.render(), "reasons": [r.render() for r in c.reasons]}


def estimate_json(e: Estimate) -> dict:
    """The object ``estimate --json`` prints (also the window's JSON export)."""
    m, mem, sp = e.model, e.memory, e.speed
    return {
        "model": {"id": m.id, "name": m.name, "family": m.family.value, "params": m.params,
                  "active_params": m.active_params or m.params,
                  "classification": classification_json(m)},
        "quantization": e.quant.id,
        "gpu": {"name": e.gpu.name,
                "memory_bytes": int(e.gpu.memory) if e.gpu.memory_known else None,
                "bandwidth_bytes_per_s": e.gpu.bandwidth_bytes_per_s, "count": e.workload.n_gpus},
        "context": e.workload.context, "batch": e.workload.batch,
        "prompt_tokens": e.workload.prompt, "kv_cache": e.workload.kv_cache,
        "runtime": e.runtime,
        "memory": {"weights_bytes": int(mem.weights), "kv_cache_bytes": int(mem.kv_cache),
                   "compute_bytes": int(mem.compute), "overhead_bytes": int(mem.overhead),
                   "total_bytes": int(mem.total), "host_bytes": int(mem.host)},
        **({"fits": e.fit.fits, "fits_now": e.fit.fits_now, "max_context": e.fit.max_context,
            "max_context_now": e.fit.max_context_now} if e.gpu.memory_known else
           {"fits": None, "fits_now": None, "max_context": None, "max_context_now": None}),
        "flops_per_token": e.flops_per_token, "flops_per_sample": e.flops_per_sample,
        "speed": {
            "prefill_tokens_per_s": sp.prefill_tokens_per_s,
            "prefill_range": list(sp.prefill_range) if sp.prefill_range else None,
            "decode_tokens_per_s": sp.decode_tokens_per_s,
            "decode_range": list(sp.decode_range) if sp.decode_range else None,
            "decode_batch_tokens_per_s": sp.decode_batch_tokens_per_s,
            "time_to_first_token_s": sp.time_to_first_token_s,
            "images_per_s": sp.images_per_s,
            "images_range": list(sp.images_range) if sp.images_range else None,
            "bound": sp.decode_bound or sp.prefill_bound, "calibrated": sp.calibrated,
            "decode_unknown": sp.decode_unknown.render() if sp.decode_unknown else None,
            "prefill_unknown": sp.prefill_unknown.render() if sp.prefill_unknown else None},
        "verdict": make_verdict(e).message.render(),
        "notes": [note.render() for note in estimate_notes(e)],
        "explain": [item.as_json() for item in e.explain],
    }



def _rows(e: Estimate, r: Renderer) -> list[tuple[str, str, str, str]]:
    rows = []
    for it in e.explain:
        src = it.source
        source = r.text(src) if isinstance(src, Template) else r.render(src)
        rows.append((r.text(it.quantity), r.formatter.format_arg(it.value, r),
                     f"{r.text(it.formula)} = {r.render(it.substituted)}", source))
    return rows


def estimate_markdown(e: Estimate, r: Renderer = ENGLISH) -> str:
    """A Markdown summary to paste in a ticket or a chat (Edit → Copy summary)."""
    w = e.workload
    lines = [
        "## " + r.render(T_TITLE(model=e.model.name, quant=e.quant.name, gpu=e.gpu.name)),
        "",
        "**" + r.render(make_verdict(e).message) + "**",
        "",
        r.render(T_SETUP(context=Count(w.context), batch=Count(w.batch), prompt=Count(w.prompt),
                         kv=w.kv_cache, runtime=e.runtime)),
        r.render(T_GPU(name=e.gpu.name,
                       memory=Bytes(e.gpu.memory) if e.gpu.memory_known else T_UNKNOWN(),
                       bandwidth=ByteRate(bw) if (bw := e.gpu.bandwidth_bytes_per_s)
                       else T_UNKNOWN())),
        "",
        f"| {r.text(T_QUANTITY)} | {r.text(T_VALUE)} | {r.text(T_HOW)} | {r.text(T_SOURCE)} |",
        "|---|---:|---|---|",
    ]
    for q, v, how, src in _rows(e, r):
        lines.append(f"| {q} | {v} | {how.replace('|', '/')} | {src.replace('|', '/')} |")
    lines += ["", "_" + r.text(T_FOOT) + "_", ""]
    return "\n".join(lines)


def estimate_csv(e: Estimate, r: Renderer = ENGLISH) -> str:
    """One row per explained quantity, with the raw value in base units for spreadsheets."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["quantity", "value", "unit", "shown", "formula", "source"])
    for it, (q, shown, how, src) in zip(e.explain, _rows(e, r), strict=True):
        writer.writerow([q, float(it.value.value), it.value.kind.value, shown, how, src])
    return out.getvalue()

