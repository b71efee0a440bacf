"""The speed plot says what its curves assume when the model does not fit."""

from __future__ import annotations

from gpuscope.models.presets import get_preset


def test_speed_note_follows_the_fit(make_window, qtbot) -> None:
    win = make_window()
    win.plots.show_tab("speed")
    panel = win.plots.panels["speed"]
    qtbot.waitUntil(lambda: win.state.last is not None)
    assert win.state.last.fit.fits and panel.note.text == ""
    win.model_form.select_model(get_preset("llama-3.1-405b"))
    qtbot.waitUntil(lambda: win.state.last.model.id == "llama-3.1-405b")
    assert not win.state.last.fit.fits
    assert "Does not fit" in panel.note.text and "How to run it" in panel.note.text
    win.model_form.select_model(get_preset("llama-3.1-8b"))
    qtbot.waitUntil(lambda: win.state.last.model.id == "llama-3.1-8b")
    assert panel.note.text == ""
