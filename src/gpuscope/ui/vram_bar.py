"""A bar showing the GPU's VRAM: used by other programs, what the model needs, what stays free."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRectF, QSize
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from gpuscope.ui.i18n import fmt
from gpuscope.units import Bytes


class _Bar(QWidget):
    """The painted bar itself; its owner holds the figures."""

    def __init__(self, owner: VramBar) -> None:
        super().__init__(owner)
        self.owner = owner
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.fontMetrics().height() + 6)

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        self.owner.paint_bar(self, event)


class VramBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vramBar")
        self.total = 0.0
        self.used_by_others: float | None = None
        self.needed = 0.0
        self.known = True  # False: the GPU's VRAM size is unknown (a neutral bar, no verdict)
        self.bar = _Bar(self)
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2)
        lay.addWidget(self.bar)
        lay.addWidget(self.text)

    def set_values(self, total: float, used_by_others: float | None, needed: float) -> None:
        self.known = True
        self.total, self.used_by_others, self.needed = total, used_by_others, needed
        self._show(self.describe())

    def set_unknown(self, needed: float) -> None:
        """The GPU's VRAM size is unknown: what the model needs, an empty bar, no 'short by'."""
        self.known, self.total, self.used_by_others, self.needed = False, 0.0, None, needed
        self._show(self.describe())

    def _show(self, text: str) -> None:
        self.setToolTip(text)
        self.setAccessibleDescription(text)
        self.text.setText(text)
        self.bar.update()

    def describe(self) -> str:
        if not self.known:
            return self.tr("Total unknown · this model %1 · whether it fits is unknown").replace(
                "%1", fmt(Bytes(self.needed)))
        used = self.used_by_others or 0.0
        free_after = self.total - used - self.needed
        parts = [self.tr("Total %1").replace("%1", fmt(Bytes(self.total)))]
        if self.used_by_others is not None:
            parts.append(self.tr("used by other programs %1").replace("%1", fmt(Bytes(used))))
        parts.append(self.tr("this model %1").replace("%1", fmt(Bytes(self.needed))))
        if free_after >= 0:
            parts.append(self.tr("free after loading %1").replace("%1", fmt(Bytes(free_after))))
        else:
            parts.append(self.tr("short by %1").replace("%1", fmt(Bytes(-free_after))))
        return " · ".join(parts)

    def paint_bar(self, widget: QWidget, event) -> None:
        del event
        p = QPainter(widget)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = widget.palette()
        h = widget.height() - 2
        rect = QRectF(0.5, 0.5, widget.width() - 1.0, h)
        p.setPen(pal.color(QPalette.ColorRole.Mid))
        p.setBrush(pal.color(QPalette.ColorRole.Base))
        p.drawRoundedRect(rect, 3, 3)
        if self.total > 0:
            scale = (rect.width() - 2) / self.total
            x = rect.left() + 1
            used = self.used_by_others or 0.0
            fits = used + self.needed <= self.total
            segments = ((used, QColor("#9aa0a6")),
                        (self.needed, QColor("#1e7b34" if fits else "#b3261e")))
            for amount, colour in segments:
                w = min(amount, max(0.0, self.total - (x - rect.left() - 1) / scale)) * scale
                if w > 0:
                    p.fillRect(QRectF(x, rect.top() + 1, w, rect.height() - 2), colour)
                    x += w
        p.end()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange and not self.known:
            self.set_unknown(self.needed)
        elif event.type() == QEvent.Type.LanguageChange and self.total:
            self.set_values(self.total, self.used_by_others, self.needed)
        super().changeEvent(event)
