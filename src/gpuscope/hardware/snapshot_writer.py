"""Writing snapshot files (format v1, see :mod:`gpuscope.hardware.snapshot`), atomically.

The document is built from a :class:`~gpuscope.hardware.snapshot.Snapshot`, checked by reading it
back with the strict loader (gpuscope never writes a file it would refuse), then written to a
temporary file in the target folder, flushed to disk and renamed over the target
(:func:`gpuscope.userdata.write_bytes_atomic`): an interrupted or failed save leaves the previous
file as it was.
"""

from __future__ import annotations

import json
import os
import re
import socket
from collections.abc import Iterable, Mapping, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.readings import MigInstance
from gpuscope.hardware.snapshot import FORMAT, VERSION, Snapshot, from_document
from gpuscope.hardware.telemetry import SAMPLE_FIELDS, TelemetrySample
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.userdata import write_bytes_atomic

_UNWRITABLE = QT_TRANSLATE_NOOP("Snapshot", "Cannot write snapshot file {path}: {detail}.")

_DEVICE_KEYS = ("index", "name", "uuid", "pci_bus_id", "pci_device_id", "brand",
                "compute_capability", "cuda_cores", "max_sm_clock_mhz", "max_mem_clock_mhz",
                "memory_bus_width_bits", "memory_total_bytes", "memory_used_bytes",
                "memory_reserved_bytes", "power_limit_mw", "mig_mode")


def _number(v: float) -> int | float:
    return int(v) if float(v).is_integer() else round(float(v), 3)


def _device_entry(r: DeviceRecord, mig: Sequence[MigInstance]) -> dict[str, Any]:
    entry: dict[str, Any] = {}
    for key in _DEVICE_KEYS:
        value = getattr(r, key)
        if value is None:
            continue
        if key == "pci_device_id":
            value = f"0x{value:04X}"
        elif key == "compute_capability":
            value = list(value)
        entry[key] = value
    if r.unavailable:
        entry["unavailable"] = dict(r.unavailable)
    if mig:
        entry["mig_instances"] = [
            {k: getattr(m, k) for k in ("gpu_instance_id", "compute_instance_id", "name", "uuid",
                                        "memory_total_bytes", "memory_used_bytes")
             if isinstance(getattr(m, k), (int, str))} for m in mig]
    return entry


def _sample_entry(s: TelemetrySample, t0: float) -> dict[str, Any]:
    entry: dict[str, Any] = {"t": round(s.t - t0, 3), "device": s.device}
    for key in SAMPLE_FIELDS:
        value = getattr(s, key)
        if value is not None:
            entry[key] = _number(value)
    return entry


def to_document(snap: Snapshot) -> dict[str, Any]:
    """The JSON document for ``snap`` (``t`` rebased so the trace starts at 0)."""
    doc: dict[str, Any] = {"format": FORMAT, "version": VERSION}
    for key in ("host", "captured_at", "driver_version", "cuda_driver_version", "nvml_version"):
        if getattr(snap, key) is not None:
            doc[key] = getattr(snap, key)
    doc["devices"] = [_device_entry(r, snap.mig_instances.get(r.index, ())) for r in snap.devices]
    if snap.telemetry:
        t0 = min(s.t for s in snap.telemetry)
        doc["telemetry"] = [_sample_entry(s, t0) for s in snap.telemetry]
    return doc


_CC_LIST = re.compile(r"\[\s+(\d+),\s+(\d+)\s+\]")  # [8, 9] on one line


def dumps(doc: dict[str, Any]) -> str:
    """Readable JSON: devices indented, one telemetry sample per line."""
    head = {k: v for k, v in doc.items() if k != "telemetry"}
    text = _CC_LIST.sub(r"[\1, \2]", json.dumps(head, indent=2, ensure_ascii=False))
    if "telemetry" in doc:
        lines = ",\n".join("    " + json.dumps(e, ensure_ascii=False) for e in doc["telemetry"])
        text = text[:-2] + ',\n  "telemetry": [\n' + lines + "\n  ]\n}"
    return text + "\n"


def write_snapshot(path: str | os.PathLike[str], snap: Snapshot) -> Path:
    """Write ``snap`` atomically (temp file in the same folder, fsync, rename)."""
    doc = to_document(snap)
    from_document(json.loads(json.dumps(doc)))  # never write a file we could not read back
    return write_bytes_atomic(path, dumps(doc).encode("utf-8"), error=_UNWRITABLE)


def save_snapshot(path: str | os.PathLike[str], status: st.NvmlStatus,
                  records: Iterable[DeviceRecord],
                  telemetry: Iterable[TelemetrySample] | None = None, *,
                  host: str | None = None, captured_at: str | None = None,
                  mig_instances: Mapping[int, Sequence[MigInstance]] | None = None) -> Snapshot:
    """Record ``records`` (+ a trace) with the driver versions from ``status``; returns it."""
    snap = Snapshot(
        devices=tuple(records), telemetry=tuple(sorted(telemetry or (), key=lambda s: s.t)),
        host=host if host is not None else socket.gethostname(),
        captured_at=captured_at or datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"),
        driver_version=status.driver_version, cuda_driver_version=status.cuda_driver_version,
        nvml_version=status.nvml_version,
        mig_instances={k: tuple(v) for k, v in (mig_instances or {}).items()},
    )
    write_snapshot(path, snap)
    return snap
