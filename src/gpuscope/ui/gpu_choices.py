"""Entries of the device chooser: this machine's GPUs, a loaded snapshot's, every catalogue GPU."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from gpuscope.hardware.catalogue import all_gpus
from gpuscope.ui.gpu_service import SourceReport
from gpuscope.ui.state import GpuChoice


def _tr(text: str) -> str:
    return QCoreApplication.translate("GpuChoices", text)


def device_choices(report: SourceReport | None) -> list[GpuChoice]:
    """Detected (or snapshot) devices, each with its free VRAM."""
    if report is None:
        return []
    out = []
    kind = "snapshot" if report.kind == "snapshot" else "detected"
    prefix = _tr("Snapshot") if kind == "snapshot" else _tr("This machine")
    for r in report.devices:
        rec = r.record
        label = f"{prefix} #{rec.index}: {rec.name}"
        out.append(GpuChoice(f"{kind}:{rec.index}", label, r.spec, kind,
                             free_bytes=rec.memory_free_bytes, record=rec))
    return out


def catalogue_choices() -> list[GpuChoice]:
    """Every catalogue GPU, for planning (no live data)."""
    return [GpuChoice(f"catalogue:{g.id}", g.name, g.to_spec(), "catalogue")
            for g in all_gpus()]


def default_catalogue_key() -> str:
    return "catalogue:rtx-4090"
