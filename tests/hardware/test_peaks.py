"""Per-SM peak derivation against hand computations of NVIDIA's published figures."""

from __future__ import annotations

import pytest

from gpuscope.hardware.gpu import PEAK_KEYS
from gpuscope.hardware.peaks import (
    GEFORCE_HALF_RATE_KEYS,
    bandwidth_from_nvml,
    cores_per_sm,
    derive_peaks,
    rates_for,
    sm_count_from_cores,
)

T = 1e12


def test_rtx_4090_reproduces_ada_whitepaper_appendix_a() -> None:
    # Ada WP v2.02 App. A: 82.6 / 165.2 (FP32 acc) / 330.3 (FP16 acc) / FP8 330.3 & 660.6 /
    # INT8 660.6 / INT4 1321.2 at 128 SMs x 2520 MHz
    p = derive_peaks((8, 9), 128, 2520, geforce=True)
    assert p["fp32"] == pytest.approx(256 * 128 * 2520e6)
    assert p["fp32"] / T == pytest.approx(82.6, rel=2e-3)
    assert p["fp16"] / T == pytest.approx(165.2, rel=2e-3)
    assert p["bf16"] / T == pytest.approx(165.2, rel=2e-3)
    assert p["fp16_acc16"] / T == pytest.approx(330.3, rel=2e-3)
    assert p["tf32"] / T == pytest.approx(82.6, rel=2e-3)
    assert p["fp8"] / T == pytest.approx(330.3, rel=2e-3)
    assert p["fp8_acc16"] / T == pytest.approx(660.6, rel=2e-3)
    assert p["int8"] / T == pytest.approx(660.6, rel=2e-3)
    assert p["int4"] / T == pytest.approx(1321.2, rel=2e-3)
    assert p["fp4"] is None  # Ada has no FP4 unit


def test_pro_ada_runs_fp32_accumulate_at_full_rate() -> None:
    # RTX 6000 Ada: 142 SMs x 2505 MHz -> BF16 364.2, FP8 728.5 (datasheet / RTX PRO WP Table 4)
    p = derive_peaks((8, 9), 142, 2505, geforce=False)
    assert p["bf16"] / T == pytest.approx(364.2, rel=2e-3)
    assert p["fp8"] / T == pytest.approx(728.5, rel=2e-3)
    assert p["fp16"] == p["fp16_acc16"]


def test_a100_sxm4() -> None:
    p = derive_peaks((8, 0), 108, 1410, geforce=False)
    for key, published in {"fp32": 19.5, "fp16": 312, "bf16": 312, "tf32": 156, "int8": 624,
                           "int4": 1248}.items():
        assert p[key] / T == pytest.approx(published, rel=5e-3), key
    assert p["fp8"] is None  # Ampere has no FP8


def test_h100_needs_its_tensor_clock() -> None:
    at_max = derive_peaks((9, 0), 132, 1980, geforce=False)
    assert at_max["bf16"] / T == pytest.approx(1070.5, rel=1e-3)  # what NVML's max clock gives
    p = derive_peaks((9, 0), 132, 1980, geforce=False, tensor_clock_mhz=1830)
    assert p["fp32"] / T == pytest.approx(66.9, rel=2e-3)  # FP32 stays at 1980 MHz
    assert p["bf16"] / T == pytest.approx(989.4, rel=1e-3)  # H100 WP Table 3
    assert p["fp8"] / T == pytest.approx(1978.9, rel=1e-3)
    assert p["tf32"] / T == pytest.approx(494.7, rel=1e-3)
    assert p["int4"] is None  # no INT4 on Hopper


def test_rtx_5090_fp4_is_not_halved_on_geforce() -> None:
    # RTX Blackwell WP Table 3: FP4 1676 dense, BF16 209.5, FP8 (FP32 acc) 419, FP8 (FP16 acc) 838
    p = derive_peaks((12, 0), 170, 2407, geforce=True)
    assert p["fp4"] / T == pytest.approx(1676, rel=2e-3)
    assert p["bf16"] / T == pytest.approx(209.5, rel=2e-3)
    assert p["fp8"] / T == pytest.approx(419, rel=2e-3)
    assert p["fp8_acc16"] / T == pytest.approx(838, rel=2e-3)
    assert p["int8"] / T == pytest.approx(838, rel=2e-3)
    assert p["int4"] is None  # not established on GB20x


def test_b200_dense_figures_at_implied_tensor_clock() -> None:
    p = derive_peaks((10, 0), 148, 1965, geforce=False, tensor_clock_mhz=1856)
    assert p["bf16"] / T == pytest.approx(2250, rel=5e-3)
    assert p["fp8"] / T == pytest.approx(4500, rel=5e-3)
    assert p["fp4"] / T == pytest.approx(9000, rel=5e-3)


def test_turing_t4_and_geforce_half_rate() -> None:
    t4 = derive_peaks((7, 5), 40, 1590, geforce=False)  # T4 datasheet: 8.1 / 65 / 130 / 260
    assert (t4["fp32"] / T, t4["fp16"] / T) == (pytest.approx(8.1, rel=1e-2),
                                                pytest.approx(65, rel=1e-2))
    assert t4["int8"] / T == pytest.approx(130, rel=1e-2)
    assert t4["int4"] / T == pytest.approx(260, rel=1e-2)
    gf = derive_peaks((7, 5), 68, 1545, geforce=True)  # RTX 2080 Ti: 53.8 / 107.6 (Turing blog)
    assert gf["fp16"] / T == pytest.approx(53.8, rel=2e-3)
    assert gf["fp16_acc16"] / T == pytest.approx(107.6, rel=2e-3)
    assert gf["bf16"] is None and gf["tf32"] is None  # no BF16/TF32 on Turing


def test_v100_and_p40_dp4a() -> None:
    v = derive_peaks((7, 0), 80, 1530, geforce=False)
    assert v["fp16"] / T == pytest.approx(125, rel=5e-3)
    assert v["fp16_acc16"] == v["fp16"]
    p40 = derive_peaks((6, 1), 30, 1531, geforce=False)  # P40 datasheet: 47 INT8 TOPS (DP4A)
    assert p40["int8"] / T == pytest.approx(47, rel=5e-3)
    assert p40["fp16"] is None
    p100 = derive_peaks((6, 0), 56, 1480, geforce=False)
    assert p100["fp32"] / T == pytest.approx(10.6, rel=5e-3)
    assert p100["int8"] is None  # GP100 has no DP4A


def test_half_rate_rule_touches_only_fp32_accumulate_formats() -> None:
    full = derive_peaks((8, 9), 10, 1000, geforce=False)
    half = derive_peaks((8, 9), 10, 1000, geforce=True)
    for key in PEAK_KEYS:
        if full[key] is None:
            assert half[key] is None
        elif key in GEFORCE_HALF_RATE_KEYS:
            assert half[key] == full[key] / 2, key
        else:
            assert half[key] == full[key], key
    assert derive_peaks((8, 0), 10, 1000, geforce=True) == derive_peaks((8, 0), 10, 1000, False)


def test_parts_without_tensor_cores_keep_fp32_only() -> None:
    p = derive_peaks((7, 5), 24, 1770, geforce=True, tensor_cores=False)  # GTX 1660 Ti
    assert p["fp32"] / T == pytest.approx(1536 * 2 * 1.77e9 / T)
    assert all(p[k] is None for k in PEAK_KEYS if k != "fp32")


def test_unknown_compute_capability() -> None:
    assert all(v is None for v in derive_peaks((99, 0), 10, 1000, geforce=True).values())
    assert rates_for((12, 1)) is rates_for((12, 0))  # GB10 uses the consumer-Blackwell table
    assert rates_for((10, 3)) is rates_for((10, 0))
    assert cores_per_sm((99, 0)) is None


@pytest.mark.parametrize(("cc", "cores", "sms"), [
    ((8, 9), 16384, 128), ((8, 0), 6912, 108), ((7, 5), 2560, 40), ((6, 1), 3840, 30),
    ((9, 0), 16896, 132), ((12, 0), 21760, 170), ((8, 6), 10496, 82), ((7, 0), 5120, 80),
    ((3, 7), 2496, 13),
])
def test_sm_count_from_cores(cc: tuple[int, int], cores: int, sms: int) -> None:
    assert sm_count_from_cores(cc, cores) == sms


def test_sm_count_from_cores_rejects_nonsense() -> None:
    assert sm_count_from_cores((8, 9), 1000) is None  # not a multiple of 128
    assert sm_count_from_cores((99, 0), 1024) is None
    assert sm_count_from_cores((8, 9), 0) is None


@pytest.mark.parametrize(("clock", "bus", "gbs"), [
    (10501, 384, 1008.1), (14001, 512, 1792.1), (9751, 384, 936.1), (5001, 256, 320.1),
    (877, 4096, 898.0), (1215, 5120, 1555.2), (3201, 6144, 4916.7), (3996, 7680, 7672.3),
])
def test_bandwidth_from_nvml_matches_reference_table(clock: int, bus: int, gbs: float) -> None:
    # per_sm_throughput.md §4: 2 x max memory clock x bus width / 8
    assert bandwidth_from_nvml(clock, bus) / 1e9 == pytest.approx(gbs, abs=0.1)
