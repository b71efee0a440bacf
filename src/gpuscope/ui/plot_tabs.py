"""The plot area: one tab per plot or view, each built the first time it is shown.

pyqtgraph and numpy load right after the window's first paint; the visible plot is built then,
the other tabs when the user opens them, so start-up pays for one plot, not eight views.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QLabel, QTabWidget, QToolButton, QVBoxLayout, QWidget

from gpuscope.estimate.result import Estimate

#: key -> (module, class) of the pyqtgraph plot panels, in tab order
PLOTS: dict[str, tuple[str, str]] = {
    "memory": ("gpuscope.ui.plots.memory_plot", "MemoryPlot"),
    "speed": ("gpuscope.ui.plots.speed_plot", "SpeedPlot"),
    "roofline": ("gpuscope.ui.plots.roofline_plot", "RooflinePlot"),
    "quant": ("gpuscope.ui.plots.quant_plot", "QuantPlot"),
    "telemetry": ("gpuscope.ui.plots.telemetry_plot", "TelemetryPlot"),
}


class PlotTabs(QTabWidget):
    built = Signal(str, object)  # key, the widget just created

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("plotTabs")
        self.setDocumentMode(True)
        self.placeholder: QLabel | None = QLabel(self)
        self.addTab(self.placeholder, "")
        self.slots: dict[str, QWidget] = {}
        self.factories: dict[str, Callable[[], QWidget]] = {}
        self.titles_fn: dict[str, Callable[[], str]] = {}
        self.panels: dict[str, QWidget] = {}  # plot panels built so far
        self.extra: dict[str, QWidget] = {}  # other views built so far (plan, fits, my models)
        self.last: Estimate | None = None
        self.theme = None
        self.currentChanged.connect(self._current_changed)
        self.retranslate()

    # --- construction ---------------------------------------------------------------------------
    def build(self) -> None:
        """Load pyqtgraph, lay out every plot tab and build the visible one."""
        if self.slots:
            return
        import pyqtgraph as pg

        pg.setConfigOptions(antialias=True, foreground="k", background="w")
        self.removeTab(0)
        self.placeholder.deleteLater()
        self.placeholder = None
        for key, (module, cls) in PLOTS.items():
            self.add_lazy(key, lambda k=key: self.titles()[k], self._plot_factory(module, cls))
        self._ensure(self.currentIndex())

    def _plot_factory(self, module: str, cls: str) -> Callable[[], QWidget]:
        return lambda: getattr(importlib.import_module(module), cls)(self)

    def add_lazy(self, key: str, title: Callable[[], str], factory: Callable[[], QWidget]) -> None:
        slot = QWidget(self)
        slot.setObjectName(f"tab_{key}")
        lay = QVBoxLayout(slot)
        lay.setContentsMargins(0, 0, 0, 0)
        self.slots[key], self.factories[key], self.titles_fn[key] = slot, factory, title
        self.addTab(slot, title())

    def widget_for(self, key: str) -> QWidget:
        """The built widget of a tab (building it now if needed)."""
        built = self.panels.get(key) or self.extra.get(key)
        if built is None:
            built = self.factories[key]()
            self.slots[key].layout().addWidget(built)
            (self.panels if key in PLOTS else self.extra)[key] = built
            if key in PLOTS:
                from gpuscope.ui import plot_menu

                plot_menu.install(built)  # our translated right-click menu, not pyqtgraph's
                if self.theme is not None:
                    built.apply_theme(self.theme)
            self.built.emit(key, built)
        return built

    def show_tab(self, key: str) -> QWidget:
        self.setCurrentWidget(self.slots[key])
        return self.widget_for(key)

    def current_key(self) -> str | None:
        w = self.currentWidget()
        return next((k for k, slot in self.slots.items() if slot is w), None)

    def _ensure(self, index: int) -> None:
        key = self.current_key() if index == self.currentIndex() else None
        if key is not None:
            self.widget_for(key)

    def _current_changed(self, index: int) -> None:
        self._ensure(index)
        self._refresh_current()

    # --- updates --------------------------------------------------------------------------------
    def show_estimate(self, e: Estimate) -> None:
        """Redraw the visible tab now; the others when they are shown."""
        self.last = e
        self._refresh_current()

    def _refresh_current(self) -> None:
        key = self.current_key()
        w = self.panels.get(key) or self.extra.get(key) if key else None
        if self.last is not None and w is not None and hasattr(w, "show_estimate"):
            w.show_estimate(self.last)

    def apply_theme(self, theme) -> None:
        self.theme = theme
        for panel in self.panels.values():
            panel.apply_theme(theme)

    def set_plot_visible(self, key: str, visible: bool) -> None:
        slot = self.slots.get(key)
        if slot is not None:
            self.setTabVisible(self.indexOf(slot), visible)

    def titles(self) -> dict[str, str]:
        return {"memory": self.tr("Memory"), "speed": self.tr("Speed"),
                "roofline": self.tr("Roofline"), "quant": self.tr("Quantizations"),
                "telemetry": self.tr("Telemetry")}

    def retranslate(self) -> None:
        if self.placeholder is not None:
            self.placeholder.setText(self.tr("Loading plots…"))
        for key, slot in self.slots.items():
            self.setTabText(self.indexOf(slot), self.titles_fn[key]())
        # the tab bar's scroll arrows: Qt names them once, in English, and never again
        for name, text in (("ScrollLeftButton", self.tr("Scroll tabs left")),
                           ("ScrollRightButton", self.tr("Scroll tabs right"))):
            button = self.tabBar().findChild(QToolButton, name)
            if button is not None:
                button.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
