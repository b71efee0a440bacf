"""N GPUs in the window: each device's own free VRAM, summed (not GPU 0's free x N)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.ui.state import summed_free_bytes

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"
GIB = 2**30


def test_summed_free_bytes_takes_each_devices_own() -> None:
    free = {0: 20.0 * GIB, 1: 4.0 * GIB}
    assert summed_free_bytes(20.0 * GIB, 0, free, 1, 24 * GIB) == 20 * GIB
    assert summed_free_bytes(20.0 * GIB, 0, free, 2, 24 * GIB) == 24 * GIB  # not 40
    assert summed_free_bytes(4.0 * GIB, 1, free, 2, 24 * GIB) == 24 * GIB  # device 1 chosen
    # each device counted up to the selected card's size (a bigger card beside a smaller one)
    assert summed_free_bytes(20.0 * GIB, 0, {0: 20.0 * GIB, 1: 80.0 * GIB}, 2,
                             24 * GIB) == 44 * GIB
    assert summed_free_bytes(20.0 * GIB, 0, free, 3, 24 * GIB) is None  # no third device
    assert summed_free_bytes(20.0 * GIB, 0, {0: 1.0, 1: None}, 2, 24 * GIB) is None
    assert summed_free_bytes(None, 0, free, 1, 24 * GIB) is None


def _dual(tmp_path: Path, free_gib: tuple[float, float]) -> str:
    doc = json.loads((SNAPSHOTS / "rtx3090-dual.json").read_text(encoding="utf-8"))
    doc.pop("telemetry", None)  # the recorded trace would overwrite the free VRAM set here
    for dev, gib in zip(doc["devices"], free_gib, strict=True):
        dev["memory_reserved_bytes"] = 0
        dev["memory_used_bytes"] = dev["memory_total_bytes"] - int(gib * GIB)
    path = tmp_path / "dual.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_two_gpus_of_a_snapshot_sum_their_own_free_vram(make_window, qtbot, tmp_path) -> None:
    win = make_window(_dual(tmp_path, (20.0, 4.0)))
    qtbot.waitUntil(lambda: win.state.gpu_choice.kind == "snapshot")
    assert win.state.free_bytes() == pytest.approx(20 * GIB)
    win.gpu_panel.count.setValue(2)
    qtbot.waitUntil(lambda: win.state.last is not None and win.state.last.workload.n_gpus == 2)
    assert win.state.free_bytes() == pytest.approx(24 * GIB)  # 20 + 4, not 2 x 20
    assert win.state.last.fit.free_bytes == pytest.approx(24 * GIB)
    win.gpu_panel.count.setValue(3)  # a third card is not there: free now unknown, not made up
    qtbot.waitUntil(lambda: win.state.last.workload.n_gpus == 3)
    assert win.state.free_bytes() is None
