"""'How to run it': the plan for the current selection and the command that runs it.

Engine (llama.cpp / Ollama / vLLM), GPU layers (auto = the most that fit, or a slider), the other
options where they apply (:mod:`gpuscope.ui.plan_options`: several GPUs, MoE experts, vLLM, host
memory), the per-device memory, vLLM's figures, the notes (assumptions, warnings), the
recommendation among quantizations, and the command with a Copy button. Self-contained:
:meth:`PlanPanel.show_selection` takes a selection, :meth:`PlanPanel.attach` follows an
:class:`~gpuscope.ui.state.AppState`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QFontDatabase, QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSlider,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.plans.commands import Command, command_for
from gpuscope.estimate.plans.describe import summary
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.recommend import Option, best
from gpuscope.estimate.plans.result import Engine, Plan
from gpuscope.estimate.plans.server_text import server_lines
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import Message
from gpuscope.ui.i18n import RENDERER, fmt, render, text
from gpuscope.ui.plan_options import PlanOptions
from gpuscope.units import Bytes

#: () -> every GPU of the window's source with its free VRAM (the selected one as overridden)
DetectedFn = Callable[[], tuple[tuple[GpuSpec, float | None], ...]]


class PlanPanel(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("planPanel")
        self.request: PlanRequest | None = None
        self.plan: Plan | None = None
        self.command: Command | None = None
        self.error: Message | None = None
        self.best: Option | None = None
        self.detected: DetectedFn = lambda: ()
        self.engine = QComboBox(self)
        for e in Engine:
            self.engine.addItem(e.value, e.value)
        self.engine.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.auto = QCheckBox(self)
        self.auto.setChecked(True)
        self.layers = QSlider(Qt.Orientation.Horizontal, self)
        self.layers_value = QLabel(self)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.server = QLabel(self)  # vLLM's figures
        self.server.setWordWrap(True)
        self.recommended = QLabel(self)
        self.recommended.setWordWrap(True)
        self.devices = QTableWidget(0, 8, self)
        self.devices.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.devices.verticalHeader().setVisible(False)
        self.devices.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.devices.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        self.notes = QLabel(self)
        self.notes.setWordWrap(True)
        self.command_box = QPlainTextEdit(self)
        self.command_box.setReadOnly(True)
        self.command_box.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.copy = QPushButton(self)
        self.options = PlanOptions(self)
        self._layout()
        self.engine.currentIndexChanged.connect(self._engine_changed)
        self.auto.toggled.connect(self._auto_toggled)
        self.layers.valueChanged.connect(self._layers_moved)
        self.copy.clicked.connect(self.copy_command)
        self.options.changed.connect(self._options_changed)
        self._retranslate()

    def _layout(self) -> None:
        self.form = QFormLayout()
        self.engine_label, self.layers_label = QLabel(self), QLabel(self)
        self.form.addRow(self.engine_label, self.engine)
        row = QHBoxLayout()
        row.addWidget(self.auto)
        row.addWidget(self.layers, 1)
        row.addWidget(self.layers_value)
        self.layers_row = QWidget(self)
        self.layers_row.setLayout(row)
        row.setContentsMargins(0, 0, 0, 0)
        self.form.addRow(self.layers_label, self.layers_row)
        self.options.add_rows(self.form)
        self.command_box.setMaximumHeight(self.command_box.fontMetrics().lineSpacing() * 5 + 12)
        bottom = QHBoxLayout()
        bottom.addWidget(self.command_box, 1)
        bottom.addWidget(self.copy, 0, Qt.AlignmentFlag.AlignTop)
        lay = QVBoxLayout(self)
        lay.addLayout(self.form)
        for w in (self.summary, self.server, self.recommended, self.devices, self.notes):
            lay.addWidget(w)
        lay.addLayout(bottom)
        lay.addStretch(1)

    def _retranslate(self) -> None:
        self.engine_label.setText(self.tr("Engine"))
        self.layers_label.setText(self.tr("GPU layers"))
        self.auto.setText(self.tr("Auto (most that fit)"))
        self.copy.setText(self.tr("Copy"))
        self.copy.setToolTip(self.tr("Copy the command to the clipboard"))
        self.devices.setHorizontalHeaderLabels([
            self.tr("Device"), self.tr("Layers"), self.tr("Weights"), self.tr("KV cache"),
            self.tr("Compute"), self.tr("Overhead"), self.tr("Total"), self.tr("Available")])
        self.setAccessibleName(self.tr("How to run it"))
        self.options.retranslate()
        if self.plan is not None:  # its placeholders are worded in the new language
            self.command = command_for(self.plan, renderer=RENDERER)
        self._show()

    # --- inputs ---------------------------------------------------------------------------------
    def show_selection(self, model: ModelSpec, quant: Quantization, gpus: tuple[GpuSpec, ...],
                       workload: Workload, free_bytes: tuple[float | None, ...] | None = None
                       ) -> None:
        self.request = PlanRequest(model, quant, gpus, workload, free_bytes=free_bytes)
        self._recommend()
        self.refresh()

    def show_estimate(self, e) -> None:
        """Follow the window's selection (called while this tab is shown). The plan updates at
        once; the recommendation, which estimates every quantization, waits for a pause."""
        n = e.workload.n_gpus
        per = None if e.fit.free_bytes is None else e.fit.free_bytes / n
        self.request = PlanRequest(e.model, e.quant, (e.gpu,) * n, e.workload,
                                   free_bytes=(per,) * n if per is not None else None)
        self.refresh()
        if not hasattr(self, "_recommend_timer"):
            from PySide6.QtCore import QTimer

            self._recommend_timer = QTimer(self, singleShot=True, interval=250)
            self._recommend_timer.timeout.connect(lambda: (self._recommend(), self._show()))
        self._recommend_timer.start()

    def attach(self, state) -> None:  # AppState: the window's model of the selection
        def follow(_estimate: object = None) -> None:
            n = state.workload.n_gpus
            free = state.gpu_choice.free_bytes
            self.show_selection(state.model, state.quant, (state.gpu(),) * n, state.workload,
                                (free,) * n if free is not None else None)
        state.estimated.connect(follow)

    def _engine_changed(self, _index: int = 0) -> None:
        self._recommend()
        self.refresh()

    def _options_changed(self) -> None:
        self._recommend()
        self.refresh()

    def _auto_toggled(self, on: bool) -> None:
        self.layers.setEnabled(not on and self._engine() is not Engine.VLLM)
        self.refresh()

    def _layers_moved(self, value: int) -> None:
        self.layers_value.setText(str(value))
        if not self.auto.isChecked():
            self.refresh()

    def _engine(self) -> Engine:
        return Engine(self.engine.currentData() or Engine.LLAMA_CPP.value)

    # --- computation ----------------------------------------------------------------------------
    def planned(self) -> PlanRequest | None:
        """The request with the panel's choices: the engine, every detected GPU when asked, the
        split, link, host, MoE and vLLM options (GPU layers aside)."""
        if self.request is None:
            return None
        r = self.request.with_(engine=self._engine())
        detected = self.detected()
        if self.options.use_all.isChecked() and len(detected) > 1:
            gpus = tuple(g for g, _ in detected)
            free = tuple(f for _, f in detected)
            r = r.with_(gpus=gpus, free_bytes=free if any(f is not None for f in free) else None,
                        workload=r.workload.with_(n_gpus=len(gpus)))
        return self.options.apply(r)

    def _recommend(self) -> None:
        self.best = None
        try:
            r = self.planned()
            self.best = best(r) if r is not None else None
        except GpuscopeError:
            self.best = None

    def refresh(self) -> None:
        if self.request is None:
            return
        engine = self._engine()
        manual = not self.auto.isChecked() and engine is not Engine.VLLM
        r = self.request
        try:
            r = self.planned() or r
            self.plan, self.error = make_plan(
                r.with_(gpu_layers=self.layers.value() if manual else None)), None
            self.command = command_for(self.plan, renderer=RENDERER)
        except GpuscopeError as exc:
            self.plan, self.command, self.error = None, None, exc.message
        self._show_rows(r)
        self._show()

    def _show_rows(self, r: PlanRequest) -> None:
        engine = self._engine()
        spec = r.model.transformer
        self.options.show_rows(engine, len(r.gpus), len(self.detected()),
                               bool(spec and spec.is_moe))
        self.form.setRowVisible(self.layers_row, engine is not Engine.VLLM)
        if spec is not None:
            self.options.moe.setMaximum(spec.n_layers)

    def _show(self) -> None:
        plan = self.plan
        self.layers.setEnabled(not self.auto.isChecked() and self._engine() is not Engine.VLLM)
        self.summary.setStyleSheet("" if plan is not None else "color: #b3261e;")
        if plan is None:  # the core's reason, in red: a combination it refuses, a bad model
            self.summary.setText(render(self.error) if self.error is not None else "")
            self.server.hide()
            self.recommended.clear()
            self.devices.setRowCount(0)
            self.notes.clear()
            self.command_box.clear()
            self.copy.setEnabled(False)
            return
        self.layers.blockSignals(True)
        self.layers.setRange(0, plan.n_layers + 1)
        self.layers.setValue(plan.gpu_layers)
        self.layers.blockSignals(False)
        self.layers_value.setText(f"{plan.gpu_layers} / {plan.n_layers + 1}")
        self.summary.setText(render(summary(plan)))
        self.options.show_assumed(text(plan.host.platform) if plan.host.assumed else None,
                                  plan.host.effective / 1e9)
        lines = server_lines(plan)
        self.server.setText("\n".join(render(m) for m in lines))
        self.server.setVisible(bool(lines))
        self.options.moe.setSpecialValueText(self.tr("auto (%1)").replace(
            "%1", str(plan.cpu_moe_layers)) if plan.engine is Engine.LLAMA_CPP else self.tr("auto"))
        b = self.best
        self.recommended.setText(self.tr("Recommended: {0}").format(render(b.summary))
                                 if b is not None else "")
        self._fill_devices(plan)
        self.notes.setText("\n".join(f"• {render(n)}" for n in plan.notes))
        self.notes.setVisible(bool(plan.notes))
        self.command_box.setPlainText(self.command.text if self.command else "")
        self.copy.setEnabled(self.command is not None)

    def _fill_devices(self, plan: Plan) -> None:
        self.devices.setRowCount(len(plan.devices))
        for row, d in enumerate(plan.devices):
            name = (self.tr("GPU {0}: {1}").format(d.index, d.name) if d.kind == "gpu"
                    else self.tr("CPU (RAM)"))
            layers = str(d.n_blocks) + (" + " + self.tr("output") if d.output_layer else "")
            cap = "" if d.capacity_bytes is None else fmt(Bytes(d.capacity_bytes))
            cells = [name, layers, fmt(Bytes(d.weights_bytes)), fmt(Bytes(d.kv_bytes)),
                     fmt(Bytes(d.compute_bytes)), fmt(Bytes(d.overhead_bytes)),
                     fmt(Bytes(d.total_bytes)), cap]
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if d.fits is False and col == 6:
                    item.setForeground(Qt.GlobalColor.red)
                self.devices.setItem(row, col, item)
        rows = sum(self.devices.rowHeight(i) for i in range(len(plan.devices)))
        self.devices.setFixedHeight(self.devices.horizontalHeader().sizeHint().height() + rows
                                    + 2 * self.devices.frameWidth() + 2)

    def copy_command(self) -> None:
        if self.command is not None:
            QGuiApplication.clipboard().setText(self.command.text)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
