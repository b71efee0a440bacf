"""``gpuscope detect``: the real no-driver path; snapshots of real GPUs give datasheet peaks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.cli.app import run_cli

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"


def _detect(capsys, *args: str) -> tuple[int, dict]:
    code = run_cli([*args, "detect", "--json"])
    return code, json.loads(capsys.readouterr().out)


def test_no_driver_here_is_reported_not_raised(capsys) -> None:
    pytest.importorskip("pynvml")
    code, doc = _detect(capsys)
    assert code == 0
    assert doc["nvml"]["available"] is False
    assert "driver" in doc["nvml"]["reason"].lower()
    assert doc["devices"] == []


@pytest.mark.parametrize(("snapshot", "fp32", "fp16", "int8"), [
    # NVIDIA Ada whitepaper v2.02 App. A; A100 / H100 whitepapers (dense, TFLOPS / TOPS)
    ("rtx4090.json", 82.6, 165.2, 660.6),
    ("a100-sxm4-80gb.json", 19.5, 312.0, 624.0),
    ("h100-sxm-80gb.json", 66.9, 989.4, 1978.9),
])
def test_snapshots_of_real_gpus_report_datasheet_peaks(capsys, snapshot: str, fp32: float,
                                                       fp16: float, int8: float) -> None:
    code, doc = _detect(capsys, "--snapshot", str(SNAPSHOTS / snapshot))
    assert code == 0 and doc["nvml"]["available"] is True
    dev = doc["devices"][0]
    assert dev["peaks_source"] == "catalogue"
    assert dev["peaks"]["fp32"] / 1e12 == pytest.approx(fp32, rel=0.015)
    assert dev["peaks"]["fp16"] / 1e12 == pytest.approx(fp16, rel=0.015)
    assert dev["peaks"]["int8"] / 1e12 == pytest.approx(int8, rel=0.015)
    assert 0 < dev["memory_free_bytes"] <= dev["memory_total_bytes"] - dev["memory_used_bytes"]


def test_dual_gpu_snapshot_lists_both(capsys) -> None:
    code, doc = _detect(capsys, "--snapshot", str(SNAPSHOTS / "rtx3090-dual.json"))
    assert code == 0
    assert [d["index"] for d in doc["devices"]] == [0, 1]
    assert all(d["catalogue_name"] == "GeForce RTX 3090" for d in doc["devices"])


def test_malformed_snapshot_is_one_line_exit_2(tmp_path, capsys) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    assert run_cli(["--snapshot", str(bad), "detect"]) == 2
    err = capsys.readouterr().err
    assert "bad.json" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1
