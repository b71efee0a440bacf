"""'Models that fit' in the window ranks the user's models too: saved, opened from a file, and
what a scan of this computer found (started from the view, in the background)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from gpuscope.models.presets import get_preset
from gpuscope.ui.actions import open_model_file
from gpuscope.ui.fits_view import COLUMNS

from ..models._gguf_factory import Decoder


def _write_gguf(path: Path, name: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    Decoder("llama", 32, 4096, 32, 32, 11008, 32000,
            types={"default": "Q4_0", "output": "Q6_K"}).write(path, ftype=2, name=name)
    return path


def _names(fits) -> dict[str, str]:
    """Model id -> the model cell's text, for every row of the table."""
    col = COLUMNS.index("model")
    m = fits.table_model
    return {r.model.id: m.index(i, col).data() for i, r in enumerate(m.rows)}


def test_saved_opened_and_scanned_models_are_ranked(make_window, qtbot, tmp_path: Path,
                                                    monkeypatch) -> None:
    home = tmp_path / "home"
    scanned = _write_gguf(home / ".lmstudio" / "models" / "pub" / "repo" / "found.Q4_0.gguf",
                          "Found on disk")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "none"))
    win = make_window()
    fits = win.plots.widget_for("fits")
    qtbot.waitUntil(lambda: fits.ready and bool(fits.table_model.rows), timeout=20000)
    assert "not been scanned" in fits.local_label.text()
    assert win.views.my_models is None  # nothing scanned, My models not even built

    # a saved model appears without opening My models
    [saved] = win.user_data.add([replace(get_preset("llama-3.1-8b"), name="My support bot")],
                                win.model_form.models)
    qtbot.waitUntil(lambda: saved.id in _names(fits), timeout=10000)
    assert _names(fits)[saved.id] == "My support bot (my model)"

    # a model opened with "Open model file…" appears too
    opened = _write_gguf(tmp_path / "files" / "opened.Q4_0.gguf", "Opened file")
    assert open_model_file(win, str(opened))
    qtbot.waitUntil(lambda: any(v.startswith("Opened file") for v in _names(fits).values()),
                    timeout=10000)
    assert "(local file)" in next(v for v in _names(fits).values() if "Opened" in v)

    # the view's button scans this computer in the background; the models found are ranked
    fits.scan_button.click()
    assert not fits.scan_button.isEnabled() or win.views.my_models.scanned
    qtbot.waitUntil(lambda: win.views.my_models.scanned, timeout=15000)
    qtbot.waitUntil(lambda: f"file:{scanned}" in _names(fits), timeout=10000)
    assert fits.scan_button.isEnabled()
    text = fits.local_label.text()
    assert "1 of your saved models" in text and "1 opened" in text and "1 found" in text
    assert sum(1 for r in fits.table_model.rows if r.model.id.startswith("file:")) == 2
