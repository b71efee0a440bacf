"""Entries of the device chooser: this machine's GPUs, a loaded snapshot's, every catalogue GPU."""

from __future__ import annotations

from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from gpuscope.hardware.catalogue import all_gpus
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.ui.gpu_service import SourceReport
from gpuscope.ui.i18n import translate
from gpuscope.ui.state import AppState, GpuChoice

if TYPE_CHECKING:
    from gpuscope.hardware.device import DeviceRecord


def device_label(kind: str, record: DeviceRecord) -> str:
    """"Snapshot #0: NVIDIA GeForce RTX 4090" as one translatable sentence (French puts a
    no-break space before the colon and says « n° »), in the current language."""
    if kind == "snapshot":
        pattern = translate("GpuChoices", "Snapshot #%1: %2")
    else:
        pattern = translate("GpuChoices", "This machine #%1: %2")
    return pattern.replace("%1", str(record.index)).replace("%2", record.name)


def device_choices(report: SourceReport | None) -> list[GpuChoice]:
    """Detected (or snapshot) devices, each with its free VRAM."""
    if report is None:
        return []
    out = []
    kind = "snapshot" if report.kind == "snapshot" else "detected"
    for r in report.devices:
        rec = r.record
        out.append(GpuChoice(f"{kind}:{rec.index}", device_label(kind, rec), kind,
                             free_bytes=rec.memory_free_bytes, record=rec, resolved=r.spec))
    return out


def detected_gpus(state: AppState, report: SourceReport | None
                  ) -> tuple[tuple[GpuSpec, float | None], ...]:
    """Every device of the source with its free VRAM, for a plan over all of them; the selected
    one as the window sees it (the user's overrides, live free VRAM)."""
    out = []
    for c in device_choices(report):
        if c.key == state.gpu_choice.key:
            out.append((state.gpu(), state.gpu_choice.free_bytes))
        else:
            out.append((c.spec, c.free_bytes))
    return tuple(out)


def relabel(choices: list[GpuChoice]) -> list[GpuChoice]:
    """The same choices, their device labels in the current language (after a language switch);
    catalogue names are product names and stay as they are."""
    return [replace(c, label=device_label(c.kind, c.record)) if c.record is not None else c
            for c in choices]


@cache
def _catalogue_choices() -> tuple[GpuChoice, ...]:
    return tuple(GpuChoice(f"catalogue:{g.id}", g.name, "catalogue", make=g.to_spec)
                 for g in all_gpus())


def catalogue_choices() -> list[GpuChoice]:
    """Every catalogue GPU, for planning (no live data); specs are built on first use."""
    return list(_catalogue_choices())


def default_catalogue_key() -> str:
    return "catalogue:rtx-4090"
