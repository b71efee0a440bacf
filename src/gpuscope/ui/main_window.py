"""The main window: verdict on top, GPU and model on the left, plots and the work on the right."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.workload import Workload
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization
from gpuscope.ui import app_theme, settings, startup_probe
from gpuscope.ui.explain_panel import ExplainPanel
from gpuscope.ui.gpu_choices import catalogue_choices, default_catalogue_key, device_choices
from gpuscope.ui.gpu_panel import GpuPanel
from gpuscope.ui.gpu_service import GpuService, SourceReport
from gpuscope.ui.i18n import render
from gpuscope.ui.menus import MainMenus
from gpuscope.ui.message_bar import MessageBar
from gpuscope.ui.model_form import ModelForm
from gpuscope.ui.plot_tabs import PlotTabs
from gpuscope.ui.state import BATCH_MAX, AppState, GpuChoice
from gpuscope.ui.user_data import UserData
from gpuscope.ui.verdict_bar import VerdictBar


def _initial_state(remembered: settings.Remembered) -> AppState:
    """The remembered selection; a saved model of the user's is selected once it is read (after
    the first paint): until then the default preset stands in, the rest is as remembered."""
    choices = {c.key: c for c in catalogue_choices()}
    gpu = choices.get(remembered.gpu_key) or choices[default_catalogue_key()]
    try:
        try:
            model = get_preset(remembered.model_id)
        except GpuscopeError:
            model = get_preset(settings.Remembered().model_id)
        quant = get_quantization(remembered.quant)
        # the context and prompt as wanted: AppState caps them for the model
        work = Workload(context=remembered.context, batch=min(remembered.batch, BATCH_MAX),
                        prompt=remembered.prompt,
                        kv_cache=remembered.kv_cache, flash_attention=remembered.flash_attention,
                        n_gpus=remembered.n_gpus)
    except Exception:  # noqa: BLE001 - anything odd in old settings: start from defaults
        defaults = settings.Remembered()
        model, quant = get_preset(defaults.model_id), get_quantization(defaults.quant)
        work = Workload(context=defaults.context)
    return AppState(gpu, model, quant, work)


def _live_rate(remembered: settings.Remembered) -> float:
    """The remembered live data rate, sane whatever the settings file held (1 Hz otherwise)."""
    rate = remembered.live_rate_hz
    return min(6.0, rate) if isinstance(rate, float) and rate >= 0.05 else 1.0


class MainWindow(QMainWindow):
    def __init__(self, snapshot: str | None = None, *, service: GpuService | None = None,
                 remembered: settings.Remembered | None = None) -> None:
        super().__init__()
        self.setObjectName("mainWindow")
        self.remembered = remembered or settings.load()
        self.state = _initial_state(self.remembered)
        # a saved model of the user's, selected once the saved models are read
        self._pending_model = (self.remembered.model_id
                               if self.state.model.id != self.remembered.model_id else None)
        self.catalogue = catalogue_choices()
        self.report: SourceReport | None = None
        self.verdict = VerdictBar(self)
        self.banner = QLabel(self, objectName="banner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("#banner { background: #fef7e0; color: #3c2f00; "
                                  "border: 1px solid #f9ab00; border-radius: 4px; padding: 6px; }")
        self.banner.hide()
        self.messages = MessageBar(self)
        notice = settings.take_notice()  # a damaged settings file was set aside at start-up
        if notice is not None:
            self.messages.add(notice)
        self.gpu_panel = GpuPanel(self.state, self)
        self.model_form = ModelForm(self.state, self)
        self.plots = PlotTabs(self)
        self.explain = ExplainPanel(self)
        self.views = None  # plan, models that fit, my models: built with the plots
        self.user_data = UserData(self.state, self)  # read after the first paint
        self.user_data.told.connect(self.messages.add)
        self.user_data.models_changed.connect(self._saved_models_changed)
        self.model_form.buttons.save_requested.connect(lambda: self._saved_models("save_current"))
        self.model_form.buttons.delete_requested.connect(
            lambda: self._saved_models("delete_current"))
        self.setAcceptDrops(True)
        self._layout()
        self.service = service or GpuService(self, rate_hz=_live_rate(self.remembered))
        self.menus = MainMenus(self)
        self.status_nvml = QLabel(self, objectName="statusNvml")  # this machine's NVML
        self.status_snapshot = QLabel(self, objectName="statusSnapshot")  # the snapshot's driver
        self.status_snapshot.setContentsMargins(0, 0, 12, 0)  # apart from "offline"
        self.status_snapshot.hide()
        self.status_offline = QLabel(self)
        self.statusBar().addWidget(self.status_nvml, 1)
        self.statusBar().addPermanentWidget(self.status_snapshot)
        self.statusBar().addPermanentWidget(self.status_offline)
        self.gpu_panel.set_choices(self.catalogue)
        self.state.estimated.connect(self._estimated)
        self.state.failed.connect(self.verdict.show_error)
        self.service.opened.connect(self._source_opened)
        self.service.open_failed.connect(self._source_failed)
        self.service.frame.connect(self._frame)
        self.service.local_checked.connect(self._local_checked)
        self.apply_theme(self.remembered.theme)
        self.retranslate()
        self.state.recompute()
        self._snapshot = snapshot
        # NVML, pyqtgraph and numpy load right after the first paint, not before it
        self.centralWidget().installEventFilter(self)
        self._painted = False
        self._after_paint: list[Callable[[], object]] = []

    def after_first_paint(self, callback: Callable[[], object]) -> None:
        """Run ``callback`` once the window has painted (at once if it already has): work that
        imports heavy modules, such as opening a model file given on the command line."""
        if self._painted:
            QTimer.singleShot(0, callback)
        else:
            self._after_paint.append(callback)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 - Qt override
        if not self._painted and obj is self.centralWidget() and event.type() == QEvent.Type.Paint:
            self._painted = True
            startup_probe.mark("first-paint", self.windowTitle())
            self.service.open(self._snapshot)
            QTimer.singleShot(0, self._load_user_data)
            QTimer.singleShot(0, self._build_plots)
            for callback in self._after_paint:
                QTimer.singleShot(0, callback)
            self._after_paint.clear()
        return False

    def _layout(self) -> None:
        left = QWidget(self)
        left_lay = QVBoxLayout(left)
        left_lay.setContentsMargins(0, 0, 0, 0)
        left_lay.addWidget(self.gpu_panel)
        left_lay.addWidget(self.model_form)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setMinimumWidth(400)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.plots)
        right.addWidget(self.explain)
        right.setSizes([520, 220])
        split = QSplitter(Qt.Orientation.Horizontal, self)
        split.addWidget(scroll)
        split.addWidget(right)
        split.setSizes([430, 850])
        split.setStretchFactor(1, 1)
        central = QWidget(self)
        lay = QVBoxLayout(central)
        lay.setContentsMargins(8, 8, 8, 4)
        lay.addWidget(self.verdict)
        lay.addWidget(self.banner)
        lay.addWidget(self.messages)
        lay.addWidget(split, 1)
        self.setCentralWidget(central)
        self.splitter = split

    def _build_plots(self) -> None:
        from gpuscope.ui.window_views import WindowViews

        self.plots.built.connect(self._tab_built)
        self.plots.build()
        self.views = WindowViews(self)
        self.plots.currentChanged.connect(self._tab_changed)
        for key in filter(None, self.remembered.hidden_plots.split(",")):
            self.plots.set_plot_visible(key, False)
        self.menus.sync_plot_actions()
        QTimer.singleShot(0, lambda: startup_probe.mark("plots-ready"))

    def _tab_built(self, key: str, _widget) -> None:
        if key == "telemetry":
            self._wire_telemetry()

    def _tab_changed(self, _index: int) -> None:
        """'Show the work' explains the estimate: shown beside the plots, not the model lists."""
        from gpuscope.ui.plot_tabs import PLOTS

        self.explain.setVisible(self.plots.current_key() in PLOTS)

    # --- the user's saved models and overrides ----------------------------------------------------
    def _load_user_data(self) -> None:
        self.user_data.ensure_loaded()
        startup_probe.mark("user-data")

    def _saved_models_changed(self) -> None:
        self.model_form.set_my_models(self.user_data.models)
        pending, self._pending_model = self._pending_model, None  # once, at start-up
        if pending in self.model_form.mine:  # the last session's model
            self.model_form.select_model(self.model_form.mine[pending])  # caps the context

    def _saved_models(self, flow: str) -> None:
        from gpuscope.ui import saved_models

        getattr(saved_models, flow)(self)

    # --- estimate ---------------------------------------------------------------------------------
    def _estimated(self, e) -> None:
        self.verdict.show_estimate(e)
        self.explain.show_estimate(e)
        self.plots.show_estimate(e)

    # --- GPUs -------------------------------------------------------------------------------------
    def load_snapshot(self, path: str) -> None:
        self.service.open(path)

    def _source_opened(self, report: SourceReport) -> None:
        self.report = report
        devices = device_choices(report)
        self.state.set_device_free({c.record.index: c.free_bytes for c in devices
                                    if c.record is not None}, fresh=True)
        self.gpu_panel.set_choices(devices + self.catalogue)
        keys = {c.key: c for c in devices + self.catalogue}
        if report.kind == "snapshot" and devices:
            self.state.set_gpu(devices[0])
        elif self.remembered.gpu_key in keys and not self.remembered.gpu_key.startswith(
                "catalogue:"):
            self.state.set_gpu(keys[self.remembered.gpu_key])
        elif devices and self.state.gpu_choice.kind == "catalogue":
            self.state.set_gpu(devices[0])
        self._show_source_status()
        self._wire_telemetry()

    def _source_failed(self, message) -> None:
        self._open_error = message
        if self.report is None:  # nothing read at all: plan with the catalogue's GPUs, say why
            self.banner.setText(self.tr("Planning mode — %1").replace("%1", render(message)))
            self.status_nvml.setText(self.tr("No GPU data: choose a GPU to plan for"))
        else:  # another snapshot failed to load: the current GPU data stays
            self.banner.setText(render(message))
        self.banner.show()

    def _local_checked(self, status) -> None:
        """This machine's NVML, checked after a snapshot opened."""
        if self.report is not None and self.report.local_status is None:
            self.report = replace(self.report, local_status=status)
            self._show_source_status()

    def _show_source_status(self) -> None:
        r = self.report
        if r is None:
            return
        snapshot = r.kind == "snapshot"
        if r.status.available or snapshot:
            self.banner.setVisible(snapshot)
            if snapshot and r.description is not None:
                self.banner.setText(self.tr("Snapshot mode: %1").replace(
                    "%1", render(r.description)))
            driver = r.status.driver_version or "?"
            cuda = r.status.cuda_driver_version or "?"
            # the snapshot's driver is the recorded machine's, not this one's
            self.gpu_panel.driver_text = (self.tr("%1 (in the snapshot)").replace("%1", driver)
                                          if snapshot else driver)
        else:
            reason = render(r.status.reason) if r.status.reason else r.status.code
            self.banner.setText(self.tr("Planning mode — %1").replace("%1", reason))
            self.banner.show()
        self.status_snapshot.setVisible(snapshot)
        if snapshot:
            self.status_snapshot.setText(self.tr("Snapshot: driver %1, CUDA %2").replace(
                "%1", driver).replace("%2", cuda))
            self.status_nvml.setText(self._local_nvml_text(r.local_status))
        elif r.status.available:
            self.status_nvml.setText(self.tr("NVML: driver %1, CUDA %2").replace(
                "%1", driver).replace("%2", cuda))
        else:
            self.status_nvml.setText(self.tr("NVML not available"))
        local = r.local_status
        self.status_nvml.setToolTip(  # why not, in full
            render(local.reason) if local is not None and local.reason else "")
        self.gpu_panel.refresh()

    def _local_nvml_text(self, local) -> str:
        """This machine's NVML, said as this machine's (a snapshot is shown beside it)."""
        if local is None:
            return self.tr("Checking NVML on this machine…")
        if not local.available:
            return self.tr("NVML not available on this machine")
        return self.tr("NVML on this machine: driver %1, CUDA %2").replace(
            "%1", local.driver_version or "?").replace("%2", local.cuda_driver_version or "?")

    def _wire_telemetry(self) -> None:
        panel = self.plots.panels.get("telemetry")
        if panel is None:
            return
        stream = self.service.stream
        rec = self.state.gpu_choice.record
        panel.set_source(stream.history if stream else None, rec.index if rec else None)

    def _frame(self, frame) -> None:
        choice: GpuChoice = self.state.gpu_choice
        if choice.record is None:
            return
        idx = choice.record.index
        others: dict[int, float | None] = {}
        for r in frame.readings:
            total, used = r.memory_total_bytes, r.memory_used_bytes
            if not (isinstance(total, int) and isinstance(used, int)):
                continue
            if r.index == idx:
                self.state.set_free_bytes(float(max(0, total - used)))
            else:  # the other devices count too when N GPUs are used
                others[r.index] = float(max(0, total - used))
        if others:
            self.state.set_device_free(others)
        for h in frame.health:
            if h.device == idx:
                self.gpu_panel.show_health(h)
        panel = self.plots.panels.get("telemetry")
        if panel is not None:  # draws only when shown; else catches up when it is
            panel.refresh()

    # --- appearance -------------------------------------------------------------------------------
    def apply_theme(self, choice: str) -> None:
        self.remembered.theme = choice
        self.plots.apply_theme(app_theme.apply(choice))

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("gpuscope — will it fit, how fast will it run?"))
        self.status_offline.setText(self.tr("offline"))
        self.status_offline.setToolTip(self.tr("gpuscope never uses the network."))
        self._show_source_status()
        if self.report is None and getattr(self, "_open_error", None) is not None:
            self._source_failed(self._open_error)
        elif self.report is None:
            self.status_nvml.setText(self.tr("Looking for NVIDIA GPUs…"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            # number entry follows the new language's format (8,192 -> 8 192)
            from PySide6.QtCore import QLocale
            from PySide6.QtWidgets import QDoubleSpinBox, QSpinBox

            for box in [*self.findChildren(QSpinBox), *self.findChildren(QDoubleSpinBox)]:
                box.setLocale(QLocale())
                value = box.value()
                box.blockSignals(True)
                box.setValue(box.minimum())  # forces the text to be re-rendered
                box.setValue(value)
                box.blockSignals(False)
            if self.state.last is not None:
                self._estimated(self.state.last)
        super().changeEvent(event)

    def remember(self) -> None:
        s, w, r = self.state, self.state.workload, self.remembered
        r.gpu_key, r.model_id, r.quant = s.gpu_choice.key, s.model.id, s.quant.id
        # the context and prompt the user asked for, not the current model's caps of them
        r.kv_cache, r.context, r.batch, r.prompt = (w.kv_cache, s.wanted_context, w.batch,
                                                    s.wanted_prompt)
        r.flash_attention, r.n_gpus = w.flash_attention, w.n_gpus
        settings.save(r)
        settings.save_geometry(self.saveGeometry(), self.saveState())

    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        from gpuscope.ui import actions

        for url in event.mimeData().urls():
            if url.isLocalFile() and actions.open_model_file(self, url.toLocalFile()):
                event.acceptProposedAction()
                return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        self.remember()
        if self.views is not None:
            self.views.stop()
        self.service.stop()
        super().closeEvent(event)
