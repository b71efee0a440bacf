"""Plot 1: VRAM needed against context length, stacked by component, against the GPU's VRAM."""

from __future__ import annotations

import html
import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gpuscope.estimate.curves import context_axis, memory_curve
from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.result import Estimate
from gpuscope.ui.i18n import text
from gpuscope.ui.plots.axes import nice_ceiling, power_of_two_ticks
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.ui.plots.theme import with_alpha
from gpuscope.units import U

GIB = 2.0**30


def y_extent(curve_max: float, vram: float, current: float) -> float:
    """GiB the y axis shows: the whole card and the current point always; the curve up to twice
    the card (or a quarter above the current point, when that is higher) — past that, all it says
    is "does not fit", and a 128k-token curve at batch 8 would squash the card into a sliver (and
    re-scale the axis at every batch step)."""
    return max(vram, current, min(curve_max, max(2 * vram, 1.25 * current)))


class MemoryPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("memoryPlot")
        self.plot: pg.PlotItem = self.graphics.addPlot()
        self.plot.setLogMode(x=True, y=False)
        self.plot.setMouseEnabled(x=False, y=False)
        # stacked areas: each cumulative top is filled down to zero, the largest drawn first
        # (one path per layer; FillBetweenItem recomputed two paths per layer on every update)
        self.layers = [self.plot.plot([], [], fillLevel=0, antialias=False) for _ in range(4)]
        for z, item in enumerate(self.layers):
            item.setZValue(-z)
        # the key sits under the plot: inside, a legend box hid the VRAM lines it crossed
        self.key: pg.LabelItem = self.graphics.addLabel("", row=1, col=0)
        self._tops = np.zeros((4, 1))
        self.total_line = pg.InfiniteLine(angle=0, movable=False)
        self.free_line = pg.InfiniteLine(angle=0, movable=False)
        self.context_line = pg.InfiniteLine(angle=90, movable=False)
        self.fit_line = pg.InfiniteLine(angle=90, movable=False)
        for line in (self.total_line, self.free_line, self.context_line, self.fit_line):
            self.plot.addItem(line)
        # "free now" sits just under "GPU VRAM": its label goes below its line, the other above
        above, below = [(1, 1), (1, 1)], [(1, 0), (1, 0)]
        self.line_labels = {
            key: pg.InfLineLabel(line, text="", position=pos, anchors=anchors)
            for key, line, pos, anchors in (
                ("total", self.total_line, 0.97, above), ("free", self.free_line, 0.97, below),
                ("context", self.context_line, 0.9, above), ("fit", self.fit_line, 0.5, above))}
        self.data: dict[str, np.ndarray] = {}
        self.applicable = True  # False for a model without a context (CNN, MLP, encoder)
        self.retranslate()
        self.apply_theme(self.theme)

    def _title(self) -> str:
        if self.applicable:
            return self.tr("Memory vs context length")
        return self.tr("Memory vs context length (not applicable to this model)")

    def _set_applicable(self, applicable: bool) -> None:
        """The title and the context markers follow whether the model has a context at all."""
        if applicable == self.applicable:
            return
        self.applicable = applicable
        self.plot.setTitle(self._title())
        self.context_line.setVisible(applicable)
        if not applicable:
            self.fit_line.setVisible(False)  # shown again from the next estimate's fit

    def retranslate(self) -> None:
        self.plot.setTitle(self._title())
        self.plot.setLabel("bottom", self.tr("Context length (tokens per sequence)"))
        self.plot.setLabel("left", self.tr("VRAM (%1)").replace("%1", text(U["GiB"])))
        names = (self.tr("Weights"), self.tr("KV cache"), self.tr("Compute buffer"),
                 self.tr("Runtime overhead"))
        self.key_names = names
        self.key.setText("&nbsp;&nbsp;&nbsp;".join(
            f"<span style='color:{colour}'>■</span>&nbsp;{html.escape(name, quote=False)}"
            for colour, name in zip(self.theme.series, names, strict=False)),
            color=self.theme.foreground)
        labels = {"total": self.tr("GPU VRAM"), "free": self.tr("free now"),
                  "context": self.tr("context"), "fit": self.tr("largest that fits")}
        for key, label in self.line_labels.items():
            label.setFormat(labels[key])

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        for i, layer in enumerate(self.layers):
            layer.setBrush(pg.mkBrush(with_alpha(theme.series[i], 235)))
            layer.setPen(pg.mkPen(None))
        self.total_line.setPen(pg.mkPen(theme.limit, width=2))
        self.free_line.setPen(pg.mkPen(theme.free, width=2, style=Qt.PenStyle.DashLine))
        self.context_line.setPen(pg.mkPen(theme.foreground, width=1, style=Qt.PenStyle.DotLine))
        self.fit_line.setPen(pg.mkPen(theme.ok, width=2, style=Qt.PenStyle.DashLine))
        for label in self.line_labels.values():
            label.setColor(theme.foreground)
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        spec = e.model.transformer
        self._set_applicable(spec is not None and not spec.encoder_only)
        if spec is None or spec.encoder_only:
            for layer in self.layers:
                layer.setData([], [])
            self.data = {}
            # the curves are gone: the next model with a context must draw them again
            self._drawn_from.clear()
            return
        w = e.workload
        est = estimator_for(e.model, e.quant, e.gpu, w)
        axis = context_axis(max(spec.max_context, w.context))
        if self.redraw_needed("curves", est, axis[0], axis[-1], len(axis), w.batch):
            curve = memory_curve(est, axis, w.batch)
            parts = [curve.weights, curve.kv_cache, curve.compute, curve.overhead]
            self._tops = np.cumsum(np.vstack(parts), axis=0) / GIB
            x = axis.astype(float)
            for layer, y in zip(self.layers, self._tops, strict=True):
                layer.setData(x, y)
            self.data = {"context": axis, "weights": curve.weights, "kv_cache": curve.kv_cache,
                         "compute": curve.compute, "overhead": curve.overhead,
                         "total": curve.total}
        tops = self._tops
        # VRAM size unknown (NVML did not say): no "GPU VRAM" line at 0 GiB
        self.total_line.setVisible(e.gpu.memory_known)
        self.total_line.setPos(e.fit.available_bytes / GIB)
        free = e.fit.free_bytes
        self.free_line.setVisible(free is not None)
        if free is not None:
            self.free_line.setPos(free / GIB)
        self.context_line.setPos(math.log10(max(1, w.context)))
        fit_ctx = e.fit.max_context_now if free is not None else e.fit.max_context
        self.fit_line.setVisible(bool(fit_ctx))
        if fit_ctx:
            self.fit_line.setPos(math.log10(fit_ctx))
        top = nice_ceiling(y_extent(float(tops[-1].max()), e.fit.available_bytes / GIB,
                                    e.memory.total / GIB) * 1.1)  # room for the VRAM label
        # move an axis only when its range changes: repainting one costs more than the curves
        if self.redraw_needed("y axis", top):
            self.plot.setYRange(0, top, padding=0)
        if self.redraw_needed("x axis", axis[0], axis[-1]):
            self.plot.setXRange(math.log10(axis[0]), math.log10(axis[-1]), padding=0.02)
            power_of_two_ticks(self.plot.getAxis("bottom"), axis[0], axis[-1])
