"""Plot 4: every quantization of the selected model — size, fit, largest context, speed."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QSplitter, QTableWidget, QTableWidgetItem, QWidget

from gpuscope.estimate.fit_search import (
    QuantOption,
    comparable_quantizations,
    compare_quantizations,
)
from gpuscope.estimate.result import Estimate
from gpuscope.ui.i18n import fmt, number, text
from gpuscope.ui.plots.axes import nice_ceiling
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.units import Bytes, Count, TokenRate, U

GIB = 2.0**30


class _Item(QTableWidgetItem):
    """Sorts by the number behind the text."""

    def __init__(self, shown: str, key: float) -> None:
        super().__init__(shown)
        self.key = key
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.key < getattr(other, "key", 0)


class QuantPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quantPlot")
        self.plot: pg.PlotItem = self.graphics.addPlot()
        self.plot.setMouseEnabled(x=False, y=False)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.7)
        self.plot.addItem(self.bars)
        self.limit = pg.InfiniteLine(angle=90, movable=False)
        self.plot.addItem(self.limit)
        self.table = QTableWidget(0, 8, self)
        self.table.setObjectName("quantTable")
        self.table.setSortingEnabled(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        # sized once per fill, not on every cell change (ResizeToContents re-measures a whole
        # column for each setText)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        self.layout().removeWidget(self.graphics)
        split.addWidget(self.graphics)
        split.addWidget(self.table)
        split.setSizes([380, 460])
        self.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
        self.layout().addWidget(split)
        self.options: list[QuantOption] = []
        self.retranslate()
        self.apply_theme(self.theme)

    def retranslate(self) -> None:
        self.plot.setTitle(self.tr("Quantizations of this model"))
        self.plot.setLabel("bottom", self.tr("Total VRAM (%1)").replace("%1", text(U["GiB"])))
        self.table.setHorizontalHeaderLabels([
            self.tr("Quantization"), self.tr("Bits/weight"), self.tr("Weights"),
            self.tr("Total VRAM"), self.tr("Fits"), self.tr("Largest context"),
            self.tr("Decode"), self.tr("Prefill")])

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        self.limit.setPen(pg.mkPen(theme.limit, width=2))
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        self.options = compare_quantizations(e.model, e.gpu, e.workload,
                                             comparable_quantizations(e.quant, e.model),
                                             free_bytes=e.fit.free_bytes)
        n = len(self.options)
        totals = np.array([float(o.estimate.memory.total) for o in self.options]) / GIB
        brushes = [pg.mkBrush(self.theme.ok if o.estimate.fit.fits else self.theme.bad)
                   for o in self.options]
        rows = np.arange(n)[::-1]  # best quality on top
        self.bars.setOpts(x0=np.zeros(n), y=rows, width=totals, height=0.7, brushes=brushes)
        names = tuple(o.quant.name for o in self.options)
        if self.redraw_needed("names", names):
            self.plot.getAxis("left").setTicks(
                [[(int(r), name) for r, name in zip(rows, names, strict=True)], []])
            self.plot.setYRange(-0.6, n - 0.4, padding=0)
        self.limit.setPos(e.fit.available_bytes / GIB)
        right = nice_ceiling(max(float(totals.max(initial=0)), e.fit.available_bytes / GIB) * 1.04)
        if self.redraw_needed("x axis", right):
            self.plot.setXRange(0, right, padding=0)
        self._fill_table(e)

    def _fill_table(self, current: Estimate) -> None:
        """Update the table in place: sorting off while the cells change, items reused."""
        t = self.table
        t.setSortingEnabled(False)
        resize = t.rowCount() != len(self.options)
        if resize:
            t.setRowCount(len(self.options))
        yes, no = self.tr("yes"), self.tr("no")
        for row, o in enumerate(self.options):
            est = o.estimate
            ctx = est.fit.max_context or 0
            dec = est.speed.decode_tokens_per_s or est.speed.images_per_s or 0.0
            pre = est.speed.prefill_tokens_per_s or 0.0
            cells = [(o.quant.name, None), (number(est.bits_per_weight, 2), est.bits_per_weight),
                     (fmt(Bytes(est.memory.weights)), float(est.memory.weights)),
                     (fmt(Bytes(est.memory.total)), float(est.memory.total)),
                     (yes if est.fit.fits else no, float(est.fit.fits)),
                     (fmt(Count(ctx)) if ctx else "–", ctx),
                     (fmt(TokenRate(dec)), dec), (fmt(TokenRate(pre)), pre)]
            for col, (shown, key) in enumerate(cells):
                item = t.item(row, col)
                if item is None:
                    item = QTableWidgetItem() if key is None else _Item("", 0.0)
                    t.setItem(row, col, item)
                if item.text() != shown:
                    item.setText(shown)
                if key is not None:
                    item.key = key
            name = t.item(row, 0)
            font = name.font()
            if font.bold() != (o.quant.id == current.quant.id):
                font.setBold(o.quant.id == current.quant.id)
                name.setFont(font)
        t.setSortingEnabled(True)
        if resize:
            t.resizeColumnsToContents()
