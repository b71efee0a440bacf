"""``gpuscope plan``: the JSON contract, the text, the command, clear errors."""

from __future__ import annotations

import json
import shlex

import pytest

from gpuscope.cli.app import run_cli
from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.source import open_source
from gpuscope.paths import resources_dir

FIXED_HOST = ["--host-bandwidth", "60", "--host-ram", "64"]


def _json(capsys, *args: str) -> dict:
    assert run_cli(["plan", *args, *FIXED_HOST, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_per_device_figures_and_command(capsys) -> None:
    doc = _json(capsys, "--model", "llama-2-70b", "--quant", "q4_k_m", "--gpu", "RTX 4090",
                "--gpus", "2", "--context", "4096")
    assert set(doc) >= {"model", "quantization", "engine", "strategy", "devices", "fits",
                        "decode_tokens_per_s", "command", "notes", "explain", "options", "host"}
    assert doc["strategy"] == "layer_split" and doc["gpu_layers"] == 81
    gpus = [d for d in doc["devices"] if d["kind"] == "gpu"]
    assert [d["layers"] for d in gpus] == [41, 39]
    for d in doc["devices"]:
        parts = (d["weights_bytes"] + d["kv_cache_bytes"] + d["compute_bytes"]
                 + d["overhead_bytes"])
        assert d["total_bytes"] == pytest.approx(parts, abs=4)
    assert gpus[0]["capacity_bytes"] == 24 * 2**30 and all(d["fits"] for d in gpus)
    argv = shlex.split(doc["command"])
    assert argv[0] == "llama-server" and argv == doc["command_argv"]
    assert argv[argv.index("-ngl") + 1] == "81" and argv[argv.index("-ts") + 1] == "1,1"
    assert doc["host"]["effective_bytes_per_s"] == 60e9 and not doc["host"]["assumed"]


def test_mixed_gpus_comma_separated_and_vllm(capsys) -> None:
    doc = _json(capsys, "--model", "llama-3.1-8b", "--quant", "bf16", "--gpu",
                "RTX 4090,RTX 3090", "--engine", "vllm", "--context", "8192", "--batch", "8")
    assert doc["engine"] == "vllm" and doc["tensor_parallel"] == 2
    assert doc["server"]["concurrent_seqs"] == 8
    assert doc["command"].startswith("vllm serve meta-llama/Llama-3.1-8B ")
    assert any("smallest GPU sets the memory" in n for n in doc["notes"])


def test_without_quant_the_recommendation_is_planned(capsys) -> None:
    doc = _json(capsys, "--model", "llama-3.1-8b", "--gpu", "RTX 4060", "--context", "8192",
                "--kv-cache", "q8_0")
    assert doc["quantization"] == doc["options"][0]["quantization"] == "q6_k"
    assert doc["options"][0]["usable"]


def test_mixed_gpus_header_counts_each_model(capsys) -> None:
    assert run_cli(["plan", "--model", "llama-2-70b", "--quant", "q4_k_m", "--gpu", "RTX 4090",
                    "--gpu", "RTX 3090", *FIXED_HOST]) == 0
    head = capsys.readouterr().out.splitlines()[0]
    assert head.endswith("on 1 × GeForce RTX 4090 + 1 × GeForce RTX 3090"), head


def test_vllm_that_does_not_fit_reads_so(capsys) -> None:
    assert run_cli(["plan", "--model", "llama-3.1-70b", "--quant", "bf16", "--gpu", "H100",
                    "--engine", "vllm", "--context", "8192", *FIXED_HOST]) == 0
    out = capsys.readouterr().out
    assert "GPU(s)" not in out and "0 sequences" not in out and "0.00 tok/s" not in out
    assert "on 1 GPU with vLLM: one sequence of 8,192 tokens does not fit" in out
    command = out.split("Command (vllm)\n", 1)[1].splitlines()
    assert command[0].strip().startswith("# This command will not start")
    assert "--tensor-parallel-size 2" in command[0]


def test_text_shows_plan_devices_and_command(capsys) -> None:
    assert run_cli(["plan", "--model", "mixtral-8x7b", "--quant", "q4_k_m", "--gpu",
                    "RTX 4090", "--engine", "ollama", *FIXED_HOST]) == 0
    out = capsys.readouterr().out
    assert "Plan: Q4_K_M with " in out and "layers on the CPU" in out
    assert "Memory per device" in out and "CPU (RAM)" in out
    assert "Command (ollama)" in out and "PARAMETER num_gpu " in out
    assert "Ollama cannot keep only the MoE experts in RAM" in out


def test_cli_flag_prints_llama_cli_and_explain(capsys) -> None:
    assert run_cli(["plan", "--model", "llama-3.1-8b", "--quant", "q8_0", "--gpu", "RTX 4060",
                    "--cli", "--gpu-layers", "20", "--explain", *FIXED_HOST]) == 0
    out = capsys.readouterr().out
    assert "llama-cli -m " in out and " -ngl 20 " in out
    assert "How each figure is computed" in out and "Decode speed of the plan" in out


@pytest.mark.parametrize("args, message", [
    (["--gpu", "RTX 4090,RTX 3090", "--gpus", "2"], "--gpus N repeats one GPU"),
    (["--gpu", "RTX 4090", "--gpus", "2", "--engine", "ollama", "--split", "tensor"],
     "Ollama splits a model over GPUs by layers only"),
    (["--gpu", "RTX 4090", "--gpu-layers", "many"], "--gpu-layers expects a number or auto"),
    (["--gpu", "RTX 4090", "--link", "infiniband"], "Unknown link 'infiniband'"),
    (["--gpu", "RTX 4090", "--quant", "fp8"], "runs GGUF files"),
    (["--gpu", "RTX 4090", "--host-bandwidth", "0"],
     "Host memory bandwidth must be a number above 0 (got 0)"),
    (["--gpu", "RTX 4090", "--host-bandwidth", "-5"], "above 0 (got -5)"),
    (["--gpu", "RTX 4090", "--host-ram", "0"], "Host RAM must be a number above 0"),
    (["--gpu", "RTX 4090", "--gpus", "0"], "Number of GPUs must be between 1 and 1,024 (got 0)"),
    (["--gpu", "RTX 4090", "--engine", "vllm", "--quant", "bf16", "--max-num-seqs", "0"],
     "max_num_seqs must be at least 1"),
    (["--gpu", "RTX 4090", "--cpu-moe", "all"], "is a dense model"),
    (["--gpu", "RTX 4090", "--gpus", "2", "--split", "tensor", "--no-flash-attention"],
     "tensor split mode needs flash attention"),
])
def test_bad_input_exits_2_with_one_line(capsys, args: list[str], message: str) -> None:
    assert run_cli(["plan", "--model", "llama-3.1-8b", *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_detected_gpus_plan_with_their_free_vram(capsys) -> None:
    snap = str(resources_dir() / "snapshots" / "rtx3090-dual.json")
    source = open_source(snap)
    try:
        free = [r.memory_free_bytes for r in source.devices()]
    finally:
        source.close()
    assert len(free) == 2
    assert run_cli(["--snapshot", snap, "plan", "--model", "llama-2-70b", "--quant", "q4_k_m",
                    *FIXED_HOST, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    gpus = [d for d in doc["devices"] if d["kind"] == "gpu"]
    assert [d["capacity_bytes"] for d in gpus] == free  # each device's free VRAM on its own
    assert doc["strategy"] == "layer_split"


def test_no_gpu_detected_asks_for_one(capsys) -> None:
    probe = NvmlSession()
    if probe.open().available:  # pragma: no cover - only on a machine with a GPU
        probe.close()
        pytest.skip("an NVIDIA driver is installed here")
    assert run_cli(["plan", "--model", "llama-3.1-8b"]) == 2
    assert "--gpu NAME" in capsys.readouterr().err


def test_model_file_path_goes_into_the_command(tmp_path, capsys) -> None:
    from tests.models._gguf_factory import Decoder

    folder = tmp_path / "my models"
    folder.mkdir()
    path = folder / "tiny llama.Q8_0.gguf"
    Decoder("llama", n_layers=4, d=256, heads=4, kv=2, ffn=512, vocab=1000,
            types={"default": "Q8_0", "norm": "F32"}).write(path, ftype=7, name="tiny")
    doc = _json(capsys, "--model", str(path), "--gpu", "RTX 4090")
    assert doc["quantization"] == "q8_0"  # the file's own
    assert not doc["model_placeholder"]
    argv = shlex.split(doc["command"])
    assert argv[argv.index("-m") + 1] == str(path)
    assert doc["gpu_layers"] == 5 and doc["strategy"] == "gpu"
