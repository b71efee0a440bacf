"""Plot 3: the roofline of the selected GPU (log-log) with the model's prefill and decode points."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.roofline import (
    RooflinePoint,
    crossover_point,
    decode_point,
    prefill_point,
)
from gpuscope.ui.i18n import fmt, text
from gpuscope.ui.plots.axes import decade_ticks
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.ui.plots.theme import with_alpha
from gpuscope.units import Count, U

ROOFS = (("fp32", "FP32"), ("fp16", "FP16 tensor"), ("int8", "INT8 tensor"), ("fp8", "FP8"),
         ("fp4", "FP4"))
X_RANGE = (0.1, 1e5)


class RooflinePlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("rooflinePlot")
        self.plot: pg.PlotItem = self.graphics.addPlot()
        self.plot.setLogMode(x=True, y=True)
        self.plot.setMouseEnabled(x=False, y=False)
        self.legend = self.plot.addLegend(offset=(-10, -10))  # bottom right: below the roofs
        self.roofs = {key: self.plot.plot([], []) for key, _ in ROOFS}
        self.points = pg.ScatterPlotItem(size=12)
        self.plot.addItem(self.points)
        self.labels = [pg.TextItem(anchor=(0, 1)) for _ in range(2)]
        for label in self.labels:
            self.plot.addItem(label)
        # decode at the batch where it reaches the ridge: a hollow marker on the ridge
        self.cross = pg.ScatterPlotItem(size=12, symbol="d")
        self.plot.addItem(self.cross)
        self.cross_label = pg.TextItem(anchor=(1, 0))  # left of and below the marker
        self.plot.addItem(self.cross_label)
        self.crossover: RooflinePoint | None = None
        self.decode_shown = False  # a Transformer's decode point is on the plot
        self.ridge = pg.InfiniteLine(angle=90, movable=False)
        self.plot.addItem(self.ridge)
        self.ridge_label = pg.InfLineLabel(self.ridge, text="", position=0.1,
                                           anchors=[(0, 0), (0, 0)])
        self.data: dict[str, object] = {}
        self._ridge = 0.0
        self.retranslate()
        self.apply_theme(self.theme)

    def retranslate(self) -> None:
        self.plot.setTitle(self.tr("Roofline (dense peaks)"))
        self.plot.setLabel("bottom", self.tr("Arithmetic intensity (FLOP per byte moved)"))
        self.plot.setLabel("left", self.tr("Performance (%1)").replace(
            "%1", text(U["TFLOPS"]) + " / " + text(U["TOPS"])))
        self._legend(self.last.gpu if self.last else None)
        self._ridge_text()
        if self.last is not None:
            self._show_crossover()

    def _legend(self, gpu) -> None:
        self.legend.clear()
        names = {"fp32": self.tr("FP32"), "fp16": self.tr("FP16 tensor"),
                 "int8": self.tr("INT8 tensor"), "fp8": self.tr("FP8 tensor"),
                 "fp4": self.tr("FP4 tensor")}
        for key, _ in ROOFS:
            if gpu is None or gpu.peak(key):
                self.legend.addItem(self.roofs[key], names[key])

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        for i, (key, _) in enumerate(ROOFS):
            self.roofs[key].setPen(pg.mkPen(theme.series[i % len(theme.series)], width=2))
        self.ridge.setPen(pg.mkPen(theme.free, style=Qt.PenStyle.DotLine))
        for label in (*self.labels, self.cross_label):
            label.setColor(theme.foreground)
        self.cross.setPen(pg.mkPen(theme.series[0], width=2))
        self.cross.setBrush(pg.mkBrush(None))
        self.legend.setLabelTextColor(theme.foreground)
        self.legend.setBrush(pg.mkBrush(with_alpha(theme.background, 225)))  # lines pass under
        self.ridge_label.setColor(theme.foreground)
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        gpu, bw = e.gpu, e.gpu.bandwidth_bytes_per_s
        if not bw or e.speed.prefill_unknown is not None:  # unknown bandwidth or peaks: no roofs
            self._drawn_from.pop("roofs", None)
            for curve in self.roofs.values():
                curve.setVisible(False)
            self.points.setData([], [])
            for label in self.labels:
                label.setText("")
            self.data = {"points": [], "ridge": None}
            return
        if self.redraw_needed("roofs", gpu):
            self._draw_roofs(gpu, bw)
        points, texts = self._model_points(e)
        self.points.setData([math.log10(p[0]) for p in points],
                            [math.log10(max(p[1], 1e6) / 1e12) for p in points],
                            brush=[pg.mkBrush(c) for c in (self.theme.series[0],
                                                           self.theme.series[1])][:len(points)])
        for label, (ai, perf), txt in zip(self.labels, points, texts, strict=False):
            label.setText(txt)
            label.setPos(math.log10(ai), math.log10(max(perf, 1e6) / 1e12))
        for label in self.labels[len(points):]:  # a CNN has one point: no stale second label
            label.setText("")
        self.data = {"points": points, "ridge": self._ridge, "crossover": self.crossover}
        self._show_crossover()

    def _show_crossover(self) -> None:
        c = self.crossover
        if c is None:
            self.cross.setData([], [])
            points = self.data.get("points") or []
            if not self.decode_shown or not points:
                self.cross_label.setText("")
                return
            ai, perf = points[0]  # below the decode point: why there is no crossover
            self.cross_label.setAnchor((0, 0))
            self.cross_label.setText(self.tr(
                "at this context the KV-cache reads keep\ndecode below the ridge at any batch"))
            self.cross_label.setPos(math.log10(ai), math.log10(max(perf, 1e6) / 1e12))
            return
        x, y = math.log10(c.intensity), math.log10(max(c.flops_per_s, 1e6) / 1e12)
        self.cross.setData([x], [y])
        self.cross_label.setAnchor((1, 0))
        self.cross_label.setText(self.tr("decode reaches the ridge at batch %1").replace(
            "%1", fmt(Count(c.batch))))
        self.cross_label.setPos(x, y)

    def _draw_roofs(self, gpu, bw: float) -> None:
        """The roofs, ridge, legend and axes: they depend on the GPU only."""
        x = np.geomspace(*X_RANGE, 64)
        top = 0.0
        for key, _ in ROOFS:
            peak = gpu.peak(key)
            self.roofs[key].setVisible(bool(peak))
            if peak:
                self.roofs[key].setData(x, np.minimum(peak, bw * x) / 1e12)
                top = max(top, peak)
        self._legend(gpu)
        self._ridge = (gpu.peak("fp16") or gpu.peak("fp32") or 1.0) / bw
        self.ridge.setPos(math.log10(self._ridge))
        self._ridge_text()
        self.plot.setXRange(math.log10(X_RANGE[0]), math.log10(X_RANGE[1]), padding=0)
        self.plot.setYRange(math.log10(bw * X_RANGE[0] / 1e12), math.log10(top * 2 / 1e12),
                            padding=0)
        decade_ticks(self.plot.getAxis("bottom"), *X_RANGE)
        decade_ticks(self.plot.getAxis("left"), bw * X_RANGE[0] / 1e12, top * 2 / 1e12)

    def _ridge_text(self) -> None:
        self.ridge_label.setFormat(self.tr("ridge %1 FLOP/B").replace("%1", f"{self._ridge:.0f}"))

    def _model_points(self, e: Estimate) -> tuple[list[tuple[float, float]], list[str]]:
        self.crossover, self.decode_shown = None, False
        spec = e.model.transformer
        if spec is None or spec.encoder_only or not e.speed.decode_tokens_per_s:
            flops = e.flops_per_sample or 0.0
            if not flops or not e.speed.batch_latency_s:
                return [], []
            moved = float(e.memory.weights) + float(e.memory.compute)
            perf = flops * e.workload.batch / e.speed.batch_latency_s
            return [(max(flops * e.workload.batch / moved, 0.11), perf)], [self.tr("batch")]
        w = e.workload
        est = estimator_for(e.model, e.quant, e.gpu, w)
        dec = decode_point(est, w.context, w.batch)
        pre = prefill_point(est, w.prompt, w.batch, w.ubatch)
        self.crossover = crossover_point(est, w.context, self._ridge)
        self.decode_shown = True
        return ([(dec.intensity, dec.flops_per_s), (pre.intensity, pre.flops_per_s)],
                [self.tr("decode"), self.tr("prefill")])
