"""Plot 5: live telemetry — VRAM used, utilisation, power, temperature over the last minutes."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gpuscope.estimate.result import Estimate
from gpuscope.hardware.history import TelemetryHistory
from gpuscope.ui.i18n import text
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.units import U

GIB = 2.0**30
FIELDS = (("memory_used_bytes", 1 / GIB), ("gpu_util_percent", 1.0), ("power_mw", 1e-3),
          ("temperature_c", 1.0))
MAX_POINTS = 2000  # per curve: older data is downsampled, the plot cost stays flat


class TelemetryPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("telemetryPlot")
        self.plots: list[pg.PlotItem] = []
        self.curves: list[pg.PlotDataItem] = []
        for i in range(4):
            p = self.graphics.addPlot(row=i // 2, col=i % 2)
            p.setMouseEnabled(x=False, y=False)
            p.setClipToView(True)
            curve = p.plot([], [])
            curve.setDownsampling(auto=True, method="peak")
            self.plots.append(p)
            self.curves.append(curve)
        self.need = pg.InfiniteLine(angle=0, movable=False)
        self.plots[0].addItem(self.need)
        self.need_label = pg.InfLineLabel(self.need, text="", position=0.05,
                                          anchors=[(0, 1), (0, 1)])
        self.empty = pg.TextItem(anchor=(0.5, 0.5))
        self.empty.setTextWidth(260)
        self.plots[0].addItem(self.empty)
        self.history: TelemetryHistory | None = None
        self.device: int | None = None
        self.window_s = 600.0
        self.retranslate()
        self.apply_theme(self.theme)

    def retranslate(self) -> None:
        titles = (self.tr("VRAM used (%1)").replace("%1", text(U["GiB"])),
                  self.tr("GPU utilisation (%)"), self.tr("Power (%1)").replace("%1", text(U["W"])),
                  self.tr("Temperature (%1)").replace("%1", text(U["°C"])))
        for p, title in zip(self.plots, titles, strict=True):
            p.setTitle(title)
            p.setLabel("bottom", self.tr("seconds ago"))
        self.need_label.setFormat(self.tr("this model + other programs"))
        self.empty.setText(self.tr("No live data: detect a GPU or load a snapshot with a trace"))

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        for i, c in enumerate(self.curves):
            c.setPen(pg.mkPen(theme.series[i], width=2))
        self.need.setPen(pg.mkPen(theme.bad, width=2, style=Qt.PenStyle.DashLine))
        self.need_label.setColor(theme.foreground)
        self.empty.setColor(theme.foreground)
        super().apply_theme(theme)

    def set_source(self, history: TelemetryHistory | None, device: int | None) -> None:
        self.history, self.device = history, device
        self.refresh()

    def update_estimate(self, e: Estimate) -> None:
        free = e.fit.free_bytes
        if free is None:
            self.need.setVisible(False)
            return
        used_by_others = e.fit.available_bytes - free
        self.need.setVisible(True)
        self.need.setPos((used_by_others + e.fit.needed_bytes) / GIB / e.workload.n_gpus)

    def refresh(self) -> None:
        samples = (self.history.samples(self.device) if self.history is not None
                   and self.device is not None else [])
        self.empty.setVisible(not samples)
        if not samples:
            for c in self.curves:
                c.setData([], [])
            for p in self.plots:
                p.setXRange(-self.window_s, 0, padding=0.02)
                p.setYRange(0, 1, padding=0)
            self.empty.setPos(-self.window_s / 2, 0.5)
            return
        t_last = samples[-1].t
        keep = [s for s in samples if s.t >= t_last - self.window_s]
        if len(keep) > MAX_POINTS:
            keep = keep[:: len(keep) // MAX_POINTS + 1]
        t = np.array([s.t - t_last for s in keep], dtype=float)
        for curve, (name, scale) in zip(self.curves, FIELDS, strict=True):
            values = np.array([getattr(s, name) for s in keep], dtype=float)  # None -> nan
            curve.setData(t, values * scale, connect="finite")
        for p in self.plots:
            p.setXRange(-min(self.window_s, max(1.0, -t[0])), 0, padding=0.02)
