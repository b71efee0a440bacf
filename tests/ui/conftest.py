"""Fixtures for driving the real window headless, with settings isolated per test."""

from __future__ import annotations

from pathlib import Path

import pytest

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path, monkeypatch):
    from PySide6.QtCore import QSettings

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                      str(tmp_path / "config"))
    yield tmp_path / "config"


@pytest.fixture
def make_window(qtbot):
    """Build a MainWindow (optionally on a snapshot, or over a given GpuService) and wait until
    its GPU source opened and its saved models were read."""
    from gpuscope.ui import i18n
    from gpuscope.ui.app import create_application

    create_application()
    i18n.install_language("en")
    made = []

    def _make(snapshot: str | None = None, language: str = "en", service=None):
        from gpuscope.ui.main_window import MainWindow

        i18n.install_language(language)
        win = MainWindow(str(SNAPSHOTS / snapshot) if snapshot else None, service=service)
        qtbot.addWidget(win)
        win.resize(1280, 800)
        win.show()
        qtbot.waitUntil(lambda: win.report is not None, timeout=15000)
        qtbot.waitUntil(lambda: bool(win.plots.panels), timeout=15000)
        qtbot.waitUntil(lambda: win.user_data.loaded, timeout=15000)
        made.append(win)
        return win

    yield _make
    for win in made:
        win.service.stop()
    i18n.install_language("en")
