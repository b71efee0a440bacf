"""The real CLI (``python -m gpuscope`` in a subprocess) over the stand-in NVML library.

pynvml loads ``libnvidia-ml.so.1`` from ``LD_LIBRARY_PATH`` exactly as on a GPU machine. Each
fault must give what could be read, one clear line on stderr (never a traceback) and the exit
status docs/cli.md documents.
"""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.fakes.nvml_standin import (
    LIB_RM_VERSION_MISMATCH,
    NO_PERMISSION,
    NOT_SUPPORTED,
    Standin,
    from_snapshot,
    machine,
    rtx4090,
)

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"
ROOT = Path(__file__).resolve().parents[2]


def gpuscope(standin: Standin, *args: str, timeout_env: str | None = None,
             ) -> subprocess.CompletedProcess[str]:
    env = standin.env()
    if timeout_env is not None:
        env["GPUSCOPE_NVML_TIMEOUT"] = timeout_env
    done = subprocess.run([sys.executable, "-m", "gpuscope", *args], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    return done


def detect_json(standin: Standin, **kw: str) -> tuple[int, dict]:
    done = gpuscope(standin, "detect", "--json", **kw)
    return done.returncode, json.loads(done.stdout)


@pytest.mark.parametrize("name", ["rtx4090.json", "a100-sxm4-80gb-mig.json"])
def test_live_detect_matches_detect_of_the_same_snapshot(standin: Standin, name: str) -> None:
    standin.configure(from_snapshot(SNAPSHOTS / name))
    code, live = detect_json(standin)
    done = gpuscope(standin, "--snapshot", str(SNAPSHOTS / name), "detect", "--json")
    recorded = json.loads(done.stdout)
    assert code == done.returncode == 0
    assert live["nvml"]["source"] == "live" and live["nvml"]["complete"] is True
    assert live["nvml"]["driver_version"] == recorded["nvml"]["driver_version"]
    for a, b in zip(live["devices"], recorded["devices"], strict=True):
        a.pop("unavailable"), b.pop("unavailable")
        assert a == b


@pytest.mark.parametrize(("error", "words"), [
    (LIB_RM_VERSION_MISMATCH, "different versions"), (NO_PERMISSION, "permission"),
])
def test_init_failure_exits_0_with_the_reason(standin: Standin, error: int, words: str) -> None:
    standin.configure(machine(rtx4090(), init_error=error))
    code, doc = detect_json(standin)
    assert code == 0
    assert doc["nvml"]["available"] is False and doc["devices"] == []
    assert words in doc["nvml"]["reason"]
    text = gpuscope(standin, "detect")
    assert text.returncode == 0 and "Planning mode" in text.stdout and words in text.stdout


def test_not_supported_fields_are_listed_and_the_rest_is_there(standin: Standin) -> None:
    errors = {"nvmlDeviceGetNumGpuCores": NOT_SUPPORTED,
              "nvmlDeviceGetMemoryBusWidth": 13}  # FunctionNotFound: an old driver
    standin.configure(machine(rtx4090(errors=errors)))
    code, doc = detect_json(standin)
    dev = doc["devices"][0]
    assert code == 0 and doc["nvml"]["complete"] is True
    assert dev["unavailable"] == {"cuda_cores": "NotSupported",
                                  "memory_bus_width_bits": "FunctionNotFound",
                                  "mig_mode": "NotSupported"}  # GeForce: no MIG
    assert dev["catalogue_name"] == "GeForce RTX 4090"
    assert dev["peaks"]["fp16"] / 1e12 == pytest.approx(165.2, rel=0.015)  # Ada whitepaper
    assert dev["memory_total_bytes"] == rtx4090()["memory_total"]


def test_gpu_lost_mid_read_prints_what_it_could_and_exits_1(standin: Standin) -> None:
    other = rtx4090(uuid="GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789ac",
                    pci_bus_id="00000000:02:00.0")
    standin.configure(machine(rtx4090(lost_after_calls=4), other))
    code, doc = detect_json(standin)
    lost, fine = doc["devices"]
    assert code == 1 and doc["nvml"]["complete"] is False
    assert "GpuIsLost" in lost["unavailable"].values()
    assert fine["unavailable"] == {"mig_mode": "NotSupported"}
    assert fine["catalogue_name"] == "GeForce RTX 4090"
    text = gpuscope(standin, "detect")
    assert text.returncode == 1
    assert "[0]" in text.stdout and "[1]" in text.stdout and "GpuIsLost" in text.stdout
    errors = text.stderr.strip().splitlines()
    assert len(errors) == 1 and "GPU 0" in errors[0] and "stopped responding" in errors[0]


def test_nvml_that_hangs_at_start_times_out_with_exit_1(standin: Standin) -> None:
    standin.configure(machine(rtx4090(), hangs={"nvmlDeviceGetCount_v2": 30.0}))
    start = time.monotonic()
    done = gpuscope(standin, "detect", "--json", timeout_env="0.5")
    assert time.monotonic() - start < 10.0  # not the 30 s hang
    doc = json.loads(done.stdout)
    assert done.returncode == 1 and doc["nvml"]["code"] == "timeout"
    assert "did not answer within" in doc["nvml"]["reason"]


def test_a_slow_call_within_the_timeout_only_delays(standin: Standin) -> None:
    standin.configure(machine(rtx4090(hangs={"nvmlDeviceGetNumGpuCores": 0.3})))
    code, doc = detect_json(standin)
    assert code == 0 and doc["devices"][0]["unavailable"] == {"mig_mode": "NotSupported"}


def test_estimate_uses_the_live_gpu_or_says_how_to_choose_one(standin: Standin) -> None:
    standin.configure(machine(rtx4090()))
    ok = gpuscope(standin, "estimate", "--model", "llama-3.1-8b", "--json")
    assert ok.returncode == 0, ok.stderr
    standin.configure(machine(rtx4090(), init_error=LIB_RM_VERSION_MISMATCH))
    refused = gpuscope(standin, "estimate", "--model", "llama-3.1-8b")
    assert refused.returncode == 2
    assert "--gpu" in refused.stderr and len(refused.stderr.strip().splitlines()) == 1


def test_gpu_lost_during_a_recorded_trace_keeps_the_rest(standin: Standin, tmp_path: Path) -> None:
    other = rtx4090(uuid="GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789ac",
                    pci_bus_id="00000000:02:00.0")
    standin.configure(machine(rtx4090(lost_after_calls=60), other))
    out = tmp_path / "trace.json"
    done = gpuscope(standin, "snapshot", "save", str(out), "--trace", "1", "--rate", "6")
    assert done.returncode == 0, done.stderr
    trace = json.loads(out.read_text())["telemetry"]
    per_device = [sum(1 for s in trace if s["device"] == d) for d in (0, 1)]
    assert 0 < per_device[0] < per_device[1]  # GPU 0 stopped mid-trace, GPU 1 went on


@pytest.mark.parametrize("lost_after", [4, 12])
@pytest.mark.parametrize("verb", [["estimate", "--model", "llama-2-7b"], ["fits", "--top", "2"],
                                  ["plan", "--model", "llama-2-7b"]])
def test_a_gpu_lost_while_read_fails_every_verb_like_detect(standin: Standin, verb: list[str],
                                                             lost_after: int) -> None:
    standin.configure(machine(rtx4090(lost_after_calls=lost_after)))
    done = gpuscope(standin, *verb)
    errors = done.stderr.strip().splitlines()
    assert done.returncode == 1, (done.returncode, done.stderr)
    assert errors and "GPU 0" in errors[0] and "stopped responding" in errors[0]
    if verb[0] != "plan":  # what could be worked out is still printed
        assert done.stdout.strip()
    else:  # a plan needs the VRAM size the lost GPU did not give: the second line says so
        assert len(errors) == 1 or "unknown" in errors[1]


def test_one_hung_field_leaves_the_rest_of_the_report(standin: Standin) -> None:
    standin.configure(machine(rtx4090(hangs={"nvmlDeviceGetName": 30.0})))
    start = time.monotonic()
    code, doc = detect_json(standin)
    assert time.monotonic() - start < 10.0  # about one 2 s per-call limit, not the 30 s hang
    assert code == 1 and doc["nvml"]["available"] is True and doc["nvml"]["complete"] is False
    (dev,) = doc["devices"]
    assert dev["unavailable"]["name"] == "Timeout"
    assert dev["memory_total_bytes"] == rtx4090()["memory_total"]
    assert dev["catalogue_name"] == "GeForce RTX 4090"  # found by its PCI device ID
    text = gpuscope(standin, "detect")
    assert text.returncode == 1 and "[0]" in text.stdout and "Timeout" in text.stdout
    est = gpuscope(standin, "estimate", "--model", "llama-3.1-8b", "--json")
    assert est.returncode == 1 and "GPU 0" in est.stderr  # the documented "partial" status
    assert json.loads(est.stdout)  # ... with the estimate for the GPU it could read
