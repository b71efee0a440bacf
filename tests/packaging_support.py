"""Helpers shared by the packaging tests (wheel, desktop files, standalone spec)."""

from __future__ import annotations

import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MARKER = "GPUSCOPE_SMOKE"
#: what a broken bundle prints; none may appear in a packaged program's output
ERROR_MARKERS = ("Traceback", "could not load the Qt platform plugin", "ModuleNotFoundError",
                 "ImportError")
WINDOW_TITLE_SOURCE = "gpuscope — will it fit, how fast will it run?"


def project_version() -> str:
    """``[project] version`` from pyproject.toml (read as text: tomllib is 3.11+)."""
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    match = re.search(r'^version\s*=\s*"([^"]+)"', text, re.MULTILINE)
    assert match, "no version in pyproject.toml"
    return match.group(1)


def smoke_markers(stdout: str) -> dict[str, dict[str, Any]]:
    """``GPUSCOPE_SMOKE <event> {json}`` lines, by event."""
    found: dict[str, dict[str, Any]] = {}
    for line in stdout.splitlines():
        if line.startswith(MARKER + " "):
            _, event, payload = line.split(" ", 2)
            found[event] = json.loads(payload)
    return found


def finished_translation(source: str, lang: str = "fr") -> str | None:
    """The finished translation of ``source`` in translations/gpuscope_<lang>.ts, if any."""
    ts = ROOT / "translations" / f"gpuscope_{lang}.ts"
    for message in ET.parse(ts).getroot().iter("message"):
        if message.findtext("source") == source:
            tr = message.find("translation")
            if tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"):
                return tr.text or None
    return None


def smoke_env(tmp: Path, language: str, quit_ms: int = 300) -> dict[str, str]:
    """Environment for a headless probe run: isolated settings, no source tree on the path."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", GPUSCOPE_SMOKE_QUIT_MS=str(quit_ms),
               XDG_CONFIG_HOME=str(tmp / "config"), LANGUAGE=language,
               LANG="fr_FR.UTF-8" if language == "fr" else "en_US.UTF-8")
    return env


def assert_clean_output(text: str) -> None:
    for marker in ERROR_MARKERS:
        assert marker not in text, f"{marker!r} in the program's output:\n{text}"
