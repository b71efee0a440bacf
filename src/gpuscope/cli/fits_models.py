"""The models ``gpuscope fits`` ranks: the presets, the user's saved models ("My saved models",
read from the user-data folder every time), and the models on this disk when asked for.

``--scan`` looks where the window's "My models" tab looks (Hugging Face cache, Ollama, LM Studio:
:func:`gpuscope.models.cache_scan.default_roots`); ``--models-dir DIR`` scans a folder too. Both
read file headers only. Without them nothing but the saved models' file is read, so the default
stays fast. Each model keeps where it came from (``origin``) for the table and the JSON.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass, field
from pathlib import Path

from gpuscope.errors import InputError
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_NOT_A_FOLDER = QT_TRANSLATE_NOOP("Errors", "--models-dir {path}: not a folder.")
PRESET, SAVED = "preset", "saved"


@dataclass
class Candidates:
    models: list[ModelSpec] = field(default_factory=list)
    origin: dict[int, str] = field(default_factory=dict)  # id(model) -> preset, saved, or scan
    unreadable: int = 0  # files found by the scan that could not be read

    def add(self, model: ModelSpec, origin: str) -> None:
        self.models.append(model)
        self.origin[id(model)] = origin

    def count(self, origin: str) -> int:
        return sum(1 for o in self.origin.values() if o == origin)

    @property
    def scanned(self) -> int:
        return sum(1 for o in self.origin.values() if o not in (PRESET, SAVED))

    def origin_of(self, model: ModelSpec) -> str:
        """``preset``, ``saved``, or the scan's source: huggingface, ollama, lmstudio, folder."""
        return self.origin.get(id(model), PRESET)


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--scan", action="store_true",
                   help="also rank the models on this computer: the Hugging Face cache, Ollama "
                        "and LM Studio models (as the window's My models tab; headers only)")
    p.add_argument("--models-dir", action="append", default=[], metavar="DIR",
                   help="also rank the GGUF and safetensors models in this folder (repeatable)")
    p.add_argument("--no-saved", action="store_true",
                   help="leave out your saved models (My saved models)")


def collect(args: argparse.Namespace) -> Candidates:
    """Presets, then saved models, then the scan's models (one per file, in scan order)."""
    from gpuscope.models.presets import all_presets

    out = Candidates()
    for m in all_presets():
        out.add(m, PRESET)
    if not args.no_saved:
        _add_saved(out)
    roots = _roots(args)
    if roots:
        _add_scanned(out, roots)
    return out


def _add_saved(out: Candidates) -> None:
    from gpuscope.models.custom import load_custom_models

    loaded = load_custom_models()
    if loaded.message is not None:  # a damaged file was set aside: the user must know
        print(f"gpuscope: {loaded.message.render()}", file=sys.stderr)
    for m in loaded.value:
        out.add(m, SAVED)


def _roots(args: argparse.Namespace) -> list:
    from gpuscope.models.cache_scan import ScanRoot, default_roots

    roots = default_roots() if args.scan else []
    for folder in args.models_dir:
        path = Path(folder).expanduser()
        if not path.is_dir():
            raise InputError(_NOT_A_FOLDER(path=folder))
        roots.append(ScanRoot("folder", path))
    return roots


def _add_scanned(out: Candidates, roots: list) -> None:
    from gpuscope.models.cache_scan import scan

    seen: set[str] = set()
    for found in scan(roots):
        if found.spec is None:
            out.unreadable += 1
            continue
        key = str(Path(found.path).resolve())
        if key in seen:  # a folder inside a cache, scanned twice
            continue
        seen.add(key)
        out.add(found.spec, found.source)
