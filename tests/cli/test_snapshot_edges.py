"""Snapshot edge cases the audit found: a blank device name, no device at all, and the wording of
an unknown host / capture time."""

from __future__ import annotations

import json

from gpuscope.cli.app import run_cli


def _write(tmp_path, doc: dict) -> str:
    path = tmp_path / "snap.json"
    path.write_text(json.dumps({"format": "gpuscope-snapshot", "version": 1, **doc}))
    return str(path)


def test_a_blank_device_name_is_refused_with_the_field(capsys, tmp_path) -> None:
    snap = _write(tmp_path, {"devices": [{"index": 0, "name": "  "}]})
    assert run_cli(["--snapshot", snap, "detect"]) == 2
    err = capsys.readouterr().err
    assert "devices[0].name is empty" in err and len(err.strip().splitlines()) == 1


def test_a_snapshot_without_devices_says_so_not_nvml(capsys, tmp_path) -> None:
    snap = _write(tmp_path, {"devices": []})
    assert run_cli(["--snapshot", snap, "estimate", "--model", "llama-2-7b"]) == 2
    err = capsys.readouterr().err
    assert "the snapshot lists no device" in err and "NVML" not in err


def test_unknown_host_reads_the_same_in_show_and_detect(capsys, tmp_path) -> None:
    snap = _write(tmp_path, {"devices": [{"index": 0, "name": "NVIDIA GeForce RTX 4090"}]})
    assert run_cli(["snapshot", "show", snap]) == 0
    shown = capsys.readouterr().out
    assert run_cli(["--snapshot", snap, "detect"]) == 0
    detected = capsys.readouterr().out
    assert "Snapshot of unknown, taken unknown" in shown and "n/a," not in shown.split("\n")[0]
    assert "Snapshot of unknown taken unknown" in detected
