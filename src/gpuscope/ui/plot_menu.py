"""The plots' right-click menu: ours, translated, instead of pyqtgraph's.

pyqtgraph's own menus ("View All", "X axis", "Mouse Mode", "Plot Options", "Export...") are in
English, built once, and mostly offer what gpuscope's plots must not do (manual ranges, log or FFT
transforms, mouse zoom, which the plots switch off: their ranges follow the data). They are turned
off; a right click offers what is useful instead, in the current language: save the plot as a PNG,
copy it as an image.
"""

from __future__ import annotations

from pathlib import Path

import pyqtgraph as pg
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from gpuscope.ui.i18n import translate


def _plot_items(panel: QWidget) -> list[pg.PlotItem]:
    graphics = getattr(panel, "graphics", None)
    if graphics is None:
        return []
    return [item for item in graphics.ci.items if isinstance(item, pg.PlotItem)]


def install(panel: QWidget) -> None:
    """Replace pyqtgraph's context menus on ``panel``'s plots by :func:`menu_for`'s."""
    for item in _plot_items(panel):
        item.setMenuEnabled(False)  # the plot's and its view box's
    graphics = getattr(panel, "graphics", None)
    if graphics is None:
        return
    scene = graphics.scene()
    scene.contextMenu = []  # pyqtgraph's "Export..." (an English dialog of its own)
    # pyqtgraph tells a click from a drag; its clicked signal comes for clicks only
    scene.sigMouseClicked.connect(lambda ev, p=panel: _clicked(p, ev))


def _clicked(panel: QWidget, ev) -> None:  # type: ignore[no-untyped-def]
    if ev.button() != Qt.MouseButton.RightButton:
        return
    ev.accept()
    menu = menu_for(panel)
    menu.popup(ev.screenPos().toPoint())


def menu_for(panel: QWidget) -> QMenu:
    """A new menu for ``panel`` in the current language (built at each right click)."""
    menu = QMenu(panel)
    menu.setObjectName("plotMenu")
    menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    save = menu.addAction(translate("PlotMenu", "Save plot as PNG…"))
    save.triggered.connect(lambda: save_dialog(panel))
    copy = menu.addAction(translate("PlotMenu", "Copy plot image"))
    copy.triggered.connect(lambda: copy_image(panel))
    return menu


def copy_image(panel: QWidget) -> None:
    QGuiApplication.clipboard().setPixmap(panel.grab())


def save_dialog(panel: QWidget) -> str | None:
    """Ask where, then write the PNG; returns the path written (None: cancelled or failed)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
    name = f"gpuscope-{type(panel).__name__.removesuffix('Plot').lower()}.png"
    path, _ = QFileDialog.getSaveFileName(
        panel, translate("PlotMenu", "Save plot as PNG"), str(Path(folder or ".") / name),
        translate("PlotMenu", "PNG images (*.png)"))
    if not path:
        return None
    if not path.lower().endswith(".png"):
        path += ".png"
    save_png = getattr(panel, "save_png", None)
    if save_png(path) if save_png else panel.grab().save(path, "PNG"):
        return path
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.warning(panel, translate("PlotMenu", "Save plot as PNG"),
                        translate("PlotMenu", "Could not write %1.").replace("%1", path))
    return None

