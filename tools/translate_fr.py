"""Fill French translations for given source strings in translations/gpuscope_fr.ts.

    python tools/translate_fr.py   # applies NEW below; then run tools/update_translations.py

A small maintenance aid for strings added after the main translation pass: edit NEW, run, commit.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

TS = Path(__file__).resolve().parents[1] / "translations" / "gpuscope_fr.ts"

NEW: dict[str, str | list[str]] = {
    "batch {batch}, {bound} -> {value}": "lot de {batch}, {bound} -> {value}",
    "Samples per second": "Échantillons par seconde",
    "compute-bound": "limité par le calcul",
    "memory-bound": "limité par la mémoire",
    "samples/s": "éch./s",
    "{key} = {value} is outside the sane range {low} to {high}.":
        "{key} = {value} est hors de la plage raisonnable de {low} à {high}.",
}


def apply(new: dict[str, str | list[str]]) -> int:
    tree = ET.parse(TS)
    done = 0
    for msg in tree.getroot().iter("message"):
        src = msg.findtext("source")
        if src not in new:
            continue
        tr = msg.find("translation")
        tr.attrib.pop("type", None)
        value = new[src]
        if msg.get("numerus") == "yes":
            for child in list(tr):
                tr.remove(child)
            for form in value if isinstance(value, list) else [value, value]:
                ET.SubElement(tr, "numerusform").text = form
        else:
            tr.text = value if isinstance(value, str) else value[0]
        done += 1
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return done


if __name__ == "__main__":
    print(f"{apply(NEW)} messages translated")
