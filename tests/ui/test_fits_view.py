"""The 'Models that fit' view: rows follow the core ranking through GPU, context and filters."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt

from gpuscope.estimate.ranking import rank_models
from gpuscope.estimate.verdict import Level
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import all_presets
from gpuscope.ui.fits_view import COLUMNS, FitsView

GIB = 2**30


@pytest.fixture
def view(qtbot):
    v = FitsView()
    qtbot.addWidget(v)
    v.resize(1400, 800)
    v.setGpu(find_gpu("RTX 4090").to_spec())
    qtbot.waitUntil(lambda: v.ready and bool(v.table_model.rows), timeout=20000)
    return v


def _ids(rows) -> list[str]:
    return [r.model.id for r in rows]


def test_rows_follow_the_core_ranking_as_gpu_and_context_change(qtbot, view) -> None:
    gpu = find_gpu("RTX 4090").to_spec()
    assert _ids(view.rows()) == _ids(rank_models(all_presets(), gpu, context=8192))
    small = find_gpu("RTX 4060").to_spec()
    with qtbot.waitSignal(view.ranked, timeout=5000):
        view.setGpu(small, free_bytes=4 * GIB)
    expect = rank_models(all_presets(), small, context=8192, free_bytes=4 * GIB)
    assert _ids(view.rows()) == _ids(expect)
    assert {r.status for r in view.rows()} == {Level.FITS, Level.FITS_IDLE, Level.NO_FIT}
    with qtbot.waitSignal(view.ranked, timeout=5000):
        view.context.box.setValue(32768)  # as the user types it
    expect = rank_models(all_presets(), small, context=32768, free_bytes=4 * GIB)
    assert _ids(view.rows()) == _ids(expect)
    assert [r.quant.id for r in view.rows()] == [r.quant.id for r in expect]


def test_filters_hide_rows_without_reordering(qtbot, view) -> None:
    full = view.rows()
    view.family.setCurrentIndex(view.family.findData("Qwen"))
    shown = view.rows()
    assert shown and all(r.family == "Qwen" for r in shown)
    assert _ids(shown) == [r.model.id for r in full if r.family == "Qwen"]
    view.family.setCurrentIndex(0)
    view.moe.setCurrentIndex(view.moe.findData(True))
    assert view.rows() and all(r.is_moe for r in view.rows())
    view.moe.setCurrentIndex(0)
    view.params_min.setValue(20.0)
    view.params_max.setValue(40.0)
    assert view.rows() and all(20e9 <= r.model.params <= 40e9 for r in view.rows())
    view.params_min.setValue(0.0)
    view.params_max.setValue(1000.0)
    view.status[Level.NO_FIT].setChecked(False)
    assert all(r.status is not Level.NO_FIT for r in view.rows())
    view.status[Level.NO_FIT].setChecked(True)
    with qtbot.waitSignal(view.ranked, timeout=5000):
        view.min_speed.setValue(100)
    gpu = find_gpu("RTX 4090").to_spec()
    assert _ids(view.rows()) == _ids(rank_models(all_presets(), gpu, min_decode=100.0))


def test_sorting_by_a_column_uses_numbers(qtbot, view) -> None:
    col = COLUMNS.index("vram")
    view.table.sortByColumn(col, Qt.SortOrder.DescendingOrder)
    needs = [r.total_bytes for r in view.rows()]
    assert needs == sorted(needs, reverse=True)
    view.table.sortByColumn(COLUMNS.index("rank"), Qt.SortOrder.AscendingOrder)
    assert [r.rank for r in view.rows()] == list(range(1, len(view.rows()) + 1))


def test_cells_have_units_and_sources(view) -> None:
    m = view.proxy
    first = {c: m.index(0, i).data() for i, c in enumerate(COLUMNS)}
    assert first["vram"].endswith("GiB") and first["decode"].endswith("tok/s")
    quality_col = COLUMNS.index("quality")
    texts = {m.index(i, quality_col).data() for i in range(m.rowCount())}
    assert any(t.endswith("PPL") for t in texts)
    tip = m.index(0, quality_col).data(Qt.ItemDataRole.ToolTipRole)
    assert tip and ("llama.cpp" in tip or "unquantized" in tip or "No perplexity" in tip)


def test_activating_a_row_opens_that_model(qtbot, view) -> None:
    view.table.setFocus()
    view.table.setCurrentIndex(view.proxy.index(2, 1))
    with qtbot.waitSignal(view.modelChosen, timeout=2000) as sig:
        qtbot.keyClick(view.table, Qt.Key.Key_Return)
    model, quant = sig.args
    assert model is view.rows()[2].model and quant == view.rows()[2].quant.id


def test_render_to_png(qtbot, view, tmp_path) -> None:
    before = QLocale()
    QLocale.setDefault(QLocale("en_US"))  # as the window sets it: "22,277 tok/s"
    try:
        view.setGpu(find_gpu("RTX 4090").to_spec(), free_bytes=12 * GIB)
        qtbot.waitUntil(lambda: any(r.status is Level.FITS_IDLE for r in view.rows()),
                        timeout=5000)
        assert "," in view.proxy.index(0, COLUMNS.index("prefill")).data()
        out = Path(os.environ.get("GPUSCOPE_RENDER_DIR", tmp_path)) / "fits_view_en.png"
        assert view.grab().save(str(out))
        assert out.stat().st_size > 10_000
    finally:
        QLocale.setDefault(before)
