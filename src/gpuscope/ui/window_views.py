"""The window's non-plot views (how to run it, models that fit, my models) and their wiring.

Each is built the first time its tab is opened (or at start-up when the user asked for a cache
scan then); until then nothing of it is imported.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject

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
        tabs = win.plots
        tabs.add_lazy("plan", lambda: QCoreApplication.translate("MainWindow", "How to run it"),
                      self._make_plan)
        tabs.add_lazy("fits", self._fits_title, self._make_fits)
        tabs.add_lazy("my_models", lambda: QCoreApplication.translate("MainWindow", "My models"),
                      self._make_my_models)
        win.state.changed.connect(self._sync_fits_gpu)
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
        self.my_models.found.connect(lambda _m: self._sync_fits_models())
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

    def _sync_fits_models(self) -> None:
        if self.fits is None:
            return
        from gpuscope.models.presets import all_presets

        local = [m.spec for m in self.my_models.models if m.spec is not None] if (
            self.my_models is not None) else []
        self.fits.setModels([*all_presets(), *local])

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
