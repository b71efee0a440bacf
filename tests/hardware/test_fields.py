"""The value-or-reason type every live field uses."""

from __future__ import annotations

from gpuscope.hardware.fields import (
    NotAvailable,
    is_available,
    reason_message,
    reason_of,
    value_or,
)


def test_value_or_and_reason() -> None:
    na = NotAvailable("NotSupported", "NVMLError_NotSupported")
    assert value_or(na) is None and value_or(na, 0) == 0 and value_or(5) == 5
    assert value_or(0, 7) == 0  # a real zero is a value, not "missing"
    assert not is_available(na) and is_available(0) and is_available(None)
    assert reason_of(na) == "NotSupported" and reason_of(3) is None
    assert str(na) == "N/A"


def test_reason_messages_are_words() -> None:
    assert reason_message("NotSupported").render() == "not supported by this GPU or driver"
    assert reason_message("FunctionNotFound").render() == "needs a newer NVIDIA driver"
    assert "GPU lost" in NotAvailable("GpuIsLost").message().render()
    assert reason_message("Error42").render() == "NVML error (Error42)"
