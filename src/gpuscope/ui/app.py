"""Starting the window: QApplication, language, icon, then the main window; orderly shutdown."""

from __future__ import annotations

import argparse
import gc
import sys
from collections.abc import Sequence

from gpuscope import APP_ID, __version__


def _parse(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="gpuscope", add_help=False)
    p.add_argument("--snapshot", metavar="FILE")
    p.add_argument("--lang", choices=("system", "en", "fr"))
    p.add_argument("model", nargs="?", help="a GGUF file or Hugging Face folder to open")
    args, _qt_args = p.parse_known_args(list(argv))
    return args


def create_application(argv: Sequence[str] = ()):  # -> QApplication
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication, QIcon
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    QCoreApplication.setOrganizationName("gpuscope")
    QCoreApplication.setApplicationName("gpuscope")
    QCoreApplication.setApplicationVersion(__version__)
    QGuiApplication.setDesktopFileName(APP_ID)
    from gpuscope.paths import resources_dir

    icon = resources_dir() / "icons" / "gpuscope.svg"
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    return app


def _open_model(win, path: str) -> None:  # type: ignore[no-untyped-def]
    from gpuscope.ui import actions

    actions.open_model_file(win, path)


def run_gui(argv: Sequence[str]) -> int:
    args = _parse(argv)
    app = create_application()
    from gpuscope.ui import i18n, settings

    remembered = settings.load()
    if args.lang:
        remembered.language = args.lang
    language = i18n.install_language(remembered.language)
    from gpuscope.ui.main_window import MainWindow

    win = MainWindow(args.snapshot, remembered=remembered)
    geometry, state = settings.load_geometry()
    if geometry is not None:
        win.restoreGeometry(geometry)
    else:
        win.resize(1280, 800)
    if state is not None:
        win.restoreState(state)
    win.show()
    if args.model:  # opened after the first paint: reading it loads gguf and numpy
        model = args.model
        win.after_first_paint(lambda: _open_model(win, model))
    from gpuscope.ui import smoke

    smoke.arm(win, language)  # packaging checks only (GPUSCOPE_SMOKE_QUIT_MS)
    code = app.exec()
    win.deleteLater()  # destroy Qt objects before the interpreter tears Python down
    app.processEvents()
    gc.collect()
    return code
