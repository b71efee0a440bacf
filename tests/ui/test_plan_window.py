"""The plan tab in the window: every detected GPU, split and link, vLLM figures, MoE experts in
RAM and the host memory bandwidth the user enters (remembered)."""

from __future__ import annotations

import json
import shlex
from pathlib import Path

import pytest

from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine, Strategy
from gpuscope.estimate.plans.server_text import server_lines
from gpuscope.models.presets import get_preset
from gpuscope.ui.gpu_choices import device_choices

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"
GIB = 2**30


@pytest.fixture
def mixed_snapshot(tmp_path) -> Path:
    """An RTX 3090 with 3 GiB in use next to an idle RTX 4090."""
    doc = json.loads((SNAPSHOTS / "rtx3090-dual.json").read_text())
    ada = json.loads((SNAPSHOTS / "rtx4090.json").read_text())["devices"][0]
    doc["devices"][0]["memory_used_bytes"] = 3 * GIB
    doc["devices"][1] = {**ada, "index": 1, "pci_bus_id": "00000000:02:00.0"}
    doc["telemetry"] = []
    path = tmp_path / "mixed.json"
    path.write_text(json.dumps(doc))
    return path


def _plan_tab(win, qtbot, model: str = "llama-3.1-8b"):
    win.model_form.select_model(get_preset(model))
    panel = win.plots.show_tab("plan")
    qtbot.waitUntil(lambda: panel.plan is not None and panel.plan.model.id == model)
    return panel


def _engine(panel, engine: Engine) -> None:
    panel.engine.setCurrentIndex(panel.engine.findData(engine.value))


def test_all_detected_gpus_each_with_its_free_vram(make_window, qtbot, mixed_snapshot) -> None:
    win = make_window(str(mixed_snapshot))
    panel = _plan_tab(win, qtbot, "llama-2-70b")
    o = panel.options
    assert not o.use_all.isHidden() and o.use_all.text() == "All 2 detected GPUs"
    assert len(panel.plan.gpus) == 1  # N x the selected GPU until asked
    o.use_all.setChecked(True)
    plan = panel.plan
    assert [g.name for g in plan.gpus] == ["NVIDIA GeForce RTX 3090",
                                         "NVIDIA GeForce RTX 4090"]
    free = tuple(f for _, f in panel.detected())  # the selected one's follows telemetry
    assert free[0] < free[1] - 2 * GIB  # 3 GiB in use on the 3090
    assert free[1] == device_choices(win.report)[1].free_bytes
    s = win.state
    expected = make_plan(PlanRequest(s.model, s.quant, plan.gpus, s.workload.with_(n_gpus=2),
                                     free_bytes=free, host=plan.host))
    assert [d.capacity_bytes for d in plan.devices] == [
        d.capacity_bytes for d in expected.devices]
    assert plan.strategy is Strategy.LAYER_SPLIT or not plan.all_on_gpu
    assert panel.devices.item(1, 0).text() == "GPU 1: NVIDIA GeForce RTX 4090"
    # the split and the link apply to several GPUs
    assert not o.split.isHidden() and not o.link.isHidden()
    o.link.setCurrentIndex(o.link.findData("nvlink"))
    assert panel.plan.link.id == "nvlink"


def test_tensor_split_and_a_refused_combination(make_window, qtbot) -> None:
    win = make_window("rtx3090-dual.json")
    win.gpu_panel.count.setValue(2)
    panel = _plan_tab(win, qtbot)
    qtbot.waitUntil(lambda: len(panel.plan.gpus) == 2)
    o = panel.options
    o.split.setCurrentIndex(o.split.findData("tensor"))
    assert panel.plan.strategy is Strategy.TENSOR_PARALLEL and panel.plan.tensor_parallel == 2
    assert "-sm tensor" in " ".join(shlex.split(panel.command_box.toPlainText()))
    _engine(panel, Engine.OLLAMA)  # Ollama splits by layers only: the core's reason, in red
    assert panel.plan is None and "Ollama splits a model over GPUs" in panel.summary.text()
    assert "#b3261e" in panel.summary.styleSheet()
    assert panel.command_box.toPlainText() == "" and not panel.copy.isEnabled()


def test_vllm_figures_and_options(make_window, qtbot) -> None:
    from gpuscope.ui.i18n import render

    win = make_window("rtx3090-dual.json")
    win.gpu_panel.count.setValue(2)
    panel = _plan_tab(win, qtbot, "qwen3-30b-a3b")
    _engine(panel, Engine.VLLM)
    o = panel.options
    assert panel.layers_row.isHidden() and not o.vllm_row.isHidden() and o.host_row.isHidden()
    assert o.split.isHidden() and not o.link.isHidden()
    assert not panel.server.isHidden()
    assert panel.server.text().splitlines() == [render(m) for m in server_lines(panel.plan)]
    o.util.setValue(0.7)
    o.seqs.setValue(16)
    assert panel.plan.server.gpu_memory_utilization == pytest.approx(0.7)
    assert panel.plan.server.max_num_seqs == 16
    argv = shlex.split(panel.command_box.toPlainText())
    assert argv[argv.index("--gpu-memory-utilization") + 1] == "0.7"
    assert "× 70" in panel.server.text()


def test_moe_experts_in_ram(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    panel = _plan_tab(win, qtbot, "mixtral-8x7b")
    o = panel.options
    assert not o.moe_row.isHidden() and o.moe.value() == -1
    auto = panel.plan.cpu_moe_layers
    assert o.moe.specialValueText() == f"auto ({auto})"
    o.moe.setValue(auto + 4)
    assert panel.plan.cpu_moe_layers == auto + 4
    _engine(panel, Engine.OLLAMA)  # Ollama cannot keep only the experts in RAM
    assert o.moe_row.isHidden() and panel.plan.cpu_moe_layers == 0


def test_host_bandwidth_replaces_the_assumption_and_is_remembered(make_window, qtbot) -> None:
    from gpuscope.ui import settings

    win = make_window("rtx4090.json")
    panel = _plan_tab(win, qtbot, "llama-2-70b")  # layers in RAM: the host matters
    o = panel.options
    assert panel.plan.host.assumed and not o.bandwidth.isEnabled()
    # the disabled box shows the bandwidth assumed, where an edit starts from
    assert o.bandwidth.value() == pytest.approx(panel.plan.host.effective / 1e9, abs=0.05)
    o.host.setCurrentIndex(o.host.findData("server"))
    assert panel.plan.host.bandwidth == pytest.approx(307.2e9)
    assert o.bandwidth.value() == pytest.approx(panel.plan.host.effective / 1e9, abs=0.05)
    o.host.setCurrentIndex(o.host.findData("entered"))
    o.bandwidth.setValue(45.0)
    assert o.bandwidth.isEnabled()
    host = panel.plan.host
    assert not host.assumed and host.bandwidth == pytest.approx(45e9)
    assert any("(entered)" in n.render() for n in panel.plan.notes)
    win.remember()
    r = settings.load()
    assert (r.host_memory, r.host_bandwidth_gbs) == ("entered", 45.0)
