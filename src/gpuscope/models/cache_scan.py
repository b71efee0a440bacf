"""Find the models already on this disk: the Hugging Face hub cache, Ollama's store, LM Studio's
models folder and folders the user adds. Headers only, incremental, cancellable.

:func:`scan` is a generator of :class:`LocalModel` meant to run in a worker thread: it checks
``should_stop()`` between steps, never follows a path out of the root it scans, bounds depth and
entry counts, and reports each unreadable model as an entry with ``error`` instead of raising.

Layouts: Hugging Face ``<cache>/models--org--name/snapshots/<commit>/`` (files are symlinks into
``../../blobs``; ``refs/main`` names the current commit); Ollama
``<models>/manifests/<host>/<namespace>/<model>/<tag>`` (JSON; the layer with media type
``application/vnd.ollama.image.model`` is the GGUF, stored as ``blobs/sha256-<hex>``); LM Studio
``<models>/<publisher>/<repo>/<file>.gguf``.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from gpuscope.models import file_errors as fe
from gpuscope.models.folder_scan import StopFn, Walk, gguf_models, hf_model, is_dir, scan_tree
from gpuscope.models.hf_reader import display_name
from gpuscope.models.loader import is_hf_folder
from gpuscope.models.local_model import LocalModel
from gpuscope.models.ollama_store import scan_ollama

_COMMIT = re.compile(r"^[0-9a-f]{40}$")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ScanRoot:
    source: str  # "huggingface" | "ollama" | "lmstudio" | "folder"
    path: Path


def default_roots(env: Mapping[str, str] | None = None, home: Path | None = None) -> list[ScanRoot]:
    """The standard cache locations that exist on this machine (environment variables honoured)."""
    env = os.environ if env is None else env
    home = Path.home() if home is None else home
    hf_home = Path(env["HF_HOME"]) if env.get("HF_HOME") else (
        Path(env.get("XDG_CACHE_HOME") or home / ".cache") / "huggingface")
    hub = env.get("HF_HUB_CACHE") or env.get("HUGGINGFACE_HUB_CACHE")
    candidates = [ScanRoot("huggingface", Path(hub) if hub else hf_home / "hub")]
    if env.get("OLLAMA_MODELS"):
        candidates.append(ScanRoot("ollama", Path(env["OLLAMA_MODELS"])))
    else:
        candidates += [ScanRoot("ollama", home / ".ollama" / "models"),
                       ScanRoot("ollama", Path("/usr/share/ollama/.ollama/models"))]
    candidates += [ScanRoot("lmstudio", home / ".lmstudio" / "models"),
                   ScanRoot("lmstudio", home / ".cache" / "lm-studio" / "models")]
    out: list[ScanRoot] = []
    for c in candidates:
        try:
            if c.path.expanduser().is_dir() and c not in out:
                out.append(ScanRoot(c.source, c.path.expanduser()))
        except OSError:
            continue
    return out


def scan(roots: Iterable[ScanRoot], should_stop: StopFn = lambda: False,
         read_specs: bool = True) -> Iterator[LocalModel]:
    """Every model under ``roots``, one at a time."""
    for root in roots:
        if should_stop():
            return
        if root.source == "huggingface":
            found = scan_hf_cache(root.path, should_stop, read_specs)
        elif root.source == "ollama":
            found = scan_ollama(root.path, should_stop, read_specs)
        else:
            found = scan_tree(root.path, root.source, should_stop, read_specs)
        try:
            yield from found
        except Exception:  # a walker fault (permissions changing mid-scan) ends this root only
            log.exception("scanning %s stopped early", root.path)


def _walk(root: Path, should_stop: StopFn) -> Walk | None:
    try:
        top = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return None
    return Walk(top, should_stop) if top.is_dir() else None


def scan_hf_cache(root: Path, should_stop: StopFn = lambda: False,
                  read_specs: bool = True) -> Iterator[LocalModel]:
    """Models in a Hugging Face hub cache (``models--org--name`` folders)."""
    walk = _walk(root, should_stop)
    if walk is None:
        return
    for repo in walk.list_dir(walk.root):
        if should_stop():
            return
        if not repo.name.startswith("models--"):
            continue
        snap = _snapshot(walk, walk.root / repo.name)
        if snap is None:
            continue
        entries = walk.list_dir(snap)
        names = {e.name for e in entries}
        label = display_name(snap)
        if is_hf_folder(names):
            yield hf_model(walk, snap, names, label, "huggingface", read_specs)
            continue
        # GGUF repositories: files at the top, or one folder per quantization (split models)
        folders = [(snap, entries, label)] + [
            (sub, walk.list_dir(sub), f"{label}/{e.name}") for e in entries
            if is_dir(e) and (sub := walk.inside(snap / e.name)) is not None]
        for folder, items, prefix in folders:
            files = [folder / e.name for e in items if e.name.lower().endswith(".gguf")]
            yield from gguf_models(walk, files, "huggingface", read_specs, prefix)


def _snapshot(walk: Walk, repo: Path) -> Path | None:
    """The snapshot ``refs/main`` points to, else the most recently modified one."""
    snaps = repo / "snapshots"
    main = repo / "refs" / "main"
    try:  # never open a pipe (it would block): a regular file only
        ref = main.read_text(encoding="ascii", errors="replace")[:64].strip() if fe.is_regular(
            main) else ""
    except OSError:
        ref = ""
    if _COMMIT.match(ref) and (snaps / ref).is_dir():
        return walk.inside(snaps / ref)
    dirs = [snaps / e.name for e in walk.list_dir(snaps) if is_dir(e)]
    dirs = [d for d in (walk.inside(x) for x in dirs) if d is not None]
    return max(dirs, key=_mtime, default=None)


def _mtime(p: Path) -> float:
    try:
        return p.stat().st_mtime
    except OSError:
        return 0.0
