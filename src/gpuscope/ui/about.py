"""Help → About: versions of everything that matters, and the NVML status."""

from __future__ import annotations

import platform
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


def about_text(report: SourceReport | None) -> str:
    if report is None:
        nvml = translate("About", "still looking for GPUs")
    elif report.status.available:
        nvml = translate("About", "available, driver %1, CUDA %2").replace(
            "%1", report.status.driver_version or "?").replace(
            "%2", report.status.cuda_driver_version or "?")
    else:
        nvml = render(report.status.reason) if report.status.reason else report.status.code
    rows = [
        ("gpuscope", __version__), ("Python", platform.python_version()),
        ("Qt", qVersion()), ("PySide6", pyside_version), ("pyqtgraph", _version("pyqtgraph")),
        ("numpy", _version("numpy")), ("nvidia-ml-py", _version("nvidia-ml-py")),
        ("gguf", _version("gguf")), (translate("About", "NVML"), nvml),
    ]
    table = "".join(f"<tr><td><b>{k}</b></td><td>{v}</td></tr>" for k, v in rows)
    intro = translate(
        "About", "What can this GPU do, will this model fit, and how fast will it run? "
        "Every figure shows its formula and source. gpuscope works offline and "
        "never uses the network.")
    return f"<p>{intro}</p><table cellspacing='4'>{table}</table>"
