"""Fuzzing GPU override files: whatever loads is within the sane ranges; nothing else escapes."""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from gpuscope.errors import InputError
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.hardware.custom_gpus import (
    FORMAT,
    RANGES,
    apply_overrides,
    load_gpu_overrides,
    parse_overrides,
)
from tests.fakes.hostile import JSON, budget, damaged_bytes, json_bytes, mutated

VALID = {"format": FORMAT, "version": 1,
         "gpus": {"rtx-4090": {"bandwidth": 9.5e11, "fp16": 1.4e14, "memory": 25769803776},
                  "uuid:GPU-5bd0d6b4": {"int8": 5e14}}}
SPEC = find_gpu("RTX 4090").to_spec()


def _check(doc: object) -> None:
    try:
        overrides, _ = parse_overrides(doc)
    except InputError:
        return
    for values in overrides.values():
        for key, value in values.items():
            low, high, _unit = RANGES[key]
            assert math.isfinite(value) and low <= value <= high
        apply_overrides(SPEC, values)


@budget(0.5)
@given(JSON)
def test_any_json(doc: object) -> None:
    _check(doc)


@budget(0.8)
@given(mutated(VALID))
def test_mutated_valid_document(doc: object) -> None:
    _check(doc)


@budget(0.4)
@given(damaged_bytes(json_bytes(VALID)) | st.binary(max_size=300))
def test_damaged_file_at_start_up(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / "gpu_overrides.json").write_bytes(data)
        loaded = load_gpu_overrides(folder)
        assert isinstance(loaded.value, dict)
