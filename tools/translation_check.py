"""What is wrong with the French catalogue, if anything (used by the tests and --check)."""

from __future__ import annotations

import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

from update_translations import QM, TS, lrelease, lupdate


def _unfinished(ts: Path) -> list[str]:
    out = []
    for msg in ET.parse(ts).getroot().iter("message"):
        tr = msg.find("translation")
        kind = tr.get("type") if tr is not None else "missing"
        if kind in ("obsolete", "vanished"):
            continue
        texts = "".join(tr.itertext()).strip() if tr is not None else ""
        if kind == "unfinished" or not texts:
            out.append(msg.findtext("source") or "")
    return out


def problems() -> list[str]:
    """Source strings missing or unfinished in the .ts, and whether the .qm matches the .ts."""
    found: list[str] = []
    if not TS.exists():
        return [f"{TS.name} does not exist: run tools/update_translations.py"]
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "check.ts"
        fresh.write_bytes(TS.read_bytes())
        lupdate(fresh)  # adds every source string the code has now, keeps translations
        found += [f"untranslated: {s!r}" for s in _unfinished(fresh)]
        compiled = Path(tmp) / "check.qm"
        lrelease(TS, compiled)
        if not QM.exists() or QM.read_bytes() != compiled.read_bytes():
            found.append(f"{QM.name} is older than {TS.name}: run tools/update_translations.py")
    return found
