"""User data: atomic writes that survive a kill at any moment, damaged files set aside and told."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from gpuscope import userdata
from gpuscope.errors import GpuscopeError
from gpuscope.userdata import (
    data_dir,
    read_json_or_backup,
    set_aside,
    sweep_temps,
    write_json_atomic,
)
from tests.fakes.killable_writer import document

ROOT = Path(__file__).resolve().parents[1]
WRITER = ROOT / "tests" / "fakes" / "killable_writer.py"
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0


def test_round_trip_and_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "deep" / "er" / "custom_models.json"
    assert read_json_or_backup(path, []).value == [] and not path.exists()
    write_json_atomic(path, {"models": [{"id": "mine", "name": "Mine — ½"}]})
    loaded = read_json_or_backup(path, [])
    assert loaded.value == {"models": [{"id": "mine", "name": "Mine — ½"}]}
    assert loaded.message is None and loaded.backup is None
    assert list(path.parent.iterdir()) == [path]  # no temporary file left behind


@pytest.mark.parametrize(("content", "words"), [
    (b'{"models": [', "not valid JSON"),
    (b"\xff\xfe\x00garbage", "not UTF-8"),
    (b"[" * 200_000 + b"]" * 200_000, "nested too deeply"),
    (b"", "not valid JSON"),  # a zero-length file: what a non-atomic writer leaves after a crash
])
def test_damaged_file_is_set_aside_and_the_user_told(tmp_path: Path, content: bytes,
                                                      words: str) -> None:
    path = tmp_path / "gpu_overrides.json"
    path.write_bytes(content)
    loaded = read_json_or_backup(path, {"default": True})
    assert loaded.value == {"default": True}
    assert not path.exists()  # the app starts with defaults ...
    assert loaded.backup is not None and loaded.backup.read_bytes() == content  # ... nothing lost
    assert loaded.backup.name.startswith("gpu_overrides.json.corrupt-")
    said = loaded.message.render()
    assert words in said and str(loaded.backup) in said


def test_a_file_larger_than_any_user_file_is_not_parsed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(userdata, "MAX_BYTES", 1000)
    path = tmp_path / "preferences.json"
    path.write_text(json.dumps({"x": "y" * 2000}))
    loaded = read_json_or_backup(path, {})
    assert loaded.value == {} and "more than a user file can be" in loaded.message.render()


def test_two_backups_in_the_same_second_do_not_collide(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    backups = set()
    for k in range(3):
        path.write_text(f"broken {k}")
        backups.add(read_json_or_backup(path, None).backup)
    assert len(backups) == 3 and all(b.exists() for b in backups)
    kept = set_aside(backups.pop(), None, userdata._NOT_UTF8(), copy=True)
    assert kept.backup.exists() and kept.backup.name.count(".corrupt-") == 2


@pytest.mark.skipif(IS_ROOT, reason="root reads and writes files whatever their mode")
def test_unreadable_file_is_left_alone_and_told(tmp_path: Path) -> None:
    path = tmp_path / "custom_models.json"
    path.write_text("[]")
    path.chmod(0)
    try:
        loaded = read_json_or_backup(path, ["default"])
    finally:
        path.chmod(0o600)
    assert loaded.value == ["default"] and loaded.backup is None and path.exists()
    assert "Cannot read" in loaded.message.render()


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "custom_models.json"
    write_json_atomic(path, {"v": 1})

    def disk_full(src: object, dst: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    with pytest.raises(GpuscopeError) as info:
        write_json_atomic(path, {"v": 2})
    assert info.value.exit_code == 1 and "No space left" in info.value.message.render()
    assert json.loads(path.read_text()) == {"v": 1}
    assert list(tmp_path.iterdir()) == [path]  # the temporary file was removed


def test_mode_of_the_replaced_file_is_kept(tmp_path: Path) -> None:
    path = tmp_path / "preferences.json"
    write_json_atomic(path, {})
    path.chmod(0o600)  # the user made it private
    write_json_atomic(path, {"theme": "dark"})
    assert path.stat().st_mode & 0o777 == 0o600


def test_sweep_removes_only_old_leftovers(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    old, fresh = tmp_path / ".a.json.x1.tmp", tmp_path / ".a.json.x2.tmp"
    old.write_text("{")
    fresh.write_text("{")
    os.utime(old, (time.time() - 3600, time.time() - 3600))
    other = tmp_path / ".b.json.x3.tmp"
    other.write_text("{")
    os.utime(other, (0, 0))
    assert sweep_temps(path) == 1
    assert not old.exists() and fresh.exists() and other.exists()


def test_data_dir_follows_xdg(tmp_path: Path) -> None:
    assert data_dir(tmp_path) == tmp_path
    if sys.platform.startswith("linux"):
        assert data_dir(environ={"XDG_DATA_HOME": str(tmp_path)}) == tmp_path / "gpuscope"
        relative = data_dir(environ={"XDG_DATA_HOME": "rel"})  # the spec says: ignore it
        assert relative == Path.home() / ".local" / "share" / "gpuscope"


# -- killed mid-write ---------------------------------------------------------------------------
ROWS = 1_000  # about 0.5 MB: a write takes milliseconds, a window a kill can land in
WORKERS, ROUNDS = 4, 13  # 52 kills


def _kill_loop(folder: Path, seed: int, outcomes: list[tuple[int, bool]]) -> None:
    rng = random.Random(seed)
    path = folder / "data.json"
    write_json_atomic(path, document(0, ROWS))
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), str(ROOT)])}
    server = subprocess.Popen([sys.executable, str(WRITER), str(path), str(ROWS)],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=env, text=True)
    assert server.stdin is not None and server.stdout is not None
    last = 0
    try:
        for _ in range(ROUNDS):
            server.stdin.write(f"{last + 1}\n")
            server.stdin.flush()
            pid = int(server.stdout.readline())
            time.sleep(rng.uniform(0.0, 0.08))
            os.kill(pid, signal.SIGKILL)  # no cleanup, no flush, no atexit
            assert server.stdout.readline() == "dead\n"
            mid_write = any(folder.glob(".data.json.*.tmp"))
            doc = json.loads(path.read_text(encoding="utf-8"))  # always parses ...
            assert doc["count"] == len(doc["rows"]) == ROWS  # ... to a complete document
            assert all(row[0] == doc["seq"] for row in doc["rows"])
            assert doc["seq"] >= last  # the old one or a newer one
            last = doc["seq"]
            outcomes.append((doc["seq"], mid_write))
            assert sweep_temps(path, older_than_s=0) == int(mid_write)
    finally:
        server.stdin.close()
        server.wait(10)
        server.stdout.close()


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writers are forked (POSIX)")
def test_writer_killed_at_random_moments_never_leaves_a_broken_file(tmp_path: Path) -> None:
    outcomes: list[tuple[int, bool]] = []
    errors: list[BaseException] = []

    def run(k: int) -> None:
        try:
            folder = tmp_path / f"w{k}"
            folder.mkdir()
            _kill_loop(folder, k, outcomes)
        except BaseException as exc:  # noqa: BLE001 - re-raised in the test thread
            errors.append(exc)

    threads = [threading.Thread(target=run, args=(k,)) for k in range(WORKERS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    if errors:
        raise errors[0]
    assert len(outcomes) == WORKERS * ROUNDS >= 50
    mid = sum(m for _, m in outcomes)
    assert mid >= 3  # kills did land between the temporary file and the rename
    print(f"kill loop: {len(outcomes)} kills, {mid} mid-write")
