"""What the window remembers between runs (QSettings, always read back with an explicit type)."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields

from PySide6.QtCore import QByteArray, QSettings

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


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORG, APP)


def load() -> Remembered:
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
