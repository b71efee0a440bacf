"""The user's own files (custom models, GPU overrides, saved snapshots, preferences): nothing lost.

Writing is atomic: the bytes go to a temporary file in the same folder, are flushed and fsynced,
then renamed over the target, and the folder is fsynced. A writer killed at any moment leaves the
old file or the new one, never a mix (``tests/test_userdata.py`` kills writers mid-write to check).

Reading never stops the app: a file that is damaged (not UTF-8, not JSON, larger than a user file
can be) is moved aside as ``NAME.corrupt-YYYYmmdd-HHMMSS``, the caller gets the default value and a
translatable message telling the user where the old file went. Leftover temporary files of killed
writers are swept once they are old.

Where: :func:`data_dir` (``$XDG_DATA_HOME/gpuscope``, ``~/.local/share/gpuscope``; the user's
application-data folder on macOS and Windows). The window and the CLI share it.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Generic, TypeVar

from gpuscope.errors import GpuscopeError
from gpuscope.text import QT_TRANSLATE_NOOP, Message, Template
from gpuscope.units import Bytes

T = TypeVar("T")

CUSTOM_MODELS = "custom_models.json"
GPU_OVERRIDES = "gpu_overrides.json"
PREFERENCES = "preferences.json"
SNAPSHOTS = "snapshots"
#: A user file larger than this is not one gpuscope wrote: it is set aside, not parsed.
MAX_BYTES = 16 * 1024**2
#: Temporary files of a killed writer older than this are removed when the file is next read.
STALE_TEMP_S = 600.0

UNWRITABLE = QT_TRANSLATE_NOOP("UserData", "Cannot save {path}: {detail}.")
_SET_ASIDE = QT_TRANSLATE_NOOP(
    "UserData",
    "{path} was damaged ({problem}). It was kept as {backup}; gpuscope started with defaults.")
_UNREADABLE = QT_TRANSLATE_NOOP(
    "UserData", "Cannot read {path} ({detail}); gpuscope started with defaults.")
_NOT_UTF8 = QT_TRANSLATE_NOOP("UserData", "not UTF-8 text")
_NOT_JSON = QT_TRANSLATE_NOOP("UserData", "not valid JSON: {detail} at line {line}")
_TOO_DEEP = QT_TRANSLATE_NOOP("UserData", "nested too deeply")
_LONG_NUMBER = QT_TRANSLATE_NOOP("UserData", "a number with thousands of digits")
_TOO_LARGE = QT_TRANSLATE_NOOP("UserData", "{size}, more than a user file can be")


@dataclass(frozen=True)
class Loaded(Generic[T]):
    """What a read gave: the value (or the default), and what to tell the user, if anything."""

    value: T
    message: Message | None = None
    backup: Path | None = None


def data_dir(base: str | os.PathLike[str] | None = None,
             environ: Mapping[str, str] | None = None) -> Path:
    """gpuscope's user-data folder (``base`` when given); not created here."""
    if base is not None:
        return Path(base)
    env = os.environ if environ is None else environ
    if sys.platform == "win32" and env.get("APPDATA"):
        return Path(env["APPDATA"]) / "gpuscope"
    if sys.platform == "darwin":
        return Path.home() / "Library" / "Application Support" / "gpuscope"
    xdg = env.get("XDG_DATA_HOME", "")
    root = Path(xdg) if os.path.isabs(xdg) else Path.home() / ".local" / "share"
    return root / "gpuscope"


# -- writing ---------------------------------------------------------------------------------
def write_bytes_atomic(path: str | os.PathLike[str], data: bytes, *, make_parents: bool = False,
                       error: Template = UNWRITABLE) -> Path:
    """Replace ``path`` with ``data`` atomically; GpuscopeError(``error``) (exit 1) on failure."""
    p = Path(path)
    tmp: str | None = None
    try:
        if make_parents:
            p.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{p.name}.", suffix=".tmp", dir=p.parent or ".")
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, _file_mode(p))  # mkstemp makes 0600; keep the replaced file's mode
        os.replace(tmp, p)
        tmp = None
        _fsync_dir(p.parent)
    except OSError as exc:
        raise GpuscopeError(error(path=str(p), detail=exc.strerror or str(exc))) from None
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
    return p


def write_json_atomic(path: str | os.PathLike[str], obj: Any, *,
                      make_parents: bool = True) -> Path:
    """``obj`` as indented UTF-8 JSON (no NaN), written atomically."""
    text = json.dumps(obj, ensure_ascii=False, indent=2, allow_nan=False) + "\n"
    return write_bytes_atomic(path, text.encode("utf-8"), make_parents=make_parents)


def _file_mode(p: Path) -> int:
    """The mode of the file being replaced; else rw-rw-rw- less the umask."""
    try:
        return p.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _fsync_dir(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return  # Windows cannot open a folder; the rename is atomic there all the same
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# -- reading ---------------------------------------------------------------------------------
def read_json_or_backup(path: str | os.PathLike[str], default: T, *,
                        keep: bool = False) -> Loaded[Any]:
    """The JSON in ``path``; ``default`` when absent; a damaged file is set aside (told).

    ``keep``: leave a damaged file where it is (a file the user named, not one of gpuscope's);
    the message is then only the problem.
    """
    p = Path(path)
    if not keep:
        sweep_temps(p)
    try:
        if p.is_dir():
            raise IsADirectoryError(21, "it is a folder")
        size = p.stat().st_size
        raw = p.read_bytes() if size <= MAX_BYTES else None
    except (FileNotFoundError, ValueError):  # ValueError: a NUL in the name
        return Loaded(default)
    except OSError as exc:
        return Loaded(default, _UNREADABLE(path=str(p), detail=exc.strerror or str(exc)))
    if raw is None:
        problem = _TOO_LARGE(size=Bytes(size))
    else:
        value, problem = _parse(raw)
        if problem is None:
            return Loaded(value)
    return Loaded(default, problem) if keep else set_aside(p, default, problem)


def _parse(raw: bytes) -> tuple[Any, Message | None]:
    try:
        return json.loads(raw.decode("utf-8-sig")), None
    except UnicodeDecodeError:
        return None, _NOT_UTF8()
    except json.JSONDecodeError as exc:
        return None, _NOT_JSON(detail=exc.msg, line=exc.lineno)
    except RecursionError:
        return None, _TOO_DEEP()
    except ValueError:  # an integer of more than 4,300 digits (sys.get_int_max_str_digits)
        return None, _LONG_NUMBER()


def set_aside(path: Path, default: T, problem: Message, *, copy: bool = False) -> Loaded[T]:
    """Move (or copy) ``path`` to ``NAME.corrupt-<time>`` and say so; ``default`` as the value."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    backup = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while backup.exists():
        backup = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
        n += 1
    try:
        if copy:
            write_bytes_atomic(backup, path.read_bytes())
        else:
            os.replace(path, backup)
    except (OSError, GpuscopeError) as exc:
        detail = exc.message.render() if isinstance(exc, GpuscopeError) else str(exc)
        return Loaded(default, _UNREADABLE(path=str(path), detail=detail))
    return Loaded(default, _SET_ASIDE(path=str(path), problem=problem, backup=str(backup)),
                  backup)


def sweep_temps(path: Path, older_than_s: float = STALE_TEMP_S) -> int:
    """Remove ``.NAME.*.tmp`` files left by killed writers; how many went."""
    removed = 0
    cutoff = time.time() - older_than_s
    try:
        leftovers = list(path.parent.glob(f".{path.name}.*.tmp"))
    except OSError:
        return 0
    for tmp in leftovers:
        try:
            if tmp.stat().st_mtime <= cutoff:
                tmp.unlink()
                removed += 1
        except OSError:
            continue
    return removed


__all__ = ["CUSTOM_MODELS", "GPU_OVERRIDES", "MAX_BYTES", "PREFERENCES", "SNAPSHOTS", "UNWRITABLE",
           "Loaded", "data_dir", "read_json_or_backup", "set_aside", "sweep_temps",
           "write_bytes_atomic", "write_json_atomic"]
