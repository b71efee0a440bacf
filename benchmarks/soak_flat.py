"""What the soak samples beside Python objects, and whether each series stayed flat.

``qt_counts`` reads, from the live window, what a Qt-side leak would grow: the window's child
QObjects, the application's widgets, the graphics items of every plot scene, and for each of
the telemetry plot's four PlotItems the items it holds (``PlotItem.items``), its ViewBox's added
items and the points its curve draws. Python's ``gc`` sees none of these (they live in C++).

``flatness`` turns the soak's rows into start / warm-up / end / max, a least-squares slope per
simulated hour over the run after warm-up, and a verdict: a series is flat when its end is
within its tolerance of its value after warm-up (``TOLERANCE``: Qt counts must not move at all,
points drawn by one point, resident memory by 5 %).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: series -> allowed relative change from warm-up to end (absolute for counts: see ``_allowed``)
TOLERANCE: dict[str, float] = {"rss_mib": 0.05, "qt_children": 0.0, "qt_widgets": 0.0,
                               "scene_items": 0.0, "plot_items": 0.0, "viewbox_items": 0.0,
                               "curve_points": 0.0}
#: counts that may move by this many units per curve and still be flat (the 10-minute window
#: of 1 Hz samples is 600 or 601 points depending on where the last second falls)
SLACK: dict[str, float] = {"curve_points": 1.0}


def qt_counts(win: Any, telemetry: Any) -> dict[str, float]:
    """Counts of the window's Qt objects and of the telemetry plot's pyqtgraph items."""
    import pyqtgraph as pg
    from PySide6.QtCore import QObject
    from PySide6.QtWidgets import QApplication

    row: dict[str, float] = {
        "qt_children": len(win.findChildren(QObject)),
        "qt_widgets": len(QApplication.allWidgets()),
        "scene_items": sum(len(view.scene().items())
                           for view in win.findChildren(pg.GraphicsView)),
    }
    totals = {"plot_items": 0, "viewbox_items": 0, "curve_points": 0}
    for i, (plot, curve) in enumerate(zip(telemetry.plots, telemetry.curves, strict=True)):
        each = {"plot_items": len(plot.items), "viewbox_items": len(plot.vb.addedItems),
                "curve_points": len(curve.xData) if curve.xData is not None else 0}
        for key, value in each.items():
            row[f"plot{i}_{key}"] = value
            totals[key] += value
    row.update(totals)
    return row


def slope_per_hour(xs: Sequence[float], ys: Sequence[float]) -> float:
    """Least-squares slope of ``ys`` against ``xs`` (hours); 0 with fewer than two points."""
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(xs) / n, sum(ys) / n
    var = sum((x - mx) ** 2 for x in xs)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / var if var else 0.0


def _base(key: str) -> tuple[str, bool]:
    """``plot2_curve_points`` -> (``curve_points``, True): one plot's share of a total."""
    per_plot = re.fullmatch(r"plot\d+_(.+)", key)
    return (per_plot.group(1), True) if per_plot else (key, False)


def _allowed(key: str, warm: float, curves: int) -> tuple[float, str]:
    """How far the end may be from the warm-up value, and that rule in words."""
    base, one_plot = _base(key)
    share = TOLERANCE.get(base, 0.0)
    slack = SLACK.get(base, 0.0) * (1 if one_plot else curves)
    return share * abs(warm) + slack, f"{share:.0%}" + (f" + {slack:g}" if slack else "")


def flatness(rows: Sequence[dict[str, float]], warm_h: float,
             keys: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Per series: start, warm (first row at or after ``warm_h``), end, max, slope per hour
    after warm-up, the tolerance and whether it stayed flat."""
    out: dict[str, dict[str, Any]] = {}
    if not rows:
        return out
    warm_i = next((i for i, r in enumerate(rows) if r["equiv_h"] >= warm_h), 0)
    after = rows[warm_i:]
    curves = sum(1 for k in rows[0] if _base(k) == ("curve_points", True)) or 1
    for key in keys:
        if key not in rows[0]:
            continue
        warm, end = rows[warm_i][key], rows[-1][key]
        allowed, rule = _allowed(key, warm, curves)
        out[key] = {
            "start": rows[0][key], "warm": warm, "end": end,
            "max": max(r[key] for r in rows), "max_after_warm": max(r[key] for r in after),
            "slope_per_h": round(slope_per_hour([r["equiv_h"] for r in after],
                                                [r[key] for r in after]), 4),
            "tolerance": rule,
            "flat": abs(end - warm) <= allowed,
        }
    return out


def verdict_lines(flat: dict[str, dict[str, Any]], warm_h: float, end_h: float) -> list[str]:
    """One line per series for the script's output."""
    lines = []
    for key, f in flat.items():
        word = "flat" if f["flat"] else "NOT FLAT"
        lines.append(f"{key:>14}: {f['warm']:g} at {warm_h:g} h -> {f['end']:g} at {end_h:g} h "
                     f"(start {f['start']:g}, max {f['max_after_warm']:g} after warm-up, "
                     f"{f['slope_per_h']:+g}/h): {word} (end within {f['tolerance']} of warm-up)")
    return lines
