"""The bundled GPU catalogue: coverage, sources, reference sheet, derivation, name matching."""

from __future__ import annotations

import csv
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

from gpuscope.errors import NotFoundError
from gpuscope.hardware.catalogue import (
    all_gpus,
    canonical_name,
    find_gpu,
    get_gpu,
    match_device,
    sources_index,
)
from gpuscope.hardware.gpu import PEAK_KEYS, Provenance
from gpuscope.hardware.peaks import cores_per_sm, derive_peaks

ROOT = Path(__file__).resolve().parents[2]
GIB = 1024**3
MIB = 1024**2

# Every family the issue names, by catalogue id.
REQUIRED_IDS = [
    # GeForce GTX 10 / RTX 20 / 30 / 40 / 50 desktop, with Ti and SUPER variants
    "gtx-1050", "gtx-1050-ti", "gtx-1060-3gb", "gtx-1060-6gb", "gtx-1070", "gtx-1070-ti",
    "gtx-1080", "gtx-1080-ti",
    "rtx-2060", "rtx-2060-super", "rtx-2070", "rtx-2070-super", "rtx-2080", "rtx-2080-super",
    "rtx-2080-ti",
    "rtx-3050", "rtx-3060-8gb", "rtx-3060-12gb", "rtx-3060-ti", "rtx-3070", "rtx-3070-ti",
    "rtx-3080", "rtx-3080-12gb", "rtx-3080-ti", "rtx-3090", "rtx-3090-ti",
    "rtx-4060", "rtx-4060-ti-8gb", "rtx-4060-ti-16gb", "rtx-4070", "rtx-4070-super",
    "rtx-4070-ti", "rtx-4070-ti-super", "rtx-4080", "rtx-4080-super", "rtx-4090",
    "rtx-5050", "rtx-5060", "rtx-5060-ti-8gb", "rtx-5060-ti-16gb", "rtx-5070", "rtx-5070-ti",
    "rtx-5080", "rtx-5090",
    # laptops
    "rtx-3060-laptop", "rtx-3070-laptop", "rtx-3080-laptop", "rtx-4060-laptop",
    "rtx-4070-laptop", "rtx-4080-laptop", "rtx-4090-laptop", "rtx-5070-laptop",
    "rtx-5080-laptop", "rtx-5090-laptop", "rtx-3050-ti-laptop", "rtx-3070-ti-laptop",
    "rtx-5060-laptop", "rtx-2050-laptop", "gtx-1650-ti-laptop", "rtx-a4000-laptop",
    "rtx-2000-ada-laptop", "rtx-4000-ada-laptop", "rtx-5000-ada-laptop",
    # Quadro RTX, RTX A-series, RTX Ada, RTX PRO Blackwell
    "quadro-rtx-4000", "quadro-rtx-5000", "quadro-rtx-6000", "quadro-rtx-8000",
    "rtx-a2000", "rtx-a4000", "rtx-a4500", "rtx-a5000", "rtx-a6000",
    "rtx-2000-ada", "rtx-4000-ada", "rtx-4500-ada", "rtx-5000-ada", "rtx-6000-ada",
    "rtx-pro-6000-blackwell", "rtx-pro-6000-blackwell-max-q", "rtx-pro-5000-blackwell",
    "rtx-pro-4500-blackwell", "rtx-pro-4000-blackwell",
    # datacenter
    "p4", "p40", "p100-pcie-16gb", "p100-sxm2-16gb", "v100-sxm2-16gb", "v100-pcie-32gb", "t4",
    "a2", "a10", "a10g", "a16", "a30", "a40", "a100-sxm4-40gb", "a100-sxm4-80gb", "a100-pcie-40gb",
    "a100-pcie-80gb", "l4", "l40", "l40s", "h100-sxm", "h100-pcie", "h100-nvl", "h200-sxm",
    "h200-nvl", "gh200-96gb", "b200", "gb200",
    # embedded
    "jetson-agx-orin-64gb", "jetson-orin-nano-8gb", "dgx-spark-gb10",
]

# Laptop GPU -> desktop card of the same name: the laptop is slower.
LAPTOP_PAIRS = {
    "rtx-2060-laptop": "rtx-2060", "rtx-2070-laptop": "rtx-2070", "rtx-2080-laptop": "rtx-2080",
    "rtx-3060-laptop": "rtx-3060-12gb", "rtx-3070-laptop": "rtx-3070",
    "rtx-3080-laptop": "rtx-3080", "rtx-3080-ti-laptop": "rtx-3080-ti",
    "rtx-4060-laptop": "rtx-4060", "rtx-4070-laptop": "rtx-4070", "rtx-4080-laptop": "rtx-4080",
    "rtx-4090-laptop": "rtx-4090", "rtx-5070-laptop": "rtx-5070",
    "rtx-5070-ti-laptop": "rtx-5070-ti", "rtx-5080-laptop": "rtx-5080",
    "rtx-5090-laptop": "rtx-5090", "rtx-3070-ti-laptop": "rtx-3070-ti",
    "rtx-5060-laptop": "rtx-5060", "rtx-a4000-laptop": "rtx-a4000",
}  # RTX Ada laptop parts use other chips than the desktop cards of their name (not comparable)

# Datacenter parts with the GeForce half-rate FP32-accumulate tensor rule, and why.
HALF_RATE_DATACENTER = {
    "a10g": "AWS's A10G: 70 dense FP16 tensor TFLOPS against the A10's 125 (80 SMs, 1710 MHz)",
}

# Published figures that the per-SM formula does NOT reproduce within 2 %, and why.
DERIVATION_EXCEPTIONS = {
    ("titan-v", "fp16"): "NVIDIA's 110 TFLOPS implies ~1340 MHz, not the 1455 MHz boost",
    ("titan-v", "fp16_acc16"): "same",
    **{("l40", k): "L40 datasheet tensor figures are exactly half the AD102 per-SM rate"
       for k in ("fp16", "fp16_acc16", "bf16", "tf32", "fp8", "fp8_acc16", "int8", "int4")},
    ("b200", "tf32"): "datasheet rounding: 2.2 PF sparse vs 2.25 predicted (+2.3 %)",
}


def test_catalogue_size_and_unique_ids() -> None:
    gpus = all_gpus()
    assert len(gpus) >= 90
    ids = [g.id for g in gpus]
    assert len(ids) == len(set(ids))
    missing = [i for i in REQUIRED_IDS if get_gpu(i) is None]
    assert not missing


def test_every_entry_is_sourced() -> None:
    sources = sources_index()
    for gpu in all_gpus():
        assert gpu.source, gpu.id
        assert all(key in sources for key in gpu.source), gpu.id
        assert all(key in sources for key in gpu.peaks_source), gpu.id
        published = [k for k, v in gpu.peaks_provenance.items() if v == "published"]
        if published:
            assert gpu.peaks_source, gpu.id  # a published figure names its document
        assert set(gpu.peaks_provenance) == {k for k in PEAK_KEYS if gpu.peak(k) is not None}


def test_entries_are_internally_consistent() -> None:
    for gpu in all_gpus():
        assert gpu.cuda_cores == gpu.sm_count * cores_per_sm(gpu.compute_capability), gpu.id
        assert gpu.sparsity == (gpu.tensor_cores and gpu.compute_capability >= (8, 0)), gpu.id
        if gpu.fp32_accumulate_rate == "half":
            assert gpu.segment in ("geforce", "laptop", "embedded") or \
                gpu.id in HALF_RATE_DATACENTER, gpu.id
        if gpu.segment in ("workstation", "datacenter") and gpu.id not in HALF_RATE_DATACENTER:
            assert gpu.fp32_accumulate_rate in ("full", None), gpu.id
        assert gpu.peak("fp32") is not None, gpu.id
        if not gpu.tensor_cores:
            assert all(gpu.peak(k) is None for k in ("fp16", "fp16_acc16", "bf16", "fp8")), gpu.id
        if gpu.memory_clock_mhz and gpu.bus_width_bits:
            nvml_bw = 2 * gpu.memory_clock_mhz * gpu.bus_width_bits / 8 / 1000
            # HBM parts differ a little from marketing (H200 4917 vs 4800 GB/s)
            assert nvml_bw == pytest.approx(gpu.bandwidth_gbs, rel=0.03), gpu.id
        for pci in gpu.pci_device_ids:
            assert 0 < pci < 0x10000, gpu.id
        if gpu.segment == "laptop":
            assert "Laptop GPU" in gpu.name, gpu.id


def test_stored_derived_peaks_match_the_per_sm_table() -> None:
    for gpu in all_gpus():
        derived = derive_peaks(gpu.compute_capability, gpu.sm_count, gpu.boost_clock_mhz,
                               gpu.geforce, gpu.tensor_clock_mhz, gpu.tensor_cores)
        for key, kind in gpu.peaks_provenance.items():
            if kind == "derived":
                assert gpu.peak(key) == pytest.approx(derived[key], rel=5e-3), (gpu.id, key)
        for key in PEAK_KEYS:
            if derived[key] is None and gpu.id not in ("dgx-spark-gb10",):
                assert gpu.peak(key) is None or gpu.provenance(key) is Provenance.PUBLISHED, (
                    gpu.id, key)


def _published_tolerance(value: float) -> float:
    """2 %, or half a unit of the figure's last printed digit when that is looser (P40 '12')."""
    exponent = Decimal(repr(float(value))).normalize().as_tuple().exponent
    last_digit = 10.0 ** min(0, int(exponent))
    return max(0.02, 0.5 * last_digit / value)


def test_derivation_with_rated_clock_reproduces_published_peaks() -> None:
    checked = 0
    for gpu in all_gpus():
        derived = derive_peaks(gpu.compute_capability, gpu.sm_count, gpu.boost_clock_mhz,
                               gpu.geforce, gpu.tensor_clock_mhz, gpu.tensor_cores)
        for key, kind in gpu.peaks_provenance.items():
            if kind != "published" or (gpu.id, key) in DERIVATION_EXCEPTIONS:
                continue
            published = gpu.peaks_tflops[key]
            assert derived[key] is not None, (gpu.id, key)
            assert derived[key] / 1e12 == pytest.approx(
                published, rel=_published_tolerance(published)), (gpu.id, key)
            checked += 1
    assert checked >= 150
    for (gpu_id, key), _why in DERIVATION_EXCEPTIONS.items():  # the exceptions really are off
        gpu = get_gpu(gpu_id)
        assert gpu is not None and gpu.provenance(key) is Provenance.PUBLISHED


# ------------------------------------------------------------------ reference sheet
CSV_TO_ID = {
    "Tesla P100 SXM2 16GB": "p100-sxm2-16gb", "GeForce GTX 1070": "gtx-1070",
    "GeForce GTX 1060 6GB": "gtx-1060-6gb", "Tesla V100 SXM2": "v100-sxm2-16gb",
    "GeForce RTX 2060": "rtx-2060", "GeForce RTX 2070": "rtx-2070", "NVIDIA TITAN RTX": "titan-rtx",
    "GeForce RTX 3060 (12 GB)": "rtx-3060-12gb", "GeForce RTX 3070": "rtx-3070",
    "GeForce RTX 3090": "rtx-3090", "GeForce RTX 3090 Ti": "rtx-3090-ti",
    "NVIDIA A100 SXM4 40GB": "a100-sxm4-40gb", "NVIDIA A100 SXM4 80GB": "a100-sxm4-80gb",
    "NVIDIA A100 PCIe 40GB": "a100-pcie-40gb", "NVIDIA A40": "a40", "NVIDIA RTX A6000": "rtx-a6000",
    "NVIDIA RTX A4000": "rtx-a4000", "NVIDIA RTX A2000 (6 GB)": "rtx-a2000",
    "Jetson AGX Orin 64GB (GPU)": "jetson-agx-orin-64gb", "GeForce RTX 4060": "rtx-4060",
    "GeForce RTX 4060 Ti (8/16 GB)": "rtx-4060-ti-8gb", "GeForce RTX 4070": "rtx-4070",
    "GeForce RTX 4070 Ti": "rtx-4070-ti", "GeForce RTX 4090": "rtx-4090", "NVIDIA L40": "l40",
    "NVIDIA RTX 6000 Ada Generation": "rtx-6000-ada", "NVIDIA H100 SXM5 80GB": "h100-sxm",
    "NVIDIA H200 SXM 141GB": "h200-sxm", "NVIDIA H200 NVL 141GB": "h200-nvl",
    "NVIDIA GH200 (96 GB HBM3)": "gh200-96gb", "NVIDIA B200 (HGX, 180 GB)": "b200",
    "GeForce RTX 5070": "rtx-5070", "GeForce RTX 5070 Ti": "rtx-5070-ti",
    "GeForce RTX 5080": "rtx-5080", "GeForce RTX 5090": "rtx-5090",
}
CSV_PEAKS = {
    "fp32_tflops": "fp32", "fp16_tensor_dense_tflops": "fp16",
    "fp16_tensor_dense_fp16acc_tflops": "fp16_acc16", "bf16_tensor_dense_tflops": "bf16",
    "tf32_tensor_dense_tflops": "tf32", "fp8_tensor_dense_tflops": "fp8",
    "fp8_tensor_dense_fp16acc_tflops": "fp8_acc16", "int8_tensor_dense_tops": "int8",
    "int4_tensor_dense_tops": "int4", "fp4_dense_tflops": "fp4",
}


# A copy of the shared reference sheet travels with the repository, so CI checks it too.
REFERENCE_CSV = ROOT / "tests" / "data" / "reference" / "gpu_specs.csv"


def _csv_rows() -> list[dict[str, str]]:
    with open(REFERENCE_CSV, newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def test_every_reference_row_is_in_the_catalogue() -> None:
    rows = _csv_rows()
    assert {r["name"] for r in rows} == set(CSV_TO_ID)


def test_catalogue_reproduces_reference_sheet_within_1_5_percent() -> None:
    compared = 0
    for row in _csv_rows():
        gpu = get_gpu(CSV_TO_ID[row["name"]])
        assert gpu is not None
        label = row["name"]
        major, minor = row["compute_capability"].split(".")
        assert gpu.compute_capability == (int(major), int(minor)), label
        assert gpu.sm_count == int(row["sm_count"]), label
        assert gpu.cuda_cores == int(row["cuda_cores"]), label
        assert gpu.memory_gib == float(row["memory_gib"]), label
        assert row["memory_type"].split()[0] == gpu.memory_type, label
        if row["bus_width_bits"]:
            assert gpu.bus_width_bits == int(row["bus_width_bits"]), label
        assert gpu.bandwidth_gbs == pytest.approx(float(row["bandwidth_gbs"]), rel=0.015), label
        if row["boost_clock_mhz"]:
            assert gpu.boost_clock_mhz == pytest.approx(float(row["boost_clock_mhz"]), rel=0.015)
        if row["tensor_clock_mhz_implied"]:
            assert gpu.tensor_clock_mhz == pytest.approx(
                float(row["tensor_clock_mhz_implied"]), rel=0.015), label
        for column, key in CSV_PEAKS.items():
            if row[column]:
                assert gpu.peaks_tflops[key] == pytest.approx(float(row[column]), rel=0.015), (
                    label, key)
                compared += 1
        assert gpu.sparsity == (row["sparse_doubles"] == "yes"), label
        rate = row["fp32acc_rate"]
        if rate.startswith("half"):
            assert gpu.fp32_accumulate_rate == "half", label
        elif rate == "full":
            assert gpu.fp32_accumulate_rate == "full", label
    assert compared >= 200


def test_absent_units_are_null_not_zero() -> None:
    assert get_gpu("rtx-4090").peak("fp4") is None  # Ada: no FP4
    assert get_gpu("a100-sxm4-80gb").peak("fp8") is None  # Ampere: no FP8
    assert get_gpu("h100-sxm").peak("int4") is None  # Hopper: no INT4
    assert get_gpu("rtx-2080-ti").peak("bf16") is None  # Turing: no BF16
    assert get_gpu("p40").peak("fp16") is None  # Pascal: no tensor cores
    assert get_gpu("gtx-1660-ti").peak("int8") is None  # TU116: no tensor cores
    assert get_gpu("rtx-5090").peak("fp4") == pytest.approx(1676e12)  # not halved


def test_laptops_are_slower_than_the_desktop_card_of_the_same_name() -> None:
    for laptop_id, desktop_id in LAPTOP_PAIRS.items():
        laptop, desktop = get_gpu(laptop_id), get_gpu(desktop_id)
        assert laptop is not None and desktop is not None
        assert laptop.segment == "laptop"
        assert laptop.bandwidth_gbs <= desktop.bandwidth_gbs, laptop_id
        if laptop_id == "rtx-3060-laptop":  # 30 SMs vs the desktop's 28: only memory is smaller
            assert laptop.sm_count > desktop.sm_count and "more SMs" in laptop.notes
            assert laptop.memory_gib < desktop.memory_gib
            continue
        assert laptop.peak("fp32") < desktop.peak("fp32"), laptop_id
        assert laptop.peak("fp16") < desktop.peak("fp16"), laptop_id
    mobile_4090 = get_gpu("rtx-4090-laptop")
    assert (mobile_4090.chip, mobile_4090.sm_count, mobile_4090.memory_gib,
            mobile_4090.bandwidth_gbs) == ("AD103", 76, 16, 576)


def test_to_spec_uses_base_units_and_provenance() -> None:
    spec = get_gpu("rtx-4090").to_spec()
    assert spec.catalogue_id == "rtx-4090"
    assert spec.memory == 24 * GIB
    assert spec.bandwidth_bytes_per_s == 1008e9
    fp16 = spec.peaks["fp16"]
    assert fp16 is not None and fp16.value == pytest.approx(165.2e12)
    assert fp16.provenance is Provenance.PUBLISHED
    assert "Ada" in fp16.source and "Appendix A" in fp16.source
    assert spec.sparse_peak("fp16") == pytest.approx(330.4e12)
    assert spec.peaks["fp4"] is None
    derived = get_gpu("rtx-3060-12gb").to_spec().peaks["fp16"]
    assert derived is not None and derived.provenance is Provenance.DERIVED
    assert "512 ops/clk/SM × 28 SMs × 1,777 MHz" in derived.note
    assert "per_sm_throughput" in derived.source
    laptop = get_gpu("rtx-4070-laptop").to_spec().peaks["fp32"]
    assert laptop is not None and "upper bound" in laptop.note


def test_loading_is_cached_and_needs_no_numpy() -> None:
    """How fast it loads is benchmarks/startup.py's business; here, what it loads."""
    script = ("import sys\n"
              "from gpuscope.hardware.catalogue import all_gpus; n = len(all_gpus())\n"
              "assert 'numpy' not in sys.modules, 'catalogue imported numpy'\n"
              "print(n)")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         env={"PYTHONPATH": str(ROOT / "src"), "PATH": "/usr/bin:/bin"},
                         check=False)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) >= 90
    assert all_gpus() is all_gpus()


# ------------------------------------------------------------------ name matching
@pytest.mark.parametrize(("name", "expected"), [
    ("NVIDIA GeForce RTX 4090", "rtx-4090"),
    ("GeForce RTX 4090", "rtx-4090"),  # drivers before ~R470 had no 'NVIDIA ' prefix
    ("nvidia geforce rtx 4090", "rtx-4090"),
    ("NVIDIA GeForce RTX 4090 D", "rtx-4090-d"),
    ("NVIDIA GeForce RTX 4090 Laptop GPU", "rtx-4090-laptop"),
    ("NVIDIA GeForce RTX 3060 Laptop GPU", "rtx-3060-laptop"),
    ("NVIDIA GeForce RTX 3050Ti Laptop GPU", "rtx-3050-ti-laptop"),
    ("NVIDIA GeForce RTX 3050 Ti Laptop GPU", "rtx-3050-ti-laptop"),
    ("NVIDIA GeForce RTX 3050 Laptop GPU", "rtx-3050-laptop"),  # the Ti does not swallow it
    ("NVIDIA GeForce RTX 3070 Ti Laptop GPU", "rtx-3070-ti-laptop"),
    ("NVIDIA GeForce RTX 3070 Laptop GPU", "rtx-3070-laptop"),
    ("NVIDIA GeForce RTX 5060 Laptop GPU", "rtx-5060-laptop"),
    ("NVIDIA GeForce RTX 5060", "rtx-5060"),
    ("NVIDIA GeForce RTX 2050", "rtx-2050-laptop"),  # laptop-only, reported without 'Laptop'
    ("NVIDIA GeForce GTX 1650 Ti", "gtx-1650-ti-laptop"),
    ("NVIDIA GeForce GTX 1650 Ti with Max-Q Design", "gtx-1650-ti-laptop"),
    ("NVIDIA GeForce GTX 1650", "gtx-1650"),
    ("NVIDIA A10G", "a10g"),
    ("NVIDIA A10", "a10"),
    ("NVIDIA RTX A4000 Laptop GPU", "rtx-a4000-laptop"),
    ("NVIDIA RTX A4000", "rtx-a4000"),
    ("NVIDIA RTX 2000 Ada Generation Laptop GPU", "rtx-2000-ada-laptop"),
    ("NVIDIA RTX 4000 Ada Generation Laptop GPU", "rtx-4000-ada-laptop"),
    ("NVIDIA RTX 5000 Ada Generation Laptop GPU", "rtx-5000-ada-laptop"),
    ("NVIDIA RTX 5000 Ada Generation", "rtx-5000-ada"),
    ("NVIDIA A100-SXM4-80GB", "a100-sxm4-80gb"),
    ("NVIDIA A100-SXM4-40GB", "a100-sxm4-40gb"),
    ("A100-SXM4-40GB", "a100-sxm4-40gb"),
    ("NVIDIA A100 80GB PCIe", "a100-pcie-80gb"),
    ("NVIDIA A100-PCIE-40GB", "a100-pcie-40gb"),
    ("NVIDIA H100 80GB HBM3", "h100-sxm"),
    ("NVIDIA H100 PCIe", "h100-pcie"),
    ("NVIDIA H100 NVL", "h100-nvl"),
    ("NVIDIA H200", "h200-sxm"),
    ("NVIDIA H200 NVL", "h200-nvl"),
    ("NVIDIA GH200 480GB", "gh200-96gb"),
    ("Tesla T4", "t4"),
    ("NVIDIA T4", "t4"),
    ("Tesla V100-SXM2-32GB", "v100-sxm2-32gb"),
    ("Tesla P40", "p40"),
    ("Quadro RTX 8000", "quadro-rtx-8000"),
    ("NVIDIA RTX A2000 12GB", "rtx-a2000-12gb"),
    ("NVIDIA RTX A2000", "rtx-a2000"),
    ("NVIDIA RTX 6000 Ada Generation", "rtx-6000-ada"),
    ("NVIDIA RTX PRO 6000 Blackwell Workstation Edition", "rtx-pro-6000-blackwell"),
    ("NVIDIA RTX PRO 6000 Blackwell Max-Q Workstation Edition", "rtx-pro-6000-blackwell-max-q"),
    ("NVIDIA B200", "b200"),
    ("NVIDIA GB10", "dgx-spark-gb10"),
    ("NVIDIA GeForce RTX 9090", None),
    ("", None),
])
def test_match_device_by_name(name: str, expected: str | None) -> None:
    gpu = match_device(name)
    assert (gpu.id if gpu else None) == expected


@pytest.mark.parametrize(("name", "total_mib", "expected"), [
    # NVML's total is a little below nominal
    ("NVIDIA GeForce RTX 3060", 12288 - 300, "rtx-3060-12gb"),
    ("NVIDIA GeForce RTX 3060", 8192 - 300, "rtx-3060-8gb"),
    ("NVIDIA GeForce RTX 4060 Ti", 16380, "rtx-4060-ti-16gb"),
    ("NVIDIA GeForce RTX 4060 Ti", 8188, "rtx-4060-ti-8gb"),
    ("NVIDIA GeForce RTX 3080", 10240 - 200, "rtx-3080"),
    ("NVIDIA GeForce RTX 3080", 12288 - 200, "rtx-3080-12gb"),
    ("NVIDIA GeForce RTX 2060", 12288 - 300, "rtx-2060-12gb"),
    ("NVIDIA GeForce RTX 5090", 32607, "rtx-5090"),
    ("NVIDIA RTX PRO 6000 Blackwell Workstation Edition", 97887, "rtx-pro-6000-blackwell"),
])
def test_memory_size_picks_the_variant(name: str, total_mib: int, expected: str) -> None:
    gpu = match_device(name, memory_bytes=total_mib * MIB)
    assert gpu is not None and gpu.id == expected


def test_pci_device_id() -> None:
    # Turing laptops report the desktop name; the PCI ID identifies them.
    assert match_device("NVIDIA GeForce RTX 2060").id == "rtx-2060"
    assert match_device("NVIDIA GeForce RTX 2060", pci_device_id=0x1F11).id == "rtx-2060-laptop"
    assert match_device("NVIDIA GeForce RTX 2060", 6 * GIB, 0x1F03).id == "rtx-2060-12gb"
    # an unfamiliar name (odd driver) still matches by PCI ID
    assert match_device("Graphics Device", pci_device_id=0x2684).id == "rtx-4090"
    # shared IDs: the name or the memory decides
    assert match_device("Quadro RTX 8000", pci_device_id=0x1E30).id == "quadro-rtx-8000"
    assert match_device("Quadro RTX 6000", 24 * GIB, 0x1E30).id == "quadro-rtx-6000"
    assert match_device("NVIDIA A16", pci_device_id=0x25B6).id == "a16"
    assert match_device("NVIDIA A2", pci_device_id=0x25B6).id == "a2"
    # a name that contradicts the ID wins (the driver names from the full subsystem ID)
    assert match_device("NVIDIA GeForce RTX 3060 Laptop GPU", pci_device_id=0x249C).id == \
        "rtx-3060-laptop"
    assert match_device("Graphics Device", pci_device_id=0xFFFF) is None


def test_core_count_picks_the_variant() -> None:
    assert match_device("NVIDIA GeForce RTX 3050", 8 * GIB, cuda_cores=2560).id == "rtx-3050"
    assert match_device("NVIDIA GeForce RTX 3050", 6 * GIB, cuda_cores=2304).id == "rtx-3050-6gb"
    assert match_device("Orin (nvgpu)", cuda_cores=1792).id == "jetson-agx-orin-32gb"
    assert match_device("Orin (nvgpu)", cuda_cores=2048).id == "jetson-agx-orin-64gb"


def test_canonical_name() -> None:
    assert canonical_name("NVIDIA GeForce RTX 4090") == "rtx 4090"
    assert canonical_name("  GeForce   RTX 3050Ti Laptop GPU ") == "rtx 3050 ti laptop gpu"
    assert canonical_name("Tesla T4") == canonical_name("NVIDIA T4") == "t4"
    assert canonical_name("Quadro RTX 6000") == "quadro rtx 6000"


@pytest.mark.parametrize(("query", "expected"), [
    ("RTX 4090", "rtx-4090"), ("rtx-4090", "rtx-4090"), ("4090", "rtx-4090"),
    ("NVIDIA GeForce RTX 4090 Laptop GPU", "rtx-4090-laptop"),
    ("rtx 4090 laptop", "rtx-4090-laptop"), ("a100 80gb", "a100-sxm4-80gb"),
    ("A100 80 GB PCIe", "a100-pcie-80gb"), ("T4", "t4"), ("Tesla T4", "t4"), ("L40S", "l40s"),
    ("L40", "l40"), ("h100 pcie", "h100-pcie"), ("RTX 3060 8GB", "rtx-3060-8gb"),
    ("rtx 5090", "rtx-5090"), ("DGX Spark", "dgx-spark-gb10"), ("gtx 1080ti", "gtx-1080-ti"),
])
def test_find_gpu(query: str, expected: str) -> None:
    assert find_gpu(query).id == expected


def test_find_gpu_unknown_suggests_closest() -> None:
    with pytest.raises(NotFoundError) as info:
        find_gpu("RTX 409")
    assert "GeForce RTX 4090" in info.value.matches
    assert "RTX 409" in str(info.value)
    with pytest.raises(NotFoundError):
        find_gpu("   ")


@pytest.mark.parametrize(("query", "expected"), [
    ("NVIDIA GeForce RTX 3090 24GB", "GeForce RTX 3090"),
    ("RTX 4090 24GB", "GeForce RTX 4090"),
    ("NVIDIA RTX 4000 Ada 20GB", "RTX 4000 Ada Generation"),
    ("NVIDIA RTX A6000 48GB", "RTX A6000"),
    ("A100 40GB", "A100 SXM4 40GB"),
    ("RTX 3060 8GB", "GeForce RTX 3060 8GB"),
])
def test_find_gpu_accepts_a_memory_size_suffix(query: str, expected: str) -> None:
    # names as benchmark tables and users write them (reference/llamacpp_bench.csv)
    assert find_gpu(query).name == expected


@pytest.mark.parametrize("query", ["RTX", "titan", "Quadro"])
def test_a_short_name_matching_several_gpus_is_refused_with_them(query: str) -> None:
    from gpuscope.errors import InputError
    from gpuscope.hardware.catalogue import find_gpu

    with pytest.raises(InputError) as info:
        find_gpu(query)
    text = info.value.message.render()
    assert f"'{query}' matches" in text and "gpuscope gpus --search" in text
    assert text.count(",") >= 2  # the candidates are listed


def test_an_unmatched_gpu_name_points_to_the_search() -> None:
    from gpuscope.errors import InputError
    from gpuscope.hardware.catalogue import find_gpu

    with pytest.raises(InputError) as info:
        find_gpu("zzzz")
    assert "gpuscope gpus --search" in info.value.message.render()
    assert find_gpu("RTX 4090").id == "rtx-4090"  # a model number still resolves
