"""The built wheel, installed into a fresh virtual environment, runs both faces of gpuscope.

Builds the wheel with ``pip wheel`` (hatchling comes from the package index or pip's cache), makes a
new venv (no system or dev site-packages), installs the wheel with its dependencies there and runs
the installed ``gpuscope`` / ``gpuscope-gui`` launchers from outside the source tree: CLI verbs,
then the window headless in English and in French up to the event loop (GPUSCOPE_SMOKE_QUIT_MS).
About 20 s on a 2-core machine with a warm pip cache.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.packaging_support import (
    ROOT,
    WINDOW_TITLE_SOURCE,
    assert_clean_output,
    finished_translation,
    project_version,
    smoke_env,
    smoke_markers,
)

pytestmark = pytest.mark.slow
APP_ID = "io.github.gpuscope.GpuScope"


def _run(cmd: list[str], timeout: float = 300, **kw) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, capture_output=True, text=True, timeout=timeout, **kw)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    done = _run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", str(ROOT),
                 "-w", str(out)], cwd=out)
    assert done.returncode == 0, f"pip wheel failed:\n{done.stdout}\n{done.stderr}"
    (built,) = out.glob("gpuscope-*.whl")
    return built


@pytest.fixture(scope="module")
def installed(wheel, tmp_path_factory) -> Path:
    """bin/ folder of a fresh venv holding the wheel and its dependencies."""
    env_dir = tmp_path_factory.mktemp("venv")
    venv.EnvBuilder(with_pip=True, clear=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    done = _run([str(bindir / "python"), "-m", "pip", "install", "-q",
                 "--disable-pip-version-check", str(wheel)], cwd=env_dir)
    assert done.returncode == 0, f"installing the wheel failed:\n{done.stdout}\n{done.stderr}"
    return bindir


def _repo_data_files() -> set[str]:
    files = {f"gpuscope/resources/{p.relative_to(ROOT / 'resources').as_posix()}"
             for p in (ROOT / "resources").rglob("*") if p.is_file()}
    files |= {f"gpuscope/translations/{p.name}" for p in (ROOT / "translations").glob("*.qm")}
    return files


def test_wheel_holds_every_data_file_and_both_launchers(wheel) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
        entry_points = zf.read(f"gpuscope-{project_version()}.dist-info/entry_points.txt").decode()
        metadata = zf.read(f"gpuscope-{project_version()}.dist-info/METADATA").decode()
    expected = _repo_data_files()
    assert {"gpuscope/resources/gpus.json", "gpuscope/resources/models.json",
            "gpuscope/resources/icons/gpuscope.svg",
            "gpuscope/translations/gpuscope_fr.qm"} <= expected  # the walk found the real tree
    assert any(n.startswith("gpuscope/resources/snapshots/") for n in expected)
    assert expected - names == set(), "data files missing from the wheel"
    assert "[console_scripts]\ngpuscope = gpuscope.main:main" in entry_points
    assert "[gui_scripts]\ngpuscope-gui = gpuscope.main:gui_main" in entry_points
    # the PySide6 6.12.0 pin for Python < 3.12 survives into the wheel's metadata
    pins = [line.lower() for line in metadata.splitlines()
            if line.lower().startswith("requires-dist: pyside6-essentials")]
    assert any("<6.12" in pin and "python_version < '3.12'" in pin for pin in pins), pins


def test_installed_command_line(installed, tmp_path) -> None:
    gpuscope = str(installed / "gpuscope")
    version = _run([gpuscope, "--version"], cwd=tmp_path)
    assert (version.returncode, version.stdout.strip()) == (0, f"gpuscope {project_version()}")

    helped = _run([gpuscope, "--help"], cwd=tmp_path)
    assert helped.returncode == 0
    for word in ("estimate", "detect", "gpus", "models", "snapshot", "--lang", "gpuscope-gui"):
        assert word in helped.stdout

    detected = _run([gpuscope, "detect", "--json"], cwd=tmp_path)
    assert detected.returncode == 0, detected.stderr
    report = json.loads(detected.stdout)
    assert isinstance(report["nvml"]["available"], bool) and isinstance(report["devices"], list)

    listed = _run([gpuscope, "models", "--json"], cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    bundled = json.loads((ROOT / "resources" / "models.json").read_text(encoding="utf-8"))
    ids = {m["id"] for m in json.loads(listed.stdout)}
    assert len(ids) == len(bundled["models"]) and "codellama-7b" in ids

    est = _run([gpuscope, "estimate", "--model", "llama-3.1-8b", "--quant", "q4_k_m",
                "--gpu", "RTX 4090", "--json"], cwd=tmp_path)
    assert est.returncode == 0, est.stderr
    # 24 GiB card (NVIDIA spec sheet), from the bundled catalogue
    assert json.loads(est.stdout)["gpu"]["memory_bytes"] == 24 * 1024**3
    for done in (version, helped, detected, listed, est):
        assert_clean_output(done.stdout + done.stderr)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_installed_window_reaches_the_event_loop(installed, tmp_path, language) -> None:
    done = _run([str(installed / "gpuscope-gui")], cwd=tmp_path, timeout=120,
                env=smoke_env(tmp_path, language))
    assert done.returncode == 0, done.stderr
    assert_clean_output(done.stdout + done.stderr)
    markers = smoke_markers(done.stdout)
    ready = markers["ready"]
    assert "quit" in markers
    assert ready["version"] == project_version() and ready["language"] == language
    assert ready["platform"] == "offscreen"
    assert ready["desktop_file_name"] == APP_ID and ready["window_icon"] is True
    # the data came from the installed package, not from this checkout
    venv_root = installed.parent.resolve()
    for folder in ("resources", "translations"):
        assert Path(ready[folder]).resolve().is_relative_to(venv_root), ready[folder]
    # Qt's own French catalogue (qtbase_fr.qm) ships in PySide6-Essentials
    assert ready["qt_cancel"] == ("Annuler" if language == "fr" else "Cancel")
    expected_title = finished_translation(WINDOW_TITLE_SOURCE) if language == "fr" else None
    assert ready["title"] == (expected_title or WINDOW_TITLE_SOURCE)
    # the standalone build leaves out no Qt module the running window loaded
    loaded = set(markers["quit"]["qt_modules"])
    assert {"PySide6.QtCore", "PySide6.QtGui", "PySide6.QtWidgets"} <= loaded
    assert loaded.isdisjoint(_spec_list("QT_EXCLUDES"))


def _spec_list(name: str) -> list[str]:
    """A literal list assigned in packaging/pyinstaller/gpuscope.spec."""
    tree = ast.parse((ROOT / "packaging" / "pyinstaller" / "gpuscope.spec").read_text("utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == name:
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in gpuscope.spec")
