"""The window on an unrecognised GPU NVML told too little about: unknown memory bandwidth or
unknown compute peaks. Every plot is shown, nothing raises, and the speed plot and the peaks
table say "unknown" with the reason instead of a made-up figure."""

from __future__ import annotations

import json

import pytest

from gpuscope.ui.menus import PLOT_KEYS
from gpuscope.ui.peaks_table import ROWS

BASE = {"index": 0, "name": "Mystery GPU", "memory_total_bytes": 25757220864}
NO_BANDWIDTH = {**BASE, "compute_capability": [8, 9], "cuda_cores": 16384,
                "max_sm_clock_mhz": 2520}
NO_PEAKS = {**BASE, "max_mem_clock_mhz": 10501, "memory_bus_width_bits": 384}


def _snapshot(tmp_path, device: dict) -> str:
    path = tmp_path / "snap.json"
    path.write_text(json.dumps({"format": "gpuscope-snapshot", "version": 1,
                                "devices": [device]}))
    return str(path)


@pytest.mark.parametrize(("device", "row", "reason"), [
    (NO_BANDWIDTH, "bandwidth", "memory clock or bus width"),
    (NO_PEAKS, "fp32", "compute capability"),
])
def test_unknown_figures_show_as_unknown_with_their_reason(make_window, qtbot, caplog, tmp_path,
                                                           device, row, reason) -> None:
    win = make_window(_snapshot(tmp_path, device))
    qtbot.waitUntil(lambda: win.state.last is not None, timeout=5000)
    e = win.state.last
    assert win.state.error is None
    assert e.speed.prefill_tokens_per_s is None and reason in e.speed.prefill_unknown.render()
    if row == "bandwidth":
        assert e.speed.decode_tokens_per_s is None and e.speed.decode_unknown is not None
    else:  # decode is memory-bound: still estimated from the known bandwidth
        assert e.speed.decode_tokens_per_s and e.speed.decode_unknown is None
    for key in PLOT_KEYS:  # every plot draws this estimate without raising
        win.plots.show_tab(key)
        qtbot.wait(50)
    speed = win.plots.panels["speed"]
    win.plots.show_tab("speed")
    qtbot.wait(50)
    for item, plot in zip(speed.reasons, (speed.decode_plot, speed.prefill_plot), strict=True):
        # an empty plot with the reason inside: no flat line at 0 on a made-up -400..400 axis
        assert item.isVisible() and item.toPlainText().startswith("Speed unknown")
        assert reason in item.toPlainText()
        assert not plot.getAxis("left").style["showValues"]
    assert speed.decode.line.getData()[0] is None or len(speed.decode.line.getData()[0]) == 0
    assert speed.data == {}
    table = win.gpu_panel.peaks
    index = next(i for i, (key, *_rest) in enumerate(ROWS) if key == row)
    assert table.item(index, 1).text() == "unknown"  # not "none on this GPU"
    assert reason in table.item(index, 1).toolTip()
    assert not [r for r in caplog.records if r.exc_info], "an exception was logged"


NO_MEMORY = {"index": 0, "name": "Mystery GPU", "compute_capability": [8, 9],
             "cuda_cores": 16384, "max_sm_clock_mhz": 2520, "max_mem_clock_mhz": 10501,
             "memory_bus_width_bits": 384}


def test_unknown_vram_is_unknown_with_its_reason_not_0_b(make_window, qtbot, tmp_path) -> None:
    win = make_window(_snapshot(tmp_path, NO_MEMORY))
    qtbot.waitUntil(lambda: win.state.last is not None, timeout=5000)
    panel = win.gpu_panel
    vram = panel.values["memory"].text()
    assert vram.startswith("unknown") and "did not report the memory size" in vram
    assert "0 B" not in vram
    bar = panel.vram.text.text()
    assert "unknown" in bar and "short by" not in bar and "Total 0 B" not in bar
    assert not panel.vram.known
    win.plots.show_tab("memory")
    qtbot.wait(50)
    assert not win.plots.panels["memory"].total_line.isVisible()  # no "GPU VRAM" line at 0


def test_speed_curves_come_back_after_an_unknown_bandwidth(make_window, qtbot, tmp_path) -> None:
    from gpuscope.hardware.catalogue import find_gpu

    win = make_window(_snapshot(tmp_path, NO_BANDWIDTH))
    qtbot.waitUntil(lambda: win.state.last is not None, timeout=5000)
    win.plots.show_tab("speed")
    qtbot.wait(50)
    speed = win.plots.panels["speed"]
    assert speed.reasons[0].isVisible()
    key = f"catalogue:{find_gpu('RTX 4090').id}"
    win.gpu_panel._chosen(win.gpu_panel.chooser.findData(key))
    qtbot.waitUntil(lambda: "4090" in win.state.last.gpu.name)
    qtbot.wait(50)
    assert not any(item.isVisible() for item in speed.reasons)
    assert speed.decode_plot.getAxis("left").style["showValues"]
    assert len(speed.data["decode"]) > 0 and float(speed.data["decode"].max()) > 0
