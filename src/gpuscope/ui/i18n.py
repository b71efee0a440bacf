"""Languages: Qt translators (gpuscope + Qt's own), QLocale number formats, live switching.

The core's :class:`~gpuscope.text.Message` objects are rendered here with
``QCoreApplication.translate`` and a ``QLocale`` formatter, so « 24,0 Gio », « 1 008 Go/s » in
French and "24.0 GiB", "1,008 GB/s" in English come from the same figures.
"""

from __future__ import annotations

import os
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QTimeZone,
    QTranslator,
)

from gpuscope.paths import translations_dir
from gpuscope.text import Message, Renderer, Template
from gpuscope.units import Kind, Quantity, Timestamp, scale

LANGUAGES = ("system", "en", "fr")
_installed: list[QTranslator] = []


def system_language() -> str:
    """``LANGUAGE`` overrides ``LANG`` on Linux (DESIGN.md pitfall 5); else Qt's system locale."""
    for var in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value and value not in ("C", "POSIX"):
            return "fr" if value.split(":")[0].lower().startswith("fr") else "en"
    return "fr" if QLocale.system().name().startswith("fr") else "en"


def effective_language(choice: str) -> str:
    return system_language() if choice == "system" else choice


def locale_for(language: str) -> QLocale:
    # by name: touching QLocale.Language / Country builds Python enums of ~300 members each
    return QLocale("fr_FR" if language == "fr" else "en_US")


def install_language(choice: str) -> str:
    """Install gpuscope's and Qt's translators for ``choice``; returns the effective language."""
    app = QCoreApplication.instance()
    language = effective_language(choice)
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    QLocale.setDefault(locale_for(language))
    if language == "fr":
        ours = QTranslator(app)
        if ours.load(str(translations_dir() / "gpuscope_fr.qm")):
            app.installTranslator(ours)
            _installed.append(ours)
        qt = QTranslator(app)
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load("qtbase_fr", qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
    return language


def translate(context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate`` for module-level UI code (lupdate reads the context)."""
    return QCoreApplication.translate(context, source, disambiguation, n)


def _qt_translate(context: str, source: str, n: int | None) -> str:
    if n is None:
        return QCoreApplication.translate(context, source)
    return QCoreApplication.translate(context, source, None, n)


class LocaleFormatter:
    """Formats quantities with ``QLocale`` (group separators, decimal comma), translated units."""

    def __init__(self, locale: QLocale | None = None) -> None:
        self.locale = locale

    def _loc(self) -> QLocale:
        return self.locale or QLocale()

    def number(self, value: float, decimals: int) -> str:
        return self._loc().toString(float(value), "f", decimals)

    def timestamp(self, value: Timestamp) -> str:
        """The locale's short date and time, in UTC (« 12/11/2024 03:22 UTC », "11/12/24 3:22 AM
        UTC"); a time whose zone the file did not say is shown as written."""
        utc = value.utc()
        if utc is None:
            return value.iso()
        moment = QDateTime.fromMSecsSinceEpoch(int(utc.timestamp() * 1000), QTimeZone.utc())
        return self._loc().toString(moment, QLocale.FormatType.ShortFormat) + "\u00a0UTC"

    def format_arg(self, value: Any, renderer: Renderer) -> str:
        if isinstance(value, Message):
            return renderer.render(value)
        if isinstance(value, Template):
            return renderer.text(value)
        if isinstance(value, Quantity):
            if value.kind is Kind.COUNT:
                return self._loc().toString(int(round(value.value)))
            number, unit, decimals = scale(value)
            unit_text = renderer.text(unit)
            if not unit_text:
                return self.number(number, decimals)
            # French typography: a (narrow) no-break space before %, a no-break space before units
            french = self._loc().name().startswith("fr")
            if unit_text == "%":
                sep = "\u202f" if french else ""
            else:
                sep = "\u00a0"
            return f"{self.number(number, decimals)}{sep}{unit_text}"
        if isinstance(value, Timestamp):
            return self.timestamp(value)
        if isinstance(value, bool):
            return str(value)
        if isinstance(value, int):
            return self._loc().toString(value)
        if isinstance(value, float):
            return self.number(value, 2)
        return str(value)


RENDERER = Renderer(_qt_translate, LocaleFormatter())


def render(message: Message | str) -> str:
    """A core message in the current language and locale."""
    return RENDERER.render(message)


def text(template: Template) -> str:
    """A core template's text alone, translated (labels, headers)."""
    return RENDERER.text(template)


def fmt(q: Quantity) -> str:
    """One quantity with its unit, in the current locale."""
    return RENDERER.formatter.format_arg(q, RENDERER)


def number(value: float, decimals: int) -> str:
    """A bare number in the current locale (a column whose header carries the unit)."""
    return RENDERER.formatter.number(value, decimals)  # type: ignore[attr-defined]
