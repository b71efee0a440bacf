"""Fuzzing the snapshot reader: any bytes, damaged real files, mutated documents.

A hostile snapshot must end in a loaded snapshot or one :class:`InputError` (exit 2) naming the
file, never another exception, a hang or unbounded memory; what loads must resolve to a GPU and
survive a save/load round trip. Crashers found are kept below as regression tests.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpuscope.errors import GpuscopeError, InputError
from gpuscope.hardware.resolve import resolve_device
from gpuscope.hardware.snapshot import MAX_BYTES, from_document, load_snapshot
from gpuscope.hardware.snapshot_schema import SnapshotProblem
from gpuscope.hardware.snapshot_writer import to_document
from tests.fakes.hostile import budget, damaged_bytes, json_bytes, mutated

SNAPSHOTS = sorted((Path(__file__).resolve().parents[2] / "resources" / "snapshots").glob("*.json"))
DOCS = [json.loads(p.read_text(encoding="utf-8")) for p in SNAPSHOTS]
for d in DOCS:  # keep documents small so that mutations reach the devices
    d["telemetry"] = d.get("telemetry", [])[:4]
RAW = [json_bytes(d) for d in DOCS]


def _load(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "hostile.json"
        path.write_bytes(data)
        try:
            snap = load_snapshot(path)
        except InputError as exc:
            said = exc.message.render()
            assert str(path) in said and "\n" not in said
            return
    for record in snap.devices:
        resolve_device(record)


@budget(0.6)
@given(st.binary(max_size=3000))
def test_any_bytes(data: bytes) -> None:
    _load(data)


@budget(1.0)
@given(st.sampled_from(RAW).flatmap(damaged_bytes))
def test_damaged_real_files(data: bytes) -> None:
    _load(data)


@budget(1.5)
@given(st.sampled_from(DOCS).flatmap(mutated))
def test_mutated_documents(doc: object) -> None:
    try:
        snap = from_document(doc)
    except SnapshotProblem as exc:
        assert exc.message.render()
        return
    for record in snap.devices:
        resolve_device(record)
    again = from_document(json.loads(json.dumps(to_document(snap))))
    assert again.devices == snap.devices  # what loads is written back identically


# -- regression tests: inputs the fuzzers found --------------------------------------------
def test_an_integer_of_thousands_of_digits_is_refused_not_a_traceback(tmp_path: Path) -> None:
    # found by test_mutated_documents: json.loads raises a bare ValueError beyond 4,300 digits
    path = tmp_path / "long.json"
    path.write_text('{"format": "gpuscope-snapshot", "version": 1, "devices": [{"index": 0, '
                    '"name": "x", "memory_total_bytes": ' + "9" * 5000 + "}]}")
    with pytest.raises(InputError, match="thousands of digits"):
        load_snapshot(path)


def test_a_file_claiming_to_be_huge_is_not_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)  # sparse: costs no disk
    with pytest.raises(InputError, match="at most 64.0 MiB"):
        load_snapshot(path)


@pytest.mark.parametrize("doc", [json_bytes([]), b'{"format": "gpuscope-snapshot"}',
                                 b"\xef\xbb\xbf", b"[" * 100_000])
def test_small_hostile_files(tmp_path: Path, doc: bytes) -> None:
    path = tmp_path / "s.json"
    path.write_bytes(doc)
    with pytest.raises(GpuscopeError):
        load_snapshot(path)


def test_a_nul_in_the_file_name_is_not_found_not_a_traceback() -> None:
    # found by tests/cli/test_cli_fuzz.py: pathlib raises ValueError("embedded null byte")
    with pytest.raises(InputError, match="does not exist"):
        load_snapshot("bad\x00name.json")
