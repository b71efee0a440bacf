"""The user's files in the window: GPU overrides typed in the peaks table are kept per GPU and come
back; damaged files are told at start-up (the good entries still load); Reset deletes nothing."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt

from gpuscope.hardware.custom_gpus import FORMAT as OVERRIDES_FORMAT
from gpuscope.hardware.custom_gpus import overrides_path
from gpuscope.hardware.snapshot import load_snapshot
from gpuscope.models.custom import FORMAT as MODELS_FORMAT
from gpuscope.models.custom import custom_models_path
from gpuscope.ui import actions
from gpuscope.ui.peaks_table import ROWS

ROOT = Path(__file__).resolve().parents[2]
LLAMA3_8B = {"n_layers": 32, "d_model": 4096, "n_heads": 32, "n_kv_heads": 8, "head_dim": 128,
             "ffn_dim": 14336, "vocab_size": 128256, "max_context": 8192}


def fp16_cell(win):
    row = next(i for i, r in enumerate(ROWS) if r[0] == "fp16")
    return win.gpu_panel.peaks.item(row, 1)


def type_fp16(win, qtbot, text: str) -> None:
    fp16_cell(win).setText(text)
    qtbot.wait(20)  # the table is filled again on the next turn of the event loop


def choose(win, key: str) -> None:
    win.gpu_panel._chosen(win.gpu_panel.chooser.findData(key))


def saved_overrides() -> dict:
    path = overrides_path()
    return json.loads(path.read_text(encoding="utf-8"))["gpus"] if path.exists() else {}


def plain(text: str) -> str:
    return text.replace("\xa0", " ")  # the window puts a no-break space between number and unit


def is_override(cell) -> bool:
    return cell.font().italic() and cell.toolTip().startswith("your override")


def test_a_typed_override_is_saved_comes_back_with_its_gpu_and_goes_when_emptied(
        make_window, qtbot):
    win = make_window()
    assert win.state.gpu_choice.key == "catalogue:rtx-4090"
    type_fp16(win, qtbot, "120")
    assert saved_overrides() == {"rtx-4090": {"fp16": 120e12}}
    assert is_override(fp16_cell(win)) and plain(fp16_cell(win).text()) == "120.0 TFLOPS"
    choose(win, "catalogue:rtx-3060-12gb")
    assert win.state.overrides == {} and not is_override(fp16_cell(win))
    choose(win, "catalogue:rtx-4090")  # chosen again: the override is back, told as yours
    assert win.state.overrides == {"fp16": 120e12} and is_override(fp16_cell(win))
    qtbot.waitUntil(lambda: win.state.last.gpu.peak("fp16") == 120e12)
    win.close()

    again = make_window()  # a restart
    qtbot.waitUntil(lambda: again.state.gpu().peak("fp16") == 120e12)
    assert is_override(fp16_cell(again))
    type_fp16(again, qtbot, "")  # emptied: the datasheet figure again, the file forgets it
    assert saved_overrides() == {} and not is_override(fp16_cell(again))
    assert again.state.gpu().peak("fp16") == again.state.gpu_choice.spec.peak("fp16")


def test_an_out_of_range_value_is_explained_and_not_saved(make_window, qtbot):
    win = make_window()
    before = win.state.gpu().peak("fp16")
    type_fp16(win, qtbot, "165200")  # GFLOPS typed where the table takes TFLOPS
    hint = win.gpu_panel.hint
    assert hint.isVisible()
    assert plain(hint.text()) == ("FP16 tensor, FP32 acc. = 165,200.0 TFLOPS is outside the "
                                  "sane range 1.00 GFLOPS to 100,000.0 TFLOPS.")
    assert saved_overrides() == {} and win.state.overrides == {}
    assert win.state.gpu().peak("fp16") == before and not is_override(fp16_cell(win))
    type_fp16(win, qtbot, "fast")
    assert hint.text() == "FP16 tensor, FP32 acc. must be a number."
    type_fp16(win, qtbot, "150")  # a good value clears the hint
    assert not hint.isVisible() and saved_overrides() == {"rtx-4090": {"fp16": 150e12}}


def test_a_detected_or_recorded_card_is_kept_by_its_uuid(make_window, qtbot):
    win = make_window("rtx4090.json")
    qtbot.waitUntil(lambda: win.state.gpu_choice.kind == "snapshot")
    win.gpu_panel.peaks.item(len(ROWS) - 2, 1).setText("900")  # bandwidth, GB/s
    uuid = load_snapshot(ROOT / "resources" / "snapshots" / "rtx4090.json").devices[0].uuid
    assert saved_overrides() == {f"uuid:{uuid}": {"bandwidth": 900e9}}
    choose(win, "catalogue:rtx-4090")  # the catalogue entry is another key: no override
    assert win.state.overrides == {}


def test_a_recorded_card_gets_its_override_again_after_a_restart(make_window, qtbot):
    win = make_window("rtx4090.json")
    qtbot.waitUntil(lambda: win.state.gpu_choice.kind == "snapshot")
    type_fp16(win, qtbot, "140")
    win.close()
    again = make_window("rtx4090.json")
    qtbot.waitUntil(lambda: again.state.gpu_choice.kind == "snapshot"
                    and again.state.gpu().peak("fp16") == 140e12)
    assert is_override(fp16_cell(again))



def test_reset_deletes_nothing_the_user_made(make_window, qtbot, monkeypatch):
    from gpuscope.ui import saved_models
    from tests.ui.test_saved_models import Dialogs

    win = make_window()
    type_fp16(win, qtbot, "100")
    Dialogs(monkeypatch, names=["Kept"])
    saved_models.save_current(win)
    files = {p: p.read_bytes() for p in (overrides_path(), custom_models_path())}
    tip = win.menus.actions["reset"].toolTip()
    assert "saved models and your GPU overrides are kept" in tip
    win.state.set_workload(context=4096)
    actions.reset_defaults(win)
    assert {p: p.read_bytes() for p in files} == files
    assert win.state.overrides == {"fp16": 100e12} and "my-kept" in win.model_form.mine
    assert win.state.model.id == "llama-3.1-8b" and win.state.workload.context == 8192
    assert "kept" in win.statusBar().currentMessage()


def test_damaged_files_are_told_at_start_up_and_the_good_entries_load(
        make_window, qtbot, isolated_user_data):
    folder = isolated_user_data
    folder.mkdir(parents=True)
    good = {"id": "good", "name": "Good one", "transformer": LLAMA3_8B}
    bad = {"id": "bad", "transformer": {**LLAMA3_8B, "n_layers": 0}}
    (folder / "custom_models.json").write_text(json.dumps(
        {"format": MODELS_FORMAT, "version": 1, "models": [good, bad]}), encoding="utf-8")
    (folder / "gpu_overrides.json").write_bytes(b'{"format": "gpuscope-gpu-overr')  # cut short
    win = make_window()
    qtbot.waitUntil(win.messages.isVisible)
    text = win.messages.text()
    [models_copy] = folder.glob("custom_models.json.corrupt-*")
    [overrides_kept] = folder.glob("gpu_overrides.json.corrupt-*")
    assert f"1 custom model in {folder / 'custom_models.json'} could not be read" in text
    assert f"A copy of the file was kept as {models_copy}." in text
    assert f"{folder / 'gpu_overrides.json'} was damaged (not valid JSON" in text
    assert f"It was kept as {overrides_kept}; gpuscope started with defaults." in text
    assert list(win.model_form.mine) == ["good"]  # the good entry still loads
    assert not (folder / "gpu_overrides.json").exists()
    from gpuscope.ui import i18n

    i18n.install_language("fr")  # the bar speaks the new language
    qtbot.waitUntil(lambda: "était endommagé" in win.messages.text())
    i18n.install_language("en")
    win.messages.close_button.click()
    assert not win.messages.isVisible()


def test_a_good_override_loads_when_another_is_bad(make_window, qtbot, isolated_user_data):
    isolated_user_data.mkdir(parents=True)
    (isolated_user_data / "gpu_overrides.json").write_text(json.dumps(
        {"format": OVERRIDES_FORMAT, "version": 1,
         "gpus": {"rtx-4090": {"fp16": 1.3e14}, "a100": {"memory": 24}}}), encoding="utf-8")
    win = make_window()
    qtbot.waitUntil(lambda: win.state.gpu().peak("fp16") == 1.3e14)
    assert "GPU a100: memory = 24 is outside the sane range" in win.messages.text()
    assert is_override(fp16_cell(win))


CHECK_LAZY = """
import sys
from gpuscope.ui.app import create_application
create_application()
from gpuscope.ui.main_window import MainWindow
win = MainWindow()
print("before-paint", win.user_data.loaded, "gpuscope.models.custom" in sys.modules,
      "gpuscope.hardware.custom_gpus" in sys.modules)
"""


def test_saved_models_are_read_after_the_first_paint_not_before(tmp_path):
    env = {"QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path),
           "XDG_DATA_HOME": str(tmp_path), "PYTHONPATH": str(ROOT / "src"), "PATH": ""}
    out = subprocess.run([sys.executable, "-c", CHECK_LAZY], env=env, capture_output=True,
                         text=True, timeout=60, check=True).stdout
    line = next(ln for ln in out.splitlines() if ln.startswith("before-paint"))
    assert line.split()[1:] == ["False", "False", "False"]


def test_the_message_bar_shows_the_newest_few(qtbot):
    from gpuscope.ui.message_bar import MAX_SHOWN, MessageBar

    bar = MessageBar()
    qtbot.addWidget(bar)
    bar.show()
    for i in range(MAX_SHOWN + 2):
        bar.add(f"message {i}")
    bar.add("message 3")  # already shown: not twice
    assert bar.text().splitlines() == [f"message {i}" for i in range(2, MAX_SHOWN + 2)]
    assert bar.label.textFormat() == Qt.TextFormat.PlainText  # a path is never taken for HTML


def test_gpu_keys_and_a_card_without_uuid(qtbot, tmp_path):
    from gpuscope.hardware.device import DeviceRecord
    from gpuscope.models.presets import get_preset
    from gpuscope.quantization import get_quantization
    from gpuscope.ui.gpu_choices import catalogue_choices
    from gpuscope.ui.state import AppState, GpuChoice
    from gpuscope.ui.user_data import UserData, gpu_key

    catalogue = next(c for c in catalogue_choices() if c.key == "catalogue:rtx-4090")
    spec = catalogue.spec
    card = GpuChoice("detected:0", "#0", "detected", record=DeviceRecord(0, "x", uuid="GPU-1"),
                     resolved=spec)
    anonymous = GpuChoice("detected:1", "#1", "detected", record=DeviceRecord(1, "y"),
                          resolved=spec)
    assert gpu_key(catalogue) == ("rtx-4090", True)
    assert gpu_key(card) == ("uuid:GPU-1", True)
    assert gpu_key(anonymous) == ("session:detected:1", False)
    state = AppState(anonymous, get_preset("llama-3.1-8b"), get_quantization("q4_k_m"))
    data = UserData(state, base=tmp_path)
    told = []
    data.told.connect(told.append)
    state.set_override("memory", 20 * 1024**3)
    assert data.loaded and not overrides_path(tmp_path).exists()  # nothing to find it by
    assert "reports no UUID" in told[-1].render()
    state.set_gpu(card)
    assert state.overrides == {}
    state.set_gpu(anonymous)  # ... but it lasts for the session
    assert state.overrides == {"memory": 20 * 1024**3}
