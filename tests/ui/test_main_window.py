"""The real window, driven like a user: change the model, assert the widgets follow the engine."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.export import estimate_json
from gpuscope.estimate.verdict import Level, make_verdict
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization
from gpuscope.ui.i18n import fmt, render
from gpuscope.units import Bytes


def _choose_gpu(win, name: str) -> None:
    key = f"catalogue:{find_gpu(name).id}"
    win.gpu_panel._chosen(win.gpu_panel.chooser.findData(key))


def _engine(win):
    s = win.state
    return estimate(s.model, s.quant, s.gpu(), s.workload, free_bytes=s.free_bytes())


def test_no_gpu_here_is_planning_mode_with_reason(make_window, qtbot) -> None:
    win = make_window()
    assert win.report.status.available is False
    assert win.banner.isVisible() and "Planning mode" in win.banner.text()
    assert "driver" in win.banner.text().lower()
    assert win.status_offline.text() == "offline"


def test_model_quant_context_gpu_changes_follow_the_engine(make_window, qtbot) -> None:
    win = make_window()
    _choose_gpu(win, "RTX 4090")
    form = win.model_form
    form.select_model(get_preset("llama-3.1-70b"))
    form.quant.setCurrentIndex(form.quant.findData("q4_k_m"))
    form.context.setValue(8192)
    form.context._from_box(8192)
    qtbot.waitUntil(lambda: win.state.last is not None and win.state.last.model.id ==
                    "llama-3.1-70b" and win.state.last.workload.context == 8192)
    expected = make_verdict(_engine(win))
    assert expected.level is Level.NO_FIT
    assert win.verdict.text() == render(expected.message)
    assert win.verdict.text().startswith("Does not fit — needs ")
    # show the work: the weights row carries the engine's value
    rows = win.explain.row_texts()
    assert rows[0][0] == "Weights" and rows[0][1] == fmt(Bytes(_engine(win).memory.weights))
    # the memory plot's total at the current context equals the engine's total
    win.plots.show_tab("memory")
    qtbot.wait(50)
    data = win.plots.panels["memory"].data
    i = int(np.argmin(abs(data["context"] - 8192)))
    engine_total = _engine(win).memory.total
    ctx = int(data["context"][i])
    from gpuscope.estimate.engine import estimator_for

    est = estimator_for(win.state.model, win.state.quant, win.state.gpu(), win.state.workload)
    assert data["total"][i] == pytest.approx(float(est.memory(ctx).total))
    assert engine_total == pytest.approx(float(est.memory(8192).total))
    # a bigger GPU makes it fit
    _choose_gpu(win, "H100 SXM5 80GB")
    qtbot.waitUntil(lambda: "H100" in win.state.last.gpu.name)
    assert win.verdict.text().startswith("Fits — ")
    assert win.verdict.level is Level.FITS


def test_snapshot_mode_uses_the_recorded_gpu_and_its_free_vram(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    qtbot.waitUntil(lambda: win.state.gpu_choice.kind == "snapshot")
    assert "Snapshot mode" in win.banner.text()
    assert win.state.free_bytes() is not None
    qtbot.waitUntil(lambda: win.state.last is not None
                    and win.state.last.fit.free_bytes is not None)
    assert win.state.last.fit.fits_now is not None
    # telemetry replays the snapshot's trace
    win.plots.show_tab("telemetry")
    qtbot.waitUntil(lambda: len(win.service.stream.history) > 0, timeout=10000)


def test_exports_are_written_and_read_back(make_window, qtbot, tmp_path) -> None:
    from gpuscope.ui import actions

    win = make_window()
    _choose_gpu(win, "RTX 3060 12GB")
    qtbot.waitUntil(lambda: "3060" in win.state.last.gpu.name)
    path = actions.export_estimate(win, "json", str(tmp_path / "e.json"))
    doc = json.loads(Path(path).read_text(encoding="utf-8"))
    assert doc == json.loads(json.dumps(estimate_json(win.state.last)))
    md = Path(actions.export_estimate(win, "md", str(tmp_path / "e.md"))).read_text("utf-8")
    assert win.verdict.text() in md and "| Weights |" in md
    csv_text = Path(actions.export_estimate(win, "csv", str(tmp_path / "e.csv"))).read_text(
        "utf-8")
    assert csv_text.splitlines()[0].startswith("quantity,value,unit")
    pngs = actions.export_plots(win, str(tmp_path))
    assert len(pngs) == 5
    from PySide6.QtGui import QImage

    assert all(not QImage(p).isNull() and QImage(p).width() > 100 for p in pngs)
    assert actions.copy_summary(win).startswith("## ")


def test_settings_round_trip_through_a_fresh_process(make_window, qtbot, isolated_settings):
    import subprocess
    import sys

    win = make_window()
    win.model_form.select_model(get_preset("qwen2.5-14b"))
    win.state.set_quant("q5_k_m")
    win.state.set_workload(context=12345, batch=3)
    qtbot.waitUntil(lambda: win.state.last.workload.context == 12345)
    win.remember()
    code = (
        "from PySide6.QtCore import QSettings\n"
        f"QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "
        f"{str(isolated_settings)!r})\n"
        "from gpuscope.ui.settings import load\n"
        "r = load(); print(r.model_id, r.quant, r.context, r.batch, type(r.context).__name__)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["qwen2.5-14b", "q5_k_m", "12345", "3", "int"]


def test_quantization_table_lists_every_comparable_quant(make_window, qtbot) -> None:
    win = make_window()
    win.plots.show_tab("quant")
    qtbot.waitUntil(lambda: win.plots.panels["quant"].table.rowCount() > 10)
    names = {win.plots.panels["quant"].table.item(r, 0).text()
             for r in range(win.plots.panels["quant"].table.rowCount())}
    assert {"Q4_K_M", "Q8_0", "F16 (GGUF)"} <= names
    assert get_quantization("mxfp4").name not in names  # dense model: no MoE recipe
    table = win.plots.panels["quant"].table
    assert table.horizontalHeaderItem(2).text() == "Bits/weight"  # the unit is in the header ...
    for r in range(table.rowCount()):  # ... the cells are bare numbers, sorted by their value
        cell = table.item(r, 2)
        assert float(cell.text()) == pytest.approx(cell.key, abs=0.005)


def test_an_export_replaces_the_file_atomically(make_window, qtbot, tmp_path, monkeypatch) -> None:
    import os

    from gpuscope.ui import actions

    win = make_window("rtx4090.json")
    qtbot.waitUntil(lambda: win.state.last is not None, timeout=5000)
    target = tmp_path / "e.json"
    target.write_text("previous export")
    replaced: list[tuple[str, str]] = []
    real = os.replace
    monkeypatch.setattr(os, "replace", lambda a, b: (replaced.append((str(a), str(b))),
                                                     real(a, b))[1])
    assert actions.export_estimate(win, "json", str(target)) == str(target)
    assert replaced and replaced[-1][1] == str(target)  # written aside, then renamed over
    assert json.loads(target.read_text("utf-8"))["gpu"]["name"]
    assert [p.name for p in tmp_path.iterdir()] == ["e.json"]  # no temporary file left
