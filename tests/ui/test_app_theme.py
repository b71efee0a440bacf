"""The dark theme keeps disabled controls dark, their text dimmed but readable."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QPushButton

R, G = QPalette.ColorRole, QPalette.ColorGroup


def test_dark_palette_disabled_group_is_dark(qapp) -> None:
    from gpuscope.ui.app_theme import dark_palette

    p = dark_palette()
    for role in (R.Window, R.Base, R.Button, R.AlternateBase, R.Light, R.Midlight):
        assert p.color(G.Disabled, role).lightnessF() < 0.3, role
    for role in (R.Text, R.WindowText, R.ButtonText):
        text = p.color(G.Disabled, role).lightnessF()
        assert p.color(G.Disabled, R.Button).lightnessF() + 0.25 < text  # readable
        assert text < p.color(G.Active, role).lightnessF() - 0.2  # dimmed


def test_a_disabled_button_draws_dark(qapp) -> None:
    from gpuscope.ui import app_theme

    try:
        app_theme.apply("dark")
        button = QPushButton("Delete my model")
        button.setEnabled(False)
        button.resize(160, 32)
        image = button.grab().toImage()
        centre = image.pixelColor(8, image.height() // 2)  # inside, left of the text
        assert centre.lightnessF() < 0.35
    finally:
        app_theme.apply("light")
