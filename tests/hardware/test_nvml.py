"""The NVML facade against a fake pynvml: several GPUs, MIG, and every per-field failure."""

from __future__ import annotations

import logging
import sys

import pynvml
import pytest

from gpuscope.hardware.fields import NotAvailable, is_available
from gpuscope.hardware.nvml import NvmlSession
from tests.fakes.fake_pynvml import MIB, FakeGpu
from tests.fakes.presets import (
    FNF,
    GEFORCE_UNSUPPORTED,
    NS,
    OLD_DRIVER_MISSING,
    a100_mig,
    machine,
    rtx3090,
    rtx4090,
)

LOGGER = "gpuscope.hardware.nvml"


def open_session(*gpus: FakeGpu, **kw: object) -> tuple[NvmlSession, object]:
    fake = machine(*gpus, **kw)
    session = NvmlSession(fake)
    status = session.open()
    assert status.available, status
    return session, fake


def test_several_gpus_static_facts() -> None:
    session, _ = open_session(rtx4090(), rtx3090(0), rtx3090(1))
    assert session.status.device_count == 3
    assert session.status.driver_version == "550.54.15"
    assert session.status.cuda_driver_version == "12.4"  # NVML's 12040 -> "12.4"
    r = session.records()
    assert [x.name for x in r] == ["NVIDIA GeForce RTX 4090"] + ["NVIDIA GeForce RTX 3090"] * 2
    assert r[0].pci_device_id == 0x2684  # from NVML's combined 0x268410DE
    assert r[1].pci_device_id == 0x2204
    assert r[0].brand == "GeForce" and r[0].compute_capability == (8, 9)
    assert r[0].cuda_cores == 16384 and r[0].memory_bus_width_bits == 384
    assert (r[0].max_sm_clock_mhz, r[0].max_mem_clock_mhz) == (3105, 10501)
    assert r[0].memory_total_bytes == 24564 * MIB
    assert r[0].memory_reserved_bytes == 330 * MIB  # v2 memory info keeps reserved apart
    assert r[0].memory_free_bytes == (24564 - 1200 - 330) * MIB
    assert r[0].power_limit_mw == 450_000
    assert r[0].mig_mode is None and r[0].unavailable == {"mig_mode": "NotSupported"}
    assert r[1].uuid != r[2].uuid


def test_live_reading_values() -> None:
    session, _ = open_session(rtx4090())
    reading = session.read(0, now=123.0)
    assert reading.t == 123.0 and reading.index == 0 and not reading.lost
    assert reading.memory_used_bytes == 1200 * MIB
    assert reading.memory_free_bytes == (24564 - 1200 - 330) * MIB
    assert (reading.power_mw, reading.power_limit_mw) == (31_000, 450_000)
    assert (reading.temperature_c, reading.fan_percent) == (41, 30)
    assert (reading.gpu_util_percent, reading.mem_util_percent) == (3, 1)
    assert (reading.sm_clock_mhz, reading.mem_clock_mhz) == (210, 405)
    assert (reading.pcie_gen, reading.pcie_width, reading.pcie_gen_max) == (1, 16, 4)
    assert reading.processes == ()
    assert set(reading.unavailable()) == {"mig_mode", "mig_instances"}


def test_mig_instances_and_processes() -> None:
    session, _ = open_session(a100_mig(), process_names={34965: "python"})
    record = session.record(0)
    assert record.mig_mode is True
    assert record.cuda_cores is None and record.unavailable["cuda_cores"] == "NotSupported"
    reading = session.read(0)
    assert [m.gpu_instance_id for m in reading.mig_instances] == [3, 5, 6]
    assert all(m.memory_total_bytes == 19968 * MIB for m in reading.mig_instances)
    assert reading.mig_instances[0].name == "NVIDIA A100-SXM4-80GB MIG 2g.20gb"
    assert reading.gpu_util_percent == NotAvailable("NotSupported", reading.gpu_util_percent.detail)
    procs = {p.pid: p for p in reading.processes}
    assert procs[34965].name == "python" and procs[34965].gpu_instance_id == 3
    assert procs[46505].name is None  # another user's process: name unreadable, not an error
    assert procs[34965].used_memory_bytes == 14195 * MIB


def test_process_in_both_lists_is_merged() -> None:
    from tests.fakes.fake_pynvml import FakeProcess

    gpu = rtx4090(processes=[FakeProcess(10, 100 * MIB, "compute graphics"),
                             FakeProcess(11, None, "graphics")])
    session, _ = open_session(gpu)
    procs = session.read(0).processes
    assert [(p.pid, p.kind, p.used_memory_bytes) for p in procs] == [
        (10, "compute+graphics", 100 * MIB), (11, "graphics", None)]


def test_old_bindings_return_bytes() -> None:
    session, _ = open_session(rtx4090(), bytes_strings=True)
    assert session.record(0).name == "NVIDIA GeForce RTX 4090"
    assert session.status.driver_version == "550.54.15"


def test_geforce_limited_support() -> None:
    session, _ = open_session(rtx4090(errors=dict(GEFORCE_UNSUPPORTED)))
    reading = session.read(0)
    for name in ("power_mw", "power_limit_mw", "fan_percent"):
        assert getattr(reading, name).reason == "NotSupported"
    assert reading.temperature_c == 41 and reading.memory_used_bytes == 1200 * MIB


def test_old_driver_falls_back() -> None:
    """FunctionNotFound on an old driver: deprecated temperature call, v1 memory info."""
    session, fake = open_session(rtx4090(), missing_in_library=OLD_DRIVER_MISSING)
    record = session.record(0)
    assert record.unavailable["cuda_cores"] == "FunctionNotFound"
    assert record.unavailable["memory_bus_width_bits"] == "FunctionNotFound"
    assert record.memory_reserved_bytes is None
    assert record.memory_used_bytes == (1200 + 330) * MIB  # v1 "used" includes reserved
    reading = session.read(0)
    assert reading.temperature_c == 41
    assert fake.calls["nvmlDeviceGetTemperature"] >= 1
    assert reading.processes == ()  # via the _v2 process calls


def test_functions_absent_from_the_binding() -> None:
    session, _ = open_session(rtx4090(), missing_in_binding={"nvmlDeviceGetNumGpuCores",
                                                             "nvmlDeviceGetTemperatureV"})
    assert session.record(0).unavailable["cuda_cores"] == "FunctionNotFound"
    assert session.read(0).temperature_c == 41


def test_binding_without_memory_v2_argument() -> None:
    """nvidia-ml-py before the v2 memory call: ``nvmlDeviceGetMemoryInfo(handle)`` only."""
    fake = machine(rtx4090())
    v1 = fake.nvmlDeviceGetMemoryInfo
    object.__setattr__(fake, "nvmlDeviceGetMemoryInfo", lambda handle: v1(handle))
    session = NvmlSession(fake)
    session.open()
    record = session.record(0)
    assert record.memory_total_bytes == 24564 * MIB
    assert record.unavailable["memory_reserved_bytes"] == "FunctionNotFound"


def test_permanent_refusals_are_not_asked_again() -> None:
    session, fake = open_session(rtx4090(errors={"nvmlDeviceGetFanSpeed": NS}))
    for _ in range(5):
        session.read(0)
    assert fake.calls["nvmlDeviceGetFanSpeed"] == 1
    assert fake.calls["nvmlDeviceGetPowerUsage"] == 5


# -- every per-field failure ---------------------------------------------------------------
#: NVML function -> fields that must become not available (others stay available).
RECORD_FIELDS = {
    "nvmlDeviceGetUUID": {"uuid"},
    "nvmlDeviceGetPciInfo": {"pci_bus_id", "pci_device_id"},
    "nvmlDeviceGetBrand": {"brand"},
    "nvmlDeviceGetCudaComputeCapability": {"compute_capability"},
    "nvmlDeviceGetNumGpuCores": {"cuda_cores"},
    "nvmlDeviceGetMaxClockInfo": {"max_sm_clock_mhz", "max_mem_clock_mhz"},
    "nvmlDeviceGetMemoryBusWidth": {"memory_bus_width_bits"},
    "nvmlDeviceGetMemoryInfo_v2": {"memory_reserved_bytes"},
    "nvmlDeviceGetName": {"name"},
}
READING_FIELDS = {
    "nvmlDeviceGetPowerUsage": {"power_mw"},
    "nvmlDeviceGetFanSpeed": {"fan_percent"},
    "nvmlDeviceGetUtilizationRates": {"gpu_util_percent", "mem_util_percent"},
    "nvmlDeviceGetClockInfo": {"sm_clock_mhz", "mem_clock_mhz"},
    "nvmlDeviceGetCurrPcieLinkGeneration": {"pcie_gen"},
    "nvmlDeviceGetCurrPcieLinkWidth": {"pcie_width"},
    "nvmlDeviceGetMaxPcieLinkGeneration": {"pcie_gen_max"},
    "nvmlDeviceGetMaxPcieLinkWidth": {"pcie_width_max"},
    "nvmlDeviceGetMemoryInfo_v2": {"memory_reserved_bytes"},
}
#: Failures that need every fallback to fail too.
PAIRS = {
    ("nvmlDeviceGetEnforcedPowerLimit", "nvmlDeviceGetPowerManagementLimit"): {"power_limit_mw"},
    ("nvmlDeviceGetTemperatureV", "nvmlDeviceGetTemperature"): {"temperature_c"},
    ("nvmlDeviceGetMemoryInfo_v2", "nvmlDeviceGetMemoryInfo"): {
        "memory_total_bytes", "memory_used_bytes", "memory_free_bytes", "memory_reserved_bytes"},
    ("nvmlDeviceGetComputeRunningProcesses", "nvmlDeviceGetComputeRunningProcesses_v2",
     "nvmlDeviceGetGraphicsRunningProcesses", "nvmlDeviceGetGraphicsRunningProcesses_v2"): {
        "processes"},
}
CODES = {
    "NotSupported": pynvml.NVML_ERROR_NOT_SUPPORTED,
    "FunctionNotFound": pynvml.NVML_ERROR_FUNCTION_NOT_FOUND,
    "NoPermission": pynvml.NVML_ERROR_NO_PERMISSION,
    "Unknown": pynvml.NVML_ERROR_UNKNOWN,
    "Timeout": pynvml.NVML_ERROR_TIMEOUT,
}


def _na_fields(obj: object) -> dict[str, str]:
    if hasattr(obj, "unavailable") and isinstance(obj.unavailable, dict):  # a DeviceRecord
        return dict(obj.unavailable)
    return {k: v.reason for k, v in obj.unavailable().items()}


def _baseline(kind: str) -> set[str]:
    session, _ = open_session(rtx4090())
    return set(_na_fields(session.record(0) if kind == "record" else session.read(0)))


CASES = ([("record", (fn,), f) for fn, f in RECORD_FIELDS.items()]
         + [("reading", (fn,), f) for fn, f in READING_FIELDS.items()]
         + [("reading", fns, f) for fns, f in PAIRS.items()]
         + [("record", ("nvmlDeviceGetMigMode",), {"mig_mode"})])
CASE_IDS = [f"{k}-{fns[0]}" + ("+" if len(fns) > 1 else "") for k, fns, _ in CASES]


@pytest.mark.parametrize("reason", sorted(CODES))
@pytest.mark.parametrize(("kind", "functions", "expected"), CASES, ids=CASE_IDS)
def test_each_failure_becomes_not_available(kind: str, functions: tuple[str, ...],
                                            expected: set[str], reason: str,
                                            caplog: pytest.LogCaptureFixture) -> None:
    base = _baseline(kind) - {"mig_mode", "mig_instances"}
    gpu = rtx4090(mig_mode=0)  # MIG query answers (disabled) unless this case breaks it
    gpu.errors = {fn: CODES[reason] for fn in functions}
    caplog.set_level(logging.INFO, logger=LOGGER)
    caplog.clear()
    session, _ = open_session(gpu)
    for _ in range(3):
        obj = session.record(0) if kind == "record" else session.read(0)
    missing = _na_fields(obj)
    assert set(missing) - base == expected
    assert all(missing[f] == reason for f in expected)
    if "name" in expected:
        assert obj.name == "NVIDIA GPU 0"  # a record always has a name to show
    # logged once per device + field + reason, however many polls
    lines = [r.getMessage() for r in caplog.records if f"({reason})" in r.getMessage()]
    assert lines and len(lines) == len(set(lines))


# -- init failures: never an exception, an actionable reason -------------------------------
@pytest.mark.parametrize(("error", "code", "hint"), [
    (pynvml.NVML_ERROR_LIBRARY_NOT_FOUND, "library_not_found", "No NVIDIA driver"),
    (pynvml.NVML_ERROR_DRIVER_NOT_LOADED, "driver_not_loaded", "nvidia-smi"),
    (pynvml.NVML_ERROR_LIB_RM_VERSION_MISMATCH, "driver_mismatch", "restart the computer"),
    (pynvml.NVML_ERROR_NO_PERMISSION, "no_permission", "permission"),
    (pynvml.NVML_ERROR_UNKNOWN, "unknown", "NVML could not start"),
])
def test_init_failure_reasons(error: int, code: str, hint: str) -> None:
    session = NvmlSession(machine(rtx4090(), init_error=error))
    status = session.open()
    assert not status.available and status.code == code
    assert hint in status.reason.render()
    assert session.records() == [] and session.device_count == 0


def test_binding_not_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pynvml", None)
    status = NvmlSession().open()
    assert status.code == "binding_missing" and "nvidia-ml-py" in status.reason.render()


def test_count_refused_after_init() -> None:
    fake = machine(rtx4090())
    fake.missing_in_library.add("nvmlDeviceGetCount")
    status = NvmlSession(fake).open()
    assert not status.available and status.code == "driver_too_old"
    assert fake.initialized == 0  # shut down again


# -- GPU lost, device gone and back ---------------------------------------------------------
def test_gpu_lost_mid_session_and_recovered() -> None:
    session, fake = open_session(rtx4090(), rtx3090(0))
    fake.lose(1)
    lost = session.read(1)
    assert lost.lost and all(v.reason == "GpuIsLost" for v in lost.unavailable().values()
                             if v.reason != "NotSupported")
    assert is_available(session.read(0).power_mw)  # the other GPU is unaffected
    assert session.recover() == set()  # still gone
    fake.restore(1)  # back after a reset, with new handles
    assert session.recover() == {1}
    back = session.read(1)
    assert not back.lost and back.power_mw == 31_000


def test_device_unplugged_and_replugged() -> None:
    session, fake = open_session(rtx4090(), rtx3090(0), rtx3090(1))
    fake.unplug(0)
    assert session.read(0).lost
    assert session.recover() == set()
    assert session.read(2).memory_total_bytes == 24576 * MIB  # indices kept, matched by UUID
    fake.replug(0)  # comes back at the end of NVML's enumeration
    assert session.recover() == {0}
    assert session.read(0).memory_total_bytes == 24564 * MIB
    assert session.record(0).name == "NVIDIA GeForce RTX 4090"


def test_nvml_shut_down_underneath_is_reinitialised() -> None:
    session, fake = open_session(rtx4090())
    fake.initialized = 0  # someone called nvmlShutdown
    assert session.read(0).lost
    assert session.recover() == {0}
    assert session.read(0).temperature_c == 41


def test_close_is_idempotent() -> None:
    session, fake = open_session(rtx4090())
    session.close()
    session.close()
    assert fake.initialized == 0 and session.status.code == "closed"


def test_fake_raises_pynvml_classes() -> None:
    """The fake's errors are pynvml's own classes, so the facade's except path is the real one."""
    fake = machine(rtx4090(errors={"nvmlDeviceGetFanSpeed": FNF}))
    fake.nvmlInit()
    handle = fake.nvmlDeviceGetHandleByIndex(0)
    with pytest.raises(pynvml.NVMLError_FunctionNotFound):
        fake.nvmlDeviceGetFanSpeed(handle)
