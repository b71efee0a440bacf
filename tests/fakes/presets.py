"""Ready-made fake machines: the GPUs and driver quirks the facade must cope with."""

from __future__ import annotations

import pynvml

from tests.fakes.fake_pynvml import FNF, MIB, NS, FakeGpu, FakeMig, FakeNvml, FakeProcess

GEFORCE_UNSUPPORTED = {  # GeForce "limited support" (DESIGN.md pitfall 2)
    "nvmlDeviceGetPowerUsage": NS,
    "nvmlDeviceGetEnforcedPowerLimit": NS,
    "nvmlDeviceGetPowerManagementLimit": NS,
    "nvmlDeviceGetFanSpeed": NS,
}
#: An old driver whose NVML predates these functions.
OLD_DRIVER_MISSING = {
    "nvmlDeviceGetNumGpuCores", "nvmlDeviceGetMemoryBusWidth", "nvmlDeviceGetTemperatureV",
    "nvmlDeviceGetMemoryInfo_v2", "nvmlDeviceGetComputeRunningProcesses",
    "nvmlDeviceGetGraphicsRunningProcesses",
}


def rtx4090(**kw: object) -> FakeGpu:
    return FakeGpu(**kw)  # type: ignore[arg-type]


def rtx3090(n: int) -> FakeGpu:
    return FakeGpu(
        name="NVIDIA GeForce RTX 3090", uuid=f"GPU-00000000-0000-4000-8000-00000000309{n}",
        pci_bus_id=f"00000000:0{n + 2}:00.0", pci_device_id=0x2204, cc=(8, 6), cores=10496,
        max_sm_clock=2100, max_mem_clock=9751, memory_total=24576 * MIB,
        memory_reserved=323 * MIB, power_limit_mw=350_000,
    )


def a100_mig() -> FakeGpu:
    """An A100 80 GB with MIG on: 3 x 2g.20gb; cores and utilization refused on MIG."""
    mig = [FakeMig(gi, 0, "NVIDIA A100-SXM4-80GB MIG 2g.20gb",
                   f"MIG-00000000-0000-4000-8000-00000000000{gi}", 19968 * MIB, used * MIB)
           for gi, used in ((3, 14366), (5, 9826), (6, 13))]
    return FakeGpu(
        name="NVIDIA A100-SXM4-80GB", uuid="GPU-00000000-0000-4000-8000-0000000a1000",
        pci_bus_id="00000000:41:00.0",
        pci_device_id=0x20B2, brand=pynvml.NVML_BRAND_NVIDIA, cc=(8, 0), cores=6912,
        max_sm_clock=1410, max_mem_clock=1593, bus_width=5120, memory_total=81920 * MIB,
        memory_used=24205 * MIB, power_limit_mw=400_000, mig_mode=1, mig=mig, fan=0,
        errors={"nvmlDeviceGetNumGpuCores": NS, "nvmlDeviceGetUtilizationRates": NS,
                "nvmlDeviceGetFanSpeed": NS},
        processes=[FakeProcess(34965, 14195 * MIB, gpu_instance_id=3, compute_instance_id=0),
                   FakeProcess(46505, 9807 * MIB, gpu_instance_id=5, compute_instance_id=0)],
    )


def machine(*gpus: FakeGpu, **kw: object) -> FakeNvml:
    return FakeNvml(list(gpus), **kw)  # type: ignore[arg-type]


__all__ = ["FNF", "GEFORCE_UNSUPPORTED", "NS", "OLD_DRIVER_MISSING", "a100_mig", "machine",
           "rtx3090", "rtx4090"]
