"""Plots redraw only what an input change moved: a context drag moves marks, not curves."""

from __future__ import annotations

import math
from unittest.mock import patch


def _settle(win, qtbot, **workload) -> None:
    win.state.set_workload(**workload)
    qtbot.waitUntil(lambda: all(getattr(win.state.last.workload, k) == v
                                for k, v in workload.items()))


def test_context_drag_keeps_memory_curves_and_batch_rebuilds_them(make_window, qtbot) -> None:
    win = make_window()
    win.plots.show_tab("memory")
    panel = win.plots.panels["memory"]
    _settle(win, qtbot, context=4096, batch=1)
    with patch.object(panel.layers[0], "setData", wraps=panel.layers[0].setData) as set_data:
        _settle(win, qtbot, context=8192)
        assert set_data.call_count == 0
        assert panel.context_line.value() == math.log10(8192)
        _settle(win, qtbot, batch=4)
        assert set_data.call_count == 1
    # the redrawn curve is the engine's: total at batch 4 is larger than at batch 1
    assert panel.data["kv_cache"][-1] > 0


def test_roofline_keeps_roofs_while_the_workload_moves(make_window, qtbot) -> None:
    win = make_window()
    win.plots.show_tab("roofline")
    panel = win.plots.panels["roofline"]
    roof = panel.roofs["fp16"]
    before = panel.data["points"]
    with patch.object(roof, "setData", wraps=roof.setData) as set_data:
        _settle(win, qtbot, context=win.state.workload.context * 2, batch=8)
        assert set_data.call_count == 0
    assert panel.data["points"] != before
