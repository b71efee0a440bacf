"""The plan panel: auto GPU layers, the slider, the engines, the command and its Copy button."""

from __future__ import annotations

import shlex

import pytest

from gpuscope.estimate.plans.commands import command_for
from gpuscope.estimate.plans.model_ref import gguf_name
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

W = Workload(context=8192, kv_cache="q8_0")
MODEL, QUANT = get_preset("llama-3.1-8b"), get_quantization("q8_0")
GPU = find_gpu("rtx-4060").to_spec()


@pytest.fixture
def panel(qtbot):
    from gpuscope.ui import i18n
    from gpuscope.ui.plan_panel import PlanPanel

    i18n.install_language("en")
    p = PlanPanel()
    qtbot.addWidget(p)
    p.show_selection(MODEL, QUANT, (GPU,), W)
    return p


def test_auto_shows_the_most_layers_that_fit(panel) -> None:
    expected = make_plan(PlanRequest(MODEL, QUANT, (GPU,), W, host=panel.plan.host))
    assert panel.auto.isChecked() and not panel.layers.isEnabled()
    assert panel.layers.value() == expected.gpu_layers == 27
    assert panel.layers.maximum() == 33
    assert "layers on the CPU" in panel.summary.text()
    assert panel.devices.rowCount() == 2  # the GPU and the host
    assert panel.devices.item(0, 0).text() == "GPU 0: GeForce RTX 4060"
    assert panel.command_box.toPlainText() == command_for(expected).text
    assert panel.recommended.text().startswith("Recommended: ")


def test_slider_sets_gpu_layers_and_copy_copies(panel, qtbot) -> None:
    from PySide6.QtGui import QGuiApplication

    panel.auto.setChecked(False)
    assert panel.layers.isEnabled()
    panel.layers.setValue(20)
    argv = shlex.split(panel.command_box.toPlainText())
    assert argv[argv.index("-ngl") + 1] == "20"
    assert panel.plan.gpu_layers == 20
    panel.copy.click()
    assert QGuiApplication.clipboard().text() == panel.command_box.toPlainText()


def test_engines(panel) -> None:
    panel.engine.setCurrentIndex(panel.engine.findData(Engine.OLLAMA.value))
    assert "PARAMETER num_gpu 27" in panel.command_box.toPlainText()
    panel.engine.setCurrentIndex(panel.engine.findData(Engine.VLLM.value))
    # 8B in BF16 does not fit the 8 GiB card: the command says so above itself
    comment, command = panel.command_box.toPlainText().splitlines()
    assert comment.startswith("# This command will not start") and command.startswith("vllm serve ")
    assert not panel.layers.isEnabled()


def test_bad_selection_shows_the_error(panel) -> None:
    panel.show_selection(get_preset("resnet-50"), QUANT, (GPU,), W)
    assert "not one" in panel.summary.text()
    assert panel.command_box.toPlainText() == "" and not panel.copy.isEnabled()


def test_french(qtbot) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    from gpuscope.ui import i18n
    from gpuscope.ui.plan_panel import PlanPanel

    # windows closed by earlier tests must be gone before every widget gets a LanguageChange
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    i18n.install_language("fr")
    try:
        p = PlanPanel()
        qtbot.addWidget(p)
        p.show_selection(MODEL, get_quantization("q4_k_m"), (GPU,), W)
        assert p.copy.text() == "Copier" and p.engine_label.text() == "Moteur"
        assert p.summary.text().startswith("Q4_K_M entièrement sur le GPU, ")
        assert "jetons/s" in p.summary.text() and "," in p.summary.text()  # 43,2 jetons/s
        assert p.devices.horizontalHeaderItem(2).text() == "Poids"
        # the command stays the engine's syntax; only the placeholder to fill in is French
        argv = shlex.split(p.command_box.toPlainText())
        file = gguf_name(MODEL, get_quantization("q4_k_m"))
        assert argv[:2] == ["llama-server", "-m"] and argv[2] == f"<chemin vers {file}>"
        i18n.install_language("en")  # an open panel rewords it when the language changes
        qtbot.waitUntil(lambda: shlex.split(p.command_box.toPlainText())[2]
                        == f"<path to {file}>")
    finally:
        i18n.install_language("en")
