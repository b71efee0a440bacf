"""Files read from a model folder stay in that folder: a symbolic link (or a ``../`` name in a
shard index) that leads elsewhere is refused by name, never followed.

The one exception is the Hugging Face cache layout, where every file of a snapshot is a link into
the repository's content store: ``models--org--name/snapshots/<rev>/config.json ->
../../blobs/<hash>``. A link that resolves into that ``blobs/`` folder is allowed.
"""

from __future__ import annotations

from pathlib import Path

from gpuscope.models import file_errors as fe
from gpuscope.text import QT_TRANSLATE_NOOP

OUTSIDE = QT_TRANSLATE_NOOP(
    "Import", "leads outside the model folder (to {target}): gpuscope reads only files inside "
    "the folder, or in its Hugging Face cache's blobs folder"
)


def _resolved(p: Path) -> Path | None:
    try:
        return p.resolve()
    except (OSError, RuntimeError):  # a link loop: the readers name it as one
        return None


def allowed_roots(folder: Path) -> list[Path]:
    """The folder itself and, for a Hugging Face cache snapshot, the cache's ``blobs/``."""
    roots = []
    for f in (folder, _resolved(folder)):
        if f is None:
            continue
        roots.append(f)
        if f.parent.name == "snapshots":
            roots.append(f.parent.parent / "blobs")
    return [r for r in (_resolved(r) for r in roots) if r is not None]


def inside(folder: Path, path: Path) -> Path:
    """``path`` when it stays inside ``folder`` (links followed; cache blobs allowed), else an
    :class:`~gpuscope.errors.InputError` naming the file and where it leads."""
    target = _resolved(path)
    if target is None:
        return path
    if any(target == r or target.is_relative_to(r) for r in allowed_roots(folder)):
        return path
    raise fe.file_error(path, OUTSIDE(target=str(target)))


def is_inside(folder: Path, path: Path) -> bool:
    """Whether :func:`inside` would accept ``path`` (for optional files that are skipped)."""
    target = _resolved(path)
    return target is None or any(target == r or target.is_relative_to(r)
                                 for r in allowed_roots(folder))


__all__ = ["OUTSIDE", "allowed_roots", "inside", "is_inside"]
