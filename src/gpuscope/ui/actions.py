"""What the menu items do: open, export, copy, language, reset, dialogs."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.export import estimate_csv, estimate_json, estimate_markdown
from gpuscope.ui import i18n, settings
from gpuscope.ui.i18n import translate

if TYPE_CHECKING:
    from gpuscope.ui.main_window import MainWindow



def open_model_file(win: MainWindow, path: str | None = None) -> bool:
    """Import a GGUF file or a Hugging Face folder; errors are one clear message."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            win, translate("Actions", "Open model file"), str(Path.home()),
            translate("Actions", "Model files (*.gguf *.safetensors config.json);;All files (*)"))
        if not path:
            return False
    from gpuscope.models.loader import load_model_path

    try:
        model = load_model_path(path)
    except GpuscopeError as exc:
        QMessageBox.warning(win, translate("Actions", "Cannot open this model"),
                            i18n.render(exc.message))
        return False
    win.model_form.add_model(model)
    return True


def load_snapshot(win: MainWindow) -> None:
    path, _ = QFileDialog.getOpenFileName(
        win, translate("Actions", "Load GPU snapshot"), str(Path.home()),
        translate("Actions", "gpuscope snapshots (*.json);;All files (*)"))
    if path:
        win.load_snapshot(path)


def save_snapshot(win: MainWindow) -> None:
    report, source = win.report, win.service.source
    if report is None or not report.devices or source is None:
        QMessageBox.information(win, translate("Actions", "Save GPU snapshot"), translate("Actions",
            "There is no detected GPU to record on this machine."))
        return
    path, _ = QFileDialog.getSaveFileName(win, translate("Actions", "Save GPU snapshot"),
                                          str(Path.home() / "gpuscope-snapshot.json"),
                                          translate("Actions", "gpuscope snapshots (*.json)"))
    if not path:
        return
    from gpuscope.hardware.snapshot import save_snapshot as save

    stream = win.service.stream
    samples = []
    if stream is not None:
        for d in stream.history.devices():
            samples.extend(stream.history.samples(d))
    try:
        save(path, report.status, [d.record for d in report.devices], samples or None)
    except (GpuscopeError, OSError) as exc:
        text = i18n.render(exc.message) if isinstance(exc, GpuscopeError) else str(exc)
        QMessageBox.warning(win, translate("Actions", "Save GPU snapshot"), text)


def export_plots(win: MainWindow, folder: str | None = None) -> list[str]:
    """Every plot as a PNG into ``folder``; returns the files written."""
    if folder is None:
        folder = QFileDialog.getExistingDirectory(
            win, translate("Actions", "Export plots to folder"), str(Path.home()))
        if not folder:
            return []
    from PySide6.QtWidgets import QApplication

    from gpuscope.ui.plot_tabs import PLOTS

    win.plots.build()
    written = []
    current = win.plots.currentIndex()
    for key in PLOTS:
        panel = win.plots.show_tab(key)  # laid out at its on-screen size, then grabbed
        QApplication.processEvents()
        path = str(Path(folder) / f"gpuscope-{key}.png")
        if panel.save_png(path):
            written.append(path)
    win.plots.setCurrentIndex(current)
    return written


def export_estimate(win: MainWindow, kind: str, path: str | None = None) -> str | None:
    e = win.state.last
    if e is None:
        return None
    if path is None:
        filters = {"md": translate("Actions", "Markdown (*.md)"),
                   "csv": translate("Actions", "CSV (*.csv)"),
                   "json": translate("Actions", "JSON (*.json)")}
        path, _ = QFileDialog.getSaveFileName(
            win, translate("Actions", "Export estimate"),
            str(Path.home() / f"gpuscope-estimate.{kind}"), filters[kind])
        if not path:
            return None
    if kind == "md":
        text = estimate_markdown(e, i18n.RENDERER)
    elif kind == "csv":
        text = estimate_csv(e, i18n.RENDERER)
    else:
        text = json.dumps(estimate_json(e), indent=2)
    from gpuscope.errors import GpuscopeError
    from gpuscope.userdata import write_bytes_atomic

    try:  # atomically: a failed or killed export never leaves half a file over an old one
        write_bytes_atomic(path, text.encode("utf-8"))
    except GpuscopeError as exc:
        QMessageBox.warning(win, translate("Actions", "Export estimate"), i18n.render(exc.message))
        return None
    return path


def copy_summary(win: MainWindow) -> str:
    e = win.state.last
    text = estimate_markdown(e, i18n.RENDERER) if e is not None else ""
    QGuiApplication.clipboard().setText(text)
    win.statusBar().showMessage(translate("Actions", "Summary copied to the clipboard"), 3000)
    return text


def set_language(win: MainWindow, choice: str) -> None:
    win.remembered.language = choice
    i18n.install_language(choice)
    settings.save(win.remembered)


def set_live_rate(win: MainWindow, rate_hz: float) -> None:
    """View > Live data rate: applied to the running telemetry at once, remembered."""
    win.remembered.live_rate_hz = win.service.set_rate(rate_hz)
    settings.save(win.remembered)


def toggle_plot(win: MainWindow, key: str, visible: bool) -> None:
    hidden = set(filter(None, win.remembered.hidden_plots.split(",")))
    (hidden.discard if visible else hidden.add)(key)
    win.remembered.hidden_plots = ",".join(sorted(hidden))
    win.plots.set_plot_visible(key, visible)


def import_custom_models(win: MainWindow, path: str | None = None) -> list:
    """File > Import custom models…: a custom-models file into the user's saved models."""
    from gpuscope.ui.saved_models import import_file

    return import_file(win, path)


def reset_defaults(win: MainWindow) -> None:
    """Settings back to their defaults, asking nothing, so it deletes nothing the user made:
    saved models stay in the list and GPU overrides stay applied (and saved). An override goes
    when its cell is emptied; a saved model with "Delete my model"."""
    from gpuscope.models.presets import get_preset
    from gpuscope.ui.menus import PLOT_KEYS

    defaults = settings.Remembered(language=win.remembered.language,
                                   live_rate_hz=win.remembered.live_rate_hz)
    win.remembered = defaults
    win.state.reset_workload(win.state.workload.__class__(
        context=defaults.context, batch=defaults.batch, prompt=defaults.prompt,
        kv_cache=defaults.kv_cache, flash_attention=defaults.flash_attention,
        n_gpus=win.state.workload.n_gpus))
    win.state.set_quant(defaults.quant)
    win.model_form.select_model(get_preset(defaults.model_id))
    win.apply_theme(defaults.theme)
    for key in PLOT_KEYS:  # every plot shown again (defaults hide none)
        win.plots.set_plot_visible(key, key not in defaults.hidden_plots.split(","))
    win.menus.sync_view()  # the View menu ticks what is now in effect
    win.statusBar().showMessage(translate(
        "Actions", "Settings reset to their defaults; your saved models and GPU overrides are "
        "kept."), 5000)


def show_concepts(win: MainWindow) -> None:
    from gpuscope.ui.concepts import ConceptsDialog

    ConceptsDialog(win, win.state.last).exec()


def show_about(win: MainWindow) -> None:
    from gpuscope.ui.about import about_text

    QMessageBox.about(win, translate("Actions", "About gpuscope"), about_text(win.report))
