"""One clear, translatable sentence for every way a model file can be unreadable.

All importers (GGUF, safetensors, config.json, caches) raise :class:`~gpuscope.errors.InputError`
built here, so a bad file always reads ``<file>: <problem>`` in the CLI and the window, never a
traceback. Problems are templates with typed arguments (``what`` is itself a translatable
template naming the part of the file), like every user-visible core string.
"""

from __future__ import annotations

import errno
import os
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gpuscope.errors import InputError
from gpuscope.text import QT_TRANSLATE_NOOP, Message

FILE_PROBLEM = QT_TRANSLATE_NOOP("Import", "{file}: {problem}")

CANNOT_READ = QT_TRANSLATE_NOOP("Import", "cannot be read ({reason})")
NOT_FOUND = QT_TRANSLATE_NOOP("Import", "no such file or folder")
TRUNCATED = QT_TRANSLATE_NOOP(
    "Import", "the file ends early, inside {part}: it is truncated or still downloading"
)
HEADER_TOO_LARGE = QT_TRANSLATE_NOOP(
    "Import", "the header is larger than {limit}; gpuscope reads at most that much of a file"
)
TOO_MANY = QT_TRANSLATE_NOOP(
    "Import", "the header claims {count} {what} (at most {limit} are accepted)"
)
TOO_LONG = QT_TRANSLATE_NOOP(
    "Import", "{what} claims a length of {length} bytes, more than the file can hold"
)
BAD_UTF8 = QT_TRANSLATE_NOOP("Import", "{what} is not valid UTF-8 text")
NOT_REGULAR = QT_TRANSLATE_NOOP(
    "Import", "not a regular file (a pipe, socket or device): gpuscope opens only model files"
)
LINK_LOOP = QT_TRANSLATE_NOOP(
    "Import", "a symbolic link loop: following its links leads back to them, never to a file"
)


def display_name(path: str | os.PathLike[str]) -> str:
    """The path as the user gave it (absolute when relative paths would be ambiguous)."""
    return os.fspath(path)


def file_error(path: str | os.PathLike[str], problem: Message) -> InputError:
    """An :class:`InputError` naming ``path`` and the problem."""
    return InputError(FILE_PROBLEM(file=display_name(path), problem=problem))


def os_error(path: str | os.PathLike[str], exc: OSError) -> InputError:
    """Turn an ``OSError`` (missing file, permission, I/O error) into a clear message."""
    if isinstance(exc, FileNotFoundError):
        return file_error(path, NOT_FOUND())
    if exc.errno == errno.ELOOP:
        return file_error(path, LINK_LOOP())
    return file_error(path, CANNOT_READ(reason=exc.strerror or type(exc).__name__))


def checked_stat(path: Path) -> os.stat_result:
    """``path``'s status, or an :class:`InputError` for a missing path or a symlink loop."""
    try:
        return os.stat(path)
    except OSError as exc:
        raise os_error(path, exc) from None


def checked_size(path: Path) -> int:
    """Size of a regular file, or an :class:`InputError` saying why it cannot be used. Checked
    before any ``open()``: opening a FIFO would wait for a writer forever."""
    st = checked_stat(path)
    if not stat.S_ISREG(st.st_mode):
        raise file_error(path, NOT_REGULAR())
    return st.st_size


def is_regular(path: Path) -> bool:
    """A regular file (symlinks followed); False for pipes, devices, folders, missing paths."""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except OSError:
        return False


def is_link_loop(path: Path) -> bool:
    """Whether following ``path``'s symbolic links loops (``ELOOP``)."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return False


def present(path: Path) -> bool:
    """Something is at ``path`` to report on: it exists, or its links loop."""
    try:
        os.stat(path)
    except OSError as exc:
        return exc.errno == errno.ELOOP
    return True


@contextmanager
def os_errors_as_input(path: str | os.PathLike[str]) -> Iterator[None]:
    """Turn any ``OSError`` raised inside (permission denied while probing a folder, a file
    vanishing mid-read) into the file's InputError."""
    try:
        yield
    except OSError as exc:
        raise os_error(path, exc) from None
