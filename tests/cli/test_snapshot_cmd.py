"""``gpuscope snapshot save|show``: real no-driver path, fake NVML, bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.cli import snapshot_cmd
from gpuscope.cli.app import run_cli
from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.snapshot import load_snapshot
from gpuscope.hardware.snapshot_writer import dumps, to_document
from gpuscope.hardware.source import LiveSource, open_source
from gpuscope.paths import resources_dir
from tests.fakes.presets import a100_mig, machine, rtx3090, rtx4090

EXAMPLE = resources_dir() / "snapshots" / "rtx4090.json"


@pytest.fixture()
def fake_machine(monkeypatch: pytest.MonkeyPatch) -> None:
    fake = machine(rtx4090(), rtx3090(0), a100_mig())

    def fake_open(path: str | None = None) -> object:
        return open_source(path) if path else LiveSource(fake)

    monkeypatch.setattr(snapshot_cmd, "open_source", fake_open)


def test_save_without_driver_saves_nothing(tmp_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    probe = NvmlSession()
    if probe.open().available:  # pragma: no cover - only on a machine with a GPU
        probe.close()
        pytest.skip("an NVIDIA driver is installed here")
    out = tmp_path / "me.json"
    assert run_cli(["snapshot", "save", str(out)]) == 1
    assert not out.exists()
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("gpuscope: Nothing saved: No NVIDIA driver found")


@pytest.mark.usefixtures("fake_machine")
def test_save_then_show(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "lab.json"
    assert run_cli(["snapshot", "save", str(out)]) == 0
    assert "Saved 3 GPUs and 0 telemetry samples" in capsys.readouterr().out
    snap = load_snapshot(out)
    assert [d.name for d in snap.devices][2] == "NVIDIA A100-SXM4-80GB"
    assert len(snap.mig_instances[2]) == 3
    assert run_cli(["snapshot", "show", str(out)]) == 0
    text = capsys.readouterr().out
    assert "GPU 0: NVIDIA GeForce RTX 4090 (GeForce, PCI ID 0x2684, compute capability 8.9)" in text
    assert "CUDA cores 16,384" in text and "MIG on (3 instances)" in text


@pytest.mark.usefixtures("fake_machine")
def test_save_with_trace(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "trace.json"
    assert run_cli(["snapshot", "save", str(out), "--trace", "0.4", "--rate", "20"]) == 0
    captured = capsys.readouterr()
    assert "NVML refreshes at most 6 times a second" in captured.err
    snap = load_snapshot(out)
    per_device = len(snap.telemetry) / 3
    assert 1 <= per_device <= 4  # 0.4 s at 6 Hz
    assert snap.telemetry[0].t == 0.0


@pytest.mark.usefixtures("fake_machine")
def test_refuses_to_overwrite(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.json"
    out.write_text("precious")
    assert run_cli(["snapshot", "save", str(out)]) == 2
    assert "already exists; add --force" in capsys.readouterr().err
    assert out.read_text() == "precious"
    assert run_cli(["snapshot", "save", str(out), "--force"]) == 0
    assert load_snapshot(out).devices


@pytest.mark.parametrize("args", [["--trace", "-1"], ["--rate", "0"], ["--trace", "1e9"]])
def test_bad_options(tmp_path: Path, args: list[str]) -> None:
    assert run_cli(["snapshot", "save", str(tmp_path / "x.json"), *args]) == 2


def test_show_json_is_the_normalised_document(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["snapshot", "show", str(EXAMPLE), "--json"]) == 0
    out = capsys.readouterr().out
    assert out == dumps(to_document(load_snapshot(EXAMPLE)))
    assert json.loads(out)["devices"][0]["max_mem_clock_mhz"] == 10501


def test_show_example_in_words(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["snapshot", "show", str(EXAMPLE)]) == 0
    text = capsys.readouterr().out
    assert "memory 24.0 GiB total" in text and "power limit 450 W" in text
    assert "Telemetry: 120 samples over 119 s" in text


def test_show_malformed_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "gpuscope-snapshot", "version": 9, "devices": []}')
    assert run_cli(["snapshot", "show", str(bad)]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [f"gpuscope: Snapshot file {bad}: format version 9 is newer than this "
                   "gpuscope reads (version 1)."]


def test_global_snapshot_option_resaves(tmp_path: Path) -> None:
    out = tmp_path / "copy.json"
    assert run_cli(["--snapshot", str(EXAMPLE), "snapshot", "save", str(out)]) == 0
    copy, original = load_snapshot(out), load_snapshot(EXAMPLE)
    assert copy.devices == original.devices and copy.telemetry == original.telemetry
    assert (copy.host, copy.captured_at) == (original.host, original.captured_at)


def test_global_snapshot_option_with_bad_file(tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{")
    assert run_cli(["--snapshot", str(bad), "snapshot", "save", str(tmp_path / "o.json")]) == 2
    assert "not valid JSON" in capsys.readouterr().err
