"""The telemetry plot: bounded work whatever the history length, nothing drawn while hidden,
gaps drawn as gaps, axes that hold still."""

from __future__ import annotations

from unittest.mock import patch

import numpy as np
import pytest

from gpuscope.hardware.history import TelemetryHistory
from gpuscope.hardware.telemetry import TelemetrySample
from gpuscope.ui.plots.telemetry_plot import MAX_POINTS, peak_decimate, with_gaps

T0 = 1.7e9


def _sample(t: float, util: float = 50.0, device: int = 0) -> TelemetrySample:
    return TelemetrySample(t=t, device=device, memory_used_bytes=8 * 2**30,
                           gpu_util_percent=util, power_mw=2e5, temperature_c=55.0)


def _history(seconds: float, rate_hz: float = 1.0, skip: tuple[float, float] = (0, 0)):
    h = TelemetryHistory()
    n = int(seconds * rate_hz)
    for k in range(n):
        t = T0 + k / rate_hz
        if not skip[0] <= t - T0 < skip[1]:
            h.append(_sample(t, util=float(k % 100)))
    return h


@pytest.fixture
def plot(qtbot):
    from gpuscope.ui.plots.telemetry_plot import TelemetryPlot

    panel = TelemetryPlot()
    qtbot.addWidget(panel)
    panel.resize(800, 500)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _drawn(panel) -> list[int]:
    return [0 if c.xData is None else len(c.xData) for c in panel.curves]


# -- pure helpers --------------------------------------------------------------------------------
def test_one_missed_poll_is_not_a_gap_but_a_lost_gpu_is() -> None:
    t = np.array([0.0, 1, 2, 4, 5, 6, 60, 61, 62])  # 3 s: one poll missed; 54 s: lost
    y = np.arange(len(t), dtype=float)
    tg, (yg,) = with_gaps(t, [y])
    assert len(tg) == len(t) + 1
    gap = int(np.flatnonzero(np.isnan(yg))[0])
    assert tg[gap - 1] == 6 and tg[gap + 1] == 60 and 6 < tg[gap] < 60


def test_the_step_from_ten_second_means_to_full_samples_is_not_a_gap() -> None:
    coarse = np.arange(0.0, 100.0, 10.0) + 4.5  # bucket means
    full = np.arange(100.0, 160.0)
    t = np.concatenate([coarse, full])
    tg, _ = with_gaps(t, [t.copy()], coarse=len(coarse), coarse_step_s=10.0)
    assert len(tg) == len(t)
    # a missing hour among the means is one
    t2 = np.concatenate([coarse, coarse[-1] + 3600 + np.arange(0.0, 50.0, 10.0), full + 3650])
    tg2, (yg2,) = with_gaps(t2, [t2.copy()], coarse=len(coarse) + 5, coarse_step_s=10.0)
    assert np.isnan(yg2).sum() == 1


def test_peak_decimation_is_bounded_and_keeps_a_spike() -> None:
    t = np.arange(100_000, dtype=float)
    y = np.zeros_like(t)
    y[54_321] = 99.0
    td, (yd,) = peak_decimate(t, [y], max_points=1000)
    assert len(td) <= 1000 and len(yd) == len(td)
    assert yd.max() == 99.0 and np.all(np.diff(td) >= 0)
    short = np.arange(10.0)
    assert peak_decimate(short, [short])[0] is short  # nothing to do under the bound


# -- the plot ------------------------------------------------------------------------------------
@pytest.mark.parametrize("hours", [1 / 60, 1, 8, 24])
def test_points_drawn_stay_bounded_whatever_the_history(plot, hours: float) -> None:
    h = _history(hours * 3600)
    plot.set_source(h, 0)
    drawn = _drawn(plot)
    assert drawn == [min(int(hours * 3600), 601)] * 4  # the 10 min the plot shows
    plot.window_s = 25 * 3600.0  # a window over the whole history is bounded too
    plot.refresh()
    assert max(_drawn(plot)) <= MAX_POINTS


def test_a_24h_history_at_6hz_stays_bounded(plot) -> None:
    h = TelemetryHistory()
    for k in range(8640):  # 24 h of 10 s means ...
        h.append(_sample(T0 + 10 * k))
    for k in range(6 * 600):  # ... then 10 min at 6 Hz
        h.append(_sample(T0 + 86400 + k / 6))
    plot.window_s = 86400 + 600
    plot.set_source(h, 0)
    assert 0 < max(_drawn(plot)) <= MAX_POINTS


def test_a_lost_gpu_shows_as_a_gap_not_a_line(plot) -> None:
    h = _history(600, skip=(200, 400))  # lost from 200 s to 400 s
    plot.set_source(h, 0)
    x, y = plot.curves[1].xData, plot.curves[1].yData
    gap = np.flatnonzero(np.isnan(y))
    assert len(gap) == 1
    i = int(gap[0])
    assert x[i - 1] == pytest.approx(199 - 599) and x[i + 1] == pytest.approx(400 - 599)
    assert np.isfinite(y[:i]).all() and np.isfinite(y[i + 1:]).all()


def test_hidden_plot_does_no_work_and_catches_up_when_shown(plot, qtbot) -> None:
    h = _history(120)
    plot.set_source(h, 0)
    before = plot.refreshes
    plot.hide()
    with patch.object(plot.curves[0], "setData", wraps=plot.curves[0].setData) as set_data:
        for k in range(5):
            h.append(_sample(T0 + 120 + k))
            plot.refresh()
        assert set_data.call_count == 0 and plot.refreshes == before and plot.stale
        plot.show()
        qtbot.waitUntil(lambda: not plot.stale)
        assert set_data.call_count == 1
    assert plot.curves[0].xData[-1] == 0 and len(plot.curves[0].xData) == 125


def test_minimised_window_does_no_plot_work_until_restored(plot, qtbot) -> None:
    h = _history(60)
    plot.set_source(h, 0)
    before = plot.refreshes
    plot.showMinimized()
    qtbot.waitUntil(lambda: plot.isMinimized())
    h.append(_sample(T0 + 60))
    plot.refresh()
    assert plot.refreshes == before and plot.stale
    plot.showNormal()
    qtbot.waitUntil(lambda: not plot.stale)
    assert plot.refreshes == before + 1 and len(plot.curves[0].xData) == 61


def test_axes_hold_still_while_the_data_move_a_little(plot) -> None:
    h = _history(600)
    plot.set_source(h, 0)
    boxes = [p.getViewBox() for p in plot.plots]
    with patch.object(type(boxes[0]), "setRange", autospec=True) as set_range:
        for k in range(20):
            h.append(_sample(T0 + 600 + k, util=float(k % 100)))
            plot.refresh()
        assert set_range.call_count == 0
    top = boxes[2].viewRange()[1][1]
    h.append(TelemetrySample(t=T0 + 700, device=0, power_mw=9e5))  # 900 W: outgrows the top
    plot.refresh()
    assert boxes[2].viewRange()[1][1] > max(top, 900)
    assert boxes[1].viewRange()[1][1] == pytest.approx(102)  # utilisation: 0-100 (+2 % pad)


def test_hidden_telemetry_tab_does_no_plot_work_in_the_window(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("telemetry")
    qtbot.waitUntil(lambda: panel.curves[0].xData is not None
                    and len(panel.curves[0].xData) > 0, timeout=10000)
    win.plots.show_tab("memory")
    count = panel.refreshes
    qtbot.waitUntil(lambda: panel.stale, timeout=5000)  # the replay kept sending frames ...
    assert panel.refreshes == count  # ... and the hidden plot did not draw them
    win.plots.show_tab("telemetry")
    qtbot.waitUntil(lambda: panel.refreshes > count and not panel.stale)


@pytest.mark.parametrize(("seconds", "span"), [(5, 10), (25, 30), (400, 600), (3000, 600)])
def test_the_time_axis_grows_with_the_trace_up_to_the_window(plot, seconds, span) -> None:
    plot.set_source(_history(seconds), 0)
    low, high = plot.plots[0].viewRange()[0]
    assert -span * 1.03 < low < -span and 0 < high < span * 0.03  # 2 % padding each side


def test_the_vram_plot_shows_the_whole_card_and_the_models_need(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("telemetry")
    qtbot.waitUntil(lambda: win.state.last is not None
                    and win.state.last.fit.free_bytes is not None, timeout=10000)
    fit = win.state.last.fit
    total = fit.available_bytes / 2**30
    need = (fit.available_bytes - fit.free_bytes + fit.needed_bytes) / 2**30
    assert panel.capacity.isVisible() and panel.capacity.value() == pytest.approx(total)
    assert panel.need.isVisible() and panel.need.value() == pytest.approx(need)
    top = panel.plots[0].viewRange()[1][1]
    assert top > max(total, need) * 1.05  # both lines inside, with room for their labels
