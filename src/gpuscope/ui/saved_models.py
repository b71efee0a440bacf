"""Saving, deleting and importing the user's own models: the dialogs around :class:`UserData`.

"Save as my model…" asks for a name (pre-filled), refuses an empty or unprintable one, asks
before replacing a saved model of the same name, and keeps the model under an id derived from the
name. "Delete my model" asks first. "Import custom models…" reads a ``custom_models.json``-format
file strictly: any problem is one clear message and nothing is imported. Imported once the user
clicks, never before the first paint.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from gpuscope import text
from gpuscope.errors import GpuscopeError
from gpuscope.models.spec import ModelSpec
from gpuscope.ui.i18n import render, translate

if TYPE_CHECKING:
    from gpuscope.ui.main_window import MainWindow

MAX_NAME = 200
# plurals: lupdate reads a count only as a literal, so these are templates rendered with the count
_SAME_NAMES = text.translate(
    "SavedModels", "%n model(s) in this file have the same name as one of yours. Replace yours? "
    "(No: keep yours and skip those.)", None, 1)
_IMPORTED = text.translate("SavedModels", "%n model(s) imported into your saved models.", None, 1)


# --- dialogs (tests replace these three) ------------------------------------------------------
def ask_name(parent: QWidget, suggested: str) -> str | None:
    label = translate("SavedModels", "Name of the model in your list (“My saved models”):")
    text, ok = QInputDialog.getText(parent, translate("SavedModels", "Save as my model"), label,
                                    QLineEdit.EchoMode.Normal, suggested)
    return text.strip() if ok else None


def confirm(parent: QWidget, title: str, text: str) -> bool:
    buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
    answer = QMessageBox.question(parent, title, text, buttons, QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget, title: str, text: str) -> None:
    QMessageBox.warning(parent, title, text)


# --- flows ------------------------------------------------------------------------------------
def can_save(model: ModelSpec) -> bool:
    return model.editable


def name_problem(name: str) -> str | None:
    if not name:
        return translate("SavedModels", "Type a name for the model.")
    if len(name) > MAX_NAME or not name.isprintable():
        return translate("SavedModels", "A name is at most 200 characters, without line breaks "
                         "or control characters.")
    return None


def suggested_name(win: MainWindow, model: ModelSpec) -> str:
    """An edited or saved model keeps its name; a preset or a file gets "My <name>"."""
    if model.id == "custom" or win.user_data.is_saved(model.id):
        return model.name
    return translate("SavedModels", "My %1").replace("%1", model.name)


def save_current(win: MainWindow) -> ModelSpec | None:
    model = win.state.model
    if not can_save(model):
        return None
    title = translate("SavedModels", "Save as my model")
    name: str | None = suggested_name(win, model)
    while True:
        name = ask_name(win, name or "")
        if name is None:
            return None
        problem = name_problem(name)
        if problem is not None:
            warn(win, title, problem)
            continue
        same = win.user_data.find_by_name(name)
        question = translate("SavedModels", "A model named “%1” is already in your list. "
                             "Replace it?")
        if same is None or confirm(win, title, question.replace("%1", same.name)):
            break
    try:
        [saved] = win.user_data.add([replace(model, name=name)], win.model_form.models)
    except GpuscopeError as exc:
        warn(win, title, render(exc.message))
        return None
    win.model_form.select_model(saved)
    done = translate("SavedModels", "“%1” is in your saved models.")
    win.statusBar().showMessage(done.replace("%1", name), 4000)
    return saved


def delete_current(win: MainWindow) -> bool:
    model = win.state.model
    if not win.user_data.is_saved(model.id):
        return False
    title = translate("SavedModels", "Delete my model")
    question = translate("SavedModels", "Delete “%1” from your saved models? This cannot be "
                         "undone.")
    if not confirm(win, title, question.replace("%1", model.name)):
        return False
    if not win.user_data.delete(model.id):
        return False
    done = translate("SavedModels", "“%1” was deleted from your saved models.")
    win.statusBar().showMessage(done.replace("%1", model.name), 4000)
    return True


def import_file(win: MainWindow, path: str | None = None) -> list[ModelSpec]:
    """Models from a custom-models file (the ``custom_models.json`` format) into the list."""
    title = translate("SavedModels", "Import custom models")
    if path is None:
        kinds = translate("SavedModels", "gpuscope custom models (*.json);;All files (*)")
        path, _ = QFileDialog.getOpenFileName(win, title, str(Path.home()), kinds)
        if not path:
            return []
    from gpuscope.models.custom import read_models_file

    try:
        models = read_models_file(path)
    except GpuscopeError as exc:
        warn(win, translate("SavedModels", "Cannot import these models"), render(exc.message))
        return []
    clashes = [m.name for m in models if win.user_data.find_by_name(m.name) is not None]
    replace_them = not clashes or confirm(win, title, render(_SAME_NAMES(len(clashes))))
    try:
        added = win.user_data.add(models, win.model_form.models, keep_ids=True,
                                  replace_same_name=replace_them)
    except GpuscopeError as exc:
        warn(win, translate("SavedModels", "Cannot import these models"), render(exc.message))
        return []
    if added:
        win.model_form.select_model(added[0])
    win.statusBar().showMessage(render(_IMPORTED(len(added))), 4000)
    return added
