"""Plot 5: live telemetry — VRAM used, utilisation, power, temperature over the last minutes.

Refreshed once a second while the telemetry stream runs, so its cost is what an idle window pays:
it asks the history for the visible window only (arrays, not the hours kept), draws at most
``MAX_POINTS`` per curve (min/max per time bin beyond that), leaves the axes alone unless the
window or a rounded axis top changes, and does nothing while hidden (another tab, the window
minimised) but remember to catch up when shown. A span with no samples (a GPU lost, a device
that stopped answering) is drawn as a gap, not bridged by a line.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from gpuscope.estimate.result import Estimate
from gpuscope.hardware.history import TelemetryHistory
from gpuscope.ui.i18n import text
from gpuscope.ui.plots.axes import nice_ceiling
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.units import U

GIB = 2.0**30
FIELDS = (("memory_used_bytes", 1 / GIB), ("gpu_util_percent", 1.0), ("power_mw", 1e-3),
          ("temperature_c", 1.0))
MAX_POINTS = 2000  # per curve: beyond, min and max per time bin; the plot cost stays flat
GAP_FACTOR = 2.5  # a step this many times the usual spacing is a gap (data missing)
MIN_GAP_S = 2.0  # ... and never less: one missed 1 Hz poll is not a gap
FIXED_TOPS = (None, 100.0, None, None)  # utilisation is a percentage: 0-100 whatever it reads
LINE_WIDTH = 1  # px: a 2 px antialiased stroke of 4 x 600 points was half of each repaint
SPANS_S = (10.0, 30.0, 60.0, 120.0, 300.0, 600.0)  # the x axis grows through these as data arrive


def with_gaps(t: np.ndarray, ys: list[np.ndarray], coarse: int = 0,
              coarse_step_s: float = 10.0) -> tuple[np.ndarray, list[np.ndarray]]:
    """``t`` and ``ys`` with a NaN row inserted wherever samples are missing: a step longer than
    GAP_FACTOR x the usual spacing (the 10 s means of the first ``coarse`` rows, or the rest)."""
    dt = np.diff(t)
    if not len(dt):
        return t, ys
    limit = np.empty(len(dt))
    split = min(coarse, len(dt))  # pair i joins rows i and i + 1: coarse while i + 1 <= coarse
    if split:
        usual = _middle(dt[:split]) if split > 1 else coarse_step_s
        limit[:split] = GAP_FACTOR * max(coarse_step_s, usual)
    if split < len(dt):
        limit[split:] = max(MIN_GAP_S, GAP_FACTOR * _middle(dt[split:]))
    after = np.flatnonzero(dt > limit)
    if not len(after):
        return t, ys
    at = after + 1
    mid = (t[after] + t[at]) / 2
    return np.insert(t, at, mid), [np.insert(y, at, np.nan) for y in ys]


def _middle(values: np.ndarray) -> float:
    """The median, or near enough (the upper one of an even count), at a third of the cost."""
    k = len(values) // 2
    return float(np.partition(values, k)[k])


def peak_decimate(t: np.ndarray, ys: list[np.ndarray],
                  max_points: int = MAX_POINTS) -> tuple[np.ndarray, list[np.ndarray]]:
    """At most ``max_points`` per curve: the span cut into ``max_points / 2`` time bins, each
    drawn as its min and max (a spike survives; a NaN gap in a bin breaks the line there)."""
    if len(t) <= max_points:
        return t, ys
    bins = max_points // 2
    edges = np.linspace(t[0], t[-1], bins + 1)[:-1]
    starts = np.unique(np.searchsorted(t, edges))  # first row of each non-empty bin
    ends = np.append(starts[1:], len(t)) - 1
    out_t = np.empty(2 * len(starts))
    out_t[0::2], out_t[1::2] = t[starts], t[ends]
    out = []
    for y in ys:
        pair = np.empty(2 * len(starts))
        pair[0::2] = np.minimum.reduceat(y, starts)
        pair[1::2] = np.maximum.reduceat(y, starts)
        out.append(pair)
    return out_t, out


class TelemetryPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("telemetryPlot")
        self.plots: list[pg.PlotItem] = []
        # bare curves: the data handed over are already the visible window, at most MAX_POINTS
        # (PlotDataItem's clip-to-view and downsampling would redo that on every repaint)
        self.curves: list[pg.PlotCurveItem] = []
        for i in range(4):
            p = self.graphics.addPlot(row=i // 2, col=i % 2)
            p.setMouseEnabled(x=False, y=False)
            p.disableAutoRange()  # ranges set below, only when they change: no axis re-layout
            curve = pg.PlotCurveItem()
            p.addItem(curve)
            self.plots.append(p)
            self.curves.append(curve)
        self.capacity = pg.InfiniteLine(angle=0, movable=False)
        self.plots[0].addItem(self.capacity)
        self.capacity_label = pg.InfLineLabel(self.capacity, text="", position=0.95,
                                              anchors=[(1, 1), (1, 1)])
        self.capacity.setVisible(False)
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
        self.stale = False  # a refresh was skipped while hidden: catch up when shown
        self.refreshes = 0  # refreshes that did the work (the tests count them)
        self._x_range: float | None = None
        self._vram_floor = 0.0  # GiB the VRAM axis always shows: the GPU's, and this model's need
        self._tops: list[float | None] = [None] * 4
        self._peaks = [math.nan] * 4
        self._watched: QWidget | None = None
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
        self.capacity_label.setFormat(self.tr("Total VRAM"))
        self.empty.setText(self.tr("No live data: detect a GPU or load a snapshot with a trace"))

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        for i, c in enumerate(self.curves):
            c.setPen(pg.mkPen(theme.series[i], width=LINE_WIDTH))
        self.need.setPen(pg.mkPen(theme.bad, width=2, style=Qt.PenStyle.DashLine))
        self.need_label.setColor(theme.foreground)
        self.capacity.setPen(pg.mkPen(theme.limit, width=1))
        self.capacity_label.setColor(theme.foreground)
        self.empty.setColor(theme.foreground)
        super().apply_theme(theme)

    def set_source(self, history: TelemetryHistory | None, device: int | None) -> None:
        self.history, self.device = history, device
        self._tops = [None] * 4  # another GPU: its own scales
        self.refresh()

    def update_estimate(self, e: Estimate) -> None:
        free = e.fit.free_bytes
        capacity = e.fit.available_bytes / GIB / e.workload.n_gpus
        self.capacity.setVisible(capacity > 0)
        self.capacity.setPos(capacity)
        if free is None:
            self.need.setVisible(False)
            floor = capacity
        else:
            used_by_others = e.fit.available_bytes - free
            need = (used_by_others + e.fit.needed_bytes) / GIB / e.workload.n_gpus
            self.need.setVisible(True)
            self.need.setPos(need)
            floor = max(capacity, need)
        floor *= 1.1  # room above the top line for its label
        if floor != self._vram_floor:  # the VRAM axis shows the whole card and the model's need
            self._vram_floor = floor
            self._set_top(0, self.plots[0], self._peaks[0])

    # -- showing ---------------------------------------------------------------------------
    def showing(self) -> bool:
        """On screen: the tab is current (a hidden tab's page is not visible) and the window
        is not minimised."""
        return self.isVisible() and not self.window().isMinimized()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        super().showEvent(event)
        window = self.window()
        if window is not self._watched:  # to catch the window coming back from minimised
            if self._watched is not None:
                self._watched.removeEventFilter(self)
            window.installEventFilter(self)
            self._watched = window
        if self.stale:
            self.refresh()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if (event.type() == QEvent.Type.WindowStateChange and obj is self._watched
                and self.stale and self.showing()):
            self.refresh()
        return False

    # -- drawing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Draw the last ``window_s`` of the device's history (called on every poll)."""
        if not self.showing():
            self.stale = True
            return
        self.stale = False
        self.refreshes += 1
        recent = (self.history.recent(self.device, self.window_s)
                  if self.history is not None and self.device is not None else None)
        self.empty.setVisible(recent is None or not len(recent.t))
        if recent is None or not len(recent.t):
            self._set_x_range(self.window_s)
            for c in self.curves:
                c.setData([], [])
            for i, p in enumerate(self.plots):
                self._set_top(i, p, 1.0)
            self.empty.setPos(-self.window_s / 2, (self._tops[0] or 1.0) / 2)
            return
        self._set_x_range(float(recent.t[-1] - recent.t[0]))
        ys = [recent.values[name] * scale for name, scale in FIELDS]
        t, ys = with_gaps(recent.t - recent.t[-1], ys, recent.coarse, recent.coarse_step_s)
        t, ys = peak_decimate(t, ys)
        for i, (curve, p, y) in enumerate(zip(self.curves, self.plots, ys, strict=True)):
            curve.setData(t, y, connect="finite")
            self._set_top(i, p, _max(y))

    def _set_x_range(self, data_span: float) -> None:
        """The shortest of SPANS_S that holds the data (a snapshot's few seconds of trace fill
        the plot), up to ``window_s``; it changes a handful of times, not every second."""
        span = next((s for s in SPANS_S if s >= data_span), self.window_s)
        span = min(span, self.window_s)
        if self._x_range != span:
            self._x_range = span
            for p in self.plots:
                p.setXRange(-span, 0, padding=0.02)

    def _set_top(self, i: int, plot: pg.PlotItem, peak: float) -> None:
        """0 to a round top that holds still: redone when the data outgrow it or fall under
        40 % of it, so the axis is not re-laid out every second."""
        top = self._tops[i]
        self._peaks[i] = peak
        if i == 0 and self._vram_floor:
            peak = max(peak, self._vram_floor) if math.isfinite(peak) else self._vram_floor
        if FIXED_TOPS[i] is not None:
            new = FIXED_TOPS[i]
        elif not math.isfinite(peak) or peak <= 0:
            new = top if top is not None else 1.0
        elif top is None or peak > top or peak < 0.4 * top:
            new = nice_ceiling(peak * 1.05)
        else:
            new = top
        if new != top:
            self._tops[i] = new
            plot.setYRange(0, new, padding=0.02)


def _max(y: np.ndarray) -> float:
    finite = y[np.isfinite(y)]
    return float(finite.max()) if len(finite) else math.nan
