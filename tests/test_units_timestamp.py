"""A snapshot's date travels typed: ISO 8601 for the CLI, the locale's format in the window."""

from __future__ import annotations

from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Timestamp

TAKEN = QT_TRANSLATE_NOOP("Test", "taken {when}")


def test_iso_forms_are_read_and_shown_in_utc() -> None:
    assert Timestamp.parse("2024-11-12T03:22:39Z").iso() == "2024-11-12T03:22:39Z"
    assert Timestamp.parse("2024-11-12T05:22:39+02:00").iso() == "2024-11-12T03:22:39Z"
    assert Timestamp.parse("2024-11-12T03:22:39").iso() == "2024-11-12T03:22:39"  # zone unknown
    assert Timestamp.parse("yesterday") is None and Timestamp.parse(None) is None


def test_the_cli_renders_a_timestamp_as_iso() -> None:
    when = Timestamp.parse("2024-11-12T05:22:39+02:00")
    assert TAKEN(when=when).render() == "taken 2024-11-12T03:22:39Z"
