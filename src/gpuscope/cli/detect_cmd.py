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
import sys

from gpuscope.cli.common import add_json_flag
from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.fields import GPU_IS_LOST, TIMEOUT, UNINITIALIZED, UNKNOWN, reason_message
from gpuscope.hardware.gpu import PEAK_KEYS
from gpuscope.hardware.resolve import ResolvedGpu, resolve_device
from gpuscope.hardware.source import open_source
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import ByteRate, Bytes, Kind, Quantity
from gpuscope.units import format_quantity as fq

#: Reasons meaning "the read failed" (as opposed to "this GPU or driver cannot tell").
FAILURE_REASONS = frozenset({GPU_IS_LOST, TIMEOUT, UNINITIALIZED, UNKNOWN})
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Cli", "NVML failed while reading GPU {index} ({reason}); the report shows what could be read.")


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("detect", help="NVML status and the detected GPUs with their peaks",
                       description="Detect NVIDIA GPUs through NVML (or read --snapshot FILE).")
    add_json_flag(p)


def _device_json(r: ResolvedGpu) -> dict:
    rec, spec = r.record, r.spec
    peaks = {k: spec.peak(k) for k in PEAK_KEYS if k != "fp8_acc16"}
    return {
        "index": rec.index, "name": rec.name, "uuid": rec.uuid,
        "compute_capability": list(rec.compute_capability) if rec.compute_capability else None,
        "memory_total_bytes": rec.memory_total_bytes, "memory_used_bytes": rec.memory_used_bytes,
        "memory_free_bytes": rec.memory_free_bytes,
        "bandwidth_bytes_per_s": spec.bandwidth_bytes_per_s or None,
        "peaks": peaks, "peaks_source": r.peaks_source,
        "catalogue_name": r.entry.name if r.entry else None,
        "unavailable": dict(rec.unavailable),
    }


def read_failures(status: st.NvmlStatus, records: list[DeviceRecord]) -> list[tuple[int, str]]:
    """(device index, reason) for each device whose live read failed part-way (-1: NVML itself)."""
    failures = [(-1, st.TIMEOUT)] if status.code == st.TIMEOUT else []
    for rec in records:
        reasons = sorted({r for r in rec.unavailable.values() if r in FAILURE_REASONS})
        failures += [(rec.index, r) for r in reasons[:1]]
    return failures


def run(args: argparse.Namespace) -> int:
    source = open_source(args.snapshot)
    try:
        status = source.status()
        records = source.devices()
        resolved = [resolve_device(rec) for rec in records]
    finally:
        source.close()
    failures = read_failures(status, records) if source.kind == "live" else []
    for index, reason in failures:
        if index >= 0:
            print(f"gpuscope: {_INCOMPLETE(index=index, reason=reason_message(reason)).render()}",
                  file=sys.stderr)
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
    cc = ".".join(map(str, rec.compute_capability)) if rec.compute_capability else "?"
    free = rec.memory_free_bytes
    print(f"\n[{rec.index}] {rec.name}  (compute capability {cc}; "
          f"catalogue: {r.entry.name if r.entry else 'not found, peaks derived'})")
    mem = fq(Bytes(rec.memory_total_bytes)) if rec.memory_total_bytes else "n/a"
    print(f"    VRAM {mem}" + (f", {fq(Bytes(free))} free" if free is not None else "")
          + f"; bandwidth {fq(ByteRate(spec.bandwidth_bytes_per_s))}")
    print(f"    dense peaks ({r.peaks_source}):")
    for key in PEAK_KEYS:
        fig = spec.peaks.get(key)
        if fig is None:
            continue
        kind = Kind.OP_RATE if key.startswith("int") else Kind.FLOP_RATE
        sparse = spec.sparse_peak(key)
        extra = f"  (sparse {fq(Quantity(sparse, kind))})" if sparse else ""
        shown = fq(Quantity(fig.value, kind))
        print(f"      {key:<10} {shown:>14}{extra}   [{fig.provenance.value}]")
    for field, reason in rec.unavailable.items():
        print(f"    {field}: not available ({reason})")
