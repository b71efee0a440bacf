"""An unrecognised GPU NVML told too little about: unknown memory bandwidth, compute peaks or VRAM
size. Every verb answers (never a ZeroDivisionError), says "unknown" with the reason, and never
computes a speed from a made-up figure."""

from __future__ import annotations

import json

import pytest

from gpuscope.cli.app import run_cli

BASE = {"index": 0, "name": "Mystery GPU", "memory_total_bytes": 25757220864}
BANDWIDTH = {"max_mem_clock_mhz": 10501, "memory_bus_width_bits": 384}
PEAKS = {"compute_capability": [8, 9], "cuda_cores": 16384, "max_sm_clock_mhz": 2520}
NO_BANDWIDTH = {**BASE, **PEAKS}
NO_PEAKS = {**BASE, **BANDWIDTH}
NO_MEMORY = {"index": 0, "name": "Mystery GPU", **PEAKS, **BANDWIDTH}


def snapshot(tmp_path, device: dict) -> str:
    path = tmp_path / "snap.json"
    path.write_text(json.dumps({"format": "gpuscope-snapshot", "version": 1,
                                "devices": [device]}))
    return str(path)


def cli(capsys, snap: str, *args: str) -> tuple[int, str, str]:
    code = run_cli(["--snapshot", snap, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_unknown_bandwidth_is_null_in_detect_with_its_reason(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, NO_BANDWIDTH)
    code, out, _ = cli(capsys, snap, "detect", "--json")
    dev = json.loads(out)["devices"][0]
    assert code == 0 and dev["bandwidth_bytes_per_s"] is None
    assert "memory clock or bus width" in dev["unavailable"]["bandwidth_bytes_per_s"]
    code, out, _ = cli(capsys, snap, "detect")
    assert "bandwidth unknown (NVML did not report the memory clock" in out
    assert "0.00" not in out


@pytest.mark.parametrize("model", ["llama-2-7b", "resnet-50", "bert-base"])
def test_estimate_with_unknown_bandwidth_says_speed_unknown(capsys, tmp_path, model) -> None:
    snap = snapshot(tmp_path, NO_BANDWIDTH)
    code, out, err = cli(capsys, snap, "estimate", "--model", model)
    assert code == 0 and err == ""
    assert "unknown: the GPU's memory bandwidth is unknown" in out
    assert "Fits" in out  # memory and fit are still estimated
    code, out, _ = cli(capsys, snap, "estimate", "--model", model, "--json", "--explain")
    doc = json.loads(out)
    assert doc["speed"]["decode_tokens_per_s"] is None
    assert doc["speed"]["prefill_tokens_per_s"] is None
    assert "bandwidth" in doc["speed"]["prefill_unknown"]
    assert "nan" not in out.lower()


def test_fits_and_plan_with_unknown_bandwidth(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, NO_BANDWIDTH)
    code, out, _ = cli(capsys, snap, "fits", "--top", "3", "--json")
    rows = json.loads(out)
    assert code == 0 and rows
    text = json.dumps(rows)
    assert "NaN" not in text and "Infinity" not in text
    code, out, err = cli(capsys, snap, "plan", "--model", "llama-2-7b")
    assert code == 2 and out == ""
    assert "Cannot plan for Mystery GPU" in err and "memory bandwidth is unknown" in err


def test_missing_peaks_are_unknown_not_absent(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, NO_PEAKS)
    code, out, _ = cli(capsys, snap, "detect", "--json")
    dev = json.loads(out)["devices"][0]
    assert all(v is None for v in dev["peaks"].values())
    assert dev["peaks_source"] == "unknown"
    assert "compute capability" in dev["unavailable"]["peaks.fp32"]
    code, out, _ = cli(capsys, snap, "detect")
    assert "fp32" in out and "unknown   (NVML did not report the compute capability)" in out


def test_unknown_peaks_give_decode_but_no_made_up_prefill(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, NO_PEAKS)
    code, out, _ = cli(capsys, snap, "estimate", "--model", "llama-2-7b", "--json")
    speed = json.loads(out)["speed"]
    assert code == 0 and speed["prefill_tokens_per_s"] is None
    assert speed["time_to_first_token_s"] is None
    assert "compute peaks are unknown" in speed["prefill_unknown"]
    assert speed["decode_tokens_per_s"] > 0 and speed["bound"] == "memory"
    code, out, _ = cli(capsys, snap, "fits", "--top", "3", "--json")
    assert all(r["prefill_tokens_per_s"] is None for r in json.loads(out))


def test_detect_prints_each_figure_note(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, {**NO_BANDWIDTH, **BANDWIDTH, "brand": "GeForce",
                               "max_sm_clock_mhz": 3105})
    code, out, _ = cli(capsys, snap, "detect")
    assert "at NVML max clock (3,105 MHz), upper bound" in out
    code, out, _ = cli(capsys, snap, "detect", "--json")
    notes = json.loads(out)["devices"][0]["notes"]
    assert "upper bound" in notes["fp32"]
    laptop = {"index": 0, "name": "NVIDIA GeForce RTX 4090 Laptop GPU", "brand": "GeForce",
              "compute_capability": [8, 9], "cuda_cores": 9728, "max_sm_clock_mhz": 2040,
              "max_mem_clock_mhz": 8001, "memory_bus_width_bits": 256,
              "memory_total_bytes": 17171480576}
    snap = snapshot(tmp_path, laptop)
    code, out, _ = cli(capsys, snap, "detect")
    assert "bandwidth: differs from the datasheet's" in out
    code, out, _ = cli(capsys, snap, "detect", "--json")
    assert "differs from the datasheet" in json.loads(out)["devices"][0]["notes"][
        "bandwidth_bytes_per_s"]


def test_unknown_vram_is_said_not_zero_bytes(capsys, tmp_path) -> None:
    snap = snapshot(tmp_path, NO_MEMORY)
    code, out, _ = cli(capsys, snap, "estimate", "--model", "llama-2-7b")
    assert code == 0 and "0 B available" not in out and "× GPU" not in out
    assert "VRAM unknown (NVML did not report the memory size) — needs" in out
    code, out, _ = cli(capsys, snap, "estimate", "--model", "llama-2-7b", "--json")
    doc = json.loads(out)
    assert doc["fits"] is None and doc["gpu"]["memory_bytes"] is None
    assert doc["speed"]["decode_tokens_per_s"] > 0
    for verb in (["fits"], ["plan", "--model", "llama-2-7b"]):
        code, out, err = cli(capsys, snap, *verb)
        assert code == 2 and out == "" and "VRAM size is unknown" in err


def test_saved_gpu_overrides_apply_in_the_cli(capsys, tmp_path) -> None:
    from gpuscope.hardware.custom_gpus import save_gpu_overrides

    snap = snapshot(tmp_path, {**NO_BANDWIDTH, "uuid": "GPU-0123"})
    before = run_cli(["--snapshot", snap, "estimate", "--model", "llama-2-7b", "--json"])
    assert before == 0 and json.loads(capsys.readouterr().out)["speed"]["decode_tokens_per_s"] \
        is None
    save_gpu_overrides({"uuid:GPU-0123": {"bandwidth": 5e11}, "rtx-4090": {"fp32": 5e13}})
    code, out, _ = cli(capsys, snap, "estimate", "--model", "llama-2-7b")
    assert code == 0 and "GPU override from gpu_overrides.json: bandwidth" in out
    assert "memory bandwidth is unknown" not in out
    code, out, _ = cli(capsys, snap, "detect", "--json")
    dev = json.loads(out)["devices"][0]
    assert dev["bandwidth_bytes_per_s"] == 5e11
    assert dev["sources"]["bandwidth_bytes_per_s"] == "override"
    assert "bandwidth_bytes_per_s" not in dev["unavailable"]
    code, out, _ = cli(capsys, snap, "detect")
    assert "override (your gpu_overrides.json): bandwidth_bytes_per_s" in out
    code, out, _ = cli(capsys, snap, "plan", "--model", "llama-2-7b", "--json")
    assert code == 0 and json.loads(out)["gpus"][0]["bandwidth_bytes_per_s"] == 5e11
    code, out, _ = cli(capsys, snap, "estimate", "--model", "llama-2-7b", "--gpu", "RTX 4090")
    assert code == 0 and "GPU override from gpu_overrides.json: fp32" in out
    for verb in (["plan", "--model", "llama-2-7b"], ["fits", "--top", "1"]):
        code, out, _ = cli(capsys, snap, *verb, "--gpu", "RTX 4090")
        assert code == 0, verb
