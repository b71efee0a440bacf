"""pytest fixtures: ``standin_lib`` (compiled once per session) and ``standin`` (per test).

``standin`` writes an empty machine config in the test's tmp folder; the test calls
``standin.configure(cfg)`` and either uses ``with standin.installed():`` (in-process pynvml) or
``standin.env()`` for a subprocess.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.fakes.nvml_standin.build import build, skip_reason
from tests.fakes.nvml_standin.config import machine, write_config
from tests.fakes.nvml_standin.runtime import Standin


@pytest.fixture(scope="session")
def standin_lib(tmp_path_factory: pytest.TempPathFactory) -> Path:
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    return build(tmp_path_factory.mktemp("nvml-standin"))


@pytest.fixture()
def standin(standin_lib: Path, tmp_path: Path) -> Iterator[Standin]:
    config = write_config(tmp_path / "nvml-standin.cfg", machine())
    s = Standin(standin_lib, config)
    yield s
    s.release()
    _join_released_calls()


def _join_released_calls(limit_s: float = 10.0) -> None:
    """Let the NVML calls a test left hanging (and a close queued behind them) finish now that
    they are released: a late ``nvmlShutdown`` from one test must not land in the next one's
    session (it left that session uninitialised, once in a while)."""
    end = time.monotonic() + limit_s
    for t in threading.enumerate():
        if t is not threading.current_thread() and t.name.startswith("nvml-"):
            t.join(max(0.0, end - time.monotonic()))
