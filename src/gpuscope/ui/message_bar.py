"""A dismissable bar of messages under the verdict: what the user should know, never a dialog.

Start-up news (a damaged saved-models file set aside, entries left out) and failed saves land
here: the window keeps working, the user reads them when they like and closes the bar. Messages
are kept as :class:`~gpuscope.text.Message` objects and rendered again when the language
changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QToolButton, QWidget

from gpuscope.text import Message
from gpuscope.ui.i18n import render

MAX_SHOWN = 5  # the newest ones; older ones are dropped rather than pushing the plots away


class MessageBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("messageBar")
        self.setStyleSheet("#messageBar { background: #e8f0fe; color: #0b2a5b; "
                           "border: 1px solid #8ab4f8; border-radius: 4px; }")
        self.messages: list[Message | str] = []
        self.label = QLabel(self, objectName="messageText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.close_button = QToolButton(self, objectName="messageClose")
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.dismiss)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(8, 4, 4, 4)
        lay.addWidget(self.label, 1)
        lay.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        self.hide()
        self.retranslate()

    def add(self, message: Message | str) -> None:
        """Show ``message`` (after the ones already there)."""
        if message in self.messages:
            return
        self.messages = [*self.messages, message][-MAX_SHOWN:]
        self._render()
        self.show()

    def dismiss(self) -> None:
        self.messages = []
        self.label.clear()
        self.hide()

    def text(self) -> str:
        return self.label.text()

    def _render(self) -> None:
        self.label.setText("\n".join(render(m) for m in self.messages))

    def retranslate(self) -> None:
        self.close_button.setToolTip(self.tr("Dismiss these messages"))
        self.close_button.setAccessibleName(self.tr("Dismiss these messages"))
        self._render()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
