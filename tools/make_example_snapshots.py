"""Write the example snapshots in resources/snapshots/ (run from the repository root).

The static facts of each GPU are raw NVML values as public nvidia-smi / NVML dumps show them
(sources in docs/snapshot-format.md). The two-minute telemetry traces are synthetic but shaped
after public observations of each card (idle and loaded power, clocks, temperatures): idle, a
model loads, inference runs, idle again with the model resident. UUIDs and host names are made up.
Deterministic: the same script writes the same files.

    PYTHONPATH=src python tools/make_example_snapshots.py
"""

from __future__ import annotations

import random
import uuid
from dataclasses import dataclass
from pathlib import Path

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.nvml_status import NvmlStatus
from gpuscope.hardware.readings import MigInstance
from gpuscope.hardware.snapshot import save_snapshot
from gpuscope.hardware.telemetry import TelemetrySample

MIB = 1024**2
OUT = Path("resources/snapshots")


@dataclass
class Load:
    """How one GPU behaves in the trace (idle -> loaded)."""

    idle_w: float
    load_w: float
    idle_c: float
    load_c: float
    idle_mhz: int
    load_mhz: int
    model_mib: int  # memory the workload adds
    util: bool = True  # False on MIG: NVML has no utilization for the parent GPU


def _uuid(tag: str, prefix: str = "GPU") -> str:
    return f"{prefix}-{uuid.uuid5(uuid.NAMESPACE_URL, 'gpuscope-example/' + tag)}"


def trace(index: int, rec: DeviceRecord, load: Load, seed: int) -> list[TelemetrySample]:
    rng = random.Random(seed)
    out = []
    base = rec.memory_used_bytes or 0
    temp = load.idle_c
    for t in range(120):
        loading = min(1.0, max(0.0, (t - 20) / 10))  # model loads between 20 s and 30 s
        busy = 30 <= t < 100
        util = rng.uniform(88, 100) if busy else rng.uniform(0, 3)
        power = (load.load_w * rng.uniform(0.9, 1.0) if busy
                 else load.idle_w * rng.uniform(0.95, 1.1) * (1.3 if 0 < loading < 1 else 1.0))
        target = load.load_c if busy else load.idle_c + (4 if t >= 30 else 0)
        temp += (target - temp) * 0.08
        clock = load.load_mhz - rng.choice((0, 15, 30, 45)) if busy else load.idle_mhz
        used = base + int(loading * load.model_mib * MIB) + (int(300 * MIB) if busy else 0)
        out.append(TelemetrySample(
            t=float(t), device=index, memory_used_bytes=used,
            gpu_util_percent=round(util) if load.util else None, power_mw=round(power * 1000),
            temperature_c=round(temp), sm_clock_mhz=clock,
        ))
    return out


def gpu(file: str, index: int, name: str, pci: int, brand: str, cc: tuple[int, int],
        cores: int | None, sm: int | None, mem: int, bus: int, total_mib: int, used_mib: int,
        power_w: float | None, mig: bool | None, reserved_mib: int | None = None,
        unavailable: dict[str, str] | None = None) -> DeviceRecord:
    return DeviceRecord(
        index=index, name=name, uuid=_uuid(f"{file}/{index}"),
        pci_bus_id=f"00000000:{index + 1:02X}:00.0", pci_device_id=pci, brand=brand,
        compute_capability=cc, cuda_cores=cores, max_sm_clock_mhz=sm, max_mem_clock_mhz=mem,
        memory_bus_width_bits=bus, memory_total_bytes=total_mib * MIB,
        memory_used_bytes=used_mib * MIB,
        memory_reserved_bytes=None if reserved_mib is None else reserved_mib * MIB,
        power_limit_mw=None if power_w is None else int(power_w * 1000), mig_mode=mig,
        unavailable=unavailable or {},
    )


def write(file: str, host: str, when: str, driver: str, cuda: str,
          gpus: list[tuple[DeviceRecord, Load]],
          mig: dict[int, tuple[MigInstance, ...]] | None = None) -> None:
    samples = []
    for k, (rec, load) in enumerate(gpus):
        samples += trace(rec.index, rec, load, seed=sum(file.encode()) * 10 + k)
    status = NvmlStatus(True, "ok", driver_version=driver, cuda_driver_version=cuda)
    save_snapshot(OUT / file, status, [r for r, _ in gpus], samples, host=host,
                  captured_at=when, mig_instances=mig)
    print("wrote", OUT / file)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    ns = {"mig_mode": "NotSupported"}
    write("rtx4090.json", "example-rtx4090", "2024-11-12T03:22:39Z", "550.163.01", "12.4", [(
        gpu("rtx4090.json", 0, "NVIDIA GeForce RTX 4090", 0x2684, "GeForce", (8, 9), 16384,
            3105, 10501, 384, 24564, 507, 450, None, unavailable=ns),
        Load(22, 420, 30, 68, 210, 2820, 14500))])
    write("rtx3090-dual.json", "example-dual-3090", "2024-06-02T01:20:18Z", "550.54.15",
          "12.4", [(
              gpu("rtx3090-dual.json", i, "NVIDIA GeForce RTX 3090", 0x2204, "GeForce", (8, 6),
                  10496, 2100, 9751, 384, 24576, 1, 350, None, reserved_mib=323,
                  unavailable=ns),
              Load(16 + 15 * i, 330, 45 + 7 * i, 74 + 3 * i, 210, 1890, 20500))
              for i in (0, 1)])
    write("rtx4090-laptop.json", "example-laptop", "2025-03-05T10:49:11Z", "572.16", "12.8", [(
        gpu("rtx4090-laptop.json", 0, "NVIDIA GeForce RTX 4090 Laptop GPU", 0x2717, "GeForce",
            (8, 9), 9728, None, 9001, 256, 16376, 410, 150, None,
            unavailable={"mig_mode": "NotSupported", "max_sm_clock_mhz": "NotRecorded"}),
        Load(8, 72, 45, 66, 210, 2325, 9800))])
    write("t4.json", "example-t4", "2023-03-16T15:21:23Z", "525.89.02", "12.0", [(
        gpu("t4.json", 0, "Tesla T4", 0x1EB8, "NVIDIA", (7, 5), 2560, 1590, 5001, 256, 15360, 3,
            70, None, unavailable=ns),
        Load(9, 70, 34, 71, 300, 1590, 7200))])
    write("a100-sxm4-80gb.json", "example-a100", "2025-01-20T01:36:56Z", "535.216.01", "12.2",
          [(gpu("a100-sxm4-80gb.json", 0, "NVIDIA A100-SXM4-80GB", 0x20B2, "NVIDIA", (8, 0),
                6912, 1410, 1593, 5120, 81920, 4, 400, False),
            Load(60, 330, 30, 58, 210, 1410, 40000))])
    write("h100-sxm-80gb.json", "example-h100", "2024-10-25T11:21:22Z", "550.90.07", "12.4",
          [(gpu("h100-sxm-80gb.json", 0, "NVIDIA H100 80GB HBM3", 0x2330, "NVIDIA", (9, 0),
                16896, 1980, 2619, 5120, 81559, 0, 700, False),
            Load(88, 640, 31, 62, 345, 1980, 70000))])
    parent = "NVIDIA A100-SXM4-80GB"
    instances = tuple(
        MigInstance(gi, 0, f"{parent} MIG 2g.20gb", _uuid(f"a100-mig/{gi}", "MIG"),
                    19968 * MIB, used * MIB)
        for gi, used in ((3, 14366), (5, 9826), (6, 13)))
    write("a100-sxm4-80gb-mig.json", "example-a100-mig", "2023-12-13T00:29:41Z", "545.23.08",
          "12.3", [(gpu("a100-sxm4-80gb-mig.json", 0, parent, 0x20B2, "NVIDIA", (8, 0), None,
                        1410, 1593, 5120, 81920, 24292, 500, True,
                        unavailable={"cuda_cores": "NotSupported"}),
                    Load(51, 280, 26, 49, 1410, 1410, 0, util=False))],
          mig={0: instances})


if __name__ == "__main__":
    main()
