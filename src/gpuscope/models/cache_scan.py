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

import json
import os
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from gpuscope.models.folder_scan import StopFn, Walk, gguf_models, scan_tree
from gpuscope.models.hf_reader import display_name
from gpuscope.models.local_model import LocalModel, escaped, read_local
from gpuscope.text import QT_TRANSLATE_NOOP, Message

_NO_LAYER = QT_TRANSLATE_NOOP("Import", "{file}: the manifest names no GGUF model layer")
_BAD_MANIFEST = QT_TRANSLATE_NOOP("Import", "{file}: not a readable Ollama manifest")
_MISSING_BLOB = QT_TRANSLATE_NOOP(
    "Import", "{file}: its model blob {blob} is missing (an interrupted pull?)"
)
_DIGEST = re.compile(r"^sha256[:-]([0-9a-f]{64})$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
MAX_MANIFEST = 1 << 20
MODEL_MEDIA = "application/vnd.ollama.image.model"
PROJECTOR_MEDIA = "application/vnd.ollama.image.projector"


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
            yield from scan_hf_cache(root.path, should_stop, read_specs)
        elif root.source == "ollama":
            yield from scan_ollama(root.path, should_stop, read_specs)
        else:
            yield from scan_tree(root.path, root.source, should_stop, read_specs)


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
        if "config.json" in names or any(n.endswith(".safetensors") for n in names):
            size = sum(walk.size(snap / n) for n in names if n.endswith((".safetensors", ".json")))
            yield read_local(label, snap, "huggingface", size, read_specs)
            continue
        # GGUF repositories: files at the top, or one folder per quantization (split models)
        folders = [(snap, entries, label)] + [
            (sub, walk.list_dir(sub), f"{label}/{e.name}") for e in entries
            if e.is_dir() and (sub := walk.inside(snap / e.name)) is not None]
        for folder, items, prefix in folders:
            files = [folder / e.name for e in items if e.name.lower().endswith(".gguf")]
            yield from gguf_models(walk, files, "huggingface", read_specs, prefix)


def _snapshot(walk: Walk, repo: Path) -> Path | None:
    """The snapshot ``refs/main`` points to, else the most recently modified one."""
    snaps = repo / "snapshots"
    try:
        ref = (repo / "refs" / "main").read_text(encoding="ascii", errors="replace")[:64].strip()
    except OSError:
        ref = ""
    if _COMMIT.match(ref) and (snaps / ref).is_dir():
        return walk.inside(snaps / ref)
    dirs = [snaps / e.name for e in walk.list_dir(snaps) if e.is_dir()]
    dirs = [d for d in (walk.inside(x) for x in dirs) if d is not None]
    return max(dirs, key=lambda d: d.stat().st_mtime, default=None)


def scan_ollama(root: Path, should_stop: StopFn = lambda: False,
                read_specs: bool = True) -> Iterator[LocalModel]:
    """Models in Ollama's store: each manifest's model layer, a GGUF blob."""
    walk = _walk(root, should_stop)
    if walk is None:
        return
    manifests = walk.inside(walk.root / "manifests")
    if manifests is None:
        return
    stack = [(manifests, 0)]
    while stack:
        d, depth = stack.pop()
        for e in walk.list_dir(d):
            if should_stop():
                return
            p = walk.inside(d / e.name)
            if p is None:
                continue
            if p.is_dir() and depth < 4:
                stack.append((p, depth + 1))
            elif p.is_file():
                yield _manifest_model(walk, p, manifests, read_specs)


def _manifest_model(walk: Walk, manifest: Path, base: Path, read_specs: bool) -> LocalModel:
    parts = manifest.relative_to(base).parts
    name = _ollama_name(parts)
    layers = _layers(manifest)
    if layers is None:
        return LocalModel(name, manifest, "ollama", 0, None, None,
                          _BAD_MANIFEST(file=str(manifest)))
    blobs = {media: _blob(walk, manifest, digest) for media, digest in layers}
    if MODEL_MEDIA not in blobs:
        return LocalModel(name, manifest, "ollama", 0, None, None, _NO_LAYER(file=str(manifest)))
    model, problem = blobs[MODEL_MEDIA]
    if model is None:
        return LocalModel(name, manifest, "ollama", 0, None, None, problem)
    projector = blobs.get(PROJECTOR_MEDIA, (None, None))[0]
    size = walk.size(model) + (walk.size(projector) if projector else 0)
    return read_local(name, model, "ollama", size, read_specs, projector=projector)


def _ollama_name(parts: tuple[str, ...]) -> str:
    if len(parts) >= 4 and parts[0] == "registry.ollama.ai" and parts[1] == "library":
        return f"{parts[2]}:{parts[3]}"
    if len(parts) >= 2:
        host = parts[:-2] if parts[0] != "registry.ollama.ai" else parts[1:-2]
        return "/".join((*host, parts[-2])) + f":{parts[-1]}"
    return "/".join(parts)


def _layers(manifest: Path) -> list[tuple[str, str]] | None:
    try:
        if manifest.stat().st_size > MAX_MANIFEST:
            return None
        data = json.loads(manifest.read_bytes().decode("utf-8"))
    except (OSError, ValueError, RecursionError):
        return None
    layers = data.get("layers") if isinstance(data, dict) else None
    if not isinstance(layers, list):
        return None
    return [(str(x.get("mediaType")), str(x.get("digest"))) for x in layers if isinstance(x, dict)]


def _blob(walk: Walk, manifest: Path, digest: str) -> tuple[Path | None, Message | None]:
    """``blobs/sha256-<hex>`` for a well-formed digest that stays inside ``blobs/``."""
    m = _DIGEST.match(digest)
    if not m:
        return None, _BAD_MANIFEST(file=str(manifest))
    blobs = walk.root / "blobs"
    candidate = blobs / f"sha256-{m.group(1)}"
    if not candidate.exists():
        return None, _MISSING_BLOB(file=str(manifest), blob=candidate.name)
    p = walk.inside(candidate)
    if p is None or not p.is_relative_to(walk.root / "blobs") or not p.is_file():
        return None, escaped(candidate)
    return p, None
