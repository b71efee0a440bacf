"""Menus and shortcuts (File, Edit, View, Help) following desktop conventions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence


class _LazyActions:
    """gpuscope.ui.actions, imported on the first menu use rather than before the first paint."""

    def __getattr__(self, name: str):
        from gpuscope.ui import actions as module

        return getattr(module, name)


actions = _LazyActions()

if TYPE_CHECKING:
    from gpuscope.ui.main_window import MainWindow

PLOT_KEYS = ("memory", "speed", "roofline", "quant", "telemetry")
#: View > Live data rate choices, in Hz (NVML refreshes utilisation at most about 6 times a second)
LIVE_RATES = (0.5, 1.0, 2.0, 5.0)


def quit_shortcuts() -> list[QKeySequence]:
    """The platform's Quit keys; Ctrl+Q where it has none (Windows, the offscreen platform)."""
    return QKeySequence.keyBindings(QKeySequence.StandardKey.Quit) or [QKeySequence("Ctrl+Q")]


class MainMenus(QObject):
    def __init__(self, win: MainWindow) -> None:
        super().__init__(win)
        self.win = win
        bar = win.menuBar()
        self.file = bar.addMenu("")
        self.edit = bar.addMenu("")
        self.view = bar.addMenu("")
        self.help = bar.addMenu("")
        a = self.actions = {
            "open": self._act(lambda: actions.open_model_file(win), QKeySequence.StandardKey.Open),
            "import_models": self._act(lambda: actions.import_custom_models(win)),
            "load_snapshot": self._act(lambda: actions.load_snapshot(win)),
            "save_snapshot": self._act(lambda: actions.save_snapshot(win),
                                       QKeySequence.StandardKey.Save),
            "export_png": self._act(lambda: actions.export_plots(win)),
            "export_md": self._act(lambda: actions.export_estimate(win, "md")),
            "export_csv": self._act(lambda: actions.export_estimate(win, "csv")),
            "export_json": self._act(lambda: actions.export_estimate(win, "json")),
            "quit": self._act(win.close),
            "copy": self._act(lambda: actions.copy_summary(win), "Ctrl+Shift+C"),
            "reset": self._act(lambda: actions.reset_defaults(win)),
            "concepts": self._act(lambda: actions.show_concepts(win),
                                  QKeySequence.StandardKey.HelpContents),
            "about": self._act(lambda: actions.show_about(win)),
        }
        self.file.addActions([a["open"], a["import_models"]])
        self.file.addSeparator()
        self.file.addActions([a["load_snapshot"], a["save_snapshot"]])
        self.export = self.file.addMenu("")
        self.export.addActions([a["export_png"], a["export_md"], a["export_csv"],
                                a["export_json"]])
        self.file.addSeparator()
        self.file.addAction(a["quit"])
        self.edit.addActions([a["copy"], a["reset"]])
        self.language = self.view.addMenu("")
        self.lang_group = QActionGroup(self)
        self.lang_actions = {}
        for key in ("system", "en", "fr"):
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _c=False, k=key: actions.set_language(win, k))
            self.lang_group.addAction(act)
            self.language.addAction(act)
            self.lang_actions[key] = act
        self.lang_actions.get(win.remembered.language, self.lang_actions["system"]).setChecked(True)
        self.theme = self.view.addMenu("")
        self.theme_group = QActionGroup(self)
        self.theme_actions = {}
        for key in ("system", "light", "dark"):
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _c=False, k=key: win.apply_theme(k))
            self.theme_group.addAction(act)
            self.theme.addAction(act)
            self.theme_actions[key] = act
        self.theme_actions.get(win.remembered.theme, self.theme_actions["system"]).setChecked(True)
        self.rate_menu = self.view.addMenu("")
        self.rate_group = QActionGroup(self)
        self.rate_actions = {}
        for hz in LIVE_RATES:
            act = QAction(self, checkable=True)
            act.triggered.connect(lambda _c=False, r=hz: actions.set_live_rate(win, r))
            self.rate_group.addAction(act)
            self.rate_menu.addAction(act)
            self.rate_actions[hz] = act
        self.sync_rate()
        self.plots_menu = self.view.addMenu("")
        self.plot_actions = {}
        for key in PLOT_KEYS:
            act = QAction(self, checkable=True, checked=True)
            act.toggled.connect(lambda on, k=key: actions.toggle_plot(win, k, on))
            self.plots_menu.addAction(act)
            self.plot_actions[key] = act
        self.help.addActions([a["concepts"], a["about"]])
        a["quit"].setShortcuts(quit_shortcuts())
        self.retranslate()
        win.installEventFilter(self)

    def _act(self, slot, shortcut=None) -> QAction:
        act = QAction(self.win)
        act.triggered.connect(lambda _checked=False: slot())
        if shortcut is not None:
            act.setShortcut(QKeySequence(shortcut))
        return act

    def sync_view(self) -> None:
        """Tick the theme and plots in effect (after Reset to defaults changed them)."""
        self.theme_actions.get(self.win.remembered.theme, self.theme_actions["system"]
                               ).setChecked(True)
        self.sync_plot_actions()

    def sync_rate(self) -> None:
        """Tick the live data rate in use (none when the settings held another value)."""
        act = self.rate_actions.get(self.win.service.rate_hz)
        if act is not None:
            act.setChecked(True)

    def sync_plot_actions(self) -> None:
        hidden = set(filter(None, self.win.remembered.hidden_plots.split(",")))
        for key, act in self.plot_actions.items():
            act.blockSignals(True)
            act.setChecked(key not in hidden)
            act.blockSignals(False)

    def retranslate(self) -> None:
        self.file.setTitle(self.tr("&File"))
        self.edit.setTitle(self.tr("&Edit"))
        self.view.setTitle(self.tr("&View"))
        self.help.setTitle(self.tr("&Help"))
        self.export.setTitle(self.tr("&Export"))
        texts = {
            "open": self.tr("&Open model file…"),
            "import_models": self.tr("&Import custom models…"),
            "load_snapshot": self.tr("&Load GPU snapshot…"),
            "save_snapshot": self.tr("&Save GPU snapshot…"),
            "export_png": self.tr("Plots as &PNG…"),
            "export_md": self.tr("Estimate as &Markdown…"),
            "export_csv": self.tr("Estimate as &CSV…"),
            "export_json": self.tr("Estimate as &JSON…"), "quit": self.tr("&Quit"),
            "copy": self.tr("&Copy summary"), "reset": self.tr("&Reset to defaults"),
            "concepts": self.tr("&Concepts…"), "about": self.tr("&About gpuscope"),
        }
        for key, text in texts.items():
            self.actions[key].setText(text)
        self.actions["import_models"].setStatusTip(self.tr(
            "Add models from a custom models file (the format of custom_models.json) to your "
            "saved models."))
        self.actions["reset"].setToolTip(self.tr(
            "The model, its quantization, the workload (context, batch, prompt…) and the theme "
            "go back to their defaults. The GPU, your saved models and your GPU overrides are "
            "kept."))
        self.actions["reset"].setStatusTip(self.actions["reset"].toolTip())
        self.language.setTitle(self.tr("&Language"))
        for key, text in (("system", self.tr("System")), ("en", "English"), ("fr", "Français")):
            self.lang_actions[key].setText(text)
        self.theme.setTitle(self.tr("&Theme"))
        for key, text in (("system", self.tr("System")), ("light", self.tr("Light")),
                          ("dark", self.tr("Dark"))):
            self.theme_actions[key].setText(text)
        self.rate_menu.setTitle(self.tr("Live data &rate"))
        self.rate_menu.setToolTipsVisible(True)
        self.rate_menu.menuAction().setStatusTip(self.tr(
            "How often the live figures of this machine's GPU (free VRAM, power, temperature, "
            "clocks) are read."))
        for hz, act in self.rate_actions.items():
            number = self.win.locale().toString(hz, "g", 3)
            act.setText(self.tr("%1 Hz").replace("%1", number))
        self.plots_menu.setTitle(self.tr("&Plots shown"))
        titles = self.win.plots.titles()
        for key, act in self.plot_actions.items():
            act.setText(titles[key])

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.win and event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False
