"""The roofline marks where decode reaches the ridge, or says why it never does."""

from __future__ import annotations

from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.roofline import ridge_batch


def test_crossover_marker_follows_the_context(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("roofline")
    win.state.set_workload(context=512, batch=1)
    qtbot.waitUntil(lambda: panel.data.get("crossover") is not None, timeout=5000)
    s = win.state
    est = estimator_for(s.model, s.quant, s.gpu(), s.workload)
    b = ridge_batch(est, 512, panel.data["ridge"])
    assert panel.data["crossover"].batch == b
    assert panel.cross_label.textItem.toPlainText().endswith(f"at batch {b:,}")
    assert len(panel.cross.data) == 1
    win.state.set_workload(context=8192)
    qtbot.waitUntil(lambda: panel.data.get("crossover") is None, timeout=5000)
    assert len(panel.cross.data) == 0
    assert "KV-cache reads" in panel.cross_label.textItem.toPlainText()


def test_a_cnn_leaves_no_label_of_the_previous_model(make_window, qtbot) -> None:
    from gpuscope.models.presets import get_preset

    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("roofline")
    qtbot.waitUntil(lambda: len(panel.data.get("points") or []) == 2, timeout=5000)
    win.model_form.select_model(get_preset("resnet-50"))
    qtbot.waitUntil(lambda: len(panel.data.get("points") or []) == 1, timeout=5000)
    shown = [label.textItem.toPlainText() for label in panel.labels]
    assert shown[0] and shown[1:] == [""] * (len(shown) - 1)
