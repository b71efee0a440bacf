"""Help → About: versions of everything that matters, and the NVML status."""

from __future__ import annotations

import platform
from html import escape
from importlib import metadata

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion

from gpuscope import __version__
from gpuscope.ui.gpu_service import SourceReport
from gpuscope.ui.i18n import render, translate


def _version(dist: str) -> str:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return "?"


def _nvml(report: SourceReport | None) -> str:
    """NVML on this machine (a snapshot's recorded driver is listed on its own row)."""
    local = None if report is None else report.local_status
    if report is None:
        return translate("About", "still looking for GPUs")
    if local is None:
        return translate("About", "checking…")
    if local.available:
        return translate("About", "available, driver %1, CUDA %2").replace(
            "%1", local.driver_version or "?").replace("%2", local.cuda_driver_version or "?")
    return render(local.reason) if local.reason else local.code


def about_text(report: SourceReport | None) -> str:
    nvml = _nvml(report)
    rows = [
        ("gpuscope", __version__), ("Python", platform.python_version()),
        ("Qt", qVersion()), ("PySide6", pyside_version), ("pyqtgraph", _version("pyqtgraph")),
        ("numpy", _version("numpy")), ("nvidia-ml-py", _version("nvidia-ml-py")),
        ("gguf", _version("gguf")), (translate("About", "NVML on this machine"), nvml),
    ]
    if report is not None and report.kind == "snapshot" and report.description is not None:
        rows.append((translate("About", "Snapshot"), render(report.description)))
    table = "".join(f"<tr><td><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in rows)
    intro = translate(
        "About", "What can this GPU do, will this model fit, and how fast will it run? "
        "Every figure shows its formula and source. gpuscope works offline and "
        "never uses the network.")
    return f"<p>{intro}</p><table cellspacing='4'>{table}</table>"
