"""The window never uses the network, in any of its main states: planning mode, every model
family and tab, the user's saved models and overrides, a snapshot, French, dark theme, exports.

In process, the Python guard (``no_network`` fixture) fails the test on any socket or name
lookup, even a swallowed one; a second test starts the real program under both guards (Python
and, with a C compiler, LD_PRELOAD below Qt) and reads their log.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from gpuscope.models.presets import get_preset
from gpuscope.ui import actions, i18n, saved_models
from tests.net_guard import build_preload, guard_env
from tests.packaging_support import smoke_markers
from tests.ui.test_saved_models import Dialogs

ROOT = Path(__file__).resolve().parents[2]
SNAPSHOT = ROOT / "resources" / "snapshots" / "rtx4090.json"


def test_every_main_state_of_the_window_stays_offline(no_network, make_window, qtbot,
                                                      monkeypatch, tmp_path) -> None:
    monkeypatch.setattr("gpuscope.ui.my_models.default_roots", lambda: [])  # no home caches
    win = make_window()
    assert "Planning mode" in win.banner.text()
    for model_id in ("llama-3.1-70b", "resnet-50", "mlp-mnist", "qwen2.5-14b"):
        win.model_form.select_model(get_preset(model_id))
        qtbot.waitUntil(lambda m=model_id: win.state.last.model.id == m)
    for index in range(win.plots.count()):  # every plot and view, built and shown
        win.plots.setCurrentIndex(index)
        qtbot.wait(30)
    my_models = win.plots.widget_for("my_models")
    my_models.extra_roots.clear()
    my_models.start_scan()
    qtbot.waitUntil(lambda: "found" in my_models.status.text(), timeout=10000)
    Dialogs(monkeypatch, names=["Offline model"], answers=[True])
    saved_models.save_current(win)
    saved_models.delete_current(win)
    row = win.gpu_panel.peaks.rowCount() - 2
    win.gpu_panel.peaks.item(row, 1).setText("900")  # a bandwidth override, saved
    win.load_snapshot(str(SNAPSHOT))
    qtbot.waitUntil(lambda: win.state.gpu_choice.kind == "snapshot", timeout=10000)
    win.plots.show_tab("telemetry")
    qtbot.waitUntil(lambda: len(win.service.stream.history) > 0, timeout=10000)
    i18n.install_language("fr")
    qtbot.waitUntil(lambda: "Instantané" in win.banner.text() or "instantané" in
                    win.banner.text())
    win.apply_theme("dark")
    assert len(actions.export_plots(win, str(tmp_path))) == 5
    assert actions.export_estimate(win, "md", str(tmp_path / "e.md"))
    actions.reset_defaults(win)
    i18n.install_language("en")
    assert no_network == []  # (the fixture checks again, after the test)


def test_the_program_starts_and_quits_offline_under_both_guards(tmp_path) -> None:
    preload = build_preload(tmp_path)  # None without a C compiler: the Python guard only
    log = tmp_path / "net.log"
    env = guard_env(log, preload)
    env.update(QT_QPA_PLATFORM="offscreen", GPUSCOPE_SMOKE_QUIT_MS="2500",
               XDG_CONFIG_HOME=str(tmp_path / "config"), XDG_DATA_HOME=str(tmp_path / "data"))
    done = subprocess.run([sys.executable, "-m", "gpuscope", "--snapshot", str(SNAPSHOT)],
                          env=env, cwd=tmp_path, capture_output=True, text=True, timeout=120,
                          check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    quit_marker = smoke_markers(done.stdout)["quit"]
    assert quit_marker["gpu_source_ready"] is True
    assert not log.exists() or log.read_text() == "", log.read_text()
    if preload is None:
        pytest.skip("no C compiler: only the Python guard was in place")


def test_a_bad_snapshot_falls_back_to_planning_mode_and_says_so(qtbot, tmp_path, caplog) -> None:
    from gpuscope.ui import i18n
    from gpuscope.ui.app import create_application
    from gpuscope.ui.main_window import MainWindow

    create_application()
    i18n.install_language("en")
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gpuscope-snapshot", "version": 1, "devices": [{"index": 0}]}')
    win = MainWindow(str(bad))
    qtbot.addWidget(win)
    win.show()
    try:
        qtbot.waitUntil(lambda: "Planning mode" in win.banner.text(), timeout=10000)
        assert "name is missing" in win.banner.text() and win.banner.isVisible()
        assert win.status_nvml.text() == "No GPU data: choose a GPU to plan for"
        assert win.state.gpu_choice.kind == "catalogue"
        assert win.gpu_panel.chooser.count() > 50  # the catalogue's GPUs to choose from
        qtbot.waitUntil(lambda: win.state.last is not None, timeout=5000)
        win.retranslate()  # a language change keeps the message, not "Looking for…"
        assert win.status_nvml.text() == "No GPU data: choose a GPU to plan for"
    finally:
        win.service.stop()
    assert not [r for r in caplog.records if r.exc_info]
