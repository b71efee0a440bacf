"""One entry of the "My models" list: a model found on disk, read, or why it could not be.

:func:`read_local` never raises: a bad file becomes an entry with ``error`` set, so one broken
download cannot stop a scan of a hundred models.
"""

from __future__ import annotations

import dataclasses
import logging
from dataclasses import dataclass
from pathlib import Path

from gpuscope.errors import GpuscopeError
from gpuscope.models import file_errors as fe
from gpuscope.models.spec import ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP, Message

_ESCAPES = QT_TRANSLATE_NOOP(
    "Import", "links outside the folder being scanned, so it was not followed"
)
_FAILED = QT_TRANSLATE_NOOP("Import", "could not be read ({reason})")
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class LocalModel:
    name: str  # org/repo, ollama name:tag, publisher/repo/file
    path: Path  # what load_model_path() opens (GGUF file, first split part, or folder)
    source: str  # "huggingface" | "ollama" | "lmstudio" | "folder"
    size_bytes: int  # on disk, all parts (and projector) included
    quantization: str | None
    spec: ModelSpec | None
    error: Message | None = None
    projector: Path | None = None


def escaped(path: Path) -> Message:
    """Why a path the scan would not follow was left: its links loop, or lead out of the root."""
    if fe.is_link_loop(path):
        return fe.FILE_PROBLEM(file=str(path), problem=fe.LINK_LOOP())
    return fe.FILE_PROBLEM(file=str(path), problem=_ESCAPES())


def read_local(name: str, path: Path, source: str, size: int, read_specs: bool = True,
               projector: Path | None = None) -> LocalModel:
    """Read one model's header(s) into a :class:`LocalModel`, turning any failure into ``error``."""
    if not read_specs:
        return LocalModel(name, path, source, size, None, None, None, projector)
    from gpuscope.models.gguf_reader import attach_projector, read_gguf
    from gpuscope.models.loader import load_model_path

    try:
        spec = load_model_path(path, find_projector=False)  # the scan chose the projector
    except GpuscopeError as exc:
        return LocalModel(name, path, source, size, None, None, exc.message, projector)
    except Exception as exc:  # a reader bug must not end the scan; it is logged and shown
        log.exception("reading %s failed", path)
        msg = fe.FILE_PROBLEM(file=str(path), problem=_FAILED(reason=type(exc).__name__))
        return LocalModel(name, path, source, size, None, None, msg, projector)
    if projector is not None:
        try:
            spec = dataclasses.replace(attach_projector(spec, read_gguf(projector)),
                                       projector_found=source != "ollama")  # not in a manifest
        except GpuscopeError:  # the model is still usable without its projector
            projector = None
    return LocalModel(name, path, source, size, spec.file_quantization, spec, None, projector)
