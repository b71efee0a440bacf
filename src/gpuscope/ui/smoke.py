"""A hidden start-up probe for packaging checks (wheel test, standalone smoke script).

With ``GPUSCOPE_SMOKE_QUIT_MS=N`` in the environment, the window prints one ``GPUSCOPE_SMOKE
ready {json}`` line on the first turn of the event loop (so the program really got that far),
then closes itself N ms later and prints ``GPUSCOPE_SMOKE quit {json}``. The JSON says what a
packaged build could get wrong: which language and translations loaded, where the bundled data
was found, the platform plugin, the desktop file name and whether the window icon loaded.
Unset (the normal case), nothing happens.
"""

from __future__ import annotations

import json
import os
import sys
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer, qVersion
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow

ENV_VAR = "GPUSCOPE_SMOKE_QUIT_MS"
# Qt's own catalogue translates this; held in a variable so lupdate does not copy it into ours
_QT_OWN_STRING = ("QPlatformTheme", "Cancel")
MARKER = "GPUSCOPE_SMOKE"


def requested_delay_ms() -> int | None:
    """Milliseconds to stay in the event loop, or None when no probe was asked for."""
    raw = os.environ.get(ENV_VAR, "").strip()
    if not raw:
        return None
    try:
        return max(0, int(raw))
    except ValueError:
        return 0


def _emit(event: str, payload: dict[str, Any]) -> None:
    stream = sys.stdout or sys.stderr  # a windowed Windows build has neither
    if stream is None:
        return
    try:
        stream.write(f"{MARKER} {event} {json.dumps(payload, ensure_ascii=False)}\n")
        stream.flush()
    except (OSError, ValueError):  # reader gone: the probe must still let the program quit
        pass


def startup_report(window: QMainWindow, language: str) -> dict[str, Any]:
    """What the probe prints once the event loop runs."""
    from gpuscope import __version__
    from gpuscope.paths import resources_dir, translations_dir

    app = QApplication.instance()
    return {
        "version": __version__,
        "title": window.windowTitle(),
        "language": language,
        # a string every Qt build translates: proves qtbase_<lang>.qm was found and loaded
        "qt_cancel": QCoreApplication.translate(*_QT_OWN_STRING),
        "qt": qVersion(),
        "platform": QGuiApplication.platformName(),
        "application_name": QCoreApplication.applicationName(),
        "desktop_file_name": QGuiApplication.desktopFileName(),
        # drawn, not merely set: an SVG icon needs Qt's svg icon engine plugin in the bundle
        "window_icon": app is not None and not app.windowIcon().pixmap(32, 32).isNull(),
        "resources": str(resources_dir()),
        "translations": str(translations_dir()),
        "frozen": bool(getattr(sys, "frozen", False)),
    }


def arm(window: QMainWindow, language: str) -> bool:
    """Schedule the probe if the environment asks for it; returns whether it was armed."""
    delay = requested_delay_ms()
    if delay is None:
        return False

    def ready() -> None:
        try:
            _emit("ready", startup_report(window, language))
        finally:
            QTimer.singleShot(delay, finish)

    def finish() -> None:
        try:
            panels = getattr(getattr(window, "plots", None), "panels", {})
            _emit("quit", {"gpu_source_ready": getattr(window, "report", None) is not None,
                           "plot_panels": len(panels),
                           # what a standalone build must bundle (gpuscope.spec excludes the rest)
                           "qt_modules": sorted(m for m in sys.modules
                                                if m.startswith("PySide6.Qt"))})
        finally:
            window.close()
            QCoreApplication.quit()

    QTimer.singleShot(0, ready)
    return True
