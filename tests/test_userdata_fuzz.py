"""Fuzzing the user-data reader: any bytes give a value or a backup and a message, never raise."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from gpuscope.userdata import read_json_or_backup, write_json_atomic
from tests.fakes.hostile import JSON, budget


@budget(0.6)
@given(st.binary(max_size=2000) | st.text(max_size=500).map(str.encode))
def test_any_bytes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "preferences.json"
        path.write_bytes(data)
        loaded = read_json_or_backup(path, "default")
        if loaded.backup is not None:  # set aside: the default, the bytes kept, the user told
            assert loaded.value == "default" and loaded.backup.read_bytes() == data
            assert not path.exists() and str(loaded.backup) in loaded.message.render()
        else:
            assert loaded.message is None and path.read_bytes() == data


@budget(0.5)
@given(JSON.filter(lambda v: json.dumps(v, allow_nan=True) == json.dumps(v)))
def test_what_is_written_reads_back(value: object) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "a" / "b.json"
        try:
            write_json_atomic(path, value)
        except ValueError:  # NaN and infinities are refused: JSON has no such numbers
            return
        assert read_json_or_backup(path, None).value == value
