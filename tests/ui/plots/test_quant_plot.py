"""The Quantizations tab: the chart lists the table's rows in the table's order, the chosen
figure, and the Fits column is in view at the window's default size."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gpuscope.ui.plots.quant_plot import COL_FITS, metric_value


def _panel(make_window, qtbot, language: str = "en"):
    win = make_window(language=language)
    win.plots.show_tab("quant")
    panel = win.plots.panels["quant"]
    qtbot.waitUntil(lambda: panel.table.rowCount() > 10 and "names" in panel.data)
    return win, panel


def _table_names(panel) -> tuple[str, ...]:
    return tuple(panel.table.item(r, 0).text() for r in range(panel.table.rowCount()))


def test_chart_follows_the_table_order_and_the_chosen_metric(make_window, qtbot) -> None:
    win, panel = _panel(make_window, qtbot)
    assert panel.data["names"] == _table_names(panel)
    bits = [panel.table.item(r, 2).key for r in range(panel.table.rowCount())]
    assert bits == sorted(bits, reverse=True)  # default: most bits per weight first
    panel.table.sortByColumn(6, Qt.SortOrder.DescendingOrder)  # by decode speed
    assert panel.data["names"] == _table_names(panel)
    by_name = {o.quant.name: o for o in panel.options}
    for metric in ("decode", "context", "vram"):
        panel.metric_box.setCurrentIndex(panel.metric_box.findData(metric))
        assert panel.data["metric"] == metric
        expected = [metric_value(by_name[n], metric) for n in panel.data["names"]]
        assert list(panel.data["values"]) == pytest.approx(expected)
        assert panel.limit.isVisible() == (metric == "vram")
    # the bars are drawn from these values, top row first
    widths = panel.bars.opts["width"]
    assert list(widths) == pytest.approx(list(panel.data["values"]))


@pytest.mark.parametrize("language", ["en", "fr"])
def test_fits_column_is_in_view(make_window, qtbot, language: str) -> None:
    win, panel = _panel(make_window, qtbot, language)
    t = panel.table
    qtbot.waitUntil(lambda: t.isVisible() and t.viewport().width() > 200)  # laid out
    right = t.columnViewportPosition(COL_FITS) + t.columnWidth(COL_FITS)
    assert t.columnViewportPosition(COL_FITS) >= 0 and right <= t.viewport().width()
    shown = t.item(0, COL_FITS).text()
    assert t.fontMetrics().horizontalAdvance(shown) < t.columnWidth(COL_FITS)
