"""The GPU's dense peaks (sparse alongside), bandwidth and VRAM: each with its source, editable."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from gpuscope.hardware.gpu import Figure, GpuSpec, Provenance
from gpuscope.ui.i18n import fmt, render
from gpuscope.units import Kind, Quantity

#: key, accumulate precision, display kind, scale of the typed number
ROWS = (("fp32", "FP32", Kind.FLOP_RATE), ("fp16", "FP32", Kind.FLOP_RATE),
        ("fp16_acc16", "FP16", Kind.FLOP_RATE), ("bf16", "FP32", Kind.FLOP_RATE),
        ("tf32", "FP32", Kind.FLOP_RATE), ("fp8", "FP32", Kind.FLOP_RATE),
        ("int8", "INT32", Kind.OP_RATE), ("int4", "INT32", Kind.OP_RATE),
        ("fp4", "FP32", Kind.FLOP_RATE), ("bandwidth", "", Kind.BYTE_RATE),
        ("memory", "", Kind.BYTES))
TYPED_SCALE = {Kind.FLOP_RATE: 1e12, Kind.OP_RATE: 1e12, Kind.BYTE_RATE: 1e9, Kind.BYTES: 2**30}


class PeaksTable(QTableWidget):
    override_requested = Signal(str, object)  # key, value in base units (None = remove)
    override_refused = Signal(object)  # Message: why the typed value was not applied

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(len(ROWS), 3, parent)
        self.setObjectName("peaksTable")
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(False)
        h = self.horizontalHeader()
        h.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        h.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.spec: GpuSpec | None = None
        self._filling = False
        self.itemChanged.connect(self._edited)
        self.retranslate()

    def names(self) -> dict[str, str]:
        return {
            "fp32": self.tr("FP32 (CUDA cores)"), "fp16": self.tr("FP16 tensor"),
            "fp16_acc16": self.tr("FP16 tensor"), "bf16": self.tr("BF16 tensor"),
            "tf32": self.tr("TF32 tensor"), "fp8": self.tr("FP8 tensor"),
            "int8": self.tr("INT8 tensor"), "int4": self.tr("INT4 tensor"),
            "fp4": self.tr("FP4 tensor"), "bandwidth": self.tr("Memory bandwidth"),
            "memory": self.tr("VRAM"),
        }

    def retranslate(self) -> None:
        self.setHorizontalHeaderLabels([self.tr("Format"), self.tr("Dense"),
                                        self.tr("Sparse 2:4")])
        self.setToolTip(self.tr(
            "Dense peaks: what matrix products can reach without structured sparsity. NVIDIA's "
            "headline figures are usually the 2:4 sparse ones, twice as high. Double-click a "
            "value to override it (e.g. a power-limited card); empty it to restore."))
        self.setAccessibleName(self.tr("GPU peaks"))
        self._fill()

    def show_spec(self, spec: GpuSpec) -> None:
        self.spec = spec
        self._fill()

    def _figure(self, key: str) -> Figure | None:
        if self.spec is None:
            return None
        if key == "memory":
            return self.spec.memory_bytes
        if key == "bandwidth":
            return self.spec.bandwidth
        return self.spec.peaks.get(key)

    def _source_text(self, fig: Figure) -> str:
        kinds = {Provenance.PUBLISHED: self.tr("published"), Provenance.DERIVED: self.tr(
            "derived"), Provenance.MEASURED: self.tr("measured"),
            Provenance.OVERRIDE: self.tr("your override")}
        if fig.provenance is Provenance.OVERRIDE:  # the user is the source: no English label
            text = kinds[fig.provenance]
        else:
            # one translatable pattern: French puts a no-break space before the colon
            text = self.tr("%1: %2", "provenance: source").replace(
                "%1", kinds[fig.provenance]).replace("%2", fig.source)
        return f"{text}\n{fig.note}" if fig.note else text

    def _fill(self) -> None:
        self._filling = True
        names, na = self.names(), self.tr("none on this GPU")
        for row, (key, acc, kind) in enumerate(ROWS):
            fig = self._figure(key)
            label = names[key]
            if acc:
                label = self.tr("%1, %2 acc.").replace("%1", label).replace("%2", acc)
            why = self.spec.unknown.get(key) if self.spec is not None else None
            shown = (self.tr("unknown") if why is not None
                     else na if fig is None else fmt(Quantity(fig.value, kind)))
            cells = [QTableWidgetItem(label), QTableWidgetItem(shown), QTableWidgetItem("")]
            if fig is not None and self.spec is not None and key not in ("memory", "bandwidth"):
                sparse = self.spec.sparse_peak(key)
                cells[2].setText(fmt(Quantity(sparse, kind)) if sparse else "–")
            tip = (render(why) if why is not None
                   else self._source_text(fig) if fig is not None else na)
            for col, item in enumerate(cells):
                item.setToolTip(tip)
                flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                if col == 1 and self.spec is not None:
                    flags |= Qt.ItemFlag.ItemIsEditable
                    item.setData(Qt.ItemDataRole.UserRole, key)
                    if fig is not None and fig.provenance is Provenance.OVERRIDE:
                        font = item.font()
                        font.setItalic(True)
                        item.setFont(font)
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight
                                          | Qt.AlignmentFlag.AlignVCenter)
                item.setFlags(flags)
                self.setItem(row, col, item)
        self._filling = False
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + 2 * self.frameWidth()
        height += sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height)

    def _edited(self, item: QTableWidgetItem) -> None:
        if self._filling or item.column() != 1:
            return
        key = item.data(Qt.ItemDataRole.UserRole)
        kind = ROWS[item.row()][2]
        raw = item.text().strip().split()[0] if item.text().strip() else ""
        if not raw:
            self.override_requested.emit(key, None)
            return
        from gpuscope.hardware.custom_gpus import override_problem  # on the first edit

        value, ok = QLocale().toDouble(raw)
        if not ok:
            value, ok = QLocale.c().toDouble(raw)
        typed: object = value * TYPED_SCALE[kind] if ok else raw
        label = self.item(item.row(), 0).text() if self.item(item.row(), 0) else key
        problem = override_problem(key, typed, label=label)
        if problem is None:
            self.override_requested.emit(key, typed)
        else:  # refuse (a TFLOPS figure typed as GFLOPS ...): say why, show the figure again
            self.override_refused.emit(problem)
            self._fill()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


