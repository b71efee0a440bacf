"""Host memory defaults: arithmetic of the platforms, segment defaults, /proc/meminfo."""

from __future__ import annotations

import pytest

from gpuscope.estimate.plans.host import (
    CPU_EFFICIENCY,
    PLATFORMS,
    default_platform,
    host_memory,
    total_ram_bytes,
)
from gpuscope.hardware.catalogue import find_gpu


def test_platform_bandwidths_are_transfers_times_8_bytes_times_channels() -> None:
    assert PLATFORMS["ddr4-desktop"].bandwidth == pytest.approx(51.2e9)
    assert PLATFORMS["ddr5-desktop"].bandwidth == pytest.approx(96.0e9)
    assert PLATFORMS["server"].bandwidth == pytest.approx(307.2e9)
    assert PLATFORMS["server-12ch"].bandwidth == pytest.approx(460.8e9)


def test_defaults_follow_the_gpu_segment() -> None:
    assert default_platform(find_gpu("rtx-4090").to_spec()).id == "ddr5-desktop"
    assert default_platform(find_gpu("rtx-3090").to_spec()).id == "ddr4-desktop"
    assert default_platform(find_gpu("rtx-4090-laptop").to_spec()).id == "ddr5-laptop"
    assert default_platform(find_gpu("h100-sxm").to_spec()).id == "server"
    spark = find_gpu("dgx-spark-gb10").to_spec()
    assert default_platform(spark) is None
    assert host_memory(spark, ram_bytes=1.0).bandwidth == spark.bandwidth_bytes_per_s


def test_entered_bandwidth_is_used_as_is() -> None:
    h = host_memory(find_gpu("rtx-4090").to_spec(), bandwidth=42e9, ram_bytes=1.0)
    assert h.effective == 42e9 and not h.assumed
    d = host_memory(find_gpu("rtx-4090").to_spec(), ram_bytes=1.0)
    assert d.effective == pytest.approx(96e9 * CPU_EFFICIENCY) and d.assumed


def test_meminfo(tmp_path) -> None:
    f = tmp_path / "meminfo"
    f.write_text("MemTotal:       65772544 kB\nMemFree:         1000 kB\n")
    assert total_ram_bytes(str(f)) == 65772544 * 1024
    assert total_ram_bytes(str(tmp_path / "missing")) is None
