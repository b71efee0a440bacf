"""The GPU panel: device chooser (detected, snapshot, catalogue; N x GPU), facts, VRAM, peaks."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gpuscope.estimate.result import Estimate
from gpuscope.text import Message
from gpuscope.ui.combo_text import keep_text_in_step
from gpuscope.ui.gpu_choices import relabel
from gpuscope.ui.i18n import fmt, render
from gpuscope.ui.peaks_table import PeaksTable
from gpuscope.ui.state import AppState, GpuChoice
from gpuscope.ui.vram_bar import VramBar
from gpuscope.units import Bytes

if TYPE_CHECKING:  # telemetry loads with the GPU source, after the first paint
    from gpuscope.hardware.telemetry import DeviceHealth


class GpuPanel(QGroupBox):
    choice_selected = Signal(object)  # GpuChoice

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gpuPanel")
        self.state = state
        self.choices: list[GpuChoice] = []
        self.chooser = QComboBox(self, objectName="gpuChooser")
        self.chooser.setEditable(True)
        self.chooser.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        comp = self.chooser.completer()
        comp.setFilterMode(Qt.MatchFlag.MatchContains)
        comp.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        comp.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        keep_text_in_step(self.chooser)
        self.count = QSpinBox(self, objectName="gpuCount")
        self.count.setRange(1, 64)
        self.count.setPrefix("× ")
        row = QHBoxLayout()
        row.addWidget(self.chooser, 1)
        row.addWidget(self.count)
        self.facts = QFormLayout()
        self.labels = {k: QLabel(self) for k in ("arch", "cc", "memory", "driver", "live")}
        self.values = {k: QLabel(self) for k in self.labels}
        for k in self.labels:
            self.values[k].setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[k].setWordWrap(True)
            self.facts.addRow(self.labels[k], self.values[k])
        self.vram = VramBar(self)
        self.peaks = PeaksTable(self)
        self.hint = QLabel(self, objectName="overrideHint")  # why a typed value was refused
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #b3261e;")
        self.hint.hide()
        self._refused: Message | None = None
        lay = QVBoxLayout(self)
        lay.addLayout(row)
        lay.addLayout(self.facts)
        lay.addWidget(self.vram)
        lay.addWidget(self.peaks)
        lay.addWidget(self.hint)
        self.chooser.activated.connect(self._chosen)
        self.count.valueChanged.connect(lambda n: self.state.set_workload(n_gpus=n))
        self.peaks.override_requested.connect(self.state.set_override)
        self.peaks.override_refused.connect(self._show_refused)
        # the table shows the new figure in italics once the edit is over
        state.override_set.connect(lambda *_: QTimer.singleShot(0, self.refresh))
        state.override_set.connect(lambda *_: self._show_refused(None))
        state.gpu_choice_changed.connect(lambda _c: self._show_refused(None))
        state.gpu_choice_changed.connect(lambda _c: self.refresh())
        state.estimated.connect(self.show_estimate)
        self.driver_text = ""
        self.live_text = ""
        self.live_stale = False
        self.retranslate()

    def set_choices(self, choices: list[GpuChoice]) -> None:
        self.choices = choices
        self.chooser.blockSignals(True)
        self.chooser.clear()
        for c in choices:
            self.chooser.addItem(c.label, c.key)
        self.chooser.blockSignals(False)
        self.refresh()

    def _relabel(self) -> None:
        """Device entries in the current language, the selection untouched."""
        self.choices = relabel(self.choices)
        for c in self.choices:
            idx = self.chooser.findData(c.key) if c.record is not None else -1
            if idx >= 0:
                self.chooser.setItemText(idx, c.label)

    def _chosen(self, index: int) -> None:
        key = self.chooser.itemData(index)
        for c in self.choices:
            if c.key == key:  # set_gpu brings the overrides the user keeps for it
                self.choice_selected.emit(c)
                self.state.set_gpu(c)
                return

    def refresh(self) -> None:
        choice = self.state.gpu_choice
        idx = self.chooser.findData(choice.key)
        if idx >= 0 and idx != self.chooser.currentIndex():
            self.chooser.setCurrentIndex(idx)
        spec = self.state.gpu()
        self.values["arch"].setText(spec.architecture)
        self.values["cc"].setText(".".join(map(str, spec.compute_capability)))
        if spec.memory_known:
            mem = fmt(Bytes(spec.memory)) + (f" {spec.memory_type}" if spec.memory_type else "")
            self.values["memory"].setText(mem)
            self.values["memory"].setToolTip("")
        else:  # NVML did not report the size: never "0 B"; the reason, and how to fix it
            why = render(spec.unknown["memory"])
            self.values["memory"].setText(self.tr("unknown (%1)").replace("%1", why))
            self.values["memory"].setToolTip(self.tr(
                "%1. Set the GPU's memory as an override to know whether a model fits.")
                .replace("%1", why))
        self.values["driver"].setText(self.driver_text if choice.kind != "catalogue" else "–")
        self.values["live"].setText(self.live_text if choice.kind != "catalogue" else self.tr(
            "planning for a catalogue GPU"))
        stale = self.live_stale and choice.kind != "catalogue"
        self.values["live"].setStyleSheet("color: #b3261e;" if stale else "")
        self.count.blockSignals(True)
        self.count.setValue(self.state.workload.n_gpus)
        self.count.blockSignals(False)
        self.peaks.show_spec(spec)

    def show_estimate(self, e: Estimate) -> None:
        choice = self.state.gpu_choice
        used = None
        if choice.free_bytes is not None:
            used = max(0.0, e.fit.available_bytes - (e.fit.free_bytes or 0.0))
        if not e.gpu.memory_known:
            self.vram.set_unknown(e.fit.needed_bytes)
            return
        self.vram.set_values(e.fit.available_bytes, used, e.fit.needed_bytes)

    def show_health(self, health: DeviceHealth) -> None:
        """"fresh", or since when the live figures are old and why (the estimate stays)."""
        msg = health.message()
        if msg is None or health.since is None:
            self.set_live_status(self.tr("fresh"))
            return
        since = QDateTime.fromMSecsSinceEpoch(int(health.since * 1000)).toString("HH:mm:ss")
        text = self.tr("Stale since %1 — %2").replace("%1", since).replace("%2", render(msg))
        self.set_live_status(text, stale=True)

    def set_live_status(self, text: str, stale: bool = False) -> None:
        """What the live data row says for the selected device; ``stale``: shown as a warning.
        Called on every telemetry poll: sets the one line that can change, not the panel (a full
        refresh rebuilds the peaks table, most of an idle window's CPU at 1 Hz)."""
        if (text, stale) == (self.live_text, self.live_stale):
            return
        self.live_text, self.live_stale = text, stale
        if self.state.gpu_choice.kind != "catalogue":
            self.values["live"].setText(text)
            self.values["live"].setStyleSheet("color: #b3261e;" if stale else "")

    def _show_refused(self, problem: Message | None) -> None:
        self._refused = problem
        self.hint.setText(render(problem) if problem is not None else "")
        self.hint.setVisible(problem is not None)

    def retranslate(self) -> None:
        self.setTitle(self.tr("GPU"))
        for key, text in (("arch", self.tr("Architecture")), ("cc", self.tr(
                "Compute capability")), ("memory", self.tr("VRAM")), ("driver", self.tr(
                "Driver")), ("live", self.tr("Live data"))):
            self.labels[key].setText(text)
        self.chooser.setToolTip(self.tr(
            "Detected GPUs, loaded snapshots and every catalogue GPU (type to search)."))
        self.chooser.setAccessibleName(self.tr("GPU"))
        self.count.setToolTip(self.tr(
            "Number of such GPUs: memory is pooled (llama.cpp layer split)."))
        self.count.setAccessibleName(self.tr("Number of GPUs"))
        self._show_refused(self._refused)
        self._relabel()
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


