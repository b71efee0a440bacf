"""Strict reading of snapshot format v1: every field checked for type and plausible range.

Each problem raises :class:`SnapshotProblem` with a translatable sentence naming the field
(``devices[1].memory_total_bytes``); :func:`gpuscope.hardware.snapshot.load_snapshot` adds the
file name. Unknown fields are ignored; a missing optional field means "not supported".
"""

from __future__ import annotations

import json
import math
from datetime import datetime
from typing import Any

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.readings import MigInstance
from gpuscope.hardware.telemetry import TelemetrySample
from gpuscope.text import QT_TRANSLATE_NOOP, Message

_TYPE = QT_TRANSLATE_NOOP("Snapshot", "{field} must be {expected}, not {found}.")
_RANGE = QT_TRANSLATE_NOOP(
    "Snapshot", "{field} = {value} is outside the plausible range {low} to {high}.")
_MISSING = QT_TRANSLATE_NOOP("Snapshot", "the required field {field} is missing.")
_EMPTY = QT_TRANSLATE_NOOP("Snapshot", "the field {field} is empty.")
_DUPLICATE = QT_TRANSLATE_NOOP("Snapshot", "device index {index} appears twice in \"devices\".")
_NO_DEVICE = QT_TRANSLATE_NOOP(
    "Snapshot", "{field} refers to device {index}, which is not in \"devices\".")
_USED_OVER = QT_TRANSLATE_NOOP("Snapshot", "{field} is larger than memory_total_bytes.")
_DATE = QT_TRANSLATE_NOOP(
    "Snapshot", "{field} must be a date and time like 2024-06-02T01:20:18Z, not {found}.")
_HEX = QT_TRANSLATE_NOOP("Snapshot", "{field} must be a 16-bit PCI device ID like \"0x2684\".")
_KINDS = {
    "int": QT_TRANSLATE_NOOP("Snapshot", "an integer"),
    "number": QT_TRANSLATE_NOOP("Snapshot", "a number"),
    "str": QT_TRANSLATE_NOOP("Snapshot", "a string"),
    "bool": QT_TRANSLATE_NOOP("Snapshot", "true or false"),
    "list": QT_TRANSLATE_NOOP("Snapshot", "a list"),
    "object": QT_TRANSLATE_NOOP("Snapshot", "an object"),
    "null": QT_TRANSLATE_NOOP("Snapshot", "null"),
    "cc": QT_TRANSLATE_NOOP("Snapshot", "[major, minor]"),
}

PIB = 2**50
#: Device integer fields -> plausible range (a typo or a unit mix-up lands outside).
DEVICE_INTS = {
    "cuda_cores": (1, 1_000_000), "max_sm_clock_mhz": (1, 100_000),
    "max_mem_clock_mhz": (1, 100_000), "memory_bus_width_bits": (1, 65_536),
    "memory_total_bytes": (1, PIB), "memory_used_bytes": (0, PIB),
    "memory_reserved_bytes": (0, PIB), "power_limit_mw": (1, 10_000_000),
}
DEVICE_STRS = {"uuid": 128, "pci_bus_id": 64, "brand": 64}
#: Telemetry fields -> plausible range (NVML may report a fan above 100 %).
SAMPLE_NUMBERS = {
    "memory_used_bytes": (0, PIB), "gpu_util_percent": (0, 100), "power_mw": (0, 10_000_000),
    "temperature_c": (-100, 250), "sm_clock_mhz": (0, 100_000), "mem_util_percent": (0, 100),
    "mem_clock_mhz": (0, 100_000), "fan_percent": (0, 200),
}
MAX_DEVICES = 256


class SnapshotProblem(Exception):
    """One thing wrong with a snapshot document."""

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


def _found(value: Any) -> Message:
    if value is None:
        return _KINDS["null"]()
    if isinstance(value, bool):
        return _KINDS["bool"]()
    kind = {int: "int", float: "number", str: "str", list: "list", dict: "object"}
    return _KINDS[kind.get(type(value), "object")]()


def _type_error(field: str, expected: str, value: Any) -> SnapshotProblem:
    return SnapshotProblem(_TYPE(field=field, expected=_KINDS[expected](), found=_found(value)))


def _shown(value: Any) -> str:
    return json.dumps(value)[:40]


def get(obj: dict[str, Any], key: str, where: str, kind: str, *, required: bool = False,
        low: float | None = None, high: float | None = None, max_len: int = 256) -> Any:
    """``obj[key]`` checked against ``kind`` (int, number, str, bool, list, object)."""
    field = f"{where}.{key}" if where else key
    if key not in obj or obj[key] is None:
        if required:
            raise SnapshotProblem(_MISSING(field=field))
        return None
    value = obj[key]
    ok = {
        "int": isinstance(value, int) and not isinstance(value, bool),
        "number": isinstance(value, (int, float)) and not isinstance(value, bool),
        "str": isinstance(value, str), "bool": isinstance(value, bool),
        "list": isinstance(value, list), "object": isinstance(value, dict),
    }[kind]
    if not ok:
        raise _type_error(field, kind, value)
    if kind == "number" and not math.isfinite(value):
        raise _type_error(field, kind, value)
    if kind == "str" and len(value) > max_len:
        raise SnapshotProblem(_RANGE(field=field, value=_shown(value), low=0, high=max_len))
    if low is not None and high is not None and not low <= value <= high:
        raise SnapshotProblem(_RANGE(field=field, value=_shown(value), low=low, high=high))
    return value


def check_datetime(obj: dict[str, Any], key: str) -> str | None:
    value = get(obj, key, "", "str", max_len=64)
    if value is None:
        return None
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        raise SnapshotProblem(_DATE(field=key, found=_shown(value))) from None
    return value


def _pci_device_id(obj: dict[str, Any], where: str) -> int | None:
    value = obj.get("pci_device_id")
    if value is None:
        return None
    if isinstance(value, str):
        try:
            value = int(value, 16)
        except ValueError:
            raise SnapshotProblem(_HEX(field=f"{where}.pci_device_id")) from None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 0xFFFF:
        raise SnapshotProblem(_HEX(field=f"{where}.pci_device_id"))
    return value


def _compute_capability(obj: dict[str, Any], where: str) -> tuple[int, int] | None:
    value = get(obj, "compute_capability", where, "list")
    if value is None:
        return None
    field = f"{where}.compute_capability"
    if len(value) != 2 or not all(isinstance(v, int) and not isinstance(v, bool) for v in value):
        raise SnapshotProblem(_TYPE(field=field, expected=_KINDS["cc"](), found=_shown(value)))
    if not (1 <= value[0] <= 99 and 0 <= value[1] <= 99):
        raise SnapshotProblem(_RANGE(field=field, value=_shown(value), low=1, high=99))
    return value[0], value[1]


def _mig(obj: dict[str, Any], where: str) -> tuple[MigInstance, ...]:
    items = get(obj, "mig_instances", where, "list") or []
    out = []
    for k, item in enumerate(items):
        w = f"{where}.mig_instances[{k}]"
        if not isinstance(item, dict):
            raise _type_error(w, "object", item)
        out.append(MigInstance(
            gpu_instance_id=get(item, "gpu_instance_id", w, "int", low=0, high=65_535),
            compute_instance_id=get(item, "compute_instance_id", w, "int", low=0, high=65_535),
            name=get(item, "name", w, "str"), uuid=get(item, "uuid", w, "str", max_len=128),
            memory_total_bytes=get(item, "memory_total_bytes", w, "int", low=0, high=PIB),
            memory_used_bytes=get(item, "memory_used_bytes", w, "int", low=0, high=PIB),
        ))
    return tuple(out)


def _name(obj: dict[str, Any], where: str) -> str:
    name = get(obj, "name", where, "str", required=True)
    if not name.strip():  # a blank name would print as "[0]   (" and match nothing
        raise SnapshotProblem(_EMPTY(field=f"{where}.name"))
    return name


def parse_device(obj: Any, where: str) -> tuple[DeviceRecord, tuple[MigInstance, ...]]:
    """One entry of ``devices``: the record and its MIG instances."""
    if not isinstance(obj, dict):
        raise _type_error(where, "object", obj)
    values: dict[str, Any] = {k: get(obj, k, where, "int", low=lo, high=hi)
                              for k, (lo, hi) in DEVICE_INTS.items()}
    values.update({k: get(obj, k, where, "str", max_len=n) for k, n in DEVICE_STRS.items()})
    total, used = values["memory_total_bytes"], values["memory_used_bytes"]
    if total is not None and used is not None and used > total:
        raise SnapshotProblem(_USED_OVER(field=f"{where}.memory_used_bytes"))
    unavailable = get(obj, "unavailable", where, "object") or {}
    reasons = {}
    for key, reason in list(unavailable.items())[:64]:
        if not isinstance(reason, str):
            raise _type_error(f"{where}.unavailable.{key}", "str", reason)
        reasons[str(key)[:64]] = reason[:64]
    record = DeviceRecord(
        index=get(obj, "index", where, "int", required=True, low=0, high=MAX_DEVICES - 1),
        name=_name(obj, where),
        pci_device_id=_pci_device_id(obj, where),
        compute_capability=_compute_capability(obj, where),
        mig_mode=get(obj, "mig_mode", where, "bool"),
        unavailable=reasons, **values,
    )
    return record, _mig(obj, where)


def parse_sample(obj: Any, where: str, devices: set[int]) -> TelemetrySample:
    """One entry of ``telemetry`` (``t`` in seconds from the start of the trace)."""
    if not isinstance(obj, dict):
        raise _type_error(where, "object", obj)
    device = get(obj, "device", where, "int", required=True, low=0, high=MAX_DEVICES - 1)
    if device not in devices:
        raise SnapshotProblem(_NO_DEVICE(field=f"{where}.device", index=device))
    values = {k: get(obj, k, where, "number", low=lo, high=hi)
              for k, (lo, hi) in SAMPLE_NUMBERS.items()}
    if values["memory_used_bytes"] is not None:
        values["memory_used_bytes"] = int(values["memory_used_bytes"])
    t = get(obj, "t", where, "number", required=True, low=0, high=1e9)
    return TelemetrySample(t=float(t), device=device, **values)


def check_unique(indices: list[int]) -> None:
    seen: set[int] = set()
    for index in indices:
        if index in seen:
            raise SnapshotProblem(_DUPLICATE(index=index))
        seen.add(index)
