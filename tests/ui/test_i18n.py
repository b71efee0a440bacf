"""French and English: the real window in each language, live switching, locale number formats."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from gpuscope.units import ByteRate, Bytes, FlopRate, Percent

TS = Path(__file__).resolve().parents[2] / "translations" / "gpuscope_fr.ts"


def _catalogue() -> dict[str, str]:
    out = {}
    for msg in ET.parse(TS).getroot().iter("message"):
        tr = msg.find("translation")
        text = "".join(tr.itertext()) if tr is not None else ""
        out[msg.findtext("source") or ""] = text
    return out


def _visible_texts(win) -> list[tuple[object, str]]:
    """(widget, text) of every visible static text: labels, buttons, group titles, tabs, menus,
    table headers."""
    from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QTableWidget

    out: list[tuple[object, str]] = []
    for w in win.findChildren(QLabel) + win.findChildren(QAbstractButton):
        if w.isVisible() and w.text():
            out.append((w, w.text()))
    for g in win.findChildren(QGroupBox):
        if g.isVisible() and g.title():
            out.append((g, g.title()))
    for t in win.findChildren(QTableWidget):
        if t.isVisible():
            for c in range(t.columnCount()):
                item = t.horizontalHeaderItem(c)
                if item is not None:
                    out.append((item, item.text()))
    for i in range(win.plots.count()):
        out.append((("tab", i), win.plots.tabText(i)))
    for action in win.menuBar().actions():
        out.append((action, action.text()))
        for sub in action.menu().actions():
            if sub.text():
                out.append((sub, sub.text()))
    return out


def _key(widget: object) -> object:
    return widget if isinstance(widget, tuple) else id(widget)


def test_french_window_reads_in_french(make_window, qtbot) -> None:
    win = make_window(language="fr")
    assert win.windowTitle().startswith("gpuscope — le modèle tient-il")
    menus = [a.text() for a in win.menuBar().actions()]
    assert menus[:4] == ["&Fichier", "É&dition", "&Affichage", "Aid&e"]
    assert win.verdict.text().startswith("Tient — ")
    assert "Gio" in win.verdict.text() and "GiB" not in win.verdict.text()
    assert "Mode planification" in win.banner.text()
    assert win.plots.tabText(0) == "Mémoire"
    assert "poids" in win.model_form.quant.toolTip()
    # no English left among the visible static texts that the catalogue translates
    cat = _catalogue()
    english = {src for src, fr in cat.items() if fr and fr != src}
    leftovers = [text for _w, text in _visible_texts(win) if text in english]
    assert leftovers == []


def test_switching_language_live_changes_every_visible_text(make_window, qtbot) -> None:
    from gpuscope.ui import actions

    win = make_window(language="en")
    cat = _catalogue()
    before = _visible_texts(win)
    translatable = [(w, t) for w, t in before if cat.get(t) and cat[t] != t]
    assert len(translatable) > 30
    verdict_en = win.verdict.text()
    actions.set_language(win, "fr")
    qtbot.waitUntil(lambda: win.verdict.text() != verdict_en)
    after = {_key(w): t for w, t in _visible_texts(win)}
    unchanged = [t for w, t in translatable if after.get(_key(w), t) == t]
    assert unchanged == []
    assert win.verdict.text().startswith("Tient")
    assert win.explain.row_texts()[0][0] == "Poids"
    assert "\u202f" in win.model_form.context.box.text()  # 8 192 with a narrow no-break space
    actions.set_language(win, "en")
    qtbot.waitUntil(lambda: win.verdict.text() == verdict_en)
    assert win.model_form.context.box.text() == "8,192"


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", ["24,0\u00a0Gio", "1\u202f008\u00a0Go/s", "82,6\u00a0TFLOPS", "25\u202f%"]),
    ("en", ["24.0\u00a0GiB", "1,008\u00a0GB/s", "82.6\u00a0TFLOPS", "25%"]),
])
def test_numbers_and_units_follow_the_locale(qapp, language: str, expected: list[str]) -> None:
    from gpuscope.ui import i18n

    i18n.install_language(language)
    try:
        shown = [i18n.fmt(Bytes(24 * 2**30)), i18n.fmt(ByteRate(1008e9)),
                 i18n.fmt(FlopRate(82.6e12)), i18n.fmt(Percent(25))]
    finally:
        i18n.install_language("en")
    assert shown == expected


def test_language_env_overrides_an_english_system(tmp_path) -> None:
    env = {**os.environ, "LANG": "en_US.UTF-8", "LANGUAGE": "fr", "LC_ALL": "",
           "QT_QPA_PLATFORM": "offscreen", "GPUSCOPE_PROBE": "1", "GPUSCOPE_PROBE_QUIT": "1",
           "XDG_CONFIG_HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-m", "gpuscope"], env=env, capture_output=True,
                         text=True, timeout=120, check=True).stdout
    first_paint = next(line for line in out.splitlines() if "first-paint" in line)
    assert "le modèle tient-il" in first_paint


def test_qt_own_dialog_buttons_are_french(qapp) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from gpuscope.ui import i18n

    i18n.install_language("fr")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == (
            "Annuler")
    finally:
        i18n.install_language("en")


@pytest.mark.parametrize(("language", "expected"), [
    ("fr", "12/11/2024 03:22\u00a0UTC"),
    ("en", "11/12/24 3:22\u202fAM\u00a0UTC"),
])
def test_dates_follow_the_locale(qapp, language: str, expected: str) -> None:
    from gpuscope.ui import i18n
    from gpuscope.units import Timestamp

    i18n.install_language(language)
    try:
        shown = i18n.RENDERER.formatter.format_arg(
            Timestamp.parse("2024-11-12T05:22:39+02:00"), i18n.RENDERER)
    finally:
        i18n.install_language("en")
    assert shown == expected
