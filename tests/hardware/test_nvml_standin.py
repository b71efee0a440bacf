"""The NVML facade over the REAL pynvml binding, talking to the stand-in C library.

Each test serves a machine (from a snapshot file or a hand-written config) and injects one fault:
init failure, driver/library mismatch, NotSupported / FunctionNotFound per function, GpuIsLost
mid-session, a hanging call, a GPU that vanishes and comes back. Expected values come from the
snapshot files or the config the test wrote, never from what the code printed.
"""

from __future__ import annotations

import time
from dataclasses import fields
from pathlib import Path

import pytest

from gpuscope.hardware import nvml_status as st
from gpuscope.hardware.fields import is_available
from gpuscope.hardware.snapshot import load_snapshot
from gpuscope.hardware.source import LiveSource
from tests.fakes.nvml_standin import (
    DRIVER_NOT_LOADED,
    FUNCTION_NOT_FOUND,
    LIB_RM_VERSION_MISMATCH,
    NO_PERMISSION,
    NOT_SUPPORTED,
    Standin,
    from_snapshot,
    machine,
    rtx4090,
)

SNAPSHOTS = sorted((Path(__file__).resolve().parents[2] / "resources" / "snapshots").glob("*.json"))
#: DeviceRecord fields both sides fill from the same NVML answers
COMPARED = [f.name for f in fields(load_snapshot(SNAPSHOTS[0]).devices[0])
            if f.name not in ("unavailable", "memory_reserved_bytes")]


def _open(standin: Standin, cfg: dict) -> LiveSource:
    standin.configure(cfg)
    source = LiveSource(timeout_s=5.0)
    source.status()  # opens NVML
    return source


@pytest.mark.parametrize("path", SNAPSHOTS, ids=lambda p: p.stem)
def test_a_snapshot_served_by_the_standin_reads_back_the_same(standin: Standin, path: Path) -> None:
    snap = load_snapshot(path)
    with standin.installed():
        source = _open(standin, from_snapshot(path))
        status, records, mig = source.status(), source.devices(), source.mig_instances()
        source.close()
    assert status.available and status.code == st.OK
    assert status.driver_version == snap.driver_version
    assert status.cuda_driver_version == (snap.cuda_driver_version or "12.4")
    assert len(records) == len(snap.devices)
    for live, recorded in zip(records, snap.devices, strict=True):
        for name in COMPARED:
            assert getattr(live, name) == getattr(recorded, name), name
        assert live.memory_free_bytes == recorded.memory_free_bytes
    assert mig == dict(snap.mig_instances)


def test_first_trace_sample_is_what_the_sampler_reads(standin: Standin) -> None:
    path = next(p for p in SNAPSHOTS if p.stem == "rtx4090")
    first = load_snapshot(path).telemetry[0]
    with standin.installed():
        source = _open(standin, from_snapshot(path))
        sampler = source.telemetry(timeout_s=2.0)
        sample = sampler.poll_once().samples[0]
        sampler.stop()
        source.close()
    for name in ("power_mw", "temperature_c", "sm_clock_mhz", "gpu_util_percent",
                 "memory_used_bytes"):
        assert getattr(sample, name) == getattr(first, name), name


@pytest.mark.parametrize(("error", "code", "words"), [
    (DRIVER_NOT_LOADED, st.DRIVER_NOT_LOADED, "nvidia-smi"),
    (LIB_RM_VERSION_MISMATCH, st.DRIVER_MISMATCH, "different versions"),
    (NO_PERMISSION, st.NO_PERMISSION, "/dev/nvidia"),
    (FUNCTION_NOT_FOUND, st.DRIVER_TOO_OLD, "update the driver"),
])
def test_init_failure_is_a_status_with_an_actionable_reason(standin: Standin, error: int,
                                                           code: str, words: str) -> None:
    with standin.installed():
        source = _open(standin, machine(rtx4090(), init_error=error))
        status, records = source.status(), source.devices()
        source.close()
    assert (status.available, status.code, records) == (False, code, [])
    assert status.reason is not None and words in status.reason.render()


def test_no_config_is_a_driver_without_gpu(standin: Standin) -> None:
    with standin.installed():
        standin.lib.standinConfigure(b"")  # and no GPUSCOPE_NVML_STANDIN in this process
        status = LiveSource(timeout_s=5.0).status()
    assert status.code == st.DRIVER_NOT_LOADED


# function(s) refused -> (record field, expected reason); everything else must still be there
RECORD_FAULTS = [
    ({"nvmlDeviceGetNumGpuCores": NOT_SUPPORTED}, "cuda_cores", "NotSupported"),
    ({"nvmlDeviceGetMemoryBusWidth": FUNCTION_NOT_FOUND}, "memory_bus_width_bits",
     "FunctionNotFound"),
    ({"nvmlDeviceGetBrand": NOT_SUPPORTED}, "brand", "NotSupported"),
    ({"nvmlDeviceGetCudaComputeCapability": FUNCTION_NOT_FOUND}, "compute_capability",
     "FunctionNotFound"),
    ({"nvmlDeviceGetMaxClockInfo": NOT_SUPPORTED}, "max_sm_clock_mhz", "NotSupported"),
    ({"nvmlDeviceGetEnforcedPowerLimit": NOT_SUPPORTED,
      "nvmlDeviceGetPowerManagementLimit": NOT_SUPPORTED}, "power_limit_mw", "NotSupported"),
    ({"nvmlDeviceGetMemoryInfo_v2": FUNCTION_NOT_FOUND}, "memory_reserved_bytes",
     "FunctionNotFound"),
    ({"nvmlDeviceGetUUID": NO_PERMISSION}, "uuid", "NoPermission"),
    ({"nvmlDeviceGetPciInfo_v3": NOT_SUPPORTED}, "pci_device_id", "NotSupported"),
]


@pytest.mark.parametrize(("errors", "field", "reason"), RECORD_FAULTS,
                         ids=[f[1] for f in RECORD_FAULTS])
def test_a_refused_function_leaves_only_its_field_missing(standin: Standin, errors: dict,
                                                          field: str, reason: str) -> None:
    with standin.installed():
        source = _open(standin, machine(rtx4090(errors=errors)))
        record = source.devices()[0]
        source.close()
    assert getattr(record, field) is None
    assert record.unavailable[field] == reason
    whole = rtx4090()
    assert record.name == whole["name"]
    assert record.memory_total_bytes == whole["memory_total"]
    others = {"cuda_cores": 16384, "memory_bus_width_bits": 384, "brand": "GeForce",
              "compute_capability": (8, 9), "max_mem_clock_mhz": 10501, "power_limit_mw": 450000}
    for name, value in others.items():
        if name != field and not (field == "max_sm_clock_mhz" and name == "max_mem_clock_mhz"):
            assert getattr(record, name) == value, name


def test_fallbacks_keep_values_when_the_newer_call_is_missing(standin: Standin) -> None:
    old = {"nvmlDeviceGetTemperatureV": FUNCTION_NOT_FOUND,
           "nvmlDeviceGetEnforcedPowerLimit": FUNCTION_NOT_FOUND,
           "nvmlDeviceGetMemoryInfo_v2": FUNCTION_NOT_FOUND,
           "nvmlDeviceGetComputeRunningProcesses_v3": FUNCTION_NOT_FOUND}
    procs = [{"pid": 4242, "used": 2 * 1024**3, "kind": "compute"}]
    dev = rtx4090(errors=old, processes=procs)
    with standin.installed():
        source = _open(standin, machine(dev, process_names={4242: "llama-server"}))
        record = source.devices()[0]
        reading = source.session.read(0)
        source.close()
    assert reading.temperature_c == dev["temperature"]  # the deprecated call answered
    assert record.power_limit_mw == dev["power_limit_mw"]  # the management limit answered
    # v1 memory: "used" includes what the driver reserves (nvml.h, nvmlMemory_t)
    assert record.memory_used_bytes == dev["memory_used"] + dev["memory_reserved"]
    assert [(p.pid, p.used_memory_bytes, p.name) for p in reading.processes] == [
        (4242, 2 * 1024**3, "llama-server")]  # the _v2 process list answered


@pytest.mark.parametrize(("fn", "field"), [
    ("nvmlDeviceGetPowerUsage", "power_mw"), ("nvmlDeviceGetFanSpeed", "fan_percent"),
    ("nvmlDeviceGetUtilizationRates", "gpu_util_percent"),
    ("nvmlDeviceGetCurrPcieLinkWidth", "pcie_width"),
])
def test_a_refused_live_value_is_not_asked_again(standin: Standin, fn: str, field: str) -> None:
    with standin.installed():
        source = _open(standin, machine(rtx4090(errors={fn: NOT_SUPPORTED})))
        first = source.session.read(0)
        asked = standin.calls(fn)
        second = source.session.read(0)
        again = standin.calls(fn) - asked
        source.close()
    for reading in (first, second):
        value = getattr(reading, field)
        assert not is_available(value) and value.reason == "NotSupported"
        assert "not supported" in value.message().render()
        assert reading.temperature_c == 30 and reading.memory_used_bytes == 531628032
    assert asked == 1 and again == 0  # NotSupported does not change: the facade stops asking


def two_gpus(**first: object) -> dict:
    second = rtx4090(uuid="GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789ac",
                     pci_bus_id="00000000:02:00.0", power_mw=33000)
    return machine(rtx4090(**first), second)


def test_gpu_lost_mid_session_is_reported_then_recovered(standin: Standin) -> None:
    with standin.installed():
        source = _open(standin, two_gpus())
        sampler = source.telemetry(timeout_s=1.0, recover_every_s=0.0, clock=lambda: 500.0)
        assert [h.state for h in sampler.poll_once().health] == ["ok", "ok"]
        standin.update(two_gpus(state="lost"))  # the driver reports Xid 79: GPU fell off the bus
        frame = sampler.poll_once()
        assert (frame.health[0].state, frame.health[0].reason) == ("lost", "GpuIsLost")
        assert [s.device for s in frame.samples] == [1]
        assert "GPU lost" in frame.health[0].message(now=530.0).render()
        assert sampler.poll_once().health[0].state == "lost"  # re-enumerated: still gone
        standin.update(two_gpus(state="present"))  # reset done: new handles
        frame = sampler.poll_once()
        sampler.stop()
        source.close()
    assert [h.state for h in frame.health] == ["ok", "ok"]
    assert [s.power_mw for s in frame.samples] == [22000, 33000]


def test_gpu_lost_after_n_calls_comes_back_by_itself(standin: Standin) -> None:
    with standin.installed():
        source = _open(standin, two_gpus(lost_after_calls=40, back_after_calls=30))
        sampler = source.telemetry(timeout_s=1.0, recover_every_s=0.0)
        states = [sampler.poll_once().health[0].state for _ in range(12)]
        sampler.stop()
        source.close()
    assert states[0] == "ok" and "lost" in states and states[-1] == "ok"
    first_lost = states.index("lost")
    assert "ok" in states[first_lost:]  # recovered, matched by UUID


def test_hanging_call_makes_the_device_stale_without_blocking(standin: Standin) -> None:
    clock = [100.0]
    with standin.installed():
        source = _open(standin, two_gpus())
        sampler = source.telemetry(timeout_s=0.3, clock=lambda: clock[0])
        sampler.poll_once()  # fresh at t=100
        standin.update(two_gpus(hangs={"nvmlDeviceGetPowerUsage": 30.0}))
        clock[0] = 101.0
        start = time.monotonic()
        frame = sampler.poll_once()
        waited = time.monotonic() - start
        stale = frame.health[0]
        clock[0] = 102.0
        again = sampler.poll_once().health[0]  # still hung: stale since the same time
        standin.update(two_gpus())
        standin.release()  # the wedged call returns at last
        deadline = time.monotonic() + 3.0
        while sampler._workers[0].busy and time.monotonic() < deadline:
            time.sleep(0.01)
        clock[0] = 103.0
        back = sampler.poll_once()
        sampler.stop()
        source.close()
    assert waited < 1.0  # bounded by the 0.3 s timeout, not by the 30 s hang
    assert (stale.state, stale.reason, stale.since) == ("stale", "Timeout", 100.0)
    assert [s.device for s in frame.samples] == [1]  # the other GPU keeps updating
    assert (again.state, again.since) == ("stale", 100.0)
    said = stale.message(now=112.0).render()
    assert said == "No fresh data for 12.0 s (NVML did not answer in time)."
    assert [h.state for h in back.health] == ["ok", "ok"]


def test_hanging_init_times_out(standin: Standin) -> None:
    with standin.installed():
        standin.configure(machine(rtx4090(), hangs={"nvmlInitWithFlags": 30.0}))
        start = time.monotonic()
        status = LiveSource(timeout_s=0.4).status()
        waited = time.monotonic() - start
    assert status.code == st.TIMEOUT and not status.available
    assert waited < 2.0
    assert "did not answer within" in status.reason.render()


def test_gpu_that_vanishes_from_the_bus_and_returns_is_matched_by_uuid(standin: Standin) -> None:
    with standin.installed():
        source = _open(standin, two_gpus())
        session = source.session
        # a generous poll timeout: this test is about matching by UUID, not about time limits
        sampler = source.telemetry(timeout_s=5.0, recover_every_s=0.0)
        sampler.poll_once()
        standin.update(two_gpus(state="absent"))  # gone from nvmlDeviceGetCount too
        gone = sampler.poll_once()
        assert session.recover() == set()  # the other GPU is now enumeration index 0
        standin.update(two_gpus(state="present"))
        back = sampler.poll_once()
        uuid = session.read(0)
        sampler.stop()
        source.close()
    assert gone.health[0].state == "lost" and gone.health[1].state == "ok"
    assert [h.state for h in back.health] == ["ok", "ok"]
    assert uuid.power_mw == 22000  # index 0 is again the first GPU, not the second


def test_a_hung_field_costs_that_field_only(standin: Standin) -> None:
    dev = rtx4090(hangs={"nvmlDeviceGetName": 30.0})
    with standin.installed():
        standin.configure(machine(dev))
        start = time.monotonic()
        source = LiveSource(timeout_s=5.0)
        status, records = source.status(), source.devices()
        waited = time.monotonic() - start
        source.close()
    assert status.available and len(records) == 1
    rec = records[0]
    assert rec.unavailable == {"name": "Timeout", "mig_mode": "NotSupported"}
    assert rec.name == "NVIDIA GPU 0"  # the placeholder; everything else was read
    assert (rec.uuid, rec.memory_total_bytes, rec.cuda_cores) == (
        dev["uuid"], dev["memory_total"], dev["cores"])
    assert waited < 5.0  # one per-call limit (2 s), not the 30 s hang nor the whole timeout


def test_many_hung_fields_are_capped_by_the_overall_budget(standin: Standin) -> None:
    hung = ["nvmlDeviceGetName", "nvmlDeviceGetBrand", "nvmlDeviceGetNumGpuCores",
            "nvmlDeviceGetMaxClockInfo", "nvmlDeviceGetMemoryBusWidth",
            "nvmlDeviceGetCudaComputeCapability"]
    with standin.installed():
        standin.configure(machine(rtx4090(hangs=dict.fromkeys(hung, 30.0))))
        start = time.monotonic()
        source = LiveSource(timeout_s=3.0)
        status, records = source.status(), source.devices()
        waited = time.monotonic() - start
        source.close()
    assert status.available and len(records) == 1
    missing = records[0].unavailable
    assert {missing[k] for k in ("name", "brand", "cuda_cores", "max_sm_clock_mhz",
                                 "memory_bus_width_bits", "compute_capability")} == {"Timeout"}
    assert records[0].memory_total_bytes == rtx4090()["memory_total"]
    # six hung calls at 2 s each would be 12 s: the 3 s budget caps them (plus one call's slack)
    assert waited < 3.0 + 2.0 + 1.0
