"""The plan's options beyond engine and GPU layers, as rows of the plan panel's form.

Several GPUs (all detected ones instead of N copies of the selected one, layer or tensor split, the
link), the experts kept in RAM (MoE, llama.cpp), vLLM's memory share and sequence cap, and the host
memory (an assumed platform or the bandwidth the user measured). Each row shows only where it
applies (:meth:`PlanOptions.show_rows`); :meth:`PlanOptions.apply` puts the choices in a request.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from gpuscope.estimate.plans.host import PLATFORMS, host_memory
from gpuscope.estimate.plans.links import get_link
from gpuscope.estimate.plans.planner import PlanRequest
from gpuscope.estimate.plans.result import Engine
from gpuscope.estimate.plans.server import VllmOptions
from gpuscope.ui.i18n import text
from gpuscope.units import U

ENTERED = "entered"  # the host combo's entry for a bandwidth the user typed
LINKS = (("pcie3", "PCIe 3.0 x16"), ("pcie4", "PCIe 4.0 x16"), ("pcie5", "PCIe 5.0 x16"),
         ("nvlink", "NVLink"))


def _row(parent: QWidget, *widgets: QWidget) -> QWidget:
    box = QWidget(parent)
    lay = QHBoxLayout(box)
    lay.setContentsMargins(0, 0, 0, 0)
    for w in widgets:
        lay.addWidget(w)
    lay.addStretch(1)
    return box


class PlanOptions(QObject):
    changed = Signal()  # a choice that changes the plan
    host_changed = Signal(str, float)  # platform id | "" | "entered", GB/s (to remember)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        p = parent
        self.use_all = QCheckBox(p)
        self.split_label, self.split = QLabel(p), QComboBox(p)
        self.link_label, self.link = QLabel(p), QComboBox(p)
        self.link.addItem("", "")
        for key, name in LINKS:
            self.link.addItem(name, key)
        self.moe = QSpinBox(p)
        self.moe.setRange(-1, 999)
        self.moe.setValue(-1)
        self.util_label, self.util = QLabel(p), QDoubleSpinBox(p)
        self.util.setRange(0.05, 1.0)
        self.util.setSingleStep(0.05)
        self.util.setValue(0.9)
        self.seqs_label, self.seqs = QLabel(p), QSpinBox(p)
        self.seqs.setRange(0, 65536)
        self.host = QComboBox(p)
        self.bandwidth = QDoubleSpinBox(p)
        self.bandwidth.setRange(1.0, 10_000.0)
        self.bandwidth.setDecimals(1)
        self.bandwidth.setValue(60.0)
        self.gpus_row = _row(p, self.use_all, self.split_label, self.split, self.link_label,
                             self.link)
        self.moe_row = _row(p, self.moe)
        self.vllm_row = _row(p, self.util_label, self.util, self.seqs_label, self.seqs)
        self.host_row = _row(p, self.host, self.bandwidth)
        self.labels = {k: QLabel(p) for k in ("gpus", "moe", "vllm", "host")}
        for w in (self.use_all,):
            w.toggled.connect(self.changed)
        for c in (self.split, self.link):
            c.currentIndexChanged.connect(self.changed)
        for s in (self.moe, self.seqs, self.util):
            s.valueChanged.connect(self.changed)
        self.host.currentIndexChanged.connect(self._host_edited)
        self.bandwidth.valueChanged.connect(self._host_edited)
        self.retranslate()

    def add_rows(self, form: QFormLayout) -> None:
        for key, row in (("gpus", self.gpus_row), ("moe", self.moe_row),
                         ("vllm", self.vllm_row), ("host", self.host_row)):
            form.addRow(self.labels[key], row)
        self.form = form

    def retranslate(self) -> None:
        self.labels["gpus"].setText(self.tr("Several GPUs"))
        self.labels["moe"].setText(self.tr("MoE experts in RAM"))
        self.labels["vllm"].setText(self.tr("vLLM"))
        self.labels["host"].setText(self.tr("Host memory"))
        self.split_label.setText(self.tr("Split"))
        self.link_label.setText(self.tr("Link"))
        self.util_label.setText(self.tr("Memory share"))
        self.seqs_label.setText(self.tr("Max sequences"))
        self.use_all.setToolTip(self.tr(
            "Plan with every GPU of the source, each with its own free VRAM, instead of N copies "
            "of the selected one"))
        self.util.setToolTip(self.tr(
            "--gpu-memory-utilization: the share of each GPU's memory vLLM takes"))
        self.seqs.setToolTip(self.tr("--max-num-seqs: the most sequences vLLM schedules together"))
        self.seqs.setSpecialValueText(self.tr("vLLM default"))
        self.bandwidth.setSuffix("\u00a0" + text(U["GB/s"]))
        self.moe.setToolTip(self.tr(
            "Layers whose expert tensors stay in RAM (llama.cpp -ot / --n-cpu-moe)"))
        self.moe.setSpecialValueText(self.tr("auto"))
        self.bandwidth.setToolTip(self.tr(
            "The memory bandwidth your CPU reaches (a STREAM or llama-bench figure): it replaces "
            "the assumed one"))
        self._fill(self.split, (("auto", self.tr("Auto")), ("layer", self.tr("Layer split")),
                                ("tensor", self.tr("Tensor parallel"))))
        self.link.setItemText(0, self.tr("Default for these GPUs"))
        self._fill(self.host, (("", self.tr("Assumed for this GPU")),
                               *((k, text(p.name)) for k, p in PLATFORMS.items()),
                               (ENTERED, self.tr("Measured bandwidth:"))))

    @staticmethod
    def _fill(combo: QComboBox, items: tuple[tuple[str, str], ...]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for key, label in items:
            combo.addItem(label, key)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def show_assumed(self, platform: str | None, effective_gbs: float | None = None) -> None:
        """Name the platform the plan assumed in the host combo's first entry; while no bandwidth
        is entered, the (disabled) box shows the one assumed, the starting point of an edit."""
        self.host.setItemText(0, self.tr("Assumed for this GPU") if platform is None
                              else self.tr("Assumed: %1").replace("%1", platform))
        if effective_gbs is not None and self.host.currentData() != ENTERED:
            self.bandwidth.blockSignals(True)
            self.bandwidth.setValue(effective_gbs)
            self.bandwidth.blockSignals(False)

    # --- host memory, remembered by the window --------------------------------------------------
    def restore_host(self, platform: str, gbs: float) -> None:
        self.host.blockSignals(True)
        self.bandwidth.blockSignals(True)
        self.host.setCurrentIndex(max(0, self.host.findData(platform)))
        if gbs > 0:
            self.bandwidth.setValue(gbs)
        self.host.blockSignals(False)
        self.bandwidth.blockSignals(False)
        self.bandwidth.setEnabled(self.host.currentData() == ENTERED)

    def _host_edited(self, *_args: object) -> None:
        self.bandwidth.setEnabled(self.host.currentData() == ENTERED)
        self.host_changed.emit(self.host.currentData() or "", self.bandwidth.value())
        self.changed.emit()

    # --- the request ----------------------------------------------------------------------------
    def show_rows(self, engine: Engine, n_gpus: int, n_detected: int, is_moe: bool) -> None:
        vllm = engine is Engine.VLLM
        self.use_all.setText(self.tr("All %1 detected GPUs").replace("%1", str(n_detected)))
        self.use_all.setVisible(n_detected > 1)
        for w in (self.split_label, self.split):
            w.setVisible(n_gpus > 1 and not vllm)
        for w in (self.link_label, self.link):
            w.setVisible(n_gpus > 1)
        self.form.setRowVisible(self.gpus_row, n_gpus > 1 or n_detected > 1)
        self.form.setRowVisible(self.moe_row, is_moe and engine is Engine.LLAMA_CPP)
        self.form.setRowVisible(self.vllm_row, vllm)
        self.form.setRowVisible(self.host_row, not vllm)

    def apply(self, r: PlanRequest) -> PlanRequest:
        """``r`` with the split, link, host, MoE and vLLM choices (those that apply)."""
        link_id = self.link.currentData() or ""
        entered = self.host.currentData() == ENTERED
        host = host_memory(r.gpus[0], bandwidth=self.bandwidth.value() * 1e9 if entered else None,
                           platform=None if entered else self.host.currentData() or None)
        moe = self.moe.value()
        return r.with_(
            split=self.split.currentData() or "auto",
            link=get_link(link_id, r.gpus) if link_id and len(r.gpus) > 1 else None,
            host=host,
            cpu_moe=moe if moe >= 0 and r.engine is Engine.LLAMA_CPP else None,
            vllm=VllmOptions(gpu_memory_utilization=self.util.value(),
                             max_num_seqs=self.seqs.value() or None))
