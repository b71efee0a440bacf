"""Entries of the device chooser: this machine's GPUs, a loaded snapshot's, every catalogue GPU."""

from __future__ import annotations

from functools import cache

from gpuscope.hardware.catalogue import all_gpus
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.ui.gpu_service import SourceReport
from gpuscope.ui.i18n import translate
from gpuscope.ui.state import AppState, GpuChoice


def device_choices(report: SourceReport | None) -> list[GpuChoice]:
    """Detected (or snapshot) devices, each with its free VRAM."""
    if report is None:
        return []
    out = []
    kind = "snapshot" if report.kind == "snapshot" else "detected"
    if kind == "snapshot":
        prefix = translate("GpuChoices", "Snapshot")
    else:
        prefix = translate("GpuChoices", "This machine")
    for r in report.devices:
        rec = r.record
        label = f"{prefix} #{rec.index}: {rec.name}"
        out.append(GpuChoice(f"{kind}:{rec.index}", label, kind,
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


@cache
def _catalogue_choices() -> tuple[GpuChoice, ...]:
    return tuple(GpuChoice(f"catalogue:{g.id}", g.name, "catalogue", make=g.to_spec)
                 for g in all_gpus())


def catalogue_choices() -> list[GpuChoice]:
    """Every catalogue GPU, for planning (no live data); specs are built on first use."""
    return list(_catalogue_choices())


def default_catalogue_key() -> str:
    return "catalogue:rtx-4090"
