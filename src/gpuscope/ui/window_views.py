"""The window's non-plot views (how to run it, models that fit, my models) and their wiring.

Each is built the first time its tab is opened (or at start-up when the user asked for a cache
scan then); until then nothing of it is imported.

"Models that fit" ranks the presets with the user's models: the saved ones ("My saved models"),
the ones opened from a file this session (the current one included), and what the My models scan
found. The list follows them (coalesced, so a scan finding a hundred models rebuilds a few times,
in the view's worker thread). The view's "Find models on this computer" starts the My models
scan (in its thread); nothing scans unless the user asks (or chose "Scan at start-up").
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer

if TYPE_CHECKING:
    from gpuscope.ui.main_window import MainWindow


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class WindowViews(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        self.plan = self.fits = self.my_models = None
        self._fits_key = None
        self._local_key: tuple = ()
        self._models_timer = QTimer(self, singleShot=True, interval=150)
        self._models_timer.timeout.connect(self._sync_fits_models)
        tabs = win.plots
        tabs.add_lazy("plan", lambda: QCoreApplication.translate("MainWindow", "How to run it"),
                      self._make_plan)
        tabs.add_lazy("fits", self._fits_title, self._make_fits)
        tabs.add_lazy("my_models", lambda: QCoreApplication.translate("MainWindow", "My models"),
                      self._make_my_models)
        win.state.changed.connect(self._sync_fits_gpu)
        win.state.changed.connect(self._check_local_models)  # a file opened, a model chosen
        win.user_data.models_changed.connect(self._models_timer.start)
        if win.remembered.scan_at_start:
            tabs.widget_for("my_models").start_scan()

    # --- factories ------------------------------------------------------------------------------
    def _make_plan(self):
        from gpuscope.ui.gpu_choices import detected_gpus
        from gpuscope.ui.plan_panel import PlanPanel

        win = self.win
        self.plan = PlanPanel(win)
        self.plan.detected = lambda: detected_gpus(win.state, win.report)
        r = win.remembered
        self.plan.options.restore_host(r.host_memory, r.host_bandwidth_gbs)
        self.plan.options.host_changed.connect(self._remember_host)
        return self.plan

    def _remember_host(self, platform: str, gbs: float) -> None:
        r = self.win.remembered
        r.host_memory = platform
        r.host_bandwidth_gbs = gbs if platform == "entered" else r.host_bandwidth_gbs

    def _make_fits(self):
        from gpuscope.models.presets import all_presets
        from gpuscope.ui.fits_view import FitsView

        self.fits = FitsView(list(all_presets()))
        self.fits.modelChosen.connect(self._fits_chosen)
        self.fits.scanRequested.connect(self._scan_for_fits)
        self._sync_fits_models()
        self._sync_fits_gpu()
        return self.fits

    def _make_my_models(self):
        from gpuscope.ui.my_models import MyModels

        win = self.win
        self.my_models = MyModels(win.state, win)
        self.my_models.model_chosen.connect(win.model_form.add_model)
        self.my_models.at_start.setChecked(win.remembered.scan_at_start)
        self.my_models.at_start.toggled.connect(
            lambda on: setattr(win.remembered, "scan_at_start", on))
        self.my_models.found.connect(lambda _m: self._models_timer.start())
        self.my_models.finished.connect(self._models_timer.start)
        return self.my_models

    def _fits_title(self) -> str:
        if self.fits is not None:
            return self.fits.title()
        return QCoreApplication.translate("FitsView", "Models that fit")

    # --- wiring ---------------------------------------------------------------------------------
    def _fits_chosen(self, model, quant_id: str) -> None:
        form = self.win.model_form
        form.add_model(model)
        self.win.state.set_quant(quant_id)
        form.load_from_state()

    def _scan_for_fits(self) -> None:
        self.win.plots.widget_for("my_models").start_scan()  # builds the tab if needed
        self._sync_fits_models()

    def local_models(self) -> tuple[list, dict[str, str]]:
        """The user's models to rank beside the presets, and where each came from (by id):
        saved, opened from a file (``file``), or found by the scan (its source)."""
        win, presets = self.win, _preset_ids()
        models, origins = [], {}

        def add(model, origin: str) -> None:
            if model.id not in presets and model.id not in origins and model.id != "custom":
                models.append(model)
                origins[model.id] = origin

        for m in win.user_data.models:
            add(m, "saved")
        if self.my_models is not None:
            for found in self.my_models.models:
                if found.spec is not None:
                    add(found.spec, found.source)
        for m in [*win.model_form.models.values(), win.state.model]:
            if m.source_path is not None:
                add(m, "file")
        return models, origins

    def _check_local_models(self) -> None:
        if self.fits is None:
            return
        key = tuple(id(m) for m in self.local_models()[0])
        if key != self._local_key:
            self._models_timer.start()

    def _sync_fits_models(self) -> None:
        if self.fits is None:
            return
        from gpuscope.models.presets import all_presets

        local, origins = self.local_models()
        self._local_key = tuple(id(m) for m in local)
        mm = self.my_models
        self.fits.setScanState("running" if mm is not None and mm.scanning else
                               "done" if mm is not None and mm.scanned else "none")
        self.fits.setModels([*all_presets(), *local], origins)

    def _sync_fits_gpu(self) -> None:
        if self.fits is None:
            return
        s = self.win.state
        key = (s.gpu(), s.free_bytes(), s.workload.n_gpus)
        if key != self._fits_key:
            self._fits_key = key
            self.fits.setGpu(*key)

    def stop(self) -> None:
        if self.my_models is not None:
            self.my_models.stop_scan()


def _preset_ids() -> set[str]:
    from gpuscope.models.presets import preset_ids

    return set(preset_ids())
