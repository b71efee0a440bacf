"""``gpuscope gpus``: the catalogue table and its JSON form."""

from __future__ import annotations

import json

import pytest

from gpuscope.cli.app import run_cli


def test_table_states_units_and_dense(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["gpus"]) == 0
    out = capsys.readouterr().out
    head = out.splitlines()[:4]
    assert "Dense" in head[0] and "sparsity" in head[0]
    assert "FP32 accumulate" in head[1]
    columns = head[3]
    for word in ("VRAM GiB", "BW GB/s", "FP32 TFLOPS", "FP16 TFLOPS", "INT8 TOPS", "CC"):
        assert word in columns
    row = next(line for line in out.splitlines() if line.startswith("GeForce RTX 4090 "))
    # Ada WP v2.02 App. A: FP32 82.6, FP16 (FP32 acc) 165.2, INT8 660.6 dense; 24 GiB; 1008 GB/s
    assert row.split()[-5:] == ["24", "1,008", "82.6", "165.2", "660.6"]
    laptop = next(line for line in out.splitlines() if line.startswith("GeForce RTX 3060 Laptop"))
    assert laptop.endswith("*")  # derived figures are marked
    p40 = next(line for line in out.splitlines() if line.startswith("Tesla P40"))
    assert p40.split()[-2] == "-"  # no FP16 tensor unit on Pascal


def test_json_lists_the_catalogue_in_base_units(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["gpus", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert len(rows) >= 90
    by_id = {row["id"]: row for row in rows}
    rtx = by_id["rtx-4090"]
    assert rtx["nvml_names"] == ["NVIDIA GeForce RTX 4090"]
    assert rtx["architecture"] == "Ada Lovelace" and rtx["compute_capability"] == [8, 9]
    assert rtx["memory_bytes"] == 24 * 1024**3
    assert rtx["bandwidth_bytes_per_s"] == 1008e9
    assert rtx["peaks"]["fp16"] == pytest.approx(165.2e12)
    assert rtx["peaks"]["fp4"] is None
    assert rtx["peaks_provenance"]["fp16"] == "published"
    blackwell = by_id["rtx-5090"]
    assert blackwell["peaks"]["fp4"] == pytest.approx(1676e12)  # dense, not halved on GeForce
    assert by_id["rtx-3060-8gb"]["peaks_provenance"]["fp16"] == "derived"
    assert all(row["sources"] for row in rows)


def test_search(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["gpus", "--json", "--search", "a100"]) == 0
    ids = {row["id"] for row in json.loads(capsys.readouterr().out)}
    assert ids == {"a100-sxm4-80gb", "a100-sxm4-40gb", "a100-pcie-80gb", "a100-pcie-40gb"}
    assert run_cli(["gpus", "--search", "laptop 4090"]) == 0
    out = capsys.readouterr().out
    assert "GeForce RTX 4090 Laptop GPU" in out and "1 GPUs." in out


def test_search_without_match_is_a_clean_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert run_cli(["gpus", "--search", "rtx 9090"]) == 2
    err = capsys.readouterr().err
    assert "Unknown GPU 'rtx 9090'" in err and "Traceback" not in err
