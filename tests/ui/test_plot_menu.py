"""The plots' right-click menu is ours, translated; pyqtgraph's English ones are off."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMenu


class _RightClick:
    """The parts of pyqtgraph's MouseClickEvent the handler reads."""

    def __init__(self, button=Qt.MouseButton.RightButton) -> None:
        self._button, self.accepted = button, False

    def button(self):
        return self._button

    def accept(self) -> None:
        self.accepted = True

    def screenPos(self) -> QPointF:  # noqa: N802 - pyqtgraph's name
        return QPointF(100, 100)


def _all_panels(win):
    from gpuscope.ui.plot_tabs import PLOTS

    return [win.plots.show_tab(key) for key in PLOTS]


def test_pyqtgraph_menus_are_off_on_every_plot(make_window) -> None:
    win = make_window("rtx4090.json")
    for panel in _all_panels(win):
        items = [i for i in panel.graphics.ci.items if isinstance(i, pg.PlotItem)]
        assert items, type(panel).__name__
        for item in items:
            assert not item.menuEnabled() and item.getViewBox().menu is None
        assert panel.graphics.scene().contextMenu == []  # no "Export..."


def test_right_click_opens_our_menu_in_french(make_window, qtbot) -> None:
    from gpuscope.ui import plot_menu

    win = make_window("rtx4090.json", language="fr")
    panel = win.plots.show_tab("memory")
    left = _RightClick(Qt.MouseButton.LeftButton)
    plot_menu._clicked(panel, left)
    assert not left.accepted
    click = _RightClick()
    plot_menu._clicked(panel, click)
    assert click.accepted
    menu = next(m for m in panel.findChildren(QMenu) if m.objectName() == "plotMenu")
    qtbot.waitUntil(menu.isVisible)
    assert [a.text() for a in menu.actions()] == [
        "Enregistrer le graphique en PNG…", "Copier l'image du graphique"]
    menu.close()


def test_save_and_copy_the_plot(make_window, tmp_path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from gpuscope.ui import plot_menu

    win = make_window("rtx4090.json")
    panel = win.plots.show_tab("roofline")
    target = tmp_path / "roofline"  # the suffix is added
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    written = plot_menu.save_dialog(panel)
    assert written == str(target) + ".png"
    image = QImage(written)
    assert not image.isNull() and image.width() == panel.width()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert plot_menu.save_dialog(panel) is None  # cancelled
    plot_menu.copy_image(panel)
    assert QApplication.clipboard().pixmap().width() == panel.grab().width()
