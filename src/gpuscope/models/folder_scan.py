"""Walk a folder tree for models, safely: bounded depth and entry count, no symlink loops, no path
that resolves outside the root, cancellable between steps. Shared by the cache scanners.

A folder holding ``config.json`` (or safetensors) is one Hugging Face model and is not descended;
GGUF files in a folder are grouped into models (split parts together), with the folder's single
``mmproj`` file attached as projector. LM Studio's ``publisher/repo/file.gguf`` tree and folders
the user adds are scanned this way.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from gpuscope.models import file_errors as fe
from gpuscope.models.gguf_reader import split_parts
from gpuscope.models.loader import group_gguf, is_hf_folder
from gpuscope.models.local_model import LocalModel, escaped, read_local

MAX_DEPTH = 6
MAX_ENTRIES = 50_000  # directory entries looked at per root
StopFn = Callable[[], bool]


@dataclass
class Walk:
    """Limits and bookkeeping shared by one root's scan."""

    root: Path  # resolved
    should_stop: StopFn
    max_depth: int = MAX_DEPTH
    max_entries: int = MAX_ENTRIES
    entries: int = 0
    visited: set[tuple[int, int]] = field(default_factory=set)

    def inside(self, p: Path) -> Path | None:
        """``p`` resolved, when it stays under the root (symlinks included); else None."""
        try:
            r = p.resolve(strict=True)
        except (OSError, RuntimeError):  # broken link, loop
            return None
        return r if r == self.root or r.is_relative_to(self.root) else None

    def list_dir(self, d: Path) -> list[os.DirEntry[str]]:
        """Entries of ``d`` (empty when unreadable, already visited, or over the budget)."""
        if self.should_stop() or self.entries >= self.max_entries:
            return []
        try:
            st = d.stat()
            key = (st.st_dev, st.st_ino)
            if key in self.visited:
                return []
            self.visited.add(key)
            with os.scandir(d) as it:
                out = []
                for e in it:
                    self.entries += 1
                    if self.entries > self.max_entries:
                        break
                    out.append(e)
                return sorted(out, key=lambda e: e.name)
        except OSError:
            return []

    def size(self, p: Path) -> int:
        r = self.inside(p)
        try:
            return r.stat().st_size if r is not None else 0
        except OSError:
            return 0


def is_dir(e: os.DirEntry[str]) -> bool:
    try:
        return e.is_dir(follow_symlinks=True)
    except OSError:
        return False



def scan_tree(root: Path, source: str, should_stop: StopFn, read_specs: bool = True,
              name_prefix: str = "") -> Iterator[LocalModel]:
    """Models anywhere under ``root`` (GGUF files and Hugging Face folders)."""
    try:
        top = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return
    if not top.is_dir():
        return
    walk = Walk(top, should_stop)
    yield from _scan_dir(walk, top, 0, source, read_specs, name_prefix)


def _scan_dir(walk: Walk, d: Path, depth: int, source: str, read_specs: bool,
              prefix: str) -> Iterator[LocalModel]:
    entries = walk.list_dir(d)
    names = {e.name for e in entries}
    rel = d.relative_to(walk.root).as_posix() if d != walk.root else ""
    label = "/".join(x for x in (prefix, rel) if x and x != ".")
    if is_hf_folder(names):
        yield hf_model(walk, d, names, label or d.name, source, read_specs)
        return
    # not only regular files: a pipe or a looping link named *.gguf is listed with the reason
    ggufs = [d / e.name for e in entries if e.name.lower().endswith(".gguf") and not is_dir(e)]
    yield from gguf_models(walk, ggufs, source, read_specs, label)
    if depth >= walk.max_depth:
        return
    for e in entries:
        if walk.should_stop():
            return
        if is_dir(e) and not e.name.startswith("."):
            sub = walk.inside(d / e.name)
            if sub is not None:
                yield from _scan_dir(walk, sub, depth + 1, source, read_specs, prefix)


def hf_model(walk: Walk, d: Path, names: set[str], label: str, source: str,
             read_specs: bool) -> LocalModel:
    """A Hugging Face folder, unless one of its model files links outside the root."""
    files = [d / n for n in sorted(names) if n.endswith((".json", ".safetensors"))]
    for f in files:
        if walk.inside(f) is None and (f.exists() or f.is_symlink()):
            return LocalModel(label, d, source, 0, None, None, escaped(f))
    return read_local(label, d, source, sum(walk.size(f) for f in files), read_specs)


def gguf_models(walk: Walk, files: list[Path], source: str, read_specs: bool,
                label: str) -> Iterator[LocalModel]:
    """One entry per GGUF model among ``files`` (all in one folder)."""
    models, projectors = group_gguf(files)
    projectors = [p for p in projectors if fe.is_regular(p)]
    projector = projectors[0] if len(projectors) == 1 else None
    for first in models:
        if walk.should_stop():
            return
        name = "/".join(x for x in (label, first.name.removesuffix(".gguf")) if x)
        parts = split_parts(first)
        if any(walk.inside(p) is None for p in parts if p.exists() or p.is_symlink()):
            yield LocalModel(name, first, source, 0, None, None, escaped(first))
            continue
        proj = projector if projector is not None and walk.inside(projector) else None
        # what the runtime loads, projector included (as Ollama counts a vision model's size)
        size = sum(walk.size(p) for p in parts) + (walk.size(proj) if proj else 0)
        yield read_local(name, first, source, size, read_specs, projector=proj)
