"""'My models': models already on the disk (Hugging Face, Ollama, LM Studio caches and folders the
user adds), scanned in a worker thread, each with its size, quantization and fit on the GPU."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.engine import estimate
from gpuscope.models.cache_scan import ScanRoot, default_roots, scan
from gpuscope.models.local_model import LocalModel
from gpuscope.quantization import get_quantization
from gpuscope.ui import settings
from gpuscope.ui.i18n import fmt, render
from gpuscope.ui.state import AppState
from gpuscope.units import Bytes


class MyModels(QWidget):
    found = Signal(object)  # LocalModel, from the scan thread
    finished = Signal()
    model_chosen = Signal(object)  # ModelSpec

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("myModels")
        self.state = state
        self.models: list[LocalModel] = []
        # folders the user added: remembered between runs, scanned at start-up with the caches
        self.extra_roots: list[ScanRoot] = [ScanRoot("folder", Path(p))
                                            for p in settings.load_model_folders()]
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.scanning = False  # a scan runs now
        self.scanned = False  # a scan has finished (its models are in self.models)
        self.scan_button = QPushButton(self, objectName="scanButton")
        self.add_button = QPushButton(self, objectName="addFolderButton")
        self.remove_button = QPushButton(self, objectName="removeFolderButton")
        self.remove_menu = QMenu(self.remove_button)
        self.remove_button.setMenu(self.remove_menu)
        self.remove_menu.aboutToShow.connect(self._fill_remove_menu)
        self.at_start = QCheckBox(self, objectName="scanAtStart")
        self.status = QLabel(self)
        top = QHBoxLayout()
        for w in (self.scan_button, self.add_button, self.remove_button, self.at_start):
            top.addWidget(w)
        top.addStretch(1)
        self.status.setWordWrap(True)  # its own line: a long status must not widen the window
        self.table = QTableWidget(0, 6, self)
        self.table.setObjectName("myModelsTable")
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setSortingEnabled(True)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.status)
        lay.addWidget(self.table)
        self.scan_button.clicked.connect(self.start_scan)
        self.add_button.clicked.connect(self._add_folder)
        self.found.connect(self._add)
        self.finished.connect(self._done)
        self.table.cellActivated.connect(self._open_row)
        self.table.cellDoubleClicked.connect(self._open_row)
        state.gpu_choice_changed.connect(lambda _c: self._refresh_fits())
        self.retranslate()

    # --- scanning (off the GUI thread) ----------------------------------------------------------
    def roots(self) -> list[ScanRoot]:
        return default_roots() + self.extra_roots

    def start_scan(self) -> None:
        self.stop_scan()
        self.models.clear()
        self.table.setRowCount(0)
        self._stop = threading.Event()
        stop = self._stop
        roots = self.roots()
        self.status.setText(self.tr("Scanning…"))
        self.scanning = True

        def work() -> None:
            for model in scan(roots, should_stop=stop.is_set):
                if stop.is_set():
                    return
                self.found.emit(model)
            self.finished.emit()

        self._thread = threading.Thread(target=work, name="gpuscope-scan", daemon=True)
        self._thread.start()

    def stop_scan(self) -> None:
        self.scanning = False
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None

    def _add_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Add a models folder"),
                                                  str(Path.home()))
        if folder:
            self.add_folder(folder)

    def add_folder(self, folder: str | Path) -> None:
        """Scan ``folder`` too, now and at every start (once, however often it is added)."""
        root = ScanRoot("folder", Path(folder))
        if root not in self.extra_roots:
            self.extra_roots.append(root)
            self._save_folders()
        self.start_scan()

    def remove_folder(self, folder: str | Path) -> None:
        """Stop scanning ``folder`` and forget it; the list is scanned again without it."""
        root = ScanRoot("folder", Path(folder))
        if root in self.extra_roots:
            self.extra_roots.remove(root)
            self._save_folders()
            self.start_scan()

    def _save_folders(self) -> None:
        settings.save_model_folders([str(r.path) for r in self.extra_roots])
        self.remove_button.setEnabled(bool(self.extra_roots))

    def _fill_remove_menu(self) -> None:
        self.remove_menu.clear()
        for root in self.extra_roots:
            action = self.remove_menu.addAction(str(root.path))
            action.triggered.connect(lambda _=False, p=root.path: self.remove_folder(p))

    # --- table ----------------------------------------------------------------------------------
    def _add(self, m: LocalModel) -> None:
        self.models.append(m)
        self.table.setSortingEnabled(False)
        row = self.table.rowCount()
        self.table.insertRow(row)
        cells = [m.name, m.source, fmt(Bytes(m.size_bytes)), m.quantization or "–",
                 self._fit_text(m), render(m.error) if m.error else str(m.path)]
        for col, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            item.setData(Qt.ItemDataRole.UserRole, len(self.models) - 1)
            self.table.setItem(row, col, item)
        self.table.setSortingEnabled(True)
        self.status.setText(self.tr("%n model(s) found", "", len(self.models)))

    def _fit_text(self, m: LocalModel) -> str:
        if m.spec is None:
            return self.tr("cannot be read")
        quant = m.spec.own_quantization or self.state.quant.id
        try:
            e = estimate(m.spec, get_quantization(quant), self.state.gpu(), self.state.workload,
                         free_bytes=self.state.free_bytes())
        except GpuscopeError:
            return "–"
        text = self.tr("fits") if e.fit.fits else self.tr("does not fit")
        return f"{text} ({fmt(Bytes(e.fit.needed_bytes))})"

    def _refresh_fits(self) -> None:
        for row in range(self.table.rowCount()):
            idx = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
            self.table.item(row, 4).setText(self._fit_text(self.models[idx]))

    def _done(self) -> None:
        self.scanning, self.scanned = False, True
        self.status.setText(self.tr("%n model(s) found", "", len(self.models)))

    def _open_row(self, row: int, _col: int = 0) -> None:
        idx = self.table.item(row, 0).data(Qt.ItemDataRole.UserRole)
        m = self.models[idx]
        if m.spec is not None:
            self.model_chosen.emit(m.spec)

    def retranslate(self) -> None:
        self.scan_button.setText(self.tr("Scan local caches"))
        self.scan_button.setToolTip(self.tr(
            "Hugging Face cache (HF_HOME), Ollama models (OLLAMA_MODELS), LM Studio models and "
            "the folders you add. Only file headers are read."))
        self.add_button.setText(self.tr("Add folder…"))
        self.remove_button.setText(self.tr("Remove folder"))
        self.remove_button.setToolTip(self.tr(
            "Stop scanning a folder you added (its files stay on the disk)."))
        self.remove_button.setEnabled(bool(self.extra_roots))
        self.at_start.setText(self.tr("Scan at start-up"))
        self.table.setHorizontalHeaderLabels([
            self.tr("Model"), self.tr("Source"), self.tr("Size on disk"),
            self.tr("Quantization"), self.tr("Fits the GPU"), self.tr("File")])
        if self._thread is None and not self.models:
            self.status.setText(self.tr(
                "Not scanned yet: Scan looks for GGUF and safetensors models on this computer."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
