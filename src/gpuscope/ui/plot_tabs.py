"""The plot area: one tab per plot, built after the window's first paint (pyqtgraph is heavy)."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QTabWidget, QWidget

from gpuscope.estimate.result import Estimate


class PlotTabs(QTabWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotTabs")
        self.setDocumentMode(True)
        self.placeholder = QLabel(self)
        self.addTab(self.placeholder, "")
        self.panels: dict[str, QWidget] = {}
        self.extra: dict[str, QWidget] = {}  # non-plot tabs (plan, models that fit)
        self.last: Estimate | None = None
        self.theme = None
        self.currentChanged.connect(lambda _i: self._refresh_current())
        self.retranslate()

    def build(self) -> None:
        """Create the pyqtgraph plots (imports pyqtgraph); called once after first paint."""
        if self.panels:
            return
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, foreground="k", background="w")
        from gpuscope.ui.plots.memory_plot import MemoryPlot
        from gpuscope.ui.plots.quant_plot import QuantPlot
        from gpuscope.ui.plots.roofline_plot import RooflinePlot
        from gpuscope.ui.plots.speed_plot import SpeedPlot
        from gpuscope.ui.plots.telemetry_plot import TelemetryPlot

        self.removeTab(0)
        self.placeholder.deleteLater()
        for key, cls in (("memory", MemoryPlot), ("speed", SpeedPlot),
                         ("roofline", RooflinePlot), ("quant", QuantPlot),
                         ("telemetry", TelemetryPlot)):
            panel = cls(self)
            self.panels[key] = panel
            self.addTab(panel, "")
            if self.theme is not None:
                panel.apply_theme(self.theme)
        self.retranslate()
        if self.last is not None:
            self.show_estimate(self.last)

    def add_extra(self, key: str, widget: QWidget, title: str) -> None:
        self.extra[key] = widget
        self.addTab(widget, title)

    def show_estimate(self, e: Estimate) -> None:
        """Redraw the visible plot now; the others when they are shown."""
        self.last = e
        self._refresh_current()

    def _refresh_current(self) -> None:
        w = self.currentWidget()
        if self.last is not None and hasattr(w, "show_estimate"):
            w.show_estimate(self.last)

    def apply_theme(self, theme) -> None:
        self.theme = theme
        for panel in self.panels.values():
            panel.apply_theme(theme)

    def set_plot_visible(self, key: str, visible: bool) -> None:
        panel = self.panels.get(key) or self.extra.get(key)
        if panel is not None:
            self.setTabVisible(self.indexOf(panel), visible)

    def titles(self) -> dict[str, str]:
        return {"memory": self.tr("Memory"), "speed": self.tr("Speed"),
                "roofline": self.tr("Roofline"), "quant": self.tr("Quantizations"),
                "telemetry": self.tr("Telemetry")}

    def retranslate(self) -> None:
        self.placeholder.setText(self.tr("Loading plots…"))
        for key, title in self.titles().items():
            panel = self.panels.get(key)
            if panel is not None:
                self.setTabText(self.indexOf(panel), title)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
