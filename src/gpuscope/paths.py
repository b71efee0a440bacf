"""Where bundled data lives, in a source checkout and in an installed wheel."""

from __future__ import annotations

from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def _first_existing(name: str) -> Path:
    """The wheel puts data inside the package; a checkout keeps it at the repository root."""
    for candidate in (_PACKAGE_DIR / name, _PACKAGE_DIR.parents[1] / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(f"gpuscope data folder '{name}' not found beside {_PACKAGE_DIR}")


@cache
def resources_dir() -> Path:
    """Folder holding the JSON catalogues (GPUs, models, quantizations)."""
    return _first_existing("resources")


@cache
def translations_dir() -> Path:
    """Folder holding the compiled translations (``gpuscope_fr.qm``)."""
    return _first_existing("translations")


def resource(name: str) -> Path:
    """Path of one bundled resource file."""
    return resources_dir() / name
