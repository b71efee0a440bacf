"""The answer at the top of the window: colour, icon and one sentence with numbers."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStyle, QWidget

from gpuscope.estimate.result import Estimate
from gpuscope.estimate.verdict import Level, Verdict, make_verdict
from gpuscope.text import Message
from gpuscope.ui.i18n import render

#: background / text colours per level, readable in light and dark themes
COLOURS = {
    Level.FITS: ("#1e7b34", "#ffffff"),
    Level.FITS_IDLE: ("#a86400", "#ffffff"),
    Level.NO_FIT: ("#b3261e", "#ffffff"),
    "error": ("#5f6368", "#ffffff"),
}
ICONS = {
    Level.FITS: QStyle.StandardPixmap.SP_DialogApplyButton,
    Level.FITS_IDLE: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Level.NO_FIT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    "error": QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class VerdictBar(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBar")
        self.icon = QLabel(self)
        self.label = QLabel(self)
        self.label.setObjectName("verdictText")
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.label.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.label.setFont(font)
        lay = QHBoxLayout(self)
        lay.setContentsMargins(12, 8, 12, 8)
        lay.addWidget(self.icon)
        lay.addWidget(self.label, 1)
        self.verdict: Verdict | None = None
        self._error: Message | None = None
        self.level: Level | str | None = None

    def show_estimate(self, e: Estimate) -> None:
        self.verdict, self._error = make_verdict(e), None
        self._apply(self.verdict.level, self.verdict.message)

    def show_error(self, message: Message) -> None:
        self.verdict, self._error = None, message
        self._apply("error", message)

    def _apply(self, level: Level | str, message: Message) -> None:
        if level != self.level:  # a style sheet change re-polishes the bar: only when needed
            self.level = level
            bg, fg = COLOURS[level]
            self.setStyleSheet(f"#verdictBar {{ background: {bg}; border-radius: 6px; }}"
                               f"#verdictText {{ color: {fg}; }}")
            size = self.style().pixelMetric(QStyle.PixelMetric.PM_LargeIconSize)
            self.icon.setPixmap(self.style().standardIcon(ICONS[level]).pixmap(size, size))
        text = render(message)
        self.label.setText(text)
        self.setAccessibleName(text)

    def text(self) -> str:
        return self.label.text()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            if self.verdict is not None:
                self._apply(self.verdict.level, self.verdict.message)
            elif self._error is not None:
                self._apply("error", self._error)
        super().changeEvent(event)
