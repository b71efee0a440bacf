"""Light / dark / system theme for the window and its plots."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from gpuscope.ui.plots.theme import DARK, LIGHT, PlotTheme

THEMES = ("system", "light", "dark")


def is_dark(choice: str) -> bool:
    if choice in ("light", "dark"):
        return choice == "dark"
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    p = QPalette()
    base, window, text = QColor("#1e1f22"), QColor("#2b2d31"), QColor("#e8eaed")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282c"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, window)
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, base)
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#202124"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#5f6368"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
    # disabled controls stay dark, their text dimmed (Qt's default disabled group is light grey)
    dim = QColor("#7b8086")
    disabled = {
        QPalette.ColorRole.Window: window, QPalette.ColorRole.Base: QColor("#232427"),
        QPalette.ColorRole.AlternateBase: QColor("#26282c"), QPalette.ColorRole.Button: window,
        QPalette.ColorRole.Text: dim, QPalette.ColorRole.WindowText: dim,
        QPalette.ColorRole.ButtonText: dim, QPalette.ColorRole.PlaceholderText: QColor("#5f6368"),
        QPalette.ColorRole.Highlight: QColor("#3c4043"), QPalette.ColorRole.HighlightedText: dim,
        QPalette.ColorRole.Light: QColor("#3c4043"), QPalette.ColorRole.Midlight: QColor("#34363a"),
        QPalette.ColorRole.Mid: QColor("#4a4d51"), QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#000000"), QPalette.ColorRole.ToolTipBase: base,
        QPalette.ColorRole.ToolTipText: dim, QPalette.ColorRole.BrightText: dim,
        QPalette.ColorRole.Link: QColor("#5f7fa8"),
    }
    for role, colour in disabled.items():
        p.setColor(QPalette.ColorGroup.Disabled, role, colour)
    return p


def apply(choice: str) -> PlotTheme:
    """Apply the palette (Fusion style keeps it consistent); return the plots' theme."""
    app = QApplication.instance()
    app.setStyle("Fusion")
    dark = is_dark(choice)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return DARK if dark else LIGHT
