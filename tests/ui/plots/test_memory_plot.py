"""The memory plot's y axis: the card and the current point always in view, the curve clipped
where it only says "does not fit", and steady while the batch moves."""

from __future__ import annotations

import pytest

from gpuscope.ui.plots.memory_plot import y_extent

GIB = 2**30


@pytest.mark.parametrize(("curve_max", "vram", "current", "expected"), [
    (22.0, 24.0, 7.0, 24.0),  # the curve stays under the card: the card sets the scale
    (130.0, 24.0, 14.0, 48.0),  # long contexts at batch 8: clipped at twice the card
    (180.0, 24.0, 150.0, 180.0),  # a model 6x the card: up to a quarter above its point
    (40.0, 24.0, 30.0, 40.0),  # between one and two cards: all of it
])
def test_extent(curve_max, vram, current, expected) -> None:
    assert y_extent(curve_max, vram, current) == pytest.approx(expected)


def test_the_axis_holds_still_through_batch_steps(make_window, qtbot) -> None:
    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("memory")
    box = panel.plot.getViewBox()
    tops = []
    for batch in range(3, 9):
        win.state.set_workload(batch=batch)
        qtbot.waitUntil(lambda b=batch: win.state.last is not None
                        and win.state.last.workload.batch == b, timeout=5000)
        qtbot.wait(50)
        e = win.state.last
        top = box.viewRange()[1][1]
        assert top >= max(e.fit.available_bytes, e.memory.total) / GIB  # card and point in view
        tops.append(top)
    assert len(set(tops)) == 1, tops  # Llama 3.1 8B's 128k curve exceeds 2 cards from batch 3
