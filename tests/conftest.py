"""Shared test setup: headless Qt, isolated settings and user data, no accidental GPU."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakes.nvml_standin.fixtures import standin, standin_lib  # noqa: E402,F401
from tests.net_guard import no_network  # noqa: E402,F401


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """gpuscope's user-data folder (saved models, GPU overrides) in a fresh folder per test:
    a test (or a window it starts, or a subprocess it runs) never reads or moves aside the
    files of the person running the tests."""
    data = tmp_path_factory.mktemp("xdg-data")
    monkeypatch.setenv("XDG_DATA_HOME", str(data))
    return data / "gpuscope"
