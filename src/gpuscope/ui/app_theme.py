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
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text, QColor("#80868b"))
    p.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.WindowText, QColor("#80868b"))
    return p


def apply(choice: str) -> PlotTheme:
    """Apply the palette (Fusion style keeps it consistent); return the plots' theme."""
    app = QApplication.instance()
    app.setStyle("Fusion")
    dark = is_dark(choice)
    app.setPalette(dark_palette() if dark else app.style().standardPalette())
    return DARK if dark else LIGHT
