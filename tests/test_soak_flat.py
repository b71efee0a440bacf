"""benchmarks/soak_flat.py: the soak's Qt-side counts see a leak, and the flat verdict fails it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("soak_flat", ROOT / "benchmarks" / "soak_flat.py")
assert _spec is not None and _spec.loader is not None
soak_flat = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(soak_flat)


def rows(key: str, values: list[float], step_h: float = 0.5) -> list[dict[str, float]]:
    return [{"equiv_h": i * step_h, key: v} for i, v in enumerate(values)]


def test_slope_is_per_hour_and_zero_when_undefined() -> None:
    assert soak_flat.slope_per_hour([0, 1, 2, 3], [10, 12, 14, 16]) == pytest.approx(2.0)
    assert soak_flat.slope_per_hour([1.0], [5.0]) == 0.0
    assert soak_flat.slope_per_hour([2, 2], [1, 9]) == 0.0


def test_a_count_that_grows_by_one_after_warm_up_is_not_flat() -> None:
    flat = soak_flat.flatness(rows("qt_children", [400, 453, 453, 453, 454]), 0.5,
                              ["qt_children"])["qt_children"]
    assert (flat["start"], flat["warm"], flat["end"], flat["max"]) == (400, 453, 454, 454)
    assert flat["flat"] is False and flat["slope_per_h"] > 0
    steady = soak_flat.flatness(rows("qt_children", [400, 453, 453, 453, 453]), 0.5,
                                ["qt_children"])["qt_children"]
    assert steady["flat"] is True and steady["slope_per_h"] == 0


def test_memory_may_move_within_five_percent_and_points_by_one_per_curve() -> None:
    ok = soak_flat.flatness(rows("rss_mib", [120, 130, 133, 131, 136]), 0.5, ["rss_mib"])
    grown = soak_flat.flatness(rows("rss_mib", [120, 130, 133, 135, 137]), 0.5, ["rss_mib"])
    assert ok["rss_mib"]["flat"] is True and grown["rss_mib"]["flat"] is False
    data = [{"equiv_h": h, "plot0_curve_points": p0, "plot1_curve_points": p1,
             "curve_points": p0 + p1}
            for h, p0, p1 in ((0.0, 300, 300), (0.5, 600, 600), (1.0, 601, 601), (1.5, 602, 600))]
    flat = soak_flat.flatness(data, 0.5, ["plot0_curve_points", "plot1_curve_points",
                                          "curve_points"])
    assert flat["plot1_curve_points"]["flat"] and flat["curve_points"]["flat"]  # 1202 of 1200 + 2
    assert not flat["plot0_curve_points"]["flat"]  # 602 of 600 + 1
    assert "NOT FLAT" in "\n".join(soak_flat.verdict_lines(flat, 0.5, 1.5))


def test_series_missing_from_the_rows_are_left_out() -> None:
    assert soak_flat.flatness(rows("rss_mib", [1, 1]), 0.5, ["qt_children"]) == {}
    assert soak_flat.flatness([], 0.5, ["rss_mib"]) == {}


def test_qt_counts_see_items_added_to_a_plot_and_widgets_added_to_the_window(qtbot) -> None:
    import pyqtgraph as pg
    from PySide6.QtWidgets import QLabel, QMainWindow

    from gpuscope.ui.plots.telemetry_plot import TelemetryPlot

    win = QMainWindow()
    qtbot.addWidget(win)
    panel = TelemetryPlot()
    win.setCentralWidget(panel)
    before = soak_flat.qt_counts(win, panel)
    assert before["plot_items"] == sum(before[f"plot{i}_plot_items"] for i in range(4)) > 0
    assert before["curve_points"] == 0 and before["scene_items"] > 0
    panel.curves[2].setData([0.0, 1.0, 2.0], [1.0, 2.0, 3.0])
    panel.plots[1].addItem(pg.InfiniteLine(pos=3))  # what a leak per refresh would do
    QLabel("leaked", win)
    after = soak_flat.qt_counts(win, panel)
    assert after["plot2_curve_points"] == 3 and after["curve_points"] == 3
    assert after["plot1_plot_items"] == before["plot1_plot_items"] + 1
    assert after["plot1_viewbox_items"] == before["plot1_viewbox_items"] + 1
    assert after["scene_items"] > before["scene_items"]
    assert after["qt_children"] > before["qt_children"]
    assert after["qt_widgets"] == before["qt_widgets"] + 1
