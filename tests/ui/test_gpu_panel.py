"""The GPU panel's live-data row: fresh, or since when the figures are old and why (both
languages); the warning colour only for a device that has live data."""

from __future__ import annotations

import time

import pytest

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.telemetry import LOST, STALE, DeviceHealth
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization
from gpuscope.ui import i18n
from gpuscope.ui.app import create_application
from gpuscope.ui.gpu_choices import catalogue_choices
from gpuscope.ui.gpu_panel import GpuPanel
from gpuscope.ui.state import AppState, GpuChoice


@pytest.fixture()
def panel(qtbot):
    create_application()
    catalogue = next(c for c in catalogue_choices() if c.key == "catalogue:rtx-4090")
    card = GpuChoice("detected:0", "#0", "detected", record=DeviceRecord(0, "RTX 4090"),
                     resolved=catalogue.spec)
    state = AppState(card, get_preset("llama-3.1-8b"), get_quantization("q4_k_m"))
    widget = GpuPanel(state)
    qtbot.addWidget(widget)
    widget.set_choices([card, catalogue])
    yield widget
    i18n.install_language("en")


def live(panel: GpuPanel) -> str:
    return panel.values["live"].text().replace("\xa0", " ").replace("\u202f", " ")


def test_fresh_then_stale_since_a_clock_time_with_the_reason(panel) -> None:
    panel.show_health(DeviceHealth(0))
    assert live(panel) == "fresh" and panel.values["live"].styleSheet() == ""
    since = time.mktime((2025, 3, 1, 14, 5, 9, 0, 0, -1))
    panel.show_health(DeviceHealth(0, STALE, since, "Timeout"))
    assert live(panel).startswith("Stale since 14:05:09 — No fresh data for ")
    assert live(panel).endswith("(NVML did not answer in time).")
    assert "b3261e" in panel.values["live"].styleSheet()
    panel.state.set_gpu(next(c for c in panel.choices if c.kind == "catalogue"))
    assert live(panel) == "planning for a catalogue GPU"
    assert panel.values["live"].styleSheet() == ""


def test_the_stale_text_in_french(panel) -> None:
    i18n.install_language("fr")
    since = time.mktime((2025, 3, 1, 9, 0, 1, 0, 0, -1))
    panel.show_health(DeviceHealth(0, LOST, since, "GpuIsLost"))
    assert live(panel).startswith("Plus à jour depuis 09:00:01 — ")
    assert "GPU perdu" in live(panel)
    panel.show_health(DeviceHealth(0))
    assert live(panel) == "à jour"
