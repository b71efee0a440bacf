"""Searchable (editable) combo boxes: the text shown is always the selected entry's once the
user stops typing, so typed words that match nothing never pass for the selection."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QComboBox


def settle(combo: QComboBox) -> None:
    """Text naming an entry exactly selects it; any other text gives way to the current entry."""
    completer = combo.completer()
    if completer is not None and completer.popup().isVisible():
        return  # still choosing among the matches
    edit = combo.lineEdit()
    current = combo.currentIndex()
    if edit is None or edit.text() == combo.itemText(current):
        return
    match = combo.findText(edit.text().strip(), Qt.MatchFlag.MatchFixedString)
    if match >= 0 and match != current:
        combo.setCurrentIndex(match)
        combo.activated.emit(match)  # as if chosen from the list
        return
    edit.setText(combo.itemText(current))


def keep_text_in_step(combo: QComboBox) -> None:
    """Settle ``combo``'s text whenever its editing finishes (Return, or focus leaving it);
    one event-loop turn later, so the combo box's own handling of Return comes first."""
    edit = combo.lineEdit()
    assert edit is not None, "an editable combo box"
    edit.editingFinished.connect(lambda: QTimer.singleShot(0, lambda: settle(combo)))
