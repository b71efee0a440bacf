"""Interconnect table and transfer formulas."""

from __future__ import annotations

import pytest

from gpuscope.errors import InputError
from gpuscope.estimate.plans.links import PCIE, default_link, get_link
from gpuscope.hardware.catalogue import find_gpu


def test_pcie_x16_per_direction() -> None:
    # GT/s x 16 lanes x 128/130 / 8 bits
    assert PCIE[3].bandwidth == pytest.approx(15.75e9, rel=1e-3)
    assert PCIE[4].bandwidth == pytest.approx(31.5e9, rel=1e-3)
    assert PCIE[5].bandwidth == pytest.approx(63.0e9, rel=1e-3)


def test_nvlink_by_generation_and_defaults() -> None:
    h100, a100 = find_gpu("h100-sxm").to_spec(), find_gpu("a100-sxm4-80gb").to_spec()
    assert get_link("nvlink", (h100,)).bandwidth == 450e9  # 900 GB/s total
    assert get_link("NVLink", (a100,)).bandwidth == 300e9
    assert get_link("nvlink", (find_gpu("v100-sxm2-32gb").to_spec(),)).bandwidth == 150e9
    assert default_link((h100, h100)).id == "nvlink"
    assert default_link((find_gpu("h100-pcie").to_spec(),) * 2).id == "pcie5"
    assert default_link((find_gpu("rtx-4090").to_spec(),) * 2).id == "pcie4"
    with pytest.raises(InputError):
        get_link("infiniband", (h100,))


def test_ring_all_reduce_moves_2_n_minus_1_over_n() -> None:
    link = PCIE[4]
    assert link.allreduce_s(1e6, 1) == 0.0
    assert link.allreduce_s(1e6, 4) == pytest.approx(link.latency_s + 1.5 * 1e6 / link.bandwidth)
