"""'Models that fit': every model at its best quantization on the selected GPU(s), best first.

The core ranking (:mod:`gpuscope.estimate.ranking`) does the work; this view holds the context
field, the filters and a sortable table, and recomputes when the GPU, the context or the minimum
speed changes. Activating a row (double-click, Enter) emits ``modelChosen(ModelSpec, quant_id)``.
The static half of the ranking (weights of every model x quantization, about 0.1 s) is built
once in a worker thread so the window never freezes.
"""

from __future__ import annotations

import contextlib
import math
import threading
from collections.abc import Mapping, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gpuscope.estimate.ranked import RankedModel
from gpuscope.estimate.verdict import Level
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.ui.context_field import LogSpinSlider
from gpuscope.ui.i18n import fmt, render
from gpuscope.units import Bytes, Count, TokenRate

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
SAVED, OPENED = "saved", "file"  # origins besides presets; anything else: found by a scan
COLUMNS = ("rank", "model", "params", "quant", "quality", "vram", "headroom", "decode",
           "prefill", "context", "fit")
NUMERIC = {"rank", "params", "vram", "headroom", "decode", "prefill", "context"}
STATUS_COLOURS = {Level.FITS: "#1e7b34", Level.FITS_IDLE: "#a86400", Level.NO_FIT: "#b3261e"}
_ORDER = {Level.FITS: 0, Level.FITS_IDLE: 1, Level.NO_FIT: 2}


class FitsTableModel(QAbstractTableModel):
    """The ranked rows; display text in the current language, numbers for sorting."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[RankedModel] = []
        self.origins: Mapping[str, str] = {}  # model id -> saved, file, or the scan's source

    def set_rows(self, rows: list[RankedModel]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headers(self) -> dict[str, str]:
        return {"rank": self.tr("#"), "model": self.tr("Model"), "params": self.tr("Parameters"),
                "quant": self.tr("Best quantization"), "quality": self.tr("Quality cost"),
                "vram": self.tr("VRAM needed"), "headroom": self.tr("Headroom"),
                "decode": self.tr("Decode"), "prefill": self.tr("Prefill"),
                "context": self.tr("Context"), "fit": self.tr("Fits")}

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[COLUMNS[section]]
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return self._header_tip(COLUMNS[section])
        return None

    def _header_tip(self, col: str) -> str | None:
        return {
            "quality": self.tr("Perplexity increase over the unquantized model, as published "
                               "(hover a cell for the source)."),
            "vram": self.tr("VRAM the run needs at this context: weights, KV cache, compute "
                            "buffer and runtime overhead."),
            "headroom": self.tr("VRAM left after loading: of the VRAM free now when the model "
                                "fits it, else of an idle GPU (negative: missing)."),
            "decode": self.tr("Tokens generated per second with the whole context cached."),
            "prefill": self.tr("Prompt tokens processed per second (512-token prompt)."),
            "context": self.tr("Tokens of context evaluated: the one asked for, or the model's "
                               "maximum when shorter."),
        }.get(col)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.rows[index.row()], COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(r, col)
        if role == SORT_ROLE:
            return self._key(r, col)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and col == "fit":
            return QBrush(QColor(STATUS_COLOURS[r.status]))
        return None

    def _text(self, r: RankedModel, col: str) -> str:
        b = r.best
        if col == "rank":
            return QLocale().toString(r.rank)
        if col == "model":
            if self.origins.get(r.model.id) == SAVED:
                return self.tr("{name} (my model)").format(name=r.model.name)
            return self.tr("{name} (local file)").format(name=r.model.name) if r.local \
                else r.model.name
        if col == "params":
            return self._params_text(r.model.params)
        if col == "quant":
            return r.quant.name
        if col == "quality":
            return render(r.quality.label())
        if col == "vram":
            return fmt(Bytes(b.total_bytes))
        if col == "headroom":
            return fmt(Bytes(_left(r)))
        if col in ("decode", "prefill"):
            value = b.decode_tokens_per_s if col == "decode" else b.prefill_tokens_per_s
            return fmt(TokenRate(value)) if value else "—"
        if col == "context":
            return fmt(Count(r.context)) if r.context else "—"
        return self.status_text(r)

    def status_text(self, r: RankedModel) -> str:
        if r.status is Level.NO_FIT:
            return self.tr("Does not fit")
        if r.status is Level.FITS_IDLE:
            return self.tr("Idle GPU only")
        if r.fits_now is None:
            return self.tr("Fits")
        if r.idle is not None:
            return self.tr("Fits now (idle GPU: {quant})").format(quant=r.idle.quant.name)
        return self.tr("Fits now")

    def _params_text(self, n: int) -> str:
        loc = QLocale()
        if n >= 1e9:  # billions, millions: "8.0 B", "25.6 M" (French: "8,0 Md")
            return self.tr("{n} B").format(n=loc.toString(n / 1e9, "f", 1 if n < 1e11 else 0))
        return self.tr("{n} M").format(n=loc.toString(n / 1e6, "f", 1))

    def _key(self, r: RankedModel, col: str) -> float | str:
        b = r.best
        keys = {
            "rank": r.rank, "model": r.model.name.lower(), "params": r.model.params,
            "quant": -b.bits_per_weight, "quality": r.quality.ranking_loss
            if math.isfinite(r.quality.ranking_loss) else 1e9 + (r.quality.delta_ppl or 0),
            "vram": b.total_bytes, "headroom": _left(r),
            "decode": b.decode_tokens_per_s or -1.0, "prefill": b.prefill_tokens_per_s or -1.0,
            "context": r.context or 0, "fit": _ORDER[r.status] * 1e6 + r.rank,
        }
        return keys[col]

    def _tip(self, r: RankedModel, col: str) -> str | None:
        if col == "quality":
            return render(r.quality.explanation())
        if col == "model":
            return r.model.source_path or r.model.id
        if col == "context" and r.context_limited:
            return self.tr("The model's maximum context is shorter than the one asked for; "
                           "it is evaluated at its maximum.")
        if col == "fit" and r.status is Level.FITS_IDLE and r.free_bytes is not None:
            return self.tr("Needs {needed}; {free} is free now.").format(
                needed=fmt(Bytes(r.total_bytes)), free=fmt(Bytes(r.free_bytes)))
        if col == "fit" and r.idle is not None:
            return self.tr("On an idle GPU, {quant} would fit ({needed}).").format(
                quant=r.idle.quant.name, needed=fmt(Bytes(r.idle.total_bytes)))
        if col == "fit" and r.status is Level.NO_FIT:
            return self.tr("Needs at least {needed} (with {quant}); {available} available.") \
                .format(needed=fmt(Bytes(r.total_bytes)), quant=r.quant.name,
                        available=fmt(Bytes(r.available_bytes)))
        return None


def _left(r: RankedModel) -> float:
    return r.headroom_now_bytes if r.fits_now else r.headroom_bytes


class FitsFilter(QSortFilterProxyModel):
    """Family, parameter range (billions), dense / MoE and fit status."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.family: str | None = None
        self.params_range = (0.0, math.inf)
        self.moe: bool | None = None  # None: both
        self.statuses = {Level.FITS, Level.FITS_IDLE, Level.NO_FIT}
        self.setSortRole(SORT_ROLE)

    def update(self, **changes: object) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.9+; invalidateFilter is deprecated there
            self.beginFilterChange()
            for key, value in changes.items():
                setattr(self, key, value)
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
            return
        for key, value in changes.items():
            setattr(self, key, value)
        self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        r = self.sourceModel().rows[row]
        lo, hi = self.params_range
        return ((self.family is None or r.family == self.family)
                and lo <= r.model.params / 1e9 <= hi
                and (self.moe is None or r.is_moe == self.moe)
                and r.status in self.statuses)


class FitsView(QWidget):
    """The 'Models that fit' page: set the GPU with :meth:`setGpu`, the models with
    :meth:`setModels` (presets and local files); rows follow the core ranking."""

    modelChosen = Signal(object, str)  # noqa: N815 - Qt naming: (ModelSpec, quantization ID)
    rankerReady = Signal(object)  # noqa: N815 - internal: the worker thread's result
    ranked = Signal()  # the table was refilled
    scanRequested = Signal()  # noqa: N815 - the user asked to look for models on this computer

    def __init__(self, models: Sequence[ModelSpec] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fitsView")
        if models is None:
            from gpuscope.models.presets import all_presets

            models = all_presets()
        self._models = tuple(models)
        self._scan_state = "none"  # none, running, done
        self._gpu: tuple[GpuSpec, float | None, int] | None = None
        self._ranker = None
        self._building: tuple | None = None
        self._build_widgets()
        self._timer = QTimer(self, singleShot=True, interval=0)
        self._timer.timeout.connect(self.recompute)
        self.rankerReady.connect(self._on_ranker)
        self.retranslate()

    # --- layout ---------------------------------------------------------------------------------
    def _build_widgets(self) -> None:
        self.gpu_label = QLabel(self, objectName="fitsGpu")
        self.context = LogSpinSlider(128, 1_048_576, self)
        self.context.setObjectName("fitsContext")
        self.context.setValue(8192)
        self.family = QComboBox(self, objectName="fitsFamily")
        self.family.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.params_min = QDoubleSpinBox(self, objectName="fitsParamsMin")
        self.params_max = QDoubleSpinBox(self, objectName="fitsParamsMax")
        for box, value in ((self.params_min, 0.0), (self.params_max, 1000.0)):
            box.setRange(0.0, 1000.0)
            box.setDecimals(1)
            box.setValue(value)
        self.moe = QComboBox(self, objectName="fitsMoe")
        self.min_speed = QDoubleSpinBox(self, objectName="fitsMinSpeed")
        self.min_speed.setRange(0.0, 100_000.0)
        self.min_speed.setDecimals(0)
        self.status = {lvl: QCheckBox(self) for lvl in (Level.FITS, Level.FITS_IDLE,
                                                         Level.NO_FIT)}
        for box in self.status.values():
            box.setChecked(True)
        self.labels = {k: QLabel(self) for k in ("context", "family", "params", "to", "moe",
                                                 "speed", "show")}
        grid = QGridLayout()
        grid.addWidget(self.labels["context"], 0, 0)
        grid.addWidget(self.context, 0, 1, 1, 5)
        for col, (key, widget) in enumerate((("family", self.family), ("moe", self.moe),
                                             ("speed", self.min_speed))):
            grid.addWidget(self.labels[key], 1, 2 * col)
            grid.addWidget(widget, 1, 2 * col + 1)
        grid.addWidget(self.labels["params"], 2, 0)
        grid.addWidget(self.params_min, 2, 1)
        grid.addWidget(self.labels["to"], 2, 2)
        grid.addWidget(self.params_max, 2, 3)
        grid.addWidget(self.labels["show"], 3, 0)
        for i, box in enumerate(self.status.values()):
            grid.addWidget(box, 3, 1 + i)
        for key, buddy in (("context", self.context), ("family", self.family), ("moe", self.moe),
                           ("speed", self.min_speed), ("params", self.params_min)):
            self.labels[key].setBuddy(buddy)
        self.table_model = FitsTableModel(self)
        self.proxy = FitsFilter(self)
        self.proxy.setSourceModel(self.table_model)
        self.table = QTableView(self, objectName="fitsTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.note = QLabel(self, objectName="fitsNote")
        self.note.setWordWrap(True)
        self.busy = QLabel(self, objectName="fitsBusy")
        self.local_label = QLabel(self, objectName="fitsLocal")
        self.local_label.setWordWrap(True)
        self.scan_button = QPushButton(self, objectName="fitsScan")
        local = QHBoxLayout()
        local.addWidget(self.local_label, 1)
        local.addWidget(self.scan_button)
        lay = QVBoxLayout(self)
        lay.addWidget(self.gpu_label)
        lay.addLayout(grid)
        lay.addLayout(local)
        lay.addWidget(self.busy)
        lay.addWidget(self.table, 1)
        lay.addWidget(self.note)
        self._connect()

    def _connect(self) -> None:
        self.context.valueChanged.connect(lambda _v: self._timer.start())
        self.min_speed.valueChanged.connect(lambda _v: self._timer.start())
        self.family.currentIndexChanged.connect(
            lambda _i: self.proxy.update(family=self.family.currentData()))
        self.moe.currentIndexChanged.connect(
            lambda _i: self.proxy.update(moe=self.moe.currentData()))
        for box in (self.params_min, self.params_max):
            box.valueChanged.connect(lambda _v: self.proxy.update(params_range=(
                self.params_min.value(), self.params_max.value())))
        for box in self.status.values():
            box.toggled.connect(lambda _on: self.proxy.update(statuses={
                lvl for lvl, b in self.status.items() if b.isChecked()}))
        self.table.activated.connect(self._activated)
        self.scan_button.clicked.connect(self.scanRequested)

    # --- inputs ---------------------------------------------------------------------------------
    def setGpu(self, spec: GpuSpec, free_bytes: float | None = None,  # noqa: N802 - Qt naming
               n_gpus: int = 1) -> None:
        """The GPU in front of the user (``free_bytes`` over all ``n_gpus``; None: unknown)."""
        self._gpu = (spec, free_bytes, max(1, int(n_gpus)))
        self._show_gpu()
        self._timer.start()

    def setModels(self, models: Sequence[ModelSpec],  # noqa: N802 - Qt naming
                  origins: Mapping[str, str] | None = None) -> None:
        """Presets and the user's models to rank (replaces the list; the table is rebuilt).

        ``origins``: model id -> ``saved`` (the user's saved models), ``file`` (opened from a
        file) or the scan's source (huggingface, ollama, lmstudio, folder); presets are absent."""
        models = tuple(models)
        self.table_model.origins = dict(origins or {})
        self._show_local()
        if models == self._models and self._ranker is not None:
            return
        self._models, self._ranker = models, None
        self._timer.start()

    def setScanState(self, state: str) -> None:  # noqa: N802 - Qt naming
        """``none`` (this computer not scanned yet), ``running`` or ``done``."""
        self._scan_state = state
        self._show_local()

    def setContext(self, tokens: int) -> None:  # noqa: N802 - Qt naming
        self.context.setValue(tokens)
        self._timer.start()

    def rows(self) -> list[RankedModel]:
        """The rows as shown: filtered and in the table's current order."""
        return [self.table_model.rows[self.proxy.mapToSource(self.proxy.index(i, 0)).row()]
                for i in range(self.proxy.rowCount())]

    def title(self) -> str:
        """Tab or dock title for the main window."""
        return self.tr("Models that fit")

    @property
    def ready(self) -> bool:
        return self._ranker is not None and self._gpu is not None

    # --- ranking --------------------------------------------------------------------------------
    def recompute(self) -> None:
        if self._gpu is None:
            return
        if self._ranker is None:
            self._start_build()
            return
        spec, free, n = self._gpu
        speed = self.min_speed.value() or None
        rows = self._ranker.rank(spec, n_gpus=n, context=self.context.value(), free_bytes=free,
                                 min_decode=speed)
        self.table_model.set_rows(rows)
        self._fill_families(rows)
        self.busy.hide()
        self.ranked.emit()

    def _start_build(self) -> None:
        models = self._models
        if self._building == models:
            return
        self._building = models
        self.busy.show()

        def work() -> None:
            from gpuscope.estimate.ranking import ranker_for

            ranker = ranker_for(models)
            with contextlib.suppress(RuntimeError):  # the view was closed meanwhile
                self.rankerReady.emit((models, ranker))  # queued to the GUI thread

        threading.Thread(target=work, name="gpuscope-fits", daemon=True).start()

    def _on_ranker(self, result: tuple) -> None:
        models, ranker = result
        if models != self._models:
            return  # the list changed meanwhile; that build is already running
        self._building, self._ranker = None, ranker
        self.recompute()

    def _activated(self, index: QModelIndex) -> None:
        row = self.table_model.rows[self.proxy.mapToSource(index).row()]
        self.modelChosen.emit(row.model, row.quant.id)

    # --- text -----------------------------------------------------------------------------------
    def _fill_families(self, rows: list[RankedModel]) -> None:
        current = self.family.currentData()
        families = sorted({r.family for r in rows}, key=str.lower)
        self.family.blockSignals(True)
        self.family.clear()
        self.family.addItem(self.tr("All families"), None)
        for name in families:
            self.family.addItem(name, name)
        self.family.setCurrentIndex(max(0, self.family.findData(current)))
        self.family.blockSignals(False)

    def _show_gpu(self) -> None:
        if self._gpu is None:
            self.gpu_label.setText(self.tr("Choose a GPU to see which models fit."))
            return
        spec, free, n = self._gpu
        total = fmt(Bytes(spec.memory * n))
        name = spec.name if n == 1 else self.tr("{n} × {name}").format(
            n=QLocale().toString(n), name=spec.name)
        if free is None:
            text = self.tr("{gpu}: {total} (free VRAM unknown: fits are for an idle GPU)")
        else:
            text = self.tr("{gpu}: {total}, {free} free now")
        self.gpu_label.setText(text.format(gpu=name, total=total,
                                           free=fmt(Bytes(free or 0))))

    def _show_local(self) -> None:
        kinds = list(self.table_model.origins.values())
        saved, opened = kinds.count(SAVED), kinds.count(OPENED)
        found = len(kinds) - saved - opened
        loc = QLocale()
        text = self.tr("Ranked with the presets: {saved} of your saved models, {opened} opened "
                       "from a file, {found} found on this computer.").format(
            saved=loc.toString(saved), opened=loc.toString(opened), found=loc.toString(found))
        if self._scan_state == "running":
            text += " " + self.tr("Looking for models on this computer…")
        elif self._scan_state == "none":
            text += " " + self.tr("This computer has not been scanned yet.")
        self.local_label.setText(text)
        self.scan_button.setEnabled(self._scan_state != "running")

    def retranslate(self) -> None:
        texts = {"context": self.tr("Context (tokens)"), "family": self.tr("Family"),
                 "params": self.tr("Parameters (billions)"), "to": self.tr("to"),
                 "moe": self.tr("Architecture"), "speed": self.tr("Minimum decode (tok/s)"),
                 "show": self.tr("Show")}
        for key, value in texts.items():
            self.labels[key].setText(value)
        self.min_speed.setSpecialValueText(self.tr("any"))
        self.min_speed.setToolTip(self.tr(
            "Only quantizations decoding at least this fast; models that never do are hidden."))
        current = self.moe.currentData()
        self.moe.blockSignals(True)
        self.moe.clear()
        for label, value in ((self.tr("Dense and MoE"), None), (self.tr("Dense only"), False),
                             (self.tr("Mixture of experts only"), True)):
            self.moe.addItem(label, value)
        self.moe.setCurrentIndex(max(0, self.moe.findData(current)))
        self.moe.blockSignals(False)
        for lvl, label in ((Level.FITS, self.tr("Fits now")),
                           (Level.FITS_IDLE, self.tr("Idle GPU only")),
                           (Level.NO_FIT, self.tr("Does not fit"))):
            self.status[lvl].setText(label)
        self.busy.setText(self.tr("Computing every model × quantization…"))
        self.scan_button.setText(self.tr("Find models on this computer"))
        self.scan_button.setToolTip(self.tr(
            "Looks where My models looks (the Hugging Face cache, Ollama and LM Studio models, "
            "the folders you added) in the background, reading file headers only; the models "
            "found are ranked here too."))
        self.table.setAccessibleName(self.title())
        self.note.setText(self.tr(
            "Best first: models that fit the free VRAM now, then those that need an idle GPU, "
            "then those that do not fit (at their smallest). Within a group: models supporting "
            "the whole context, 4 bits or more before 3- and 2-bit fits, larger models first, "
            "then the better quantization and faster decoding. Each model's best quantization "
            "is the one with the most bits that fits (the free VRAM now, else an idle GPU); "
            "within one width, the smaller published quality loss (llama.cpp's Llama 3 8B "
            "perplexity table)."))
        self._show_gpu()
        self._show_local()
        if self.table_model.rows:
            self._fill_families(self.table_model.rows)
        self.table_model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        if self.table_model.rowCount():
            self.table_model.dataChanged.emit(
                self.table_model.index(0, 0),
                self.table_model.index(self.table_model.rowCount() - 1, len(COLUMNS) - 1))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
