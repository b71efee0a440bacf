"""Shared test setup: headless Qt, isolated settings, no accidental GPU."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from tests.fakes.nvml_standin.fixtures import standin, standin_lib  # noqa: E402,F401
from tests.net_guard import no_network  # noqa: E402,F401
