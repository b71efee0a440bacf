"""The French catalogue is complete and compiled: every source string translated, .qm current."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TOOLS = ROOT / "tools"


@pytest.fixture(scope="module")
def check():
    sys.path.insert(0, str(TOOLS))
    try:
        import translation_check

        yield translation_check
    finally:
        sys.path.remove(str(TOOLS))


def test_every_source_string_is_translated_and_the_qm_is_current(check) -> None:
    assert check.problems() == []


def test_every_message_has_a_context_lupdate_could_resolve() -> None:
    # a context in a variable or an aliased self.tr lands in "" and is never translated at run time
    root = ET.parse(ROOT / "translations" / "gpuscope_fr.ts").getroot()
    empty = [m.findtext("source") for c in root.iter("context") if not c.findtext("name")
             for m in c.iter("message")]
    assert empty == []


def test_placeholders_survive_translation() -> None:
    import re

    root = ET.parse(ROOT / "translations" / "gpuscope_fr.ts").getroot()
    bad = []
    for msg in root.iter("message"):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        texts = [f.text or "" for f in tr.iter("numerusform")] or ["".join(tr.itertext())]
        want = sorted(re.findall(r"\{\w+\}|%\d|%n", src))
        bad += [(src, t) for t in texts if sorted(re.findall(r"\{\w+\}|%\d|%n", t)) != want]
    assert bad == []
