"""Regenerate translations/gpuscope_fr.ts from the sources and compile gpuscope_fr.qm.

    python tools/update_translations.py          # lupdate + lrelease
    python tools/update_translations.py --check  # exit 1: .ts misses strings or .qm is stale

Uses the ``pyside6-lupdate`` / ``pyside6-lrelease`` that PySide6-Essentials installs beside
Python.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "translations" / "gpuscope_fr.ts"
QM = ROOT / "translations" / "gpuscope_fr.qm"


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def lupdate(ts: Path) -> None:
    subprocess.run([tool("pyside6-lupdate"), "-extensions", "py,ui", "-locations", "none",
                    "-no-obsolete", str(ROOT / "src" / "gpuscope"), "-ts", str(ts)],
                   check=True, capture_output=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True,
                   capture_output=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    if not args.check:
        lupdate(TS)
        lrelease(TS, QM)
        print(f"updated {TS.relative_to(ROOT)} and {QM.relative_to(ROOT)}")
        return 0
    from translation_check import problems  # noqa: PLC0415 - tools/ sibling

    found = problems()
    for p in found:
        print(p)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
