"""The real pynvml on a machine without an NVIDIA driver: no exception, a clear reason."""

from __future__ import annotations

import pytest

from gpuscope.hardware.nvml import NvmlSession
from gpuscope.hardware.source import LiveSource


@pytest.fixture()
def no_driver() -> None:
    session = NvmlSession()
    if session.open().available:  # pragma: no cover - only on a machine with a GPU
        session.close()
        pytest.skip("an NVIDIA driver is installed here")


@pytest.mark.usefixtures("no_driver")
def test_real_pynvml_without_driver() -> None:
    session = NvmlSession()
    status = session.open()
    assert not status.available
    assert status.code == "library_not_found"
    assert "LibraryNotFound" in status.detail
    assert "No NVIDIA driver found" in status.reason.render()
    assert session.records() == []
    session.close()


@pytest.mark.usefixtures("no_driver")
def test_live_source_without_driver_carries_on() -> None:
    source = LiveSource()
    assert source.devices() == []
    assert source.status().code == "library_not_found"
    assert "catalogue" in source.describe().render()
    stream = source.telemetry()
    frame = stream.poll_once()  # no devices: an empty frame, not an error
    assert frame.samples == () and frame.health == ()
    stream.stop()
    source.close()
