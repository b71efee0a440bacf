"""'My models': a fake Hugging Face cache and Ollama store are scanned in a thread and listed."""

from __future__ import annotations

from pathlib import Path

from gpuscope.models.cache_scan import ScanRoot

from ..models._gguf_factory import Decoder


def test_scan_lists_local_files_and_opens_one(make_window, qtbot, tmp_path: Path,
                                              monkeypatch) -> None:
    monkeypatch.setenv("HF_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "none"))
    folder = tmp_path / "models"
    folder.mkdir()
    d = Decoder("llama", 32, 4096, 32, 32, 11008, 32000,
                types={"default": "Q4_0", "output": "Q6_K"})
    d.write(folder / "llama-2-7b.Q4_0.gguf", ftype=2, name="LLaMA v2")
    (folder / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00garbage")
    win = make_window()
    mm = win.plots.widget_for("my_models")
    mm.extra_roots.append(ScanRoot("folder", folder))
    mm.start_scan()
    qtbot.waitUntil(lambda: mm.table.rowCount() == 2, timeout=10000)
    qtbot.waitUntil(lambda: "2" in mm.status.text())
    names = [mm.table.item(r, 0).text() for r in range(2)]
    good = next(r for r in range(2) if "Q4_0" in names[r])
    bad = 1 - good
    assert mm.table.item(good, 3).text() == "q4_0"
    assert mm.table.item(good, 4).text().startswith("fits")  # on the default RTX 4090
    assert "broken.gguf" in mm.table.item(bad, 5).text()  # the error names the file
    mm._open_row(good)
    qtbot.waitUntil(lambda: win.state.last is not None
                    and win.state.last.model.source_path is not None)
    assert win.state.quant.id == "q4_0"
    assert win.model_form.kind.isVisible() or win.model_form.kind.text()
    assert "Transformer" in win.model_form.kind.text()


def test_dropping_a_gguf_opens_it(make_window, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    d = Decoder("qwen2", 28, 3584, 28, 4, 18944, 152064, ctx=32768, bias=True,
                types={"default": "Q8_0"})
    path = d.write(tmp_path / "qwen2.5-7b-q8_0.gguf", ftype=7, name="Qwen2.5 7B")[0]
    win = make_window()
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(path))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
    win.dropEvent(event)
    qtbot.waitUntil(lambda: win.state.last.model.name == "Qwen2.5 7B")
    assert win.state.quant.id == "q8_0"


def test_added_folders_are_remembered_scanned_at_start_and_removable(
        make_window, qtbot, tmp_path: Path, monkeypatch) -> None:
    from gpuscope.ui import settings

    monkeypatch.setattr("gpuscope.ui.my_models.default_roots", lambda: [])  # no home caches
    folder = tmp_path / "models"
    folder.mkdir()
    Decoder("llama", 2, 256, 4, 2, 512, 1000).write(folder / "tiny.gguf")
    win = make_window()
    mm = win.plots.widget_for("my_models")
    assert not mm.remove_button.isEnabled()
    mm.add_folder(folder)
    mm.add_folder(folder)  # twice: kept once
    qtbot.waitUntil(lambda: mm.table.rowCount() == 1, timeout=10000)
    assert settings.load_model_folders() == [str(folder)] and mm.remove_button.isEnabled()
    win.remembered.scan_at_start = True
    settings.save(win.remembered)
    mm.stop_scan()

    again = make_window()  # the next start: the folder is scanned without being added again
    mm2 = again.plots.widget_for("my_models")
    qtbot.waitUntil(lambda: mm2.table.rowCount() == 1, timeout=10000)
    assert mm2.table.item(0, 0).text().endswith("tiny")
    mm2._fill_remove_menu()
    (action,) = mm2.remove_menu.actions()
    assert action.text() == str(folder)
    action.trigger()
    qtbot.waitUntil(lambda: mm2._thread is None or not mm2._thread.is_alive(), timeout=10000)
    qtbot.waitUntil(lambda: "0" in mm2.status.text(), timeout=10000)
    assert mm2.table.rowCount() == 0 and settings.load_model_folders() == []
    assert not mm2.remove_button.isEnabled()


def test_remembered_folders_survive_a_garbled_settings_file(isolated_settings) -> None:
    from gpuscope.ui import settings

    for raw in ("[1, 2]", "{", "\"x\"", "[\"/a\", \"/a\", 3, \"\"]"):
        settings.settings().setValue("myModels/folders", raw)
        assert settings.load_model_folders() in ([], ["/a"])
