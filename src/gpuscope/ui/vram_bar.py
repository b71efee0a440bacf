"""A bar showing the GPU's VRAM: used by other programs, what the model needs, what stays free."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QSizePolicy, QWidget

from gpuscope.ui.i18n import fmt
from gpuscope.units import Bytes


class VramBar(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("vramBar")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.total = 0.0
        self.used_by_others: float | None = None
        self.needed = 0.0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(240, self.fontMetrics().height() * 2 + 6)

    def set_values(self, total: float, used_by_others: float | None, needed: float) -> None:
        self.total, self.used_by_others, self.needed = total, used_by_others, needed
        self.setToolTip(self.describe())
        self.setAccessibleDescription(self.describe())
        self.update()

    def describe(self) -> str:
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

    def paintEvent(self, event) -> None:  # noqa: N802 - Qt override
        del event
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        h = self.fontMetrics().height() + 4
        rect = QRectF(0.5, 0.5, self.width() - 1.0, h)
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
        p.setPen(pal.color(QPalette.ColorRole.WindowText))
        text_rect = QRectF(0, h + 2, self.width(), self.height() - h - 2)
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   self.describe())
        p.end()
