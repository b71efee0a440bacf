"""``gpuscope estimate``: the JSON contract scripts rely on, names users type, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.cli.app import run_cli

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"


def _json(capsys, *args: str) -> dict:
    assert run_cli(["estimate", *args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_has_the_documented_shape(capsys) -> None:
    doc = _json(capsys, "--model", "codellama-7b", "--quant", "Q4_0", "--gpu",
                "NVIDIA GeForce RTX 4090", "--context", "4096")
    assert set(doc) >= {"model", "quantization", "gpu", "context", "batch", "prompt_tokens",
                        "memory", "fits", "max_context", "flops_per_token", "speed", "explain"}
    assert set(doc["model"]) >= {"id", "name", "family", "params", "active_params"}
    assert set(doc["gpu"]) >= {"name", "memory_bytes", "bandwidth_bytes_per_s"}
    assert set(doc["memory"]) >= {"weights_bytes", "kv_cache_bytes", "compute_bytes",
                                  "overhead_bytes", "total_bytes"}
    assert set(doc["speed"]) >= {"prefill_tokens_per_s", "decode_tokens_per_s", "bound"}
    assert doc["quantization"] == "q4_0"
    # CodeLlama-7B: 32 layers x 32 KV heads x 128 x 2 (K, V) x 2 bytes = 512 KiB per token
    assert doc["memory"]["kv_cache_bytes"] == 4096 * 512 * 1024
    # weights + KV + compute + overhead, all in bytes
    m = doc["memory"]
    assert m["total_bytes"] == pytest.approx(
        m["weights_bytes"] + m["kv_cache_bytes"] + m["compute_bytes"] + m["overhead_bytes"], abs=4)
    # attention adds 2 x layers x heads x (128 + 128) x context FLOPs to the 2N per token
    attention = 2 * 32 * 32 * 256 * 4096
    short = _json(capsys, "--model", "codellama-7b", "--quant", "q4_0", "--gpu", "RTX 4090",
                  "--context", "1", "--prompt", "1")
    assert short["flops_per_token"] == pytest.approx(2 * doc["model"]["params"], rel=0.03)
    assert doc["flops_per_token"] - short["flops_per_token"] == pytest.approx(
        attention, rel=1e-3)
    for item in doc["explain"]:
        assert set(item) >= {"quantity", "formula", "value", "unit", "source"}


def test_gpu_names_with_and_without_vendor_prefix_agree(capsys) -> None:
    a = _json(capsys, "--model", "llama-3-8b", "--quant", "q8_0", "--gpu", "RTX 4090")
    b = _json(capsys, "--model", "llama-3-8b", "--quant", "q8_0", "--gpu",
              "NVIDIA GeForce RTX 4090")
    assert a["gpu"] == b["gpu"] and a["memory"] == b["memory"]


def test_snapshot_gpu_is_the_default(capsys) -> None:
    code = run_cli(["--snapshot", str(SNAPSHOTS / "t4.json"), "estimate", "--model",
                    "llama-3.1-8b", "--quant", "q4_k_m", "--json"])
    assert code == 0
    doc = json.loads(capsys.readouterr().out)
    assert "T4" in doc["gpu"]["name"]
    assert doc["fits_now"] is not None  # the snapshot knows the free VRAM


@pytest.mark.parametrize(("args", "needle"), [
    (["--model", "llama-9-8b", "--quant", "q4_0", "--gpu", "RTX 4090"], "llama-3-8b"),
    (["--model", "llama-3-8b", "--quant", "q4_x", "--gpu", "RTX 4090"], "q4_0"),
    (["--model", "llama-3-8b", "--quant", "q4_0", "--gpu", "RTX 9090"], "RTX"),
    (["--model", "llama-3-8b", "--quant", "q4_0", "--gpu", "RTX 4090", "--context", "0"],
     "Context length"),
    (["--model", "llama-3-8b", "--gpu", "RTX 4090", "--context", "4096", "--prompt", "100000"],
     "at least as long as the prompt"),
    (["--model", "llama-3-8b", "--quant", "", "--gpu", "RTX 4090"], "Unknown quantization"),
])
def test_bad_input_is_one_line_with_suggestions(capsys, args: list[str], needle: str) -> None:
    assert run_cli(["estimate", *args]) == 2
    err = capsys.readouterr().err.strip()
    assert needle in err and "Traceback" not in err and len(err.splitlines()) == 1


def test_no_gpu_and_no_driver_asks_for_gpu(capsys) -> None:
    pytest.importorskip("pynvml")
    assert run_cli(["estimate", "--model", "llama-3-8b"]) == 2
    assert "--gpu" in capsys.readouterr().err


def test_text_output_names_units_and_explains(capsys) -> None:
    assert run_cli(["estimate", "--model", "mixtral-8x7b", "--quant", "q4_k_m", "--gpu",
                    "RTX 4090", "--explain"]) == 0
    out = capsys.readouterr().out
    assert "Does not fit" in out and "GiB" in out and "tok/s" in out
    assert "formula:" in out and "source:" in out


@pytest.mark.parametrize(("args", "needle"), [
    (["--model", "llama-2-7b", "--context", "8192"], "trained with a context of 4,096"),
    (["--model", "bert-base", "--context", "4096"], "at most 512 tokens"),
    (["--model", "llama-3.1-70b", "--quant", "q8_0"], "the speeds assume it did"),
    (["--model", "llama-3-8b", "--quant", "bf16", "--gpu", "Tesla T4"], "has no BF16 units"),
])
def test_caveats_are_printed_beside_the_figures(capsys, args: list[str], needle: str) -> None:
    args = args if "--gpu" in args else [*args, "--gpu", "RTX 4090"]
    doc = _json(capsys, *args)
    assert any(needle in note for note in doc["notes"]), doc["notes"]
    assert run_cli(["estimate", *args]) == 0
    assert "Note: " in capsys.readouterr().out


def test_no_caveat_for_a_plain_case(capsys) -> None:
    doc = _json(capsys, "--model", "llama-3-8b", "--quant", "q4_k_m", "--gpu", "RTX 4090")
    assert doc["notes"] == []


def test_a_cnn_header_names_no_kv_cache_or_prompt(capsys) -> None:
    assert run_cli(["estimate", "--model", "resnet-50", "--gpu", "RTX 4090"]) == 0
    header = capsys.readouterr().out.splitlines()[1]
    assert "batch 1" in header and "KV cache" not in header and "prompt" not in header


def _dual(tmp_path: Path, free_gib: tuple[float, float]) -> str:
    """The dual RTX 3090 snapshot with each device's own free VRAM (GiB)."""
    doc = json.loads((SNAPSHOTS / "rtx3090-dual.json").read_text(encoding="utf-8"))
    for dev, gib in zip(doc["devices"], free_gib, strict=True):
        dev["memory_reserved_bytes"] = 0
        dev["memory_used_bytes"] = dev["memory_total_bytes"] - int(gib * 2**30)
    path = tmp_path / f"dual-{free_gib[0]:g}-{free_gib[1]:g}.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return str(path)


def test_gpus_n_sums_each_devices_own_free_vram(capsys, tmp_path: Path) -> None:
    args = ["estimate", "--model", "qwen2.5-32b", "--quant", "q6_k", "--gpus", "2", "--json"]
    docs = {}
    for free in ((20.0, 4.0), (20.0, 20.0)):
        assert run_cli(["--snapshot", _dual(tmp_path, free), *args]) == 0
        docs[free] = json.loads(capsys.readouterr().out)
    total = docs[(20.0, 4.0)]["memory"]["total_bytes"] / 2**30
    assert 24 < total < 40  # between 20 + 4 GiB free and GPU 0's 20 GiB counted twice
    assert docs[(20.0, 4.0)]["fits"] is True  # 2 x 24 GiB hold it when idle
    assert docs[(20.0, 4.0)]["fits_now"] is False  # 24 GiB free now, not 40
    assert docs[(20.0, 20.0)]["fits_now"] is True
    assert docs[(20.0, 4.0)]["gpu"]["count"] == 2


def test_gpus_n_beyond_the_snapshot_is_a_clear_error(capsys, tmp_path: Path) -> None:
    snap = _dual(tmp_path, (20.0, 20.0))
    assert run_cli(["--snapshot", snap, "estimate", "--model", "llama-3-8b", "--gpus", "3"]) == 2
    assert "--gpu NAME --gpus 3" in capsys.readouterr().err
