"""Errors the user caused or can fix: each carries one translatable sentence, never a traceback."""

from __future__ import annotations

from gpuscope.text import QT_TRANSLATE_NOOP, Message

_UNKNOWN = QT_TRANSLATE_NOOP("Errors", "Unknown {kind} '{query}'. Closest matches: {matches}.")
_UNKNOWN_NONE = QT_TRANSLATE_NOOP("Errors", "Unknown {kind} '{query}'.")


class GpuscopeError(Exception):
    """Base class: ``message`` is what the user reads; ``exit_code`` is the CLI status."""

    exit_code = 1

    def __init__(self, message: Message) -> None:
        super().__init__(message.render())
        self.message = message


class InputError(GpuscopeError):
    """Bad input from the user or a file (unknown name, invalid value, malformed file)."""

    exit_code = 2


class NotFoundError(InputError):
    """A model, quantization or GPU name that matches nothing; suggests the closest names."""

    def __init__(self, kind: Message | str, query: str, matches: list[str]) -> None:
        self.kind = kind
        self.query = query
        self.matches = matches
        if matches:
            msg = _UNKNOWN(kind=kind, query=query, matches=", ".join(matches))
        else:
            msg = _UNKNOWN_NONE(kind=kind, query=query)
        super().__init__(msg)


def closest(query: str, candidates: list[str], limit: int = 5) -> list[str]:
    """Names most like ``query``: substring matches first, then difflib similarity."""
    import difflib

    q = query.lower().strip()
    subs = [c for c in candidates if q and q in c.lower()]
    fuzzy = difflib.get_close_matches(q, [c.lower() for c in candidates], n=limit, cutoff=0.5)
    lower_to_name = {c.lower(): c for c in candidates}
    out: list[str] = []
    for name in subs + [lower_to_name[f] for f in fuzzy]:
        if name not in out:
            out.append(name)
    return out[:limit]
