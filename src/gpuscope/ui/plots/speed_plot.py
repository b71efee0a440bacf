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
        super().apply_theme(theme)

    def update_estimate(self, e: Estimate) -> None:
        spec = e.model.transformer
        decoder = spec is not None and not spec.encoder_only
        unknown = e.speed.decode_unknown or e.speed.prefill_unknown
        if decoder and unknown is not None:  # an unknown GPU bandwidth / peaks: say why
            note = self.tr("Speed %1").replace("%1", render(unknown))
            decoder = False
        elif not decoder:
            note = self.tr("Not a text generator: see samples/s")
        elif not e.fit.fits:
            note = self.tr("Does not fit: these speeds assume it did. 'How to run it' shows the "
                           "speed with part of the model in system RAM.")
        else:
            note = ""
        if note != self.note.text:
            self.note.setText(note)
        if not decoder:
            for b in (self.decode, self.prefill):
                b.set_curves(np.array([1]), np.array([0.0]), np.array([0.0]), np.array([0.0]))
                b.mark(1, 0)
            self._drawn_from.clear()
            return
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

    def _y_range(self, plot: pg.PlotItem, part: str, highest: float) -> None:
        """A round top with headroom, moved only when it changes (an axis repaint is costly)."""
        top = nice_ceiling(highest * 1.04)
        if self.redraw_needed(part, top):
            plot.setYRange(0, top, padding=0)
