"""The user's own models in the window: save (named, unique id, replace asks), find them again
after a restart, delete (asks), import a custom-models file; an unwritable folder loses nothing."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QInputDialog, QMessageBox

from gpuscope.models.custom import FORMAT, custom_models_path
from gpuscope.models.presets import get_preset
from gpuscope.ui import actions, saved_models


class Dialogs:
    """Scripted answers for the three dialogs of the save/delete/import flows."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, names=(), answers=()) -> None:
        self.names, self.answers = list(names), list(answers)
        self.asked: list[str] = []  # the pre-filled names
        self.questions: list[str] = []
        self.warnings: list[str] = []
        monkeypatch.setattr(saved_models, "ask_name", self._ask)
        monkeypatch.setattr(saved_models, "confirm", self._confirm)
        monkeypatch.setattr(saved_models, "warn", lambda _p, _t, text: self.warnings.append(text))

    def _ask(self, _parent, suggested: str) -> str | None:
        self.asked.append(suggested)
        return self.names.pop(0) if self.names else None

    def _confirm(self, _parent, _title: str, text: str) -> bool:
        self.questions.append(text)
        return self.answers.pop(0)


def saved_file() -> list[dict]:
    path = custom_models_path()
    return json.loads(path.read_text(encoding="utf-8"))["models"] if path.exists() else []


def edit_layers(win, qtbot, layers: int) -> None:
    win.model_form.arch_box.setChecked(True)
    win.model_form.arch.spins["n_layers"].setValue(layers)
    qtbot.waitUntil(lambda: win.state.model.id == "custom")


def test_an_edited_model_saved_by_name_is_selected_again_after_a_restart(make_window, qtbot,
                                                                          isolated_user_data):
    win = make_window()
    form = win.model_form
    form.select_model(get_preset("llama-3.1-8b"))
    edit_layers(win, qtbot, 40)
    assert form.buttons.save.isEnabled() and not form.buttons.delete.isEnabled()
    seen = []

    def answer() -> None:  # the real QInputDialog: read what it offers, type a name, OK
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, QInputDialog):
            timer.stop()
            seen.append(dialog.textValue())
            dialog.setTextValue("My deep Llama")
            dialog.accept()

    from PySide6.QtCore import QTimer

    timer = QTimer(interval=20, timeout=answer)
    timer.start()
    form.buttons.save.click()
    assert seen == ["Custom (from Llama 3.1 8B)"]
    [entry] = saved_file()
    assert (entry["id"], entry["name"], entry["transformer"]["n_layers"]) == (
        "my-deep-llama", "My deep Llama", 40)
    assert isolated_user_data == custom_models_path().parent  # $XDG_DATA_HOME/gpuscope
    assert win.state.model.id == "my-deep-llama" and form.buttons.delete.isEnabled()
    form.family.setCurrentIndex(form.family.findData("mine"))
    assert [form.preset.itemText(i) for i in range(form.preset.count())] == ["My deep Llama"]
    win.close()  # remembers the selection

    again = make_window()
    qtbot.waitUntil(lambda: again.state.model.id == "my-deep-llama")
    assert again.state.model.transformer.n_layers == 40
    assert again.model_form.preset.currentText() == "My deep Llama"
    assert again.model_form.buttons.delete.isEnabled()
    assert not again.messages.isVisible()  # nothing to report about a healthy file


def test_a_preset_is_offered_under_my_name_and_a_same_name_asks_before_replacing(
        make_window, qtbot, monkeypatch):
    win = make_window()
    form = win.model_form
    form.select_model(get_preset("qwen2.5-14b"))
    talk = Dialogs(monkeypatch, names=["Mine"])
    first = saved_models.save_current(win)
    assert talk.asked == ["My Qwen2.5 14B"] and first.id == "my-mine"
    form.select_model(get_preset("llama-3.1-8b"))
    talk = Dialogs(monkeypatch, names=["MINE ", "Mine"], answers=[False, True])
    second = saved_models.save_current(win)
    assert len(talk.questions) == 2 and "“Mine” is already in your list" in talk.questions[0]
    assert second.id == "my-mine"  # replaced in place: the same id, the new architecture
    assert [(e["id"], e["transformer"]["n_layers"]) for e in saved_file()] == [
        ("my-mine", get_preset("llama-3.1-8b").transformer.n_layers)]
    assert list(form.mine) == ["my-mine"]


def test_empty_or_unprintable_names_are_refused_with_a_reason(make_window, monkeypatch):
    win = make_window()
    talk = Dialogs(monkeypatch, names=["", "two\nlines", "x" * 201, "Fine"])
    saved = saved_models.save_current(win)
    assert saved is not None and saved.name == "Fine"
    assert talk.warnings[0] == "Type a name for the model."
    assert all("at most 200 characters" in w for w in talk.warnings[1:]) and len(talk.warnings) == 3
    Dialogs(monkeypatch, names=[])  # Cancel
    assert saved_models.save_current(win) is None and len(saved_file()) == 1


def test_delete_asks_first_and_keeps_the_model_on_screen(make_window, qtbot, monkeypatch):
    win = make_window()
    Dialogs(monkeypatch, names=["Keep me"])
    saved = saved_models.save_current(win)
    talk = Dialogs(monkeypatch, answers=[False])
    assert not saved_models.delete_current(win) and len(saved_file()) == 1
    assert "Delete “Keep me”" in talk.questions[0]
    Dialogs(monkeypatch, answers=[True])
    win.model_form.buttons.delete.click()
    assert saved_file() == [] and win.model_form.mine == {}
    assert win.state.model == saved  # still the estimate on screen, no longer in the list
    assert win.model_form.buttons.save.isEnabled()
    assert not win.model_form.buttons.delete.isEnabled()


def unwritable(folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user-data folder gpuscope cannot write (a read-only one; root writes anyway, so for
    root one whose parent is a file); returns the path that blocks it."""
    if os.geteuid() != 0:
        data = folder / "data"
        (data / "gpuscope").mkdir(parents=True)
        (data / "gpuscope").chmod(0o555)
        monkeypatch.setenv("XDG_DATA_HOME", str(data))
        return data / "gpuscope"
    blocker = folder / "not-a-folder"
    blocker.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_DATA_HOME", str(blocker))
    return blocker


def test_unwritable_folder_keeps_the_model_in_the_session_and_says_why(
        make_window, qtbot, monkeypatch, tmp_path):
    blocked = unwritable(tmp_path, monkeypatch)
    win = make_window()
    win.model_form.select_model(get_preset("llama-3.1-8b"))
    edit_layers(win, qtbot, 36)
    Dialogs(monkeypatch, names=["Unsaved yet"])
    saved = saved_models.save_current(win)
    assert saved is not None and win.state.model == saved
    assert saved.id in win.model_form.mine  # selectable until gpuscope closes
    text = win.messages.text()
    assert win.messages.isVisible()
    assert f"Cannot save {custom_models_path()}:" in text
    assert "“Unsaved yet” stays in your list until gpuscope closes." in text
    # the folder is fixed: the next save writes both, nothing was lost
    if blocked.is_file():
        blocked.unlink()
    else:
        blocked.chmod(0o755)
    Dialogs(monkeypatch, names=["Second"])
    saved_models.save_current(win)
    assert [e["name"] for e in saved_file()] == ["Unsaved yet", "Second"]
    win.messages.close_button.click()
    assert not win.messages.isVisible()


def test_import_a_custom_models_file(make_window, qtbot, monkeypatch, tmp_path):
    llama = get_preset("llama-3.1-8b")
    entry = {"name": "Team Llama", "transformer": {
        "n_layers": 32, "d_model": 4096, "n_heads": 32, "n_kv_heads": 8, "head_dim": 128,
        "ffn_dim": 14336, "vocab_size": 128256, "max_context": 8192}}
    path = tmp_path / "team.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "models": [
        {**entry, "id": "team-llama"}, {**entry, "id": llama.id, "name": "Team Llama B"}]}),
        encoding="utf-8")
    win = make_window()
    added = actions.import_custom_models(win, str(path))
    assert [m.id for m in added] == ["team-llama", "my-team-llama-b"]  # a preset's id is taken
    assert get_preset(llama.id) is win.model_form.models[llama.id]  # the preset is untouched
    assert [e["id"] for e in saved_file()] == ["team-llama", "my-team-llama-b"]
    assert win.state.model.id == "team-llama"
    # the same file again: same names, the user is asked; No keeps theirs
    talk = Dialogs(monkeypatch, answers=[False])
    assert actions.import_custom_models(win, str(path)) == []
    assert "2 models in this file have the same name" in talk.questions[0]


def test_a_bad_custom_models_file_is_one_clear_message_and_nothing_imported(
        make_window, monkeypatch, tmp_path):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps([{"id": "x", "transformer": {"n_layers": "32"}}]),
                    encoding="utf-8")
    win = make_window()
    talk = Dialogs(monkeypatch)
    assert actions.import_custom_models(win, str(path)) == []
    [said] = talk.warnings
    assert said.startswith(f"Custom models file {path}: Custom model 1 (x): ")
    assert "Traceback" not in said and saved_file() == [] and win.model_form.mine == {}


def test_the_open_action_refuses_a_custom_models_file(make_window, monkeypatch, tmp_path):
    """Why "Import custom models…" exists: File > Open reads model files, not this format."""
    path = tmp_path / "custom_models.json"
    path.write_text(json.dumps({"format": FORMAT, "version": 1, "models": []}), encoding="utf-8")
    win = make_window()
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: said.append(text))
    assert actions.open_model_file(win, str(path)) is False
    assert "not a model file gpuscope can read" in said[0]
