"""Device resolution: datasheet peaks for known GPUs, NVML readings where they describe the board,
derived (upper-bound) peaks for unknown ones, graceful gaps, user overrides."""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.gpu import PEAK_KEYS, Provenance
from gpuscope.hardware.resolve import (
    BANDWIDTH_TOLERANCE,
    apply_overrides,
    architecture_for,
    resolve_device,
    with_overrides,
)

MIB = 1024**2
T = 1e12


def record(name: str, **kw: object) -> DeviceRecord:
    return DeviceRecord(index=0, name=name, **kw)  # type: ignore[arg-type]


# What NVML reports on real boards (names, clocks and totals from nvidia-smi / deviceQuery dumps
# quoted in shared/reference/per_sm_throughput.md).
RTX_4090 = record("NVIDIA GeForce RTX 4090", pci_device_id=0x2684, brand="GeForce",
                  compute_capability=(8, 9), cuda_cores=16384, max_sm_clock_mhz=3105,
                  max_mem_clock_mhz=10501, memory_bus_width_bits=384,
                  memory_total_bytes=24564 * MIB)
A100_80 = record("NVIDIA A100-SXM4-80GB", pci_device_id=0x20B2, brand="Tesla",
                 compute_capability=(8, 0), cuda_cores=6912, max_sm_clock_mhz=1410,
                 max_mem_clock_mhz=1593, memory_bus_width_bits=5120, memory_total_bytes=81920 * MIB)
H100 = record("NVIDIA H100 80GB HBM3", pci_device_id=0x2330, brand="NVIDIA",
              compute_capability=(9, 0), cuda_cores=16896, max_sm_clock_mhz=1980,
              max_mem_clock_mhz=2619, memory_bus_width_bits=5120, memory_total_bytes=81559 * MIB)
H200 = record("NVIDIA H200", brand="NVIDIA", compute_capability=(9, 0), cuda_cores=16896,
              max_sm_clock_mhz=1980, max_mem_clock_mhz=3201, memory_bus_width_bits=6144,
              memory_total_bytes=143771 * MIB)
T4 = record("Tesla T4", brand="Tesla", compute_capability=(7, 5), cuda_cores=2560,
            max_sm_clock_mhz=1590, max_mem_clock_mhz=5001, memory_bus_width_bits=256,
            memory_total_bytes=15360 * MIB)


@pytest.mark.parametrize(("rec", "gpu_id", "key", "published"), [
    (RTX_4090, "rtx-4090", "fp16", 165.2),  # not 3105 MHz x 128 SMs x 512 = 203.5
    (RTX_4090, "rtx-4090", "int8", 660.6),
    (A100_80, "a100-sxm4-80gb", "bf16", 312),
    (H100, "h100-sxm", "bf16", 989.4),  # not 1070 at NVML's 1980 MHz
    (H200, "h200-sxm", "fp8", 1978.9),
    (T4, "t4", "fp16", 65),
])
def test_known_gpus_report_datasheet_peaks(rec: DeviceRecord, gpu_id: str, key: str,
                                           published: float) -> None:
    resolved = resolve_device(rec)
    assert resolved.entry is not None and resolved.entry.id == gpu_id
    assert resolved.peaks_source == "catalogue"
    fig = resolved.spec.peaks[key]
    assert fig is not None and fig.value / T == pytest.approx(published, rel=1e-3)
    assert fig.provenance is Provenance.PUBLISHED
    assert resolved.spec.name == rec.name
    assert resolved.record is rec


def test_known_gpu_memory_is_nvml_total() -> None:
    spec = resolve_device(RTX_4090).spec
    assert spec.memory == 24564 * MIB
    assert spec.memory_bytes.provenance is Provenance.MEASURED
    assert spec.catalogue_id == "rtx-4090"


def test_datasheet_bandwidth_kept_when_nvml_agrees() -> None:
    # 4090: NVML 1008.1 vs 1008 GB/s; H200: 4917 vs 4800 (2.4 %, HBM marketing rounding)
    for rec, gbs in ((RTX_4090, 1008), (H200, 4800), (A100_80, 2039)):
        bw = resolve_device(rec).spec.bandwidth
        assert bw.value == pytest.approx(gbs * 1e9)
        assert bw.provenance is Provenance.PUBLISHED


def test_laptop_bandwidth_from_nvml_wins() -> None:
    # An RTX 4090 Laptop whose maker fitted 16 Gbps memory: 2 x 8001 MHz x 256 / 8 = 512.0 GB/s
    rec = record("NVIDIA GeForce RTX 4090 Laptop GPU", brand="GeForce", compute_capability=(8, 9),
                 cuda_cores=9728, max_sm_clock_mhz=2235, max_mem_clock_mhz=8001,
                 memory_bus_width_bits=256, memory_total_bytes=16376 * MIB)
    resolved = resolve_device(rec)
    assert resolved.entry is not None and resolved.entry.id == "rtx-4090-laptop"
    bw = resolved.spec.bandwidth
    assert abs(512.064e9 / 576e9 - 1) > BANDWIDTH_TOLERANCE
    assert bw.value == pytest.approx(2 * 8001e6 * 256 / 8)
    assert bw.provenance is Provenance.DERIVED and "NVML" in bw.source
    assert "576 GB/s" in bw.note
    assert resolved.peaks_source == "catalogue"  # peaks stay the catalogue's


def test_turing_laptop_with_desktop_name_is_told_apart_by_pci_id() -> None:
    # jeffhammond/HPCInfo#8: a laptop 'NVIDIA GeForce RTX 2060' with 5501 MHz memory (264 GB/s)
    rec = record("NVIDIA GeForce RTX 2060", pci_device_id=0x1F12, brand="GeForce",
                 compute_capability=(7, 5), cuda_cores=1920, max_sm_clock_mhz=1785,
                 max_mem_clock_mhz=5501, memory_bus_width_bits=192, memory_total_bytes=5926 * MIB)
    resolved = resolve_device(rec)
    assert resolved.entry is not None and resolved.entry.id == "rtx-2060-laptop"
    assert resolved.spec.bandwidth.value == pytest.approx(264.048e9)
    assert resolved.spec.segment == "laptop"


def test_unknown_geforce_gets_derived_upper_bound_peaks() -> None:
    rec = record("NVIDIA GeForce RTX 6090", brand="GeForce", compute_capability=(12, 0),
                 cuda_cores=24576, max_sm_clock_mhz=3000, max_mem_clock_mhz=16001,
                 memory_bus_width_bits=512, memory_total_bytes=48 * 1024 * MIB)
    resolved = resolve_device(rec)
    assert resolved.entry is None and resolved.peaks_source == "derived"
    spec = resolved.spec
    fp16, fp4, fp32 = spec.peaks["fp16"], spec.peaks["fp4"], spec.peaks["fp32"]
    assert fp32 is not None and fp32.value == pytest.approx(256 * 192 * 3000e6)
    assert fp16 is not None and fp16.value == pytest.approx(512 * 192 * 3000e6)  # GeForce half rate
    assert fp4 is not None and fp4.value == pytest.approx(4096 * 192 * 3000e6)  # FP4 not halved
    for fig in (fp16, fp4, fp32):
        assert fig.provenance is Provenance.DERIVED
        assert "NVML max clock" in fig.note and "upper bound" in fig.note
        assert "3,000 MHz" in fig.note
    assert spec.bandwidth.value == pytest.approx(2 * 16001e6 * 512 / 8)
    assert spec.architecture == "Blackwell" and spec.sm_count == 192
    assert spec.memory_bytes.provenance is Provenance.MEASURED
    assert not resolved.missing


def test_unknown_professional_card_runs_full_rate() -> None:
    rec = record("NVIDIA RTX 7000 Future", brand="NVIDIA RTX", compute_capability=(8, 9),
                 cuda_cores=12800, max_sm_clock_mhz=2500)
    spec = resolve_device(rec).spec
    assert spec.peaks["fp16"].value == pytest.approx(1024 * 100 * 2500e6)
    assert spec.segment == "workstation"


def test_unknown_gtx_16_has_no_tensor_peaks() -> None:
    rec = record("NVIDIA GeForce GTX 1650 SUPER", brand="GeForce", compute_capability=(7, 5),
                 cuda_cores=1280, max_sm_clock_mhz=1800)
    spec = resolve_device(rec).spec
    assert spec.peaks["fp32"].value == pytest.approx(1280 * 2 * 1800e6)
    assert all(spec.peaks[k] is None for k in PEAK_KEYS if k != "fp32")


def test_gtx_1650_ti_laptop_is_known_and_has_no_tensor_peaks() -> None:
    rec = record("NVIDIA GeForce GTX 1650 Ti", brand="GeForce", compute_capability=(7, 5),
                 cuda_cores=1024, max_sm_clock_mhz=1800)
    resolved = resolve_device(rec)
    assert resolved.spec.catalogue_id == "gtx-1650-ti-laptop"
    assert all(resolved.spec.peaks[k] is None for k in PEAK_KEYS if k != "fp32")


def test_same_name_different_silicon_scales_at_rated_clock() -> None:
    # An 'RTX 3050' with 16 SMs (2048 cores): catalogue clock, NVML's SM count
    rec = record("NVIDIA GeForce RTX 3050", brand="GeForce", compute_capability=(8, 6),
                 cuda_cores=2048, max_sm_clock_mhz=2100, memory_total_bytes=8 * 1024 * MIB)
    resolved = resolve_device(rec)
    assert resolved.peaks_source == "mixed"
    fp32 = resolved.spec.peaks["fp32"]
    assert fp32 is not None and fp32.value == pytest.approx(256 * 16 * 1777e6)
    assert "16 SMs" in fp32.note and "20" in fp32.note


@pytest.mark.parametrize(("missing_field", "words"), [
    ({"compute_capability": None}, "compute capability"),
    ({"cuda_cores": None}, "core count"),
    ({"max_sm_clock_mhz": None}, "SM clock"),
    ({"compute_capability": (42, 0)}, "42.0"),
])
def test_missing_fields_degrade_with_a_reason(missing_field: dict, words: str) -> None:
    fields = dict(brand="GeForce", compute_capability=(8, 9), cuda_cores=1024,
                  max_sm_clock_mhz=2000)
    fields.update(missing_field)
    resolved = resolve_device(record("Mystery GPU", **fields))
    assert all(resolved.spec.peaks[k] is None for k in PEAK_KEYS)
    assert words in resolved.missing["fp16"].render()
    assert "bandwidth" in resolved.missing and "memory" in resolved.missing


def test_bare_record_never_raises() -> None:
    resolved = resolve_device(record("NVIDIA GeForce RTX 4090"))
    assert resolved.entry is not None and resolved.peaks_source == "catalogue"
    assert resolved.spec.memory_bytes.provenance is Provenance.PUBLISHED  # nominal, no NVML total
    nothing = resolve_device(record(""))
    assert nothing.entry is None and nothing.spec.peak("fp32") is None


def test_overrides() -> None:
    spec = resolve_device(RTX_4090).spec
    changed = apply_overrides(spec, {"fp16": 120e12, "bandwidth": 900e9, "memory": 20e9})
    assert changed.peak("fp16") == 120e12
    assert changed.peaks["fp16"].provenance is Provenance.OVERRIDE
    assert changed.bandwidth.provenance is Provenance.OVERRIDE
    assert changed.memory == 20e9
    assert changed.peak("int8") == spec.peak("int8")  # the rest untouched
    resolved = with_overrides(resolve_device(RTX_4090), {"fp32": 70e12})
    assert resolved.spec.peaks["fp32"].provenance is Provenance.OVERRIDE
    with pytest.raises(InputError, match="fp99"):
        apply_overrides(spec, {"fp99": 1.0})
    with pytest.raises(InputError, match="positive"):
        apply_overrides(spec, {"fp16": -5})
    with pytest.raises(InputError):
        apply_overrides(spec, {"fp16": "fast"})  # type: ignore[dict-item]


def test_architecture_for() -> None:
    assert [architecture_for(cc) for cc in ((6, 1), (7, 0), (7, 5), (8, 0), (8, 6), (8, 9),
                                            (9, 0), (10, 0), (12, 0))] == [
        "Pascal", "Volta", "Turing", "Ampere", "Ampere", "Ada Lovelace", "Hopper", "Blackwell",
        "Blackwell"]
    assert architecture_for(None) == ""
