"""Changing the model, the workload or the settings leaves every widget in step with them."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from gpuscope.models.presets import get_preset


def _select(win, qtbot, preset: str) -> None:
    win.model_form.select_model(get_preset(preset))
    qtbot.waitUntil(lambda: win.state.last is not None and win.state.last.model.id == preset)


def test_memory_plot_draws_again_after_a_model_without_context(make_window, qtbot) -> None:
    win = make_window()
    win.plots.show_tab("memory")
    panel = win.plots.panels["memory"]
    _select(win, qtbot, "llama-3.1-8b")
    before = panel.layers[-1].getData()[1].copy()
    for other in ("resnet-50", "bert-base"):
        _select(win, qtbot, other)
        assert panel.plot.titleLabel.text.endswith("(not applicable to this model)")
        assert panel.layers[0].getData()[0] is None or len(panel.layers[0].getData()[0]) == 0
        assert not panel.context_line.isVisible() and not panel.fit_line.isVisible()
        _select(win, qtbot, "llama-3.1-8b")
        assert panel.plot.titleLabel.text == "Memory vs context length"
        x, y = panel.layers[-1].getData()
        assert len(x) > 10 and list(y) == pytest.approx(list(before))
        assert panel.context_line.isVisible() and panel.fit_line.isVisible()
        assert panel.data["total"].max() > 0


def test_context_wanted_by_the_user_comes_back_after_a_short_context_model(
        make_window, qtbot) -> None:
    win = make_window()
    _select(win, qtbot, "llama-3.1-8b")
    win.model_form.context.setValue(8192)
    win.model_form.context._from_box(8192)
    _select(win, qtbot, "bert-base")
    limit = get_preset("bert-base").transformer.max_context
    assert win.state.workload.context == limit == win.model_form.context.value()
    _select(win, qtbot, "llama-3.1-8b")
    assert win.state.workload.context == 8192 == win.model_form.context.value()
    assert win.state.last.workload.context == 8192
    win.remember()
    assert win.remembered.context == 8192


def test_prompt_longer_than_the_context_is_capped_with_a_hint(make_window, qtbot) -> None:
    win = make_window()
    form = win.model_form
    _select(win, qtbot, "llama-3.1-8b")
    win.state.set_workload(context=4096)
    form.prompt.setValue(100_000)
    qtbot.waitUntil(lambda: win.state.last.workload.context == 4096
                    and win.state.last.workload.prompt == 4096)
    assert form.prompt_hint.isVisible() and "4096" in form.prompt_hint.text().replace(",", "")
    # a longer context takes the whole prompt again, and the hint goes
    win.state.set_workload(context=131072)
    qtbot.waitUntil(lambda: win.state.last.workload.prompt == 100_000)
    assert not form.prompt_hint.isVisible()
    # batch: a sane maximum, stated in the tooltip
    form.batch.setValue(4096)
    assert form.batch.value() == form.batch.maximum() <= 1024
    assert f"{form.batch.maximum():,}".replace(",", "") in form.batch.toolTip().replace(",", "")


def test_reset_to_defaults_brings_the_view_menu_in_step(make_window, qtbot) -> None:
    from gpuscope.ui import actions

    win = make_window()
    menus = win.menus
    menus.theme_actions["dark"].trigger()
    menus.plot_actions["roofline"].setChecked(False)
    slot = win.plots.slots["roofline"]
    assert not win.plots.isTabVisible(win.plots.indexOf(slot))
    actions.reset_defaults(win)
    assert win.remembered.theme == "system" and menus.theme_actions["system"].isChecked()
    assert not menus.theme_actions["dark"].isChecked()
    assert win.remembered.hidden_plots == ""
    assert menus.plot_actions["roofline"].isChecked()
    assert win.plots.isTabVisible(win.plots.indexOf(slot))


def test_quit_has_a_shortcut_everywhere(make_window) -> None:
    win = make_window()
    keys = win.menus.actions["quit"].shortcuts()
    assert keys and not keys[0].isEmpty()
    platform = QKeySequence.keyBindings(QKeySequence.StandardKey.Quit)
    assert keys == (platform or [QKeySequence("Ctrl+Q")])


def test_context_parts_are_named_and_tab_follows_the_rows(make_window, qtbot) -> None:
    win = make_window()
    form = win.model_form
    _select(win, qtbot, "llama-3.1-8b")
    assert form.context.slider.accessibleName() == form.labels["context"].text()
    assert form.context.box.accessibleName() == form.labels["context"].text()
    chain, w = [], form.preset
    for _ in range(40):
        w = w.nextInFocusChain()
        if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(w)
    order = [form.buttons.save, form.quant, form.kv, form.context.slider, form.context.box,
             form.batch, form.prompt, form.flash]
    positions = [chain.index(x) for x in order]
    assert positions == sorted(positions)


@pytest.mark.parametrize("which", ["gpu", "preset"])
def test_searchable_box_drops_typed_text_that_matches_nothing(make_window, qtbot, which):
    win = make_window()
    box = win.gpu_panel.chooser if which == "gpu" else win.model_form.preset
    shown = box.currentText()
    before = (win.state.gpu_choice.key, win.state.model.id)
    box.setFocus()
    box.lineEdit().setText("zzz")
    QWidget.setFocus(win.model_form.batch)  # focus leaves the box
    box.lineEdit().editingFinished.emit()
    qtbot.waitUntil(lambda: box.lineEdit().text() == shown)
    assert (win.state.gpu_choice.key, win.state.model.id) == before


def test_memory_key_sits_outside_the_plot_area(make_window, qtbot) -> None:
    win = make_window(language="fr")
    win.plots.show_tab("memory")
    panel = win.plots.panels["memory"]
    qtbot.waitUntil(lambda: bool(panel.data))
    key = panel.key.sceneBoundingRect()
    assert key.width() > 0
    assert not key.intersects(panel.plot.vb.sceneBoundingRect())
    assert all(name in panel.key.text for name in panel.key_names)
