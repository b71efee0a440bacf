"""Resolving what the user typed on the command line: models, quantizations, GPUs."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.fields import GPU_IS_LOST, TIMEOUT, UNINITIALIZED, UNKNOWN, reason_message
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.hardware.nvml_status import NvmlStatus
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP

#: Reasons meaning "the read failed" (as opposed to "this GPU or driver cannot tell").
FAILURE_REASONS = frozenset({GPU_IS_LOST, TIMEOUT, UNINITIALIZED, UNKNOWN})
_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Cli", "NVML failed while reading GPU {index} ({reason}); the report shows what could be read.")
_NO_DEVICES = QT_TRANSLATE_NOOP("Errors", "NVML reports no device")
_MMPROJ_PRESET = QT_TRANSLATE_NOOP(
    "Errors", "--mmproj goes with a model file; '{model}' is a preset, whose size has no "
              "projector to add.")
_NO_SNAPSHOT_DEVICES = QT_TRANSLATE_NOOP("Errors", "the snapshot lists no device")
_NO_GPU = QT_TRANSLATE_NOOP(
    "Errors", "No NVIDIA GPU detected ({reason}); choose one to plan for with --gpu NAME "
              "(see 'gpuscope gpus').")
_TOO_MANY = QT_TRANSLATE_NOOP(
    "Errors", "--gpus {n}, but {found} GPU(s) found; to plan for more, name the GPU with "
              "--gpu NAME --gpus {n}.")
_BAD_COUNT = QT_TRANSLATE_NOOP("Errors", "--gpus must be at least 1.")


def looks_like_path(value: str) -> bool:
    return os.sep in value or value.endswith((".gguf", ".json", ".safetensors")) or (
        os.path.exists(value))


def resolve_model(value: str, projector: str | None = None) -> ModelSpec:
    """A preset ID (case-insensitive) or a path to a model file / folder; ``projector`` is the
    ``--mmproj`` GGUF to load beside a model file (presets take none)."""
    if looks_like_path(value):
        from gpuscope.models.loader import load_model_path

        return load_model_path(value, projector)
    if projector is not None:
        raise InputError(_MMPROJ_PRESET(model=value))
    from gpuscope.models.presets import get_preset

    return get_preset(value)


def add_mmproj_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--mmproj", metavar="PATH",
                        help="multimodal projector GGUF loaded beside the model file (default: "
                             "the one mmproj*.gguf next to a .gguf model, if there is one)")


@dataclass(frozen=True)
class ChosenGpu:
    spec: GpuSpec
    free_bytes: float | None  # live or snapshot free VRAM, None for a catalogue GPU
    detected: bool
    #: (device index, reason) of each live read that failed part-way (see :func:`read_failures`)
    failures: tuple[tuple[int, str], ...] = ()

    @property
    def exit_status(self) -> int:
        """What the verb exits with once it printed its answer: 1 when the GPU's live read
        failed part-way (docs/cli.md, exit status), else 0."""
        return 1 if self.failures else 0


def read_failures(status: NvmlStatus, records: Sequence[DeviceRecord]) -> list[tuple[int, str]]:
    """(device index, reason) for each device whose live read failed part-way (-1: NVML itself)."""
    failures = [(-1, st.TIMEOUT)] if status.code == st.TIMEOUT else []
    for rec in records:
        reasons = sorted({r for r in rec.unavailable.values() if r in FAILURE_REASONS})
        failures += [(rec.index, r) for r in reasons[:1]]
    return failures


_REPORTED: list[tuple[int, str]] = []


def failure_reported() -> bool:
    """Whether this run already told of a GPU whose live read failed (exit status 1)."""
    return bool(_REPORTED)


def report_failures(failures: Sequence[tuple[int, str]]) -> None:
    """One line on stderr per GPU whose live read failed (the exit status is then 1)."""
    _REPORTED[:] = list(failures)
    for index, reason in failures:
        if index >= 0:
            print(f"gpuscope: {_INCOMPLETE(index=index, reason=reason_message(reason)).render()}",
                  file=sys.stderr)


def user_overrides() -> Mapping[str, Mapping[str, float]]:
    """The GPU overrides the user saved in the window (gpu_overrides.json); a damaged file is
    set aside and told once on stderr, as the window does."""
    from gpuscope.hardware.custom_gpus import load_gpu_overrides

    loaded = load_gpu_overrides()
    if loaded.message is not None:
        print(f"gpuscope: {loaded.message.render()}", file=sys.stderr)
    return loaded.value


def with_user_overrides(spec: GpuSpec, key: str | None,
                        overrides: Mapping[str, Mapping[str, float]] | None = None) -> GpuSpec:
    """``spec`` with the user's saved overrides for GPU ``key`` (a catalogue id, or
    ``uuid:GPU-...`` for a detected card), each labelled "override"."""
    if not key:
        return spec
    from gpuscope.hardware.custom_gpus import apply_overrides

    values = (user_overrides() if overrides is None else overrides).get(key)
    return apply_overrides(spec, values) if values else spec


def device_override_key(record: DeviceRecord) -> str | None:
    return f"uuid:{record.uuid}" if record.uuid else None


def catalogue_gpu(name: str, overrides: Mapping[str, Mapping[str, float]] | None = None
                  ) -> GpuSpec:
    """``--gpu NAME`` from the catalogue, with the user's overrides for it."""
    from gpuscope.hardware.catalogue import find_gpu

    entry = find_gpu(name)
    return with_user_overrides(entry.to_spec(), entry.id, overrides)


def resolve_gpu(args: argparse.Namespace) -> ChosenGpu:
    """``--gpu NAME`` from the catalogue, else the first detected (or snapshot) GPU; with the
    user's saved overrides. A live GPU lost while read is reported on stderr (see
    :attr:`ChosenGpu.exit_status`)."""
    name = getattr(args, "gpu", None)
    if name:
        return ChosenGpu(catalogue_gpu(name), None, False)
    from gpuscope.hardware.resolve import resolve_device
    from gpuscope.hardware.source import open_source

    source = open_source(getattr(args, "snapshot", None))
    try:
        records = source.devices()
        status = source.status()
        if not records:
            reason = status.reason or (
                _NO_SNAPSHOT_DEVICES() if source.kind == "snapshot" else _NO_DEVICES())
            raise InputError(_NO_GPU(reason=reason))
        resolved = resolve_device(records[0])
    finally:
        source.close()
    failures = read_failures(status, records[:1]) if source.kind == "live" else []
    report_failures(failures)
    spec = with_user_overrides(resolved.spec, device_override_key(records[0]))
    return ChosenGpu(spec, records[0].memory_free_bytes, True, tuple(failures))


def add_json_flag(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help="print one JSON object")


@dataclass(frozen=True)
class ChosenGpus:
    """``count`` x ``spec`` for a layer split, and the VRAM free now summed over those devices."""

    spec: GpuSpec
    count: int
    free_bytes: float | None  # None for a catalogue GPU (or a device that does not report it)
    found: int  # GPUs of the machine or snapshot; 0 for a catalogue GPU
    mixed: bool = False  # the devices differ: ranked as count x the one with the least memory
    failures: tuple[tuple[int, str], ...] = ()  # see ChosenGpu

    @property
    def exit_status(self) -> int:
        """1 when a live read failed part-way (docs/cli.md, exit status), else 0."""
        return 1 if self.failures else 0


def resolve_gpus(args: argparse.Namespace, count: int | None) -> ChosenGpus:
    """``--gpu NAME`` x ``count`` (default 1), else the first ``count`` detected (or snapshot)
    GPUs, by default all of them. Free VRAM is each device's own, summed; with different
    devices the split is evaluated on the one with the least memory (each device's free VRAM
    counted up to that card's size)."""
    if count is not None and count < 1:
        raise InputError(_BAD_COUNT())
    name = getattr(args, "gpu", None)
    if name:
        return ChosenGpus(catalogue_gpu(name), count or 1, None, 0)
    from gpuscope.hardware.resolve import resolve_device
    from gpuscope.hardware.source import open_source

    source = open_source(getattr(args, "snapshot", None))
    try:
        records = source.devices()
        status = source.status()
        if not records:
            reason = status.reason or (
                _NO_SNAPSHOT_DEVICES() if source.kind == "snapshot" else _NO_DEVICES())
            raise InputError(_NO_GPU(reason=reason))
    finally:
        source.close()
    n = count or len(records)
    if n > len(records):
        raise InputError(_TOO_MANY(n=n, found=len(records)))
    chosen = records[:n]
    failures = read_failures(status, chosen) if source.kind == "live" else []
    report_failures(failures)
    specs = [with_user_overrides(resolve_device(r).spec, device_override_key(r)) for r in chosen]
    spec = min(specs, key=lambda s: s.memory)
    frees = [r.memory_free_bytes for r in chosen]
    free = None if any(f is None for f in frees) else float(
        sum(min(float(f), spec.memory) for f in frees if f is not None))
    mixed = len({(s.name, s.memory) for s in specs}) > 1
    return ChosenGpus(spec, n, free, len(records), mixed, tuple(failures))
