"""Plot 2: decode tokens/s against context, prefill tokens/s against prompt length, with bands."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from gpuscope.estimate.curves import context_axis, decode_curve, prefill_curve
from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.result import Estimate
from gpuscope.ui.i18n import render
from gpuscope.ui.plots.axes import nice_ceiling, power_of_two_ticks
from gpuscope.ui.plots.base import PlotPanel
from gpuscope.ui.plots.theme import with_alpha


class _Banded:
    """A curve with its uncertainty band, created once."""

    def __init__(self, plot: pg.PlotItem) -> None:
        self.low = plot.plot([], [])
        self.high = plot.plot([], [])
        self.fill = pg.FillBetweenItem(self.low, self.high)
        plot.addItem(self.fill)
        self.line = plot.plot([], [])
        self.marker = pg.ScatterPlotItem(size=10)
        plot.addItem(self.marker)

    def style(self, colour: str) -> None:
        self.fill.setBrush(pg.mkBrush(with_alpha(colour, 60)))
        self.fill.setPen(pg.mkPen(None))
        for c in (self.low, self.high):
            c.setPen(pg.mkPen(None))
        self.line.setPen(pg.mkPen(colour, width=2))
        self.marker.setBrush(pg.mkBrush(colour))
        self.marker.setPen(pg.mkPen(colour))

    def set_curves(self, x: np.ndarray, value: np.ndarray, low: np.ndarray,
                   high: np.ndarray) -> None:
        xf = x.astype(float)
        # the band's path is rebuilt on each edge's change: let only the second edge trigger it
        self.low.blockSignals(True)
        self.low.setData(xf, low)
        self.low.blockSignals(False)
        self.high.setData(xf, high)
        self.line.setData(xf, value)

    def mark(self, at: float, at_value: float) -> None:
        self.marker.setData([math.log10(max(at, 1))], [at_value])


class SpeedPlot(PlotPanel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("speedPlot")
        self.decode_plot: pg.PlotItem = self.graphics.addPlot(row=0, col=0)
        self.prefill_plot: pg.PlotItem = self.graphics.addPlot(row=0, col=1)
        for p in (self.decode_plot, self.prefill_plot):
            p.setLogMode(x=True, y=False)
            p.setMouseEnabled(x=False, y=False)
        self.decode = _Banded(self.decode_plot)
        self.prefill = _Banded(self.prefill_plot)
        # a line under both plots: why the curves are empty, or what they assume
        self.note: pg.LabelItem = self.graphics.addLabel("", row=1, col=0, colspan=2)
        # no curve to draw (speed unknown, or not a text generator): the reason inside each plot
        self.reasons = [pg.TextItem("", anchor=(0.5, 0.5)) for _ in range(2)]
        for plot, item in zip((self.decode_plot, self.prefill_plot), self.reasons, strict=True):
            plot.addItem(item, ignoreBounds=True)
            item.setTextWidth(280)
            item.setVisible(False)
        self.data: dict[str, np.ndarray] = {}
        self.retranslate()
        self.apply_theme(self.theme)

    def retranslate(self) -> None:
        self.decode_plot.setTitle(self.tr("Decode (generation) speed"))
        self.decode_plot.setLabel("bottom", self.tr("Tokens already in context"))
        self.decode_plot.setLabel("left", self.tr("tokens/s per sequence"))
        self.prefill_plot.setTitle(self.tr("Prefill (prompt processing) speed"))
        self.prefill_plot.setLabel("bottom", self.tr("Prompt length (tokens)"))
        self.prefill_plot.setLabel("left", self.tr("tokens/s"))

    def apply_theme(self, theme) -> None:  # type: ignore[override]
        self.decode.style(theme.series[0])
        self.prefill.style(theme.series[1])
        self.note.setAttr("color", theme.foreground)
        for item in self.reasons:
            item.setColor(theme.foreground)
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        spec = e.model.transformer
        decoder = spec is not None and not spec.encoder_only
        unknown = e.speed.decode_unknown or e.speed.prefill_unknown
        if decoder and unknown is not None:  # an unknown GPU bandwidth / peaks: say why
            self._show_empty(self.tr("Speed %1").replace("%1", render(unknown)))
            return
        if not decoder:
            self._show_empty(self.tr("Not a text generator: see samples/s"))
            return
        self._show_curves()
        if not e.fit.fits:
            note = self.tr("Does not fit: these speeds assume it did. 'How to run it' shows the "
                           "speed with part of the model in system RAM.")
        else:
            note = ""
        if note != self.note.text:
            self.note.setText(note)
        w = e.workload
        est = estimator_for(e.model, e.quant, e.gpu, w)
        ctx = context_axis(max(spec.max_context, w.context), n=128)
        prompts = context_axis(max(spec.max_context, w.prompt), n=128, low=16)
        if self.redraw_needed("decode", est, ctx[0], ctx[-1], w.batch):
            self._dec = decode_curve(est, ctx, w.batch)
            self.decode.set_curves(ctx, self._dec.value, self._dec.low, self._dec.high)
            power_of_two_ticks(self.decode_plot.getAxis("bottom"), ctx[0], ctx[-1])
            self.decode_plot.setXRange(math.log10(ctx[0]), math.log10(ctx[-1]), padding=0.02)
            self._y_range(self.decode_plot, "decode y", float(self._dec.high.max()))
        if self.redraw_needed("prefill", est, prompts[0], prompts[-1], w.batch):
            self._pre = prefill_curve(est, prompts, w.batch)
            self.prefill.set_curves(prompts, self._pre.value, self._pre.low, self._pre.high)
            power_of_two_ticks(self.prefill_plot.getAxis("bottom"), prompts[0], prompts[-1])
            self.prefill_plot.setXRange(math.log10(prompts[0]), math.log10(prompts[-1]),
                                        padding=0.02)
            self._y_range(self.prefill_plot, "prefill y", float(self._pre.high.max()))
        dec, pre = self._dec, self._pre
        self.decode.mark(w.context, e.speed.decode_tokens_per_s or 0)
        self.prefill.mark(w.prompt, e.speed.prefill_tokens_per_s or 0)
        self.data = {"context": ctx, "decode": dec.value, "decode_low": dec.low,
                     "decode_high": dec.high, "prompt": prompts, "prefill": pre.value}

    def _show_empty(self, reason: str) -> None:
        """Empty plots (no flat line at 0 on a made-up axis) with ``reason`` written inside."""
        if self.note.text:
            self.note.setText("")
        empty = np.array([], dtype=float)
        for band in (self.decode, self.prefill):
            band.set_curves(empty, empty, empty, empty)
            band.marker.setData([], [])
        for plot, item in zip((self.decode_plot, self.prefill_plot), self.reasons, strict=True):
            for side in ("left", "bottom"):
                plot.getAxis(side).setStyle(showValues=False)
                plot.getAxis(side).setTicks([[]])
            plot.setXRange(0, 1, padding=0)
            plot.setYRange(0, 1, padding=0)
            item.setText(reason)
            item.setPos(0.5, 0.5)
            item.setVisible(True)
        self.data = {}
        self._drawn_from.clear()  # the next known estimate draws its curves and axes again

    def _show_curves(self) -> None:
        """Back from :meth:`_show_empty`: axes with values, no reason inside."""
        for plot, item in zip((self.decode_plot, self.prefill_plot), self.reasons, strict=True):
            if item.isVisible():
                item.setVisible(False)
                plot.getAxis("left").setStyle(showValues=True)
                plot.getAxis("left").setTicks(None)
                plot.getAxis("bottom").setStyle(showValues=True)

    def _y_range(self, plot: pg.PlotItem, part: str, highest: float) -> None:
        """A round top with headroom, moved only when it changes (an axis repaint is costly)."""
        top = nice_ceiling(highest * 1.04)
        if self.redraw_needed(part, top):
            plot.setYRange(0, top, padding=0)
