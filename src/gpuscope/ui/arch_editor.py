"""What the Transformer, CNN and MLP architecture editors share: a form, the hint that says
what is wrong, an optional summary line, and the rule that only a valid architecture is sent."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from gpuscope.ui.i18n import render

HINT_STYLE = "color: #b3261e;"


class ArchEditor(QWidget):
    """Base of the editors: subclasses build their fields in ``self.form``, then call
    :meth:`add_feedback`, and implement ``current()``, ``_validate()`` and ``retranslate()``."""

    edited = Signal(object)  # a valid spec of the editor's family

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.form = QFormLayout(self)
        self.form.setContentsMargins(0, 0, 0, 0)
        self.summary: QLabel | None = None
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT_STYLE)
        self._loading = False  # set_spec fills the fields: no edits sent meanwhile

    def add_feedback(self, prefix: str, *, summary: bool) -> None:
        """The summary (if any) and the hint, under the fields; named ``<prefix>Summary`` and
        ``<prefix>Hint``."""
        if summary:
            self.summary = QLabel(self, objectName=f"{prefix}Summary")
            self.summary.setWordWrap(True)
            self.form.addRow(self.summary)
        self.hint.setObjectName(f"{prefix}Hint")
        self.form.addRow(self.hint)

    def show_problems(self, problems: list) -> list:
        """Show ``problems`` (core messages) in the hint, hidden when there are none."""
        self.hint.setText("\n".join(render(p) for p in problems))
        self.hint.setVisible(bool(problems))
        return problems

    def current(self) -> object | None:
        raise NotImplementedError

    def _validate(self) -> list:
        raise NotImplementedError

    def retranslate(self) -> None:
        raise NotImplementedError

    def _changed(self) -> None:
        if self._loading:
            return
        if not self._validate():
            self.edited.emit(self.current())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
