"""gpuscope opens no socket: every CLI verb runs in a subprocess under the network guards.

The guards (tests/net_guard) are installed before the interpreter imports anything (Python
layer, sitecustomize) and below it (C layer, LD_PRELOAD), so dependencies' import-time code, Qt
and C extensions are covered. The log of attempts must stay empty.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.fakes.nvml_standin import Standin, from_snapshot
from tests.net_guard import build_preload, guard_env

ROOT = Path(__file__).resolve().parents[1]
SNAP = str(ROOT / "resources" / "snapshots" / "rtx3090-dual.json")
VERBS = [
    ["detect"], ["detect", "--json"], ["gpus"], ["gpus", "--json", "--search", "rtx 40"],
    ["models"], ["models", "--json"],
    ["estimate", "--model", "llama-3.1-8b", "--gpu", "RTX 4090", "--explain"],
    ["estimate", "--model", "llama-3.1-8b", "--gpu", "A100 80GB", "--context", "32768", "--json"],
    ["--snapshot", SNAP, "detect", "--json"], ["snapshot", "show", SNAP],
    ["--snapshot", SNAP, "snapshot", "save", "OUT"],
    ["--snapshot", SNAP, "estimate", "--model", "llama-3.1-8b"],
]
DRIVER = """
import json, sys
from gpuscope.cli.app import run_cli
codes = [run_cli(argv) for argv in json.loads(sys.argv[1])]
import gpuscope.ui.app, gpuscope.ui.main_window  # the window's modules and their imports
with open(sys.argv[2], "w") as f:
    json.dump(codes, f)
"""


@pytest.fixture(scope="module")
def preload(tmp_path_factory: pytest.TempPathFactory) -> Path | None:
    return build_preload(tmp_path_factory.mktemp("netguard"))


def _run(cmd: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(cmd, env=env, cwd=cwd, capture_output=True, text=True, timeout=120,
                          check=False)


def test_every_cli_verb_runs_without_network(tmp_path: Path, preload: Path | None) -> None:
    log, codes = tmp_path / "net.log", tmp_path / "codes.json"
    argvs = [[str(tmp_path / "saved.json") if a == "OUT" else a for a in v] for v in VERBS]
    env = guard_env(log, preload)
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = _run([sys.executable, "-c", DRIVER, json.dumps(argvs), str(codes)], env, tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert json.loads(codes.read_text()) == [0] * len(VERBS), done.stderr[-2000:]
    assert not log.exists() or log.read_text() == ""
    entry = _run([sys.executable, "-m", "gpuscope", "gpus", "--search", "h100"], env, tmp_path)
    assert entry.returncode == 0 and "H100" in entry.stdout
    assert not log.exists() or log.read_text() == ""


def test_live_nvml_reading_runs_without_network(standin: Standin, tmp_path: Path,
                                                preload: Path | None) -> None:
    standin.configure(from_snapshot(SNAP))
    log = tmp_path / "net.log"
    env = guard_env(log, preload, base=standin.env())
    done = _run([sys.executable, "-m", "gpuscope", "detect", "--json"], env, tmp_path)
    assert done.returncode == 0 and len(json.loads(done.stdout)["devices"]) == 2
    assert not log.exists() or log.read_text() == ""


def test_the_python_guard_catches_a_connection_even_when_swallowed(tmp_path: Path) -> None:
    log = tmp_path / "net.log"
    code = ("import urllib.request\n"
            "try:\n    urllib.request.urlopen('http://example.invalid/', timeout=1)\n"
            "except Exception as exc:\n    print(type(exc).__name__)\n")
    done = _run([sys.executable, "-c", code], guard_env(log), tmp_path)
    assert "NetworkBlocked" in done.stdout
    assert "create_connection(('example.invalid', 80)" in log.read_text()


def test_the_c_guard_catches_what_python_does_not_see(tmp_path: Path,
                                                      preload: Path | None) -> None:
    if preload is None:
        pytest.skip("no C compiler to build the LD_PRELOAD guard")
    log = tmp_path / "net.log"
    code = "import _socket\ntry:\n    _socket.socket()\nexcept OSError as e:\n    print(e.errno)\n"
    env = guard_env(log, preload)
    done = _run([sys.executable, "-S", "-c", code], env, tmp_path)  # -S: no sitecustomize
    assert done.stdout.strip() == "13"  # EACCES
    assert "C socket family=2" in log.read_text()


def test_the_in_process_guard_refuses_network_and_allows_local_sockets() -> None:
    from tests.net_guard import _python_guard

    guard = _python_guard()
    guard.install()
    try:
        import socket

        with pytest.raises(guard.NetworkBlocked):
            socket.create_connection(("127.0.0.1", 9))
        local = socket.socket(socket.AF_UNIX)  # local sockets are not network
        local.close()
    finally:
        guard.uninstall()
    guard.attempts.clear()


def test_the_fixture_guards_in_process_runs(no_network: list[str], capsys) -> None:
    from gpuscope.cli.app import run_cli

    assert run_cli(["--snapshot", SNAP, "estimate", "--model", "llama-3.1-8b", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)
    assert no_network == []
