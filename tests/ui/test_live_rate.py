"""View > Live data rate: 0.5 / 1 / 2 / 5 Hz, applied to the running telemetry without reopening
the source, remembered in the settings, never above NVML's ~6 Hz refresh."""

from __future__ import annotations

import time

import pytest

from gpuscope.ui import settings
from gpuscope.ui.menus import LIVE_RATES


def _ticked(win) -> float | None:
    return next((hz for hz, act in win.menus.rate_actions.items() if act.isChecked()), None)


def test_default_is_one_hz_and_every_choice_is_offered(make_window) -> None:
    win = make_window("rtx4090.json")
    assert win.service.rate_hz == 1.0 and win.service.stream.rate_hz == 1.0
    assert _ticked(win) == 1.0
    assert [a.text() for a in win.menus.rate_actions.values()] == [
        "0.5 Hz", "1 Hz", "2 Hz", "5 Hz"]
    assert win.menus.rate_menu.title() == "Live data &rate"


def test_a_new_rate_applies_at_once_and_is_remembered(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    stream = win.service.stream
    frames: list[float] = []
    win.service.frame.connect(lambda _f: frames.append(time.monotonic()))
    win.menus.rate_actions[5.0].trigger()
    assert win.service.stream is stream  # the same stream, not reopened
    assert stream.rate_hz == 5.0 and win.remembered.live_rate_hz == 5.0
    assert settings.load().live_rate_hz == 5.0  # saved at once
    qtbot.wait(2000)
    # at 1 Hz two seconds bring 2 or 3 frames; at 5 Hz (after at most one old 1 s wait) 6 or more
    assert len(frames) >= 4, len(frames)
    again = make_window("rtx4090.json")  # the next start uses it
    assert again.service.rate_hz == 5.0 and _ticked(again) == 5.0


def test_reset_to_defaults_keeps_the_rate(make_window) -> None:
    win = make_window("rtx4090.json")
    win.menus.rate_actions[2.0].trigger()
    win.menus.actions["reset"].trigger()
    assert win.remembered.live_rate_hz == 2.0 and win.service.rate_hz == 2.0


@pytest.mark.parametrize(("stored", "used"), [("100", 6.0), ("0", 1.0), ("-3", 1.0),
                                               ("nan", 1.0), ("fast", 1.0), ("0.5", 0.5)])
def test_a_stored_rate_is_kept_within_nvml_limits(make_window, stored: str, used: float) -> None:
    s = settings.settings()
    s.setValue("selection/live_rate_hz", stored)
    s.sync()
    win = make_window("rtx4090.json")
    assert win.service.rate_hz == used
    assert _ticked(win) == (used if used in LIVE_RATES else None)


def test_french_menu(make_window) -> None:
    win = make_window("rtx4090.json", language="fr")
    assert win.menus.rate_actions[0.5].text() == "0,5\u00a0Hz"
