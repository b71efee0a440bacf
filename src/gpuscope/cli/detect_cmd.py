"""``gpuscope detect``: NVML status and every device with its dense peaks.

Exit status 0 whenever the report could be made, including "no driver" (``available: false``
with the reason); 1 when live NVML failed while being read: it did not answer within the
timeout (``code: "timeout"``), or a device stopped answering mid-read (a field unavailable for
``GpuIsLost``, ``Timeout``, ``Uninitialized`` or ``Unknown``); what could be read is still
printed. See docs/cli.md.
"""

from __future__ import annotations

import argparse
import json
from dataclasses import replace

from gpuscope.cli.common import (
    add_json_flag,
    device_override_key,
    read_failures,
    report_failures,
    user_overrides,
    with_user_overrides,
)
from gpuscope.hardware.gpu import PEAK_KEYS, Figure, GpuSpec, Provenance
from gpuscope.hardware.resolve import ResolvedGpu, resolve_device
from gpuscope.hardware.source import open_source
from gpuscope.units import ByteRate, Bytes, Kind, Quantity
from gpuscope.units import format_quantity as fq


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("detect", help="NVML status and the detected GPUs with their peaks",
                       description="Detect NVIDIA GPUs through NVML (or read --snapshot FILE).")
    add_json_flag(p)


def _unavailable(r: ResolvedGpu) -> dict[str, str]:
    """NVML's unavailable fields (reason codes), then each figure gpuscope could not work out
    from them (``bandwidth_bytes_per_s``, ``memory_total_bytes``, ``peaks.KEY``) with why."""
    out = dict(r.record.unavailable) if r.record else {}
    for key, why in r.spec.unknown.items():
        name = {"bandwidth": "bandwidth_bytes_per_s", "memory": "memory_total_bytes"}.get(
            key, f"peaks.{key}")
        out.setdefault(name, why.render())
    return out


def _notes(r: ResolvedGpu) -> dict[str, str]:
    """Each figure's caveat (derived at the max clock, NVML bandwidth differing from the
    datasheet, a laptop's power limit), keyed like ``peaks``; only figures that have one."""
    return {k: f.note for k, f in _figures(r.spec).items() if f is not None and f.note}


def _figures(spec: GpuSpec) -> dict[str, Figure | None]:
    return {"bandwidth_bytes_per_s": spec.bandwidth, "memory_total_bytes": spec.memory_bytes,
            **{k: spec.peaks.get(k) for k in PEAK_KEYS}}


def peaks_source(r: ResolvedGpu) -> str:
    """``catalogue``, ``derived``, ``mixed``, ``override``, or ``unknown`` when no peak could be
    had at all (an unrecognised GPU NVML told too little about)."""
    if all(r.spec.peaks.get(k) is None for k in PEAK_KEYS):
        return "unknown"
    if all(f is None or f.provenance is Provenance.OVERRIDE for f in r.spec.peaks.values()):
        return "override"
    return r.peaks_source


def _device_json(r: ResolvedGpu) -> dict:
    rec, spec = r.record, r.spec
    peaks = {k: spec.peak(k) for k in PEAK_KEYS if k != "fp8_acc16"}
    return {
        "index": rec.index, "name": rec.name, "uuid": rec.uuid,
        "compute_capability": list(rec.compute_capability) if rec.compute_capability else None,
        "memory_total_bytes": rec.memory_total_bytes, "memory_used_bytes": rec.memory_used_bytes,
        "memory_free_bytes": rec.memory_free_bytes,
        "bandwidth_bytes_per_s": spec.bandwidth_bytes_per_s,
        "peaks": peaks, "peaks_source": peaks_source(r),
        "catalogue_name": r.entry.name if r.entry else None,
        "unavailable": _unavailable(r), "notes": _notes(r),
        "sources": _sources(r),
    }


def _sources(r: ResolvedGpu) -> dict[str, str]:
    """Where each figure comes from: published, derived, measured or override."""
    return {k: f.provenance.value for k, f in _figures(r.spec).items() if f is not None}


def run(args: argparse.Namespace) -> int:
    source = open_source(args.snapshot)
    try:
        status = source.status()
        records = source.devices()
        resolved = [resolve_device(rec) for rec in records]
    finally:
        source.close()
    if resolved:  # the user's saved figures for each card, labelled "override"
        overrides = user_overrides()
        resolved = [replace(r, spec=with_user_overrides(r.spec, device_override_key(r.record),
                                                        overrides))
                    for r in resolved if r.record is not None]
    failures = read_failures(status, records) if source.kind == "live" else []
    report_failures(failures)
    code = 1 if failures else 0
    if args.json:
        print(json.dumps({
            "nvml": {"available": status.available,
                     "reason": status.reason.render() if status.reason else None,
                     "code": status.code, "driver_version": status.driver_version,
                     "cuda_driver_version": status.cuda_driver_version,
                     "source": source.kind, "complete": not failures},
            "devices": [_device_json(r) for r in resolved],
        }, indent=2))
        return code
    if status.available:
        print(f"NVML: driver {status.driver_version or '?'}, CUDA "
              f"{status.cuda_driver_version or '?'} ({source.describe().render()})")
    else:
        print(f"NVML: not available — {status.reason.render() if status.reason else status.code}")
        print("Planning mode: choose a GPU with --gpu NAME (see 'gpuscope gpus').")
    for r in resolved:
        _print_device(r)
    return code


def _print_device(r: ResolvedGpu) -> None:
    rec, spec = r.record, r.spec
    assert rec is not None
    cc = ".".join(map(str, rec.compute_capability)) if rec.compute_capability else "?"
    free = rec.memory_free_bytes
    name = rec.name or "(no name)"
    print(f"\n[{rec.index}] {name}  (compute capability {cc}; "
          f"catalogue: {r.entry.name if r.entry else 'not found, peaks derived'})")
    if rec.memory_total_bytes:
        mem = fq(Bytes(rec.memory_total_bytes))
    else:
        mem = f"unknown ({r.missing['memory'].render()})" if "memory" in r.missing else "n/a"
    bw = spec.bandwidth
    shown_bw = fq(ByteRate(bw.value)) + (f" [{bw.provenance.value}]" if bw else "") if bw else (
        f"unknown ({r.missing['bandwidth'].render()})" if "bandwidth" in r.missing else "n/a")
    print(f"    VRAM {mem}" + (f", {fq(Bytes(free))} free" if free is not None else "")
          + f"; bandwidth {shown_bw}")
    if bw is not None and bw.note:
        print(f"      bandwidth: {bw.note}")
    overridden = [k for k, f in _figures(spec).items() if f is not None
                  and f.provenance is Provenance.OVERRIDE]
    if overridden:
        print(f"    override (your gpu_overrides.json): {', '.join(overridden)}")
    print(f"    dense peaks ({peaks_source(r)}):")
    for key in PEAK_KEYS:
        fig = spec.peaks.get(key)
        if fig is None:
            if key in r.missing:
                print(f"      {key:<10} {'unknown':>14}   ({r.missing[key].render()})")
            continue
        kind = Kind.OP_RATE if key.startswith("int") else Kind.FLOP_RATE
        sparse = spec.sparse_peak(key)
        extra = f"  (sparse {fq(Quantity(sparse, kind))})" if sparse else ""
        shown = fq(Quantity(fig.value, kind))
        print(f"      {key:<10} {shown:>14}{extra}   [{fig.provenance.value}]")
        if fig.note:
            print(f"                 {fig.note}")
    for field, reason in rec.unavailable.items():
        print(f"    {field}: not available ({reason})")
