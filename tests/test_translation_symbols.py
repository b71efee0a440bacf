"""French follows the English formulas' symbols and French punctuation."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"


def _messages() -> list[tuple[str, list[str]]]:
    out = []
    for msg in ET.parse(TS).getroot().iter("message"):
        tr = msg.find("translation")
        forms = [f.text or "" for f in tr.findall("numerusform")] or [tr.text or ""]
        out.append((msg.findtext("source") or "", forms))
    return out


ASCII = re.compile(r"(^|[ (])x( |$)|->")


def test_formulas_use_the_multiplication_sign_and_arrow_in_both_languages() -> None:
    assert [src for src, _forms in _messages() if ASCII.search(src)] == []
    wrong = [(src, fr) for src, forms in _messages() for fr in forms
             if src.count("×") != fr.count("×") or src.count("→") != fr.count("→")
             or ASCII.search(fr)]
    assert wrong == []


def test_a_french_colon_has_a_no_break_space_before_it() -> None:
    wrong = [fr for _src, forms in _messages() for fr in forms
             if re.search(r"[^\u00a0\u202f]:(\s|$)", fr)]
    assert wrong == []
