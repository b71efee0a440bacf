"""The user's GPU overrides (``gpu_overrides.json``): their own memory, bandwidth or peak figures.

A user corrects a figure for their card (a power-limited board, a memory overclock, a figure they
measured); the override is kept per GPU key (a catalogue id such as ``rtx-4090``, or
``uuid:GPU-...`` for one detected card) and applied with provenance "override"::

    {"format": "gpuscope-gpu-overrides", "version": 1,
     "gpus": {"rtx-4090": {"bandwidth": 9.5e11, "fp16": 1.4e14},
              "uuid:GPU-5bd0d6b4-...": {"memory": 25769803776}}}

Values are in base units (bytes, bytes/s, FLOP/s or OP/s) and must lie in a sane range
(:data:`RANGES`): a typo in units (TFLOPS typed as FLOP/s) is refused with a clear message, never
turned into an absurd estimate. Written atomically by :mod:`gpuscope.userdata`; at start-up a bad
entry is left out, the file copied aside, and the user told.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any

from gpuscope.errors import InputError
from gpuscope.hardware.gpu import PEAK_KEYS, GpuSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import ByteRate, Bytes, Count, FlopRate, OpRate, Quantity
from gpuscope.userdata import (
    GPU_OVERRIDES,
    Loaded,
    data_dir,
    read_json_or_backup,
    set_aside,
    write_json_atomic,
)

FORMAT = "gpuscope-gpu-overrides"
VERSION = 1
MAX_GPUS = 1000
SOURCE = "your override"

#: key -> (lowest, highest) in base units, with the unit type to show them in
RANGES: dict[str, tuple[float, float, Callable[[float], Quantity]]] = {
    "memory": (64 * 1024**2, 16 * 1024**4, Bytes),  # 64 MiB to 16 TiB
    "bandwidth": (1e9, 1e14, ByteRate),  # 1 GB/s to 100 TB/s
    # 1 GFLOP/s to 100 PFLOP/s (a B200's dense FP4 is 9 PFLOP/s)
    **{k: (1e9, 1e17, OpRate if k.startswith("int") else FlopRate) for k in PEAK_KEYS},
}

_IN_FILE = QT_TRANSLATE_NOOP("GpuOverrides", "GPU overrides file {path}: {problem}")
_ENTRY = QT_TRANSLATE_NOOP("GpuOverrides", "GPU {gpu}: {problem}")
_UNKNOWN_KEY = QT_TRANSLATE_NOOP(
    "GpuOverrides",
    "'{key}' cannot be overridden (memory, bandwidth or a peak such as fp16).")
_NOT_NUMBER = QT_TRANSLATE_NOOP("GpuOverrides", "{key} must be a number.")
_RANGE = QT_TRANSLATE_NOOP(
    "GpuOverrides",
    "{key} = {value} is outside the sane range {low} to {high} (values are in bytes, bytes/s "
    "or FLOP/s, not GiB or TFLOPS).")
_RANGE_TYPED = QT_TRANSLATE_NOOP(
    "GpuOverrides", "{key} = {value} is outside the sane range {low} to {high}.")
_BAD_GPU = QT_TRANSLATE_NOOP("GpuOverrides", "a GPU key must be 1 to 128 printable characters.")
_NOT_OBJECT = QT_TRANSLATE_NOOP("GpuOverrides", "the overrides of a GPU must be an object.")
_DOCUMENT = QT_TRANSLATE_NOOP(
    "GpuOverrides",
    "the file must be a gpuscope-gpu-overrides document, version 1, with a \"gpus\" object "
    "of at most 1,000 GPUs.")
_SKIPPED = QT_TRANSLATE_NOOP(
    "GpuOverrides",
    "Some GPU overrides in {path} were left out ({first}). A copy of the file was kept as "
    "{backup}.")

Overrides = dict[str, dict[str, float]]


def override_problem(key: str, value: Any, label: str | None = None) -> Message | None:
    """Why ``value`` cannot override ``key`` (None when it can).

    ``label``: the name the user saw when typing the value (the window's peaks table); the
    message then names it and shows the value in its unit, without the note about file units.
    """
    if key not in RANGES:
        return _UNKNOWN_KEY(key=key[:40])
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return _NOT_NUMBER(key=label or key)
    low, high, unit = RANGES[key]
    if not math.isfinite(value) or not low <= value <= high:
        if label is not None:
            shown_typed = unit(value) if math.isfinite(value) else str(value)
            return _RANGE_TYPED(key=label, value=shown_typed, low=unit(low), high=unit(high))
        shown = Count(value) if math.isfinite(value) else str(value)
        return _RANGE(key=key, value=shown, low=unit(low), high=unit(high))
    return None


def _gpu_key_ok(key: Any) -> bool:
    return isinstance(key, str) and 0 < len(key) <= 128 and key.isprintable()


def parse_overrides(doc: Any, *, strict: bool = False) -> tuple[Overrides, list[Message]]:
    """GPU key -> {override key -> value}; bad entries left out with a message (or raised)."""
    gpus = doc.get("gpus") if isinstance(doc, dict) else None
    if (not isinstance(doc, dict) or doc.get("format") != FORMAT or doc.get("version") != VERSION
            or isinstance(doc.get("version"), bool) or not isinstance(gpus, dict)
            or len(gpus) > MAX_GPUS):
        raise InputError(_DOCUMENT())
    out: Overrides = {}
    problems: list[Message] = []
    for gpu, values in gpus.items():
        problem = None if _gpu_key_ok(gpu) else _BAD_GPU()
        if problem is None and not isinstance(values, dict):
            problem = _NOT_OBJECT()
        good: dict[str, float] = {}
        for key, value in (values.items() if problem is None else ()):
            problem = override_problem(str(key), value)
            if problem is not None:
                break
            good[key] = float(value)
        if problem is not None:
            message = _ENTRY(gpu=str(gpu)[:128], problem=problem)
            if strict:
                raise InputError(message)
            problems.append(message)
        elif good:
            out[gpu] = good
    return out, problems


def apply_overrides(spec: GpuSpec, overrides: Mapping[str, float]) -> GpuSpec:
    """``spec`` with each figure replaced (provenance "override"); unknown keys are skipped."""
    for key, value in overrides.items():
        if override_problem(key, value) is None:
            spec = spec.with_override(key, float(value), SOURCE)
    return spec


def overrides_path(base: str | Path | None = None) -> Path:
    return data_dir(base) / GPU_OVERRIDES


def load_gpu_overrides(base: str | Path | None = None) -> Loaded[Overrides]:
    """The saved overrides; never raises (damaged files are set aside and told)."""
    path = overrides_path(base)
    loaded = read_json_or_backup(path, None)
    if loaded.value is None:
        return Loaded({}, loaded.message, loaded.backup)
    try:
        overrides, problems = parse_overrides(loaded.value)
    except InputError as exc:
        return set_aside(path, {}, exc.message)
    if not problems:
        return Loaded(overrides)
    kept = set_aside(path, None, problems[0], copy=True)
    if kept.backup is None:
        return Loaded(overrides, kept.message)
    return Loaded(overrides, _SKIPPED(path=str(path), first=problems[0], backup=str(kept.backup)),
                  kept.backup)


def save_gpu_overrides(overrides: Mapping[str, Mapping[str, float]],
                       base: str | Path | None = None) -> Path:
    """Check every value (InputError, exit 2) and write the file atomically."""
    doc = {"format": FORMAT, "version": VERSION,
           "gpus": {gpu: dict(values) for gpu, values in overrides.items() if values}}
    try:
        parse_overrides(doc, strict=True)
    except InputError as exc:
        raise InputError(_IN_FILE(path=str(overrides_path(base)), problem=exc.message)) from None
    return write_json_atomic(overrides_path(base), doc)


__all__ = ["FORMAT", "RANGES", "apply_overrides", "load_gpu_overrides", "override_problem",
           "overrides_path", "parse_overrides", "save_gpu_overrides"]
