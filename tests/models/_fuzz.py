"""Fuzz harness shared by the hypothesis tests and the corpus replay: feed bytes to a reader and
accept only two outcomes, a model or an InputError, within a time bound."""

from __future__ import annotations

import json
import tempfile
import time
from pathlib import Path

from gpuscope.errors import InputError
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.loader import load_model_path
from gpuscope.models.spec import ModelSpec

TIME_LIMIT_S = 5.0


class Crash(AssertionError):
    """A reader ended with something other than a model or an InputError."""


def _run(fn, *args) -> ModelSpec | InputError:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    try:
        out: ModelSpec | InputError = fn(*args)
    except InputError as exc:
        out = exc
        exc.message.render()  # the message itself must render
    except Exception as exc:  # noqa: BLE001 - anything else is the bug we hunt
        raise Crash(f"{type(exc).__name__}: {exc}") from exc
    if time.perf_counter() - start > TIME_LIMIT_S:
        raise Crash("reader took longer than the time bound")
    return out


def check_file_bytes(data: bytes, name: str) -> ModelSpec | InputError:
    """Write ``data`` as ``name`` in a fresh folder and open it with load_model_path."""
    with tempfile.TemporaryDirectory() as d:
        p = Path(d) / name
        p.write_bytes(data)
        return _run(load_model_path, p)


def check_config(config: object, safetensors: bytes | None = None) -> ModelSpec | InputError:
    """A folder holding ``config.json`` (any JSON value) and optionally one safetensors file."""
    with tempfile.TemporaryDirectory() as d:
        folder = Path(d)
        raw = config if isinstance(config, bytes) else json.dumps(config).encode()
        (folder / "config.json").write_bytes(raw)
        if safetensors is not None:
            (folder / "model.safetensors").write_bytes(safetensors)
        return _run(read_hf_folder, folder)
