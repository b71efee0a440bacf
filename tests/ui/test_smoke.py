"""The start-up probe is off unless GPUSCOPE_SMOKE_QUIT_MS asks for it."""

from __future__ import annotations

import pytest

from gpuscope.ui import smoke


@pytest.mark.parametrize(("value", "delay"), [("", None), ("250", 250), ("-5", 0), ("x", 0)])
def test_requested_delay(monkeypatch, value, delay) -> None:
    monkeypatch.setenv(smoke.ENV_VAR, value)
    assert smoke.requested_delay_ms() == delay


def test_unset_probe_schedules_nothing(monkeypatch, qtbot) -> None:
    from PySide6.QtWidgets import QMainWindow

    monkeypatch.delenv(smoke.ENV_VAR, raising=False)
    win = QMainWindow()
    qtbot.addWidget(win)
    assert smoke.arm(win, "en") is False


def test_armed_probe_reports_then_closes_the_window(monkeypatch, qtbot, capsys) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMainWindow

    monkeypatch.setenv(smoke.ENV_VAR, "0")
    monkeypatch.setattr(QCoreApplication, "quit", staticmethod(lambda: None))  # keep pytest's app
    win = QMainWindow()
    win.setWindowTitle("probe")
    qtbot.addWidget(win)
    win.show()
    assert smoke.arm(win, "fr") is True
    qtbot.waitUntil(lambda: not win.isVisible(), timeout=5000)
    out = capsys.readouterr().out
    assert 'GPUSCOPE_SMOKE ready {"version"' in out and '"title": "probe"' in out
    assert "GPUSCOPE_SMOKE quit" in out and '"language": "fr"' in out
