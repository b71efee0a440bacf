"""Translatable text produced by the Qt-free core.

The core never imports Qt, yet its verdicts, explanations and errors must read naturally in French.
It builds :class:`Message` objects from :class:`Template` constants; the shell renders them with
``QCoreApplication.translate`` and ``QLocale`` number formats, the CLI renders them in English.

Templates are declared with ``QT_TRANSLATE_NOOP("Context", "text {arg}")`` (singular) or
``translate("Context", "%n text", None, 1)`` (plural, ``%n`` is the count): ``pyside6-lupdate``
recognises both call forms, so every core string reaches ``translations/gpuscope_fr.ts``.
English has no translation file: a plural source marks its plural endings ``(s)`` ("%n GPU(s)"),
and an untranslated plural drops them for one ("1 GPU") and keeps the ``s`` otherwise ("2 GPUs").
Placeholders use ``str.format`` names; each argument is formatted by the renderer's
:class:`Formatter` according to its type (see :mod:`gpuscope.units`).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Protocol


@dataclass(frozen=True)
class Template:
    """A translatable source string with ``{name}`` placeholders."""

    context: str
    source: str
    plural: bool = False

    def __call__(self, n: int | None = None, /, **args: Any) -> Message:
        if self.plural and n is None:
            raise TypeError(f"plural template needs a count: {self.source!r}")
        return Message(self, dict(args), n)


def QT_TRANSLATE_NOOP(context: str, source: str) -> Template:  # noqa: N802 - lupdate keyword
    """Mark ``source`` for translation in ``context`` (lupdate finds this call)."""
    return Template(context, source)


def translate(context: str, source: str, disambiguation: None = None, n: int = 1) -> Template:
    """Mark a plural source (with ``%n``) for translation; the count comes at render time."""
    del disambiguation, n
    return Template(context, source, plural=True)


@dataclass(frozen=True)
class Message:
    """A template with its arguments, rendered later in the user's language."""

    template: Template
    args: Mapping[str, Any] = field(default_factory=dict)
    n: int | None = None

    def render(self, renderer: Renderer | None = None) -> str:
        return (renderer or ENGLISH).render(self)

    def __str__(self) -> str:
        return self.render()


class Formatter(Protocol):
    """Turns one typed argument (a quantity, a count, a nested message) into text."""

    def format_arg(self, value: Any, renderer: Renderer) -> str: ...


TranslateFn = Callable[[str, str, int | None], str]


def english_plural(text: str, n: int) -> str:
    """English numerus of an untranslated plural source: "(s)" is "" for one, "s" otherwise."""
    return text.replace("(s)", "" if abs(n) == 1 else "s")


def _identity_translate(context: str, source: str, n: int | None) -> str:
    del context
    return source.replace("%n", str(n)) if n is not None else source


class Renderer:
    """Renders messages: translate the template, then format each argument."""

    def __init__(self, translate_fn: TranslateFn, formatter: Formatter) -> None:
        self._translate = translate_fn
        self.formatter = formatter

    def text(self, template: Template, n: int | None = None) -> str:
        """The translated template text alone (labels, column titles)."""
        translated = self._translate(template.context, template.source, n)
        if n is not None and template.plural and translated == _identity_translate(
                template.context, template.source, n):
            return english_plural(translated, n)
        return translated

    def render(self, message: Message | str) -> str:
        if isinstance(message, str):
            return message
        translated = self.text(message.template, message.n)
        values = {k: self.formatter.format_arg(v, self) for k, v in message.args.items()}
        try:
            return translated.format(**values)
        except (KeyError, IndexError, ValueError):
            # A translation with a broken placeholder must not hide the figure: use the source.
            source = message.template.source
            if message.n is not None:
                source = english_plural(source.replace("%n", str(message.n)), message.n)
            return source.format(**values)


def _english_formatter() -> Formatter:
    from gpuscope.units import PlainFormatter

    return PlainFormatter()


class _LazyEnglish(Renderer):
    def __init__(self) -> None:
        self._translate = _identity_translate
        self._formatter: Formatter | None = None

    @property  # type: ignore[override]
    def formatter(self) -> Formatter:
        if self._formatter is None:
            self._formatter = _english_formatter()
        return self._formatter


ENGLISH: Renderer = _LazyEnglish()
