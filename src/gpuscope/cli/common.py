"""Resolving what the user typed on the command line: models, quantizations, GPUs."""

from __future__ import annotations

import argparse
import os
from dataclasses import dataclass

from gpuscope.errors import InputError
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_NO_DEVICES = QT_TRANSLATE_NOOP("Errors", "NVML reports no device")
_MMPROJ_PRESET = QT_TRANSLATE_NOOP(
    "Errors", "--mmproj goes with a model file; '{model}' is a preset, whose size has no "
              "projector to add.")
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


def resolve_gpu(args: argparse.Namespace) -> ChosenGpu:
    """``--gpu NAME`` from the catalogue, else the first detected (or snapshot) GPU."""
    name = getattr(args, "gpu", None)
    if name:
        from gpuscope.hardware.catalogue import find_gpu

        return ChosenGpu(find_gpu(name).to_spec(), None, False)
    from gpuscope.hardware.resolve import resolve_device
    from gpuscope.hardware.source import open_source

    source = open_source(getattr(args, "snapshot", None))
    try:
        records = source.devices()
        if not records:
            status = source.status()
            reason = status.reason or _NO_DEVICES()
            raise InputError(_NO_GPU(reason=reason))
        resolved = resolve_device(records[0])
        return ChosenGpu(resolved.spec, records[0].memory_free_bytes, True)
    finally:
        source.close()


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


def resolve_gpus(args: argparse.Namespace, count: int | None) -> ChosenGpus:
    """``--gpu NAME`` x ``count`` (default 1), else the first ``count`` detected (or snapshot)
    GPUs, by default all of them. Free VRAM is each device's own, summed; with different
    devices the split is evaluated on the one with the least memory (each device's free VRAM
    counted up to that card's size)."""
    if count is not None and count < 1:
        raise InputError(_BAD_COUNT())
    name = getattr(args, "gpu", None)
    if name:
        from gpuscope.hardware.catalogue import find_gpu

        return ChosenGpus(find_gpu(name).to_spec(), count or 1, None, 0)
    from gpuscope.hardware.resolve import resolve_device
    from gpuscope.hardware.source import open_source

    source = open_source(getattr(args, "snapshot", None))
    try:
        records = source.devices()
        if not records:
            status = source.status()
            raise InputError(_NO_GPU(reason=status.reason or _NO_DEVICES()))
    finally:
        source.close()
    n = count or len(records)
    if n > len(records):
        raise InputError(_TOO_MANY(n=n, found=len(records)))
    chosen = records[:n]
    specs = [resolve_device(r).spec for r in chosen]
    spec = min(specs, key=lambda s: s.memory)
    frees = [r.memory_free_bytes for r in chosen]
    free = None if any(f is None for f in frees) else float(
        sum(min(float(f), spec.memory) for f in frees if f is not None))
    mixed = len({(s.name, s.memory) for s in specs}) > 1
    return ChosenGpus(spec, n, free, len(records), mixed)
