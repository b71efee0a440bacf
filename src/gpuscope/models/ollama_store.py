"""Ollama's model store: JSON manifests ``<models>/manifests/<host>/<namespace>/<model>/<tag>``
whose layer of media type ``application/vnd.ollama.image.model`` is a GGUF stored as
``<models>/blobs/sha256-<hex>`` (a ``...image.projector`` layer is the mmproj). Digests are checked
to be 64 hex digits, so a manifest cannot name a path outside ``blobs/``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

from gpuscope.models import file_errors as fe
from gpuscope.models.folder_scan import StopFn, Walk
from gpuscope.models.local_model import LocalModel, escaped, read_local
from gpuscope.text import QT_TRANSLATE_NOOP, Message

_NO_LAYER = QT_TRANSLATE_NOOP("Import", "{file}: the manifest names no GGUF model layer")
_BAD_MANIFEST = QT_TRANSLATE_NOOP("Import", "{file}: not a readable Ollama manifest")
_MISSING_BLOB = QT_TRANSLATE_NOOP(
    "Import", "{file}: its model blob {blob} is missing (an interrupted pull?)"
)
_DIGEST = re.compile(r"^sha256[:-]([0-9a-f]{64})$")
MAX_MANIFEST = 1 << 20
MODEL_MEDIA = "application/vnd.ollama.image.model"
PROJECTOR_MEDIA = "application/vnd.ollama.image.projector"


def scan_ollama(root: Path, should_stop: StopFn = lambda: False,
                read_specs: bool = True) -> Iterator[LocalModel]:
    """Models in Ollama's store: each manifest's model layer, a GGUF blob."""
    try:
        top = root.resolve(strict=True)
    except (OSError, RuntimeError):
        return
    walk = Walk(top, should_stop)
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
            if p is None or not p.is_relative_to(manifests):
                continue
            if p.is_dir() and depth < 4:
                stack.append((p, depth + 1))
            elif p.is_file():
                try:
                    yield _manifest_model(walk, p, manifests, read_specs)
                except OSError as exc:  # e.g. a blob we may not stat
                    err = fe.os_error(p, exc).message
                    yield LocalModel(_ollama_name(p.relative_to(manifests).parts), p, "ollama",
                                     0, None, None, err)


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
    if not fe.present(candidate):
        return None, _MISSING_BLOB(file=str(manifest), blob=candidate.name)
    p = walk.inside(candidate)
    if p is None or not p.is_relative_to(walk.root / "blobs"):
        return None, escaped(candidate)
    if not fe.is_regular(p):
        return None, fe.FILE_PROBLEM(file=str(candidate), problem=fe.NOT_REGULAR())
    return p, None
