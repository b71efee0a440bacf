"""Snapshot format v1: round trip, atomic save, strict loading with clear errors, examples."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any

import pytest

from gpuscope.errors import GpuscopeError, InputError
from gpuscope.hardware import snapshot as snapshot_mod
from gpuscope.hardware import snapshot_writer as writer
from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.sampler import TelemetrySampler
from gpuscope.hardware.snapshot import load_snapshot, save_snapshot
from gpuscope.hardware.snapshot_writer import to_document
from gpuscope.paths import resources_dir
from tests.fakes.presets import a100_mig, machine, rtx3090, rtx4090

EXAMPLES = sorted((resources_dir() / "snapshots").glob("*.json"))


@pytest.fixture()
def live(tmp_path: Path) -> tuple[Path, Any]:
    """A snapshot saved from a fake three-GPU machine with a MIG A100 and a short trace."""
    session = NvmlSession(machine(rtx4090(), rtx3090(0), a100_mig()))
    status = session.open()
    sampler = TelemetrySampler(session, clock=iter([1e9, 1e9 + 1, 1e9 + 2]).__next__)
    samples = [s for _ in range(3) for s in sampler.poll_once().samples]
    sampler.stop()
    mig = {2: session.read(2).mig_instances}
    path = tmp_path / "machine.json"
    snap = save_snapshot(path, status, session.records(), samples, host="lab-07",
                         captured_at="2024-06-02T01:20:18Z", mig_instances=mig)
    return path, snap


def test_round_trip(live: tuple[Path, Any]) -> None:
    path, saved = live
    loaded = load_snapshot(path)
    assert loaded.devices == saved.devices  # every raw field and every "unavailable" reason
    assert loaded.host == "lab-07" and loaded.driver_version == "550.54.15"
    assert loaded.cuda_driver_version == "12.4"
    assert [s.t for s in loaded.telemetry] == [0.0] * 3 + [1.0] * 3 + [2.0] * 3  # rebased
    assert loaded.telemetry[0].power_mw == 31_000
    assert loaded.mig_instances[2] == saved.mig_instances[2]
    assert loaded.devices[2].unavailable == {"cuda_cores": "NotSupported"}
    assert loaded.status().code == "snapshot" and loaded.duration_s == 2.0
    doc = json.loads(path.read_text())
    assert doc["devices"][0]["pci_device_id"] == "0x2684"
    assert doc["devices"][0]["compute_capability"] == [8, 9]
    assert "gpu_util_percent" not in doc["telemetry"][2]  # the MIG GPU: not supported


def test_save_is_atomic(tmp_path: Path, live: tuple[Path, Any],
                        monkeypatch: pytest.MonkeyPatch) -> None:
    path, snap = live
    before = path.read_bytes()

    def broken_replace(src: str, dst: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writer.os, "replace", broken_replace)
    with pytest.raises(GpuscopeError, match="No space left"):
        writer.write_snapshot(path, snap)
    assert path.read_bytes() == before  # the old file is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["machine.json"]  # no temp left over


def test_saved_file_is_readable_by_others(tmp_path: Path, live: tuple[Path, Any]) -> None:
    path, _ = live
    assert os.stat(path).st_mode & 0o044  # not mkstemp's 0600


def _write(tmp_path: Path, doc: Any) -> Path:
    path = tmp_path / "snap.json"
    path.write_text(doc if isinstance(doc, str) else json.dumps(doc))
    return path


def _example() -> dict[str, Any]:
    return json.loads((resources_dir() / "snapshots" / "rtx4090.json").read_text())


def test_unknown_fields_ignored_missing_fields_not_supported(tmp_path: Path) -> None:
    doc = _example()
    doc["future_field"] = {"x": 1}
    doc["devices"][0]["shiny_new_counter"] = 7
    doc["telemetry"][0]["joules"] = 3
    for key in ("cuda_cores", "power_limit_mw", "uuid", "brand"):
        del doc["devices"][0][key]
    del doc["telemetry"][1]["power_mw"]
    doc["telemetry"][2]["temperature_c"] = None
    snap = load_snapshot(_write(tmp_path, doc))
    d = snap.devices[0]
    assert d.cuda_cores is None and d.power_limit_mw is None and d.uuid is None
    assert snap.telemetry[1].power_mw is None and snap.telemetry[2].temperature_c is None


def test_minimal_document(tmp_path: Path) -> None:
    doc = {"format": "gpuscope-snapshot", "version": 1,
           "devices": [{"index": 0, "name": "Tesla T4"}]}
    snap = load_snapshot(_write(tmp_path, doc))
    assert snap.devices[0].name == "Tesla T4" and snap.telemetry == ()


def _set(path: str, value: Any) -> Any:
    """A mutation of the example document: set ``a.b[0].c`` to ``value`` (... = delete)."""
    def mutate(doc: dict[str, Any]) -> None:
        keys = path.replace("[", ".").replace("]", "").split(".")
        target = doc
        for k in keys[:-1]:
            target = target[int(k)] if k.isdigit() else target[k]
        last = int(keys[-1]) if keys[-1].isdigit() else keys[-1]
        if value is ...:
            del target[last]
        else:
            target[last] = value
    return mutate


MALFORMED = [
    (_set("format", "something-else"), "not a gpuscope snapshot"),
    (_set("format", ...), "not a gpuscope snapshot"),
    (_set("version", 2), "format version 2 is newer"),
    (_set("version", "1"), "\"version\" must be the integer 1"),
    (_set("version", True), "\"version\" must be the integer 1"),
    (_set("devices", ...), "required field devices is missing"),
    (_set("devices", {"index": 0}), "devices must be a list, not an object"),
    (_set("devices.0", "RTX 4090"), "devices[0] must be an object, not a string"),
    (_set("devices.0.index", ...), "devices[0].index is missing"),
    (_set("devices.0.name", 4090), "devices[0].name must be a string, not an integer"),
    (_set("devices.0.memory_total_bytes", -1), "devices[0].memory_total_bytes = -1 is outside"),
    (_set("devices.0.memory_total_bytes", 10**30), "plausible range"),
    (_set("devices.0.memory_total_bytes", 24.5), "must be an integer, not a number"),
    (_set("devices.0.memory_used_bytes", 10**12), "memory_used_bytes is larger than"),
    (_set("devices.0.max_sm_clock_mhz", 3105000), "devices[0].max_sm_clock_mhz"),
    (_set("devices.0.compute_capability", [8]), "compute_capability must be [major, minor]"),
    (_set("devices.0.compute_capability", "8.9"), "compute_capability must be a list"),
    (_set("devices.0.pci_device_id", "0xZZ"), "16-bit PCI device ID"),
    (_set("devices.0.pci_device_id", 0x268410DE), "16-bit PCI device ID"),
    (_set("devices.0.mig_mode", "no"), "mig_mode must be true or false"),
    (_set("devices.0.unavailable", ["cuda_cores"]), "unavailable must be an object"),
    (_set("telemetry", {}), "telemetry must be a list"),
    (_set("telemetry.0.device", 3), "telemetry[0].device refers to device 3"),
    (_set("telemetry.0.t", -1), "telemetry[0].t = -1 is outside"),
    (_set("telemetry.0.t", ...), "telemetry[0].t is missing"),
    (_set("telemetry.0.gpu_util_percent", 150), "telemetry[0].gpu_util_percent = 150"),
    (_set("telemetry.0.power_mw", "31 W"), "power_mw must be a number, not a string"),
    (_set("captured_at", "yesterday"), "captured_at must be a date and time"),
    (_set("host", 7), "host must be a string"),
]


@pytest.mark.parametrize(("mutate", "expected"), MALFORMED,
                         ids=[m[1][:40] for m in MALFORMED])
def test_malformed_document(tmp_path: Path, mutate: Any, expected: str) -> None:
    doc = copy.deepcopy(_example())
    mutate(doc)
    path = _write(tmp_path, doc)
    with pytest.raises(InputError) as info:
        load_snapshot(path)
    text = str(info.value)
    assert text.startswith(f"Snapshot file {path}: ") and expected in text
    assert info.value.exit_code == 2


def test_duplicate_device_index(tmp_path: Path) -> None:
    doc = _example()
    doc["devices"].append(copy.deepcopy(doc["devices"][0]))
    with pytest.raises(InputError, match="device index 0 appears twice"):
        load_snapshot(_write(tmp_path, doc))


@pytest.mark.parametrize(("content", "expected"), [
    ('{"format": "gpuscope-snapshot", "version": 1,', "not valid JSON (Expecting"),
    ("[1, 2]", "the top level must be a JSON object"),
    ('{"format": "gpuscope-snapshot", "version": 1, "devices": [{"index": 0, "name": "x"}],'
     ' "telemetry": [{"t": NaN, "device": 0}]}', "telemetry[0].t must be a number"),
    ("", "not valid JSON"),
])
def test_not_a_snapshot(tmp_path: Path, content: str, expected: str) -> None:
    with pytest.raises(InputError) as info:
        load_snapshot(_write(tmp_path, content))
    assert expected in str(info.value)


def test_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "snap.json"
    path.write_bytes(b'{"host": "\xff\xfe"}')
    with pytest.raises(InputError, match="not UTF-8"):
        load_snapshot(path)


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(snapshot_mod, "MAX_BYTES", 1000)
    with pytest.raises(InputError, match=r"the file is .* a snapshot may be at most 1,000 B"):
        load_snapshot(resources_dir() / "snapshots" / "rtx4090.json")


def test_missing_file_and_folder(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="does not exist"):
        load_snapshot(tmp_path / "nope.json")
    with pytest.raises(InputError, match="is not a file"):
        load_snapshot(tmp_path)


# -- the bundled examples, against published figures ---------------------------------------
#: name -> (SM count, published bandwidth GB/s): NVIDIA spec pages / whitepapers
#: (reference/gpu_specs.csv; laptop: NVIDIA's 576 GB/s for 18 Gbps x 256 bit).
PUBLISHED = {
    "NVIDIA GeForce RTX 4090": (128, 1008),
    "NVIDIA GeForce RTX 3090": (82, 936),
    "NVIDIA GeForce RTX 4090 Laptop GPU": (76, 576),
    "Tesla T4": (40, 320),
    "NVIDIA A100-SXM4-80GB": (108, 2039),
    "NVIDIA H100 80GB HBM3": (132, 3350),
}
CORES_PER_SM = {(7, 5): 64, (8, 0): 64, (8, 6): 128, (8, 9): 128, (9, 0): 128}


def test_examples_exist() -> None:
    names = {p.name for p in EXAMPLES}
    assert {"rtx4090.json", "a100-sxm4-80gb.json", "h100-sxm-80gb.json", "t4.json",
            "rtx3090-dual.json", "rtx4090-laptop.json", "a100-sxm4-80gb-mig.json"} <= names


@pytest.mark.parametrize("path", EXAMPLES, ids=[p.stem for p in EXAMPLES])
def test_example_matches_published_figures(path: Path) -> None:
    snap = load_snapshot(path)
    assert 100 <= len(snap.telemetry) // len(snap.devices) <= 200  # about two minutes at 1 Hz
    for d in snap.devices:
        sms, bandwidth = PUBLISHED[d.name]
        # NVML convention: bandwidth = 2 x max memory clock x bus width / 8 (per_sm_throughput §4)
        derived = 2 * d.max_mem_clock_mhz * 1e6 * d.memory_bus_width_bits / 8 / 1e9
        assert abs(derived - bandwidth) / bandwidth < 0.01, (d.name, derived)
        if d.cuda_cores is not None:
            assert d.cuda_cores // CORES_PER_SM[d.compute_capability] == sms
        assert d.memory_used_bytes <= d.memory_total_bytes
        assert d.pci_device_id is not None and d.uuid.startswith("GPU-")
    assert to_document(load_snapshot(path))["devices"] == json.loads(path.read_text())["devices"]


def test_mig_example_has_instances() -> None:
    snap = load_snapshot(resources_dir() / "snapshots" / "a100-sxm4-80gb-mig.json")
    assert snap.devices[0].mig_mode is True
    assert [m.name for m in snap.mig_instances[0]] == ["NVIDIA A100-SXM4-80GB MIG 2g.20gb"] * 3
    assert all(s.gpu_util_percent is None for s in snap.telemetry)  # none on MIG
