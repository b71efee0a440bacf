"""Common plumbing for plot panels: theme, retranslation, PNG export."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QGraphicsItem, QVBoxLayout, QWidget

from gpuscope.estimate.result import Estimate
from gpuscope.ui.plots.theme import LIGHT, PlotTheme


class PlotPanel(QWidget):
    """A panel holding one or more pyqtgraph plots; subclasses implement the three hooks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.theme: PlotTheme = LIGHT
        self.graphics = pg.GraphicsLayoutWidget(self)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.graphics)
        self.last: Estimate | None = None
        self._drawn_from: dict[str, tuple] = {}

    # hooks ------------------------------------------------------------------------------------
    def retranslate(self) -> None:
        """Set titles and axis labels in the current language."""

    def update_estimate(self, e: Estimate) -> None:
        """Redraw from an estimate (``setData`` only, no item creation)."""

    def apply_theme(self, theme: PlotTheme) -> None:
        self.theme = theme
        self.graphics.setBackground(theme.background)
        for item in self.graphics.ci.items:
            if isinstance(item, pg.PlotItem):
                for name in ("left", "bottom", "right", "top"):
                    axis = item.getAxis(name)
                    axis.setPen(theme.foreground)
                    axis.setTextPen(theme.foreground)
                    # grid lines at labelled ticks only: the minor grid is most of a repaint
                    axis.setStyle(maxTickLevel=0)
                    axis.setTickDensity(2.0)  # with no minor ticks, enough labels to read by
                    # an axis that did not change is blitted from a pixmap, not redrawn
                    axis.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
                item.showGrid(x=True, y=True, alpha=theme.grid_alpha)
                item.titleLabel.setAttr("color", theme.foreground)
        self.retranslate()  # titles and legend labels take the new colour when set again
        if self.last is not None:
            self.update_estimate(self.last)

    # common -----------------------------------------------------------------------------------
    def show_estimate(self, e: Estimate) -> None:
        self.last = e
        self.update_estimate(e)

    def redraw_needed(self, part: str, *inputs: object) -> bool:
        """True when ``part`` was last drawn from other ``inputs`` (and remember these): moving
        the context marker must not rebuild curves that do not depend on it."""
        if self._drawn_from.get(part) == inputs:
            return False
        self._drawn_from[part] = inputs
        return True

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            if self.last is not None:
                self.update_estimate(self.last)
        super().changeEvent(event)

    def save_png(self, path: str) -> bool:
        return self.grab().save(path, "PNG")
