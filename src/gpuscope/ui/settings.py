"""What the window remembers between runs (QSettings, always read back with an explicit type).

A damaged settings file is set aside before it is read (:func:`set_aside_if_damaged`, called by
:func:`load`): kept as ``gpuscope.ini.corrupt-<time>`` like the user's other files, the window
starts with defaults and tells the user once (:func:`take_notice`, shown in its message bar).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, fields
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from gpuscope.text import QT_TRANSLATE_NOOP, Message

ORG, APP = "gpuscope", "gpuscope"


@dataclass
class Remembered:
    gpu_key: str = ""
    model_id: str = "llama-3.1-8b"
    quant: str = "q4_k_m"
    kv_cache: str = "f16"
    context: int = 8192
    batch: int = 1
    prompt: int = 512
    flash_attention: bool = True
    n_gpus: int = 1
    language: str = "system"
    theme: str = "system"
    hidden_plots: str = ""  # comma-separated object names
    scan_at_start: bool = False  # scan the local model caches in the background at start-up
    host_memory: str = ""  # plans: "" (assumed per GPU), a host platform id, or "entered"
    host_bandwidth_gbs: float = 0.0  # plans: the RAM bandwidth the user entered (0: none yet)
    live_rate_hz: float = 1.0  # View > Live data rate: how often the live GPU is read (<= 6 Hz)


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def load() -> Remembered:
    set_aside_if_damaged()
    s = settings()
    out = Remembered()
    for f in fields(Remembered):
        default = getattr(out, f.name)
        try:
            value = s.value(f"selection/{f.name}", default, type=type(default))
        except (TypeError, ValueError, OverflowError):  # "1e400" asks int(inf)
            value = default
        if isinstance(value, float) and not math.isfinite(value):
            value = default
        setattr(out, f.name, value)
    return out


def save(r: Remembered) -> None:
    s = settings()
    for f in fields(Remembered):
        s.setValue(f"selection/{f.name}", getattr(r, f.name))
    s.sync()


def load_geometry() -> tuple[QByteArray | None, QByteArray | None]:
    s = settings()
    geo = s.value("window/geometry", None, type=QByteArray)
    state = s.value("window/state", None, type=QByteArray)
    return (geo if geo and not geo.isEmpty() else None,
            state if state and not state.isEmpty() else None)


def save_geometry(geometry: QByteArray, state: QByteArray) -> None:
    s = settings()
    s.setValue("window/geometry", geometry)
    s.setValue("window/state", state)
    s.sync()


def reset() -> None:
    s = settings()
    s.clear()
    s.sync()


# --- folders the user added to "My models" (scanned with the caches, at start-up too) ----------
MAX_FOLDERS = 64
_FOLDERS_KEY = "myModels/folders"


def load_model_folders() -> list[str]:
    """The added folders, in the order added (whatever the file holds: a list of paths or [])."""
    import json

    raw = settings().value(_FOLDERS_KEY, "", type=str)
    try:
        data = json.loads(raw) if raw else []
    except (ValueError, RecursionError):
        return []
    if not isinstance(data, list):
        return []
    out: list[str] = []
    for p in data:
        if isinstance(p, str) and p and "\0" not in p and len(p) < 4096 and p not in out:
            out.append(p)
    return out[:MAX_FOLDERS]


def save_model_folders(folders: list[str]) -> None:
    import json

    s = settings()
    s.setValue(_FOLDERS_KEY, json.dumps(list(dict.fromkeys(folders))[:MAX_FOLDERS]))
    s.sync()


# --- a damaged settings file ------------------------------------------------------------------
#: Larger than any settings file gpuscope writes (a few KiB): not read, set aside.
MAX_SETTINGS_BYTES = 4 * 1024 * 1024
_NOT_INI = QT_TRANSLATE_NOOP("Settings", "not an INI file: a section header is not closed")
_BINARY = QT_TRANSLATE_NOOP("Settings", "binary data, not the text of a settings file")
_HUGE = QT_TRANSLATE_NOOP("Settings", "far larger than a settings file can be")
_notice: Message | None = None


def damage(path: Path) -> Message | None:
    """Why the settings file at ``path`` cannot be used, or None (absent files are fine).

    Damaged means: QSettings reports ``FormatError`` on reading it (its INI parser is lenient;
    that is an unclosed ``[section`` header), or it holds what no INI text written by QSettings
    holds (NUL bytes, bytes that are not UTF-8: a crash mid-write, a disk fault, another
    program's file), or it is larger than :data:`MAX_SETTINGS_BYTES`.
    """
    try:
        if path.stat().st_size > MAX_SETTINGS_BYTES:
            return _HUGE()
        raw = path.read_bytes()
    except (OSError, ValueError):
        return None  # absent (or unreadable: QSettings then starts empty, and saving says so)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return _BINARY()
    if b"\0" in raw:
        return _BINARY()
    return _NOT_INI() if _format_error(raw) else None


def _format_error(raw: bytes) -> bool:
    """Whether QSettings' own INI parser fails on ``raw``. Parsed from a private copy: QSettings
    caches a parsed file per path for the whole process, and only the object that parsed it
    first sees its status."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="gpuscope-ini-") as folder:
        copy = Path(folder) / "probe.ini"
        copy.write_bytes(raw)
        probe = QSettings(str(copy), QSettings.Format.IniFormat)
        probe.allKeys()
        bad = probe.status() == QSettings.Status.FormatError
        del probe
    return bad


def set_aside_if_damaged() -> Message | None:
    """Move a damaged settings file aside (``.corrupt-<time>``); the message for the user, which
    :func:`take_notice` then hands out once."""
    global _notice
    from gpuscope import userdata

    path = Path(settings().fileName())
    problem = damage(path)
    if problem is None:
        return None
    _notice = userdata.set_aside(path, None, problem).message
    return _notice


def take_notice() -> Message | None:
    """What :func:`set_aside_if_damaged` told, once (None afterwards)."""
    global _notice
    notice, _notice = _notice, None
    return notice
