"""GPU snapshot files, format version 1: record one machine's GPUs, plan on another.

A snapshot holds the raw NVML facts of each GPU (not derived peaks: the reader derives those with
its own catalogue) and optionally a telemetry trace that ``--snapshot FILE`` replays as live data::

    {"format": "gpuscope-snapshot", "version": 1,
     "host": "lab-07", "captured_at": "2024-06-02T01:20:18Z",
     "driver_version": "550.54.15", "cuda_driver_version": "12.4",
     "devices": [{"index": 0, "name": "NVIDIA GeForce RTX 4090", "uuid": "GPU-...",
                  "pci_device_id": "0x2684", "brand": "GeForce", "compute_capability": [8, 9],
                  "cuda_cores": 16384, "max_sm_clock_mhz": 3105, "max_mem_clock_mhz": 10501,
                  "memory_bus_width_bits": 384, "memory_total_bytes": 25757220864,
                  "memory_used_bytes": 1258291200, "power_limit_mw": 450000, "mig_mode": false}],
     "telemetry": [{"t": 0.0, "device": 0, "memory_used_bytes": 1258291200,
                    "gpu_util_percent": 3, "power_mw": 31000, "temperature_c": 41,
                    "sm_clock_mhz": 210}]}

Units are NVML's (bytes, milliwatts, MHz, °C, percent); ``t`` is seconds from the start of the
trace. A missing field (or ``null``) means "not supported"; unknown fields are ignored. Optional
extras gpuscope writes: ``nvml_version``; per device ``pci_bus_id``, ``memory_reserved_bytes``,
``unavailable`` (field -> NVML reason) and ``mig_instances``; per sample ``mem_util_percent``,
``mem_clock_mhz``, ``fan_percent``. docs/snapshot-format.md is the full description.

Loading is strict (type and plausible range of every field, file at most 64 MiB): a bad file gives
one :class:`~gpuscope.errors.InputError` naming the file and the problem. Saving is atomic (temp
file, fsync, rename), so an interrupted save never leaves a half-written file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gpuscope.errors import GpuscopeError, InputError
from gpuscope.hardware import nvml_status as st
from gpuscope.hardware import snapshot_schema as schema
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.readings import MigInstance
from gpuscope.hardware.telemetry import TelemetrySample
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes

FORMAT = "gpuscope-snapshot"
VERSION = 1
MAX_BYTES = 64 * 1024**2

_IN_FILE = QT_TRANSLATE_NOOP("Snapshot", "Snapshot file {path}: {problem}")
_NOT_FOUND = QT_TRANSLATE_NOOP("Snapshot", "Snapshot file {path} does not exist.")
_NOT_A_FILE = QT_TRANSLATE_NOOP("Snapshot", "Snapshot file {path} is not a file.")
_UNREADABLE = QT_TRANSLATE_NOOP("Snapshot", "Cannot read snapshot file {path}: {detail}.")
_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Snapshot", "the file is {size}; a snapshot may be at most {limit}.")
_NOT_UTF8 = QT_TRANSLATE_NOOP("Snapshot", "the file is not UTF-8 text.")
_NOT_JSON = QT_TRANSLATE_NOOP(
    "Snapshot", "not valid JSON ({detail} at line {line}, column {column}).")
_NOT_OBJECT = QT_TRANSLATE_NOOP("Snapshot", "the top level must be a JSON object.")
_LONG_NUMBER = QT_TRANSLATE_NOOP("Snapshot", "a number in the file has thousands of digits.")
_FORMAT = QT_TRANSLATE_NOOP(
    "Snapshot", "not a gpuscope snapshot (\"format\" is {found}, expected \"gpuscope-snapshot\").")
_NEWER = QT_TRANSLATE_NOOP(
    "Snapshot", "format version {version} is newer than this gpuscope reads (version 1).")
_VERSION = QT_TRANSLATE_NOOP("Snapshot", "\"version\" must be the integer 1, not {found}.")


@dataclass(frozen=True)
class Snapshot:
    """A loaded (or about to be saved) snapshot; ``telemetry`` sorted by time."""

    devices: tuple[DeviceRecord, ...]
    telemetry: tuple[TelemetrySample, ...] = ()
    host: str | None = None
    captured_at: str | None = None
    driver_version: str | None = None
    cuda_driver_version: str | None = None
    nvml_version: str | None = None
    mig_instances: Mapping[int, tuple[MigInstance, ...]] = field(default_factory=dict)
    source: str | None = None  # the file it was read from

    def status(self) -> st.NvmlStatus:
        """Stands in for the live NVML status when the app runs on this snapshot."""
        return st.NvmlStatus(True, st.SNAPSHOT, driver_version=self.driver_version,
                             cuda_driver_version=self.cuda_driver_version,
                             nvml_version=self.nvml_version, device_count=len(self.devices))

    @property
    def duration_s(self) -> float:
        return self.telemetry[-1].t - self.telemetry[0].t if self.telemetry else 0.0


# -- reading -------------------------------------------------------------------------------
def _problem(path: str, message: Any) -> InputError:
    return InputError(_IN_FILE(path=path, problem=message))


def load_snapshot(path: str | os.PathLike[str]) -> Snapshot:
    """Read and validate a snapshot file; InputError (exit 2) names the file and the problem."""
    p = Path(path)
    name = str(p)
    try:
        if p.is_dir():
            raise InputError(_NOT_A_FILE(path=name))
        size = p.stat().st_size
        if size > MAX_BYTES:
            raise _problem(name, _TOO_LARGE(size=Bytes(size), limit=Bytes(MAX_BYTES)))
        with p.open("rb") as f:
            raw = f.read(MAX_BYTES + 1)
    except (FileNotFoundError, ValueError):  # ValueError: a NUL in the name (API callers)
        raise InputError(_NOT_FOUND(path=name)) from None
    except OSError as exc:
        raise GpuscopeError(_UNREADABLE(path=name, detail=exc.strerror or str(exc))) from None
    if len(raw) > MAX_BYTES:
        raise _problem(name, _TOO_LARGE(size=Bytes(len(raw)), limit=Bytes(MAX_BYTES)))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise _problem(name, _NOT_UTF8()) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _problem(name, _NOT_JSON(detail=exc.msg, line=exc.lineno, column=exc.colno)) from None
    except RecursionError:
        raise _problem(name, _NOT_JSON(detail="nested too deeply", line=1, column=1)) from None
    except ValueError:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        raise _problem(name, _LONG_NUMBER()) from None
    try:
        return from_document(data, source=name)
    except schema.SnapshotProblem as exc:
        raise _problem(name, exc.message) from None


def from_document(data: Any, source: str | None = None) -> Snapshot:
    """Validate a parsed JSON document; raises :class:`snapshot_schema.SnapshotProblem`."""
    if not isinstance(data, dict):
        raise schema.SnapshotProblem(_NOT_OBJECT())
    if data.get("format") != FORMAT:
        raise schema.SnapshotProblem(_FORMAT(found=json.dumps(data.get("format"))[:40]))
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise schema.SnapshotProblem(_NEWER(version=version))
    if version != VERSION or isinstance(version, bool):
        raise schema.SnapshotProblem(_VERSION(found=json.dumps(version)[:40]))
    items = schema.get(data, "devices", "", "list", required=True)
    if len(items) > schema.MAX_DEVICES:
        raise schema.SnapshotProblem(schema._RANGE(
            field="devices", value=len(items), low=0, high=schema.MAX_DEVICES))
    parsed = [schema.parse_device(d, f"devices[{k}]") for k, d in enumerate(items)]
    schema.check_unique([r.index for r, _ in parsed])
    indices = {r.index for r, _ in parsed}
    trace = schema.get(data, "telemetry", "", "list") or []
    samples = [schema.parse_sample(s, f"telemetry[{k}]", indices) for k, s in enumerate(trace)]
    return Snapshot(
        devices=tuple(sorted((r for r, _ in parsed), key=lambda r: r.index)),
        telemetry=tuple(sorted(samples, key=lambda s: (s.t, s.device))),
        host=schema.get(data, "host", "", "str"),
        captured_at=schema.check_datetime(data, "captured_at"),
        driver_version=schema.get(data, "driver_version", "", "str", max_len=64),
        cuda_driver_version=schema.get(data, "cuda_driver_version", "", "str", max_len=32),
        nvml_version=schema.get(data, "nvml_version", "", "str", max_len=64),
        mig_instances={r.index: mig for r, mig in parsed if mig},
        source=source,
    )


def save_snapshot(*args: Any, **kwargs: Any) -> Snapshot:
    """Write a snapshot file; see :func:`gpuscope.hardware.snapshot_writer.save_snapshot`."""
    from gpuscope.hardware.snapshot_writer import save_snapshot as save

    return save(*args, **kwargs)
