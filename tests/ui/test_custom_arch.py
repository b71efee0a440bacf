"""Custom CNNs and MLPs in the window: the architecture fields of the family, live estimate,
validation hints, "Save as my model…" and the saved model re-opened with its fields."""

from __future__ import annotations

import pytest

from gpuscope.models.cnn import cnn_profile
from gpuscope.models.cnn_edit import scale_cnn
from gpuscope.models.mlp import mlp_profile
from gpuscope.models.presets import get_preset
from gpuscope.models.spec import Family, ModelSpec
from gpuscope.ui import saved_models
from gpuscope.ui.i18n import fmt
from gpuscope.units import Flop
from tests.ui.test_saved_models import Dialogs, saved_file


def shown_page(form) -> str:
    pages = {"transformer": form.arch, "cnn": form.cnn_arch, "mlp": form.mlp_arch}
    return "".join(k for k, page in pages.items() if page.isVisible())


def estimated(win, qtbot, model_id: str = "custom"):
    qtbot.waitUntil(lambda: win.state.last is not None and win.state.last.model.id == model_id)
    return win.state.last


def test_each_family_shows_its_own_fields(make_window) -> None:
    win = make_window()
    form = win.model_form
    form.arch_box.setChecked(True)
    for preset, page in (("resnet-50", "cnn"), ("mlp-mnist", "mlp"), ("llama-3.1-8b",
                                                                        "transformer")):
        form.select_model(get_preset(preset))
        assert form.arch_box.isVisible() and shown_page(form) == page
        assert form.buttons.save.isEnabled()
    form.select_model(get_preset("vgg-16"))
    assert not form.cnn_arch.depth.isVisibleTo(form)  # VGG has no repeated blocks
    assert form.cnn_arch.classes.value() == 1000 and form.cnn_arch.resolution.value() == 224


def test_editing_a_cnn_updates_the_estimate_and_saves_it(make_window, qtbot, monkeypatch) -> None:
    win = make_window()
    form, fields = win.model_form, win.model_form.cnn_arch
    resnet = get_preset("resnet-50")
    form.select_model(resnet)
    form.arch_box.setChecked(True)
    fields.width.setValue(0.5)
    fields.classes.setValue(10)
    expected = scale_cnn(resnet.cnn, width=0.5, n_classes=10)
    estimated(win, qtbot)
    qtbot.waitUntil(lambda: win.state.last.model.cnn == expected)
    est = win.state.last
    prof = cnn_profile(expected)
    assert est.model.params == prof.params and est.flops_per_sample == prof.flops
    assert est.model.name == "Custom (from ResNet-50 (v1.5))"  # its own brackets kept
    assert any(fmt(Flop(prof.flops)) in row for row in win.explain.row_texts())
    assert fmt(Flop(prof.flops)) in fields.summary.text() and not fields.hint.isVisible()
    Dialogs(monkeypatch, names=["Half ResNet"])
    saved = saved_models.save_current(win)
    [entry] = saved_file()
    assert (entry["family"], entry["name"], entry["params"]) == ("cnn", "Half ResNet",
                                                                 saved.params)
    assert saved.cnn == win.state.model.cnn and form.buttons.delete.isEnabled()
    win.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.state.model.id == saved.id)
    assert again.state.model.cnn == saved.cnn
    f = again.model_form.cnn_arch
    assert (f.width.value(), f.classes.value(), f.resolution.value()) == (
        1.0, 10, saved.cnn.image_size)
    assert again.model_form.preset.currentText() == "Half ResNet"


def test_a_too_small_resolution_is_refused_with_a_hint(make_window, qtbot) -> None:
    win = make_window()
    form, fields = win.model_form, win.model_form.cnn_arch
    form.select_model(get_preset("vgg-16"))
    form.arch_box.setChecked(True)
    fields.resolution.setValue(16)  # five 2x2 pools: 16 px has no pixel left
    assert fields.hint.isVisible() and "too small" in fields.hint.text()
    assert win.state.model.id == "vgg-16"
    fields.resolution.setValue(64)
    assert not fields.hint.isVisible() and win.state.model.cnn.image_size == 64


def test_editing_an_mlp_updates_the_estimate_and_saves_it(make_window, qtbot,
                                                          monkeypatch) -> None:
    win = make_window()
    form, fields = win.model_form, win.model_form.mlp_arch
    form.select_model(get_preset("mlp-mnist"))
    form.arch_box.setChecked(True)
    assert fields.widths.text() == "784, 512, 512, 10"
    fields.widths.setText("784, 1024, x")
    assert fields.hint.isVisible() and "“x” is not a whole number" in fields.hint.text()
    assert win.state.model.id == "mlp-mnist"
    fields.widths.setText("784, 0")
    assert "between 1 and 1,048,576" in fields.hint.text()
    fields.widths.setText("784, 1024, 1024, 10")
    fields.bias.setChecked(False)
    estimated(win, qtbot)
    qtbot.waitUntil(lambda: not win.state.last.model.mlp.bias)
    est = win.state.last
    prof = mlp_profile(est.model.mlp)
    assert est.model.mlp.widths == (784, 1024, 1024, 10) and not fields.hint.isVisible()
    assert est.model.params == prof.params == 784 * 1024 + 1024 * 1024 + 1024 * 10
    assert est.flops_per_sample == prof.flops
    assert "Dense layers: 3" in fields.summary.text()
    Dialogs(monkeypatch, names=["Wide MLP"])
    saved = saved_models.save_current(win)
    assert saved_file()[0]["mlp"] == {"widths": [784, 1024, 1024, 10], "bias": False}
    win.close()

    again = make_window()
    qtbot.waitUntil(lambda: again.state.model.id == saved.id)
    again.model_form.arch_box.setChecked(True)
    assert again.model_form.mlp_arch.widths.text() == "784, 1024, 1024, 10"
    assert not again.model_form.mlp_arch.bias.isChecked()
    assert shown_page(again.model_form) == "mlp"


@pytest.mark.parametrize("family", [Family.CNN, Family.MLP])
def test_a_model_known_only_by_its_tensors_cannot_be_saved(family: Family) -> None:
    model = ModelSpec(id="file", name="file", family=family, params=10)
    assert not model.editable and not saved_models.can_save(model)
