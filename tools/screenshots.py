"""Render the window's screenshots for the README and the AppStream metainfo.

    python tools/screenshots.py [--out docs/screenshots] [--all]

Drives the real window offscreen at 1280x800 (its default size) with fresh settings, on the
example RTX 4090 snapshot (so the telemetry and "free now" figures are filled), and writes:

- ``main-window.png``: English, Llama 3.1 8B at Q4_K_M, memory plot (the default screenshot);
- ``roofline.png``: the roofline tab with the model's prefill and decode points;
- ``main-window-fr.png``: the same window in French.

``--all`` also writes every tab in both languages, the light and dark themes and a model that
does not fit, and the window without a GPU, into ``OUT/all/`` (for reviewing the layout; not
committed).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
SNAPSHOT = ROOT / "resources" / "snapshots" / "rtx4090.json"


def _spin(app, seconds: float) -> None:  # type: ignore[no-untyped-def]
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.02)


def _window(app, language: str, theme: str = "light", model: str = "llama-3.1-8b",  # type: ignore[no-untyped-def]
            snapshot: Path | None = SNAPSHOT):
    from gpuscope.models.presets import get_preset
    from gpuscope.ui import i18n
    from gpuscope.ui.main_window import MainWindow

    i18n.install_language(language)
    win = MainWindow(str(snapshot) if snapshot else None)
    win.resize(1280, 800)
    win.show()
    _spin(app, 2.0)
    win.apply_theme(theme)
    win.model_form.select_model(get_preset(model))
    _spin(app, 0.5)
    return win


def _tab(app, win, key: str, path: Path, settle: float = 0.4) -> None:  # type: ignore[no-untyped-def]
    win.plots.show_tab(key)
    _spin(app, settle)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not win.grab().save(str(path), "PNG"):
        raise SystemExit(f"could not write {path}")
    print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--all", action="store_true")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="gpuscope-shots-")
    os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"]
    from gpuscope.ui.app import create_application

    app = create_application()
    out = args.out.resolve()
    win = _window(app, "en")
    _tab(app, win, "memory", out / "main-window.png")
    _tab(app, win, "roofline", out / "roofline.png")
    win.close()
    win = _window(app, "fr")
    _tab(app, win, "memory", out / "main-window-fr.png")
    win.close()
    if args.all:
        for language in ("en", "fr"):
            for theme, model in (("light", "llama-3.1-8b"), ("dark", "llama-3.1-70b")):
                win = _window(app, language, theme, model)
                for key in list(win.plots.slots):
                    _tab(app, win, key, out / "all" / f"{language}-{theme}-{model}-{key}.png",
                         settle=3.0 if key == "fits" else 0.4)
                win.close()
            win = _window(app, language, snapshot=None)  # no NVIDIA driver here: a catalogue GPU
            for key in ("memory", "telemetry", "plan", "fits"):
                _tab(app, win, key, out / "all" / f"{language}-nogpu-{key}.png",
                     settle=3.0 if key == "fits" else 0.4)
            win.close()
    os._exit(0)  # skip interpreter teardown of Qt objects (see DESIGN.md pitfalls)


if __name__ == "__main__":
    main()
