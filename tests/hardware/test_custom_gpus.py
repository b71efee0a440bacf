"""GPU overrides on disk: sane ranges in the right units, provenance "override", nothing lost."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.hardware.custom_gpus import (
    FORMAT,
    apply_overrides,
    load_gpu_overrides,
    override_problem,
    overrides_path,
    parse_overrides,
    save_gpu_overrides,
)
from gpuscope.hardware.gpu import Provenance


def doc(gpus: dict) -> dict:
    return {"format": FORMAT, "version": 1, "gpus": gpus}


def test_round_trip_and_apply(tmp_path: Path) -> None:
    save_gpu_overrides({"rtx-4090": {"bandwidth": 9.5e11, "fp16": 1.4e14}, "empty": {}}, tmp_path)
    loaded = load_gpu_overrides(tmp_path)
    assert loaded.message is None and loaded.value == {"rtx-4090": {"bandwidth": 9.5e11,
                                                                    "fp16": 1.4e14}}
    spec = apply_overrides(find_gpu("RTX 4090").to_spec(), loaded.value["rtx-4090"])
    assert spec.bandwidth.value == 9.5e11 and spec.bandwidth.provenance is Provenance.OVERRIDE
    assert spec.peaks["fp16"].value == 1.4e14
    assert spec.peaks["int8"].provenance is Provenance.PUBLISHED  # the rest is untouched


@pytest.mark.parametrize(("key", "value", "words"), [
    # TFLOPS typed where FLOP/s are expected, GiB where bytes are
    ("fp16", 165, "fp16 = 165 is outside the sane range 1.00 GFLOPS to 100,000.0 TFLOPS"),
    ("memory", 24, "memory = 24 is outside the sane range 64.0 MiB to 16.0 TiB"),
    ("bandwidth", 1e16, "outside the sane range"),
    ("int8", math.inf, "outside the sane range"), ("fp32", math.nan, "outside the sane range"),
    ("memory", True, "must be a number"), ("memory", "24 GB", "must be a number"),
    ("clock", 2.5e9, "cannot be overridden"),
])
def test_values_are_checked_in_their_units(key: str, value: object, words: str) -> None:
    problem = override_problem(key, value)
    assert problem is not None and words in problem.render()
    with pytest.raises(InputError) as info:
        parse_overrides(doc({"rtx-4090": {key: value}}), strict=True)
    assert "GPU rtx-4090" in info.value.message.render()


def test_saving_a_bad_value_writes_nothing(tmp_path: Path) -> None:
    save_gpu_overrides({"a100": {"memory": 80 * 1024**3}}, tmp_path)
    before = overrides_path(tmp_path).read_bytes()
    with pytest.raises(InputError):
        save_gpu_overrides({"a100": {"memory": -1}}, tmp_path)
    assert overrides_path(tmp_path).read_bytes() == before


def test_start_up_keeps_good_entries_and_a_copy(tmp_path: Path) -> None:
    path = overrides_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    original = json.dumps(doc({"ok": {"memory": 2**34}, "bad": {"fp16": "fast"},
                               "\x00": {"memory": 2**34}, "list": [1]}))
    path.write_text(original)
    loaded = load_gpu_overrides(tmp_path)
    assert loaded.value == {"ok": {"memory": float(2**34)}}
    assert "left out" in loaded.message.render() and loaded.backup.read_text() == original


@pytest.mark.parametrize("content", ['{"format": "x"}', "[]", '{"format": "gpuscope-gpu-overrides",'
                                     ' "version": 2, "gpus": {}}', "{{"])
def test_a_wrong_document_is_set_aside(tmp_path: Path, content: str) -> None:
    path = overrides_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(content)
    loaded = load_gpu_overrides(tmp_path)
    assert loaded.value == {} and not path.exists() and loaded.backup.read_text() == content


@pytest.mark.parametrize(("key", "value", "said"), [
    # what the window's peaks table passes: its row name, the value it scaled from TFLOPS / GiB
    ("fp16", 1.652e17, "FP16 = 165,200.0 TFLOPS is outside the sane range 1.00 GFLOPS to "
                       "100,000.0 TFLOPS."),
    ("memory", 24 * 1024**5, "VRAM = 24,576.0 TiB is outside the sane range 64.0 MiB to "
                             "16.0 TiB."),
    ("fp16", "fast", "FP16 must be a number."),
])
def test_a_typed_value_is_named_as_the_user_saw_it(key: str, value: object, said: str) -> None:
    label = "VRAM" if key == "memory" else "FP16"
    assert override_problem(key, value, label=label).render() == said
