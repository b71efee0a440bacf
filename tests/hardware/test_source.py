"""One GpuSource for the CLI and the window: live NVML or a snapshot file."""

from __future__ import annotations

import threading

from gpuscope.hardware.replay import ReplaySource
from gpuscope.hardware.sampler import TelemetrySampler
from gpuscope.hardware.source import LiveSource, SnapshotSource, open_source
from gpuscope.paths import resources_dir
from tests.fakes.presets import a100_mig, machine, rtx4090

EXAMPLE = resources_dir() / "snapshots" / "rtx3090-dual.json"


def test_live_source_over_fake_nvml() -> None:
    source = open_source(None, nvml=machine(rtx4090(), a100_mig()))
    assert isinstance(source, LiveSource) and source.kind == "live"
    assert [d.name for d in source.devices()] == ["NVIDIA GeForce RTX 4090",
                                                  "NVIDIA A100-SXM4-80GB"]
    assert source.status().available
    assert [m.gpu_instance_id for m in source.mig_instances()[1]] == [3, 5, 6]
    assert source.describe().render() == "Live data from 2 NVIDIA GPUs, driver 550.54.15."
    stream = source.telemetry(rate_hz=2)
    assert isinstance(stream, TelemetrySampler) and stream.rate_hz == 2
    assert len(stream.poll_once().samples) == 2
    stream.stop()
    source.close()


def test_snapshot_source_swaps_in() -> None:
    source = open_source(EXAMPLE)
    assert isinstance(source, SnapshotSource) and source.kind == "snapshot"
    assert [d.index for d in source.devices()] == [0, 1]
    assert source.status().code == "snapshot" and source.status().device_count == 2
    text = source.describe().render()
    assert "example-dual-3090" in text and "550.54.15" in text
    stream = source.telemetry(rate_hz=1, speed=10)
    assert isinstance(stream, ReplaySource)
    assert [s.device for s in stream.poll_once().samples] == [0, 1]


def test_hanging_driver_does_not_block_startup() -> None:
    fake = machine(rtx4090())
    gate = threading.Event()
    real_init = fake.nvmlInit

    def hanging_init() -> None:
        gate.wait(10)
        real_init()

    object.__setattr__(fake, "nvmlInit", hanging_init)
    source = LiveSource(fake, timeout_s=0.2)
    status = source.status()
    assert not status.available and status.code == "timeout"
    assert "did not answer" in status.reason.render()
    assert source.devices() == []
    source.close()  # must not hang either
    gate.set()
