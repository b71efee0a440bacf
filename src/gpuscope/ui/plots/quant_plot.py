"""Plot 4: every quantization of the selected model — size, fit, largest context, speed."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gpuscope.estimate.fit_search import (
    QuantOption,
    comparable_quantizations,
    compare_quantizations,
)
from gpuscope.estimate.result import Estimate
from gpuscope.models.spec import Family
from gpuscope.ui.i18n import fmt, number, text
from gpuscope.ui.plots.axes import nice_ceiling
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.units import Bytes, Count, TokenRate, U

GIB = 2.0**30
#: the chart's metrics: how to read each option, and whether the VRAM line applies
METRICS = ("vram", "decode", "context")
#: table columns; the name's cell keeps the option's index (the chart follows the table's order)
COL_NAME, COL_FITS, COL_BITS = 0, 1, 2
INDEX_ROLE = Qt.ItemDataRole.UserRole + 1


def metric_value(option: QuantOption, metric: str) -> float:
    est = option.estimate
    if metric == "decode":
        return float(est.speed.decode_tokens_per_s or est.speed.images_per_s or 0.0)
    if metric == "context":
        return float(est.fit.max_context or 0)
    return float(est.memory.total) / GIB


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
        # one line of text per row: more quantizations in view
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        # sized once per fill, not on every cell change (ResizeToContents re-measures a whole
        # column for each setText)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        # the chart shows one figure of each quantization, chosen here
        self.metric_box = QComboBox(self, objectName="quantMetric")
        self.metric_label = QLabel(self)
        self.metric_label.setBuddy(self.metric_box)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._draw_chart())
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.setContentsMargins(6, 4, 6, 0)
        row.addWidget(self.metric_label)
        row.addWidget(self.metric_box, 1)
        left_lay.addLayout(row)
        self.layout().removeWidget(self.graphics)
        left_lay.addWidget(self.graphics, 1)
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(left)
        split.addWidget(self.table)
        split.setSizes([360, 480])
        self.table.sortByColumn(COL_BITS, Qt.SortOrder.DescendingOrder)
        # the chart lists the rows in the table's order, whichever column sorts it
        # (the model re-sorts after the header's indicator moved: follow the model)
        self._filling = False
        self.table.model().layoutChanged.connect(
            lambda *_: self._filling or self._draw_chart())
        self.layout().addWidget(split)
        self.options: list[QuantOption] = []
        self.available = 0.0
        self.retranslate()
        self.apply_theme(self.theme)

    def retranslate(self) -> None:
        self.plot.setTitle(self.tr("Quantizations of this model"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Quantization"), self.tr("Fits"), self.tr("Bits/weight"),
            self.tr("Weights"), self.tr("Total VRAM"), self.tr("Largest context"),
            self.tr("Decode"), self.tr("Prefill")])
        self.metric_label.setText(self.tr("Chart"))
        current = self.metric_box.currentData()
        self.metric_box.blockSignals(True)
        self.metric_box.clear()
        for key, label in zip(METRICS, (self.tr("Total VRAM"), self.tr("Speed"),
                                        self.tr("Largest context")), strict=True):
            self.metric_box.addItem(label, key)
        self.metric_box.setCurrentIndex(max(0, self.metric_box.findData(current)))
        self.metric_box.blockSignals(False)
        self.metric_box.setToolTip(self.tr("The figure the bars show for each quantization; the "
                                       "bars follow the table's order."))
        self.metric_box.setAccessibleName(self.tr("Chart"))
        self._drawn_from.pop("chart", None)

    def _axis_title(self, metric: str, unit: str) -> str:
        if metric == "decode":
            if unit == "tok/s":
                return self.tr("Decode speed (%1)").replace("%1", text(U[unit]))
            return self.tr("Throughput (%1)").replace("%1", text(U[unit]))
        if metric == "context":
            return self.tr("Largest context that fits (tokens)")
        return self.tr("Total VRAM (%1)").replace("%1", text(U["GiB"]))

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        self.limit.setPen(pg.mkPen(theme.limit, width=2))
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        self.options = compare_quantizations(e.model, e.gpu, e.workload,
                                             comparable_quantizations(e.quant, e.model),
                                             free_bytes=e.fit.free_bytes)
        self.available = e.fit.available_bytes / GIB
        self._fill_table(e)
        self._draw_chart()

    def chart_order(self) -> list[int]:
        """Indices into :attr:`options`, top bar first: the table's rows as shown."""
        t = self.table
        order = [t.item(r, COL_NAME).data(INDEX_ROLE) for r in range(t.rowCount())
                 if t.item(r, COL_NAME) is not None]
        return [i for i in order if isinstance(i, int) and i < len(self.options)]

    def _draw_chart(self) -> None:
        order = self.chart_order()
        if not order:
            return
        metric = self.metric_box.currentData() or "vram"
        options = [self.options[i] for i in order]
        n = len(options)
        values = np.array([metric_value(o, metric) for o in options])
        brushes = [pg.mkBrush(self.theme.ok if o.estimate.fit.fits else self.theme.bad)
                   for o in options]
        rows = np.arange(n)[::-1]  # the table's first row on top
        self.bars.setOpts(x0=np.zeros(n), y=rows, width=values, height=0.7, brushes=brushes)
        names = tuple(o.quant.name for o in options)
        if self.redraw_needed("names", names):
            self.plot.getAxis("left").setTicks(
                [[(int(r), name) for r, name in zip(rows, names, strict=True)], []])
            self.plot.setYRange(-0.6, n - 0.4, padding=0)
        vram = metric == "vram"
        self.limit.setVisible(vram)
        if vram:
            self.limit.setPos(self.available)
        right = nice_ceiling(max(float(values.max(initial=0)), self.available if vram else 0.0,
                                 1e-9) * 1.04)
        first = options[0].estimate
        unit = ("tok/s" if first.speed.decode_tokens_per_s else
                "samples/s" if first.model.family is Family.MLP else "img/s")
        if self.redraw_needed("chart", metric, unit, right):
            self.plot.setLabel("bottom", self._axis_title(metric, unit))
            self.plot.setXRange(0, right, padding=0)
        self.data = {"metric": metric, "names": names, "values": values}

    def _fill_table(self, current: Estimate) -> None:
        """Update the table in place: sorting off while the cells change, items reused."""
        t = self.table
        self._filling = True
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
            cells = [(o.quant.name, None), (yes if est.fit.fits else no, float(est.fit.fits)),
                     (number(est.bits_per_weight, 2), est.bits_per_weight),
                     (fmt(Bytes(est.memory.weights)), float(est.memory.weights)),
                     (fmt(Bytes(est.memory.total)), float(est.memory.total)),
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
            name = t.item(row, COL_NAME)
            name.setData(INDEX_ROLE, row)
            font = name.font()
            if font.bold() != (o.quant.id == current.quant.id):
                font.setBold(o.quant.id == current.quant.id)
                name.setFont(font)
        t.setSortingEnabled(True)
        self._filling = False
        if resize:
            t.resizeColumnsToContents()
