"""A live value or "not available, because ...": the type of every field NVML may refuse.

NVML answers each query on its own: a GeForce card says ``NotSupported`` for its fan, an old driver
lacks ``nvmlDeviceGetNumGpuCores`` (``FunctionNotFound``), a crashed GPU says ``GpuIsLost``. The
facade never raises for those; it returns :class:`NotAvailable` with the reason in place of the
value (nvitop's ``NA`` idea, with the reason kept). Reasons are NVML's error names without the
``NVMLError_`` prefix, plus a few of gpuscope's own (``Timeout``, ``NotRecorded``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TypeVar, Union

from gpuscope.text import QT_TRANSLATE_NOOP, Message

T = TypeVar("T")

NOT_SUPPORTED = "NotSupported"
FUNCTION_NOT_FOUND = "FunctionNotFound"
GPU_IS_LOST = "GpuIsLost"
NO_PERMISSION = "NoPermission"
UNINITIALIZED = "Uninitialized"
TIMEOUT = "Timeout"
NOT_RECORDED = "NotRecorded"  # a snapshot's trace does not carry this field
UNKNOWN = "Unknown"

#: Reasons that will not change while the driver stays the same: the facade stops asking.
PERMANENT_REASONS = frozenset({NOT_SUPPORTED, FUNCTION_NOT_FOUND, "ArgumentVersionMismatch"})

_REASONS = {
    NOT_SUPPORTED: QT_TRANSLATE_NOOP("Nvml", "not supported by this GPU or driver"),
    FUNCTION_NOT_FOUND: QT_TRANSLATE_NOOP("Nvml", "needs a newer NVIDIA driver"),
    GPU_IS_LOST: QT_TRANSLATE_NOOP("Nvml", "the GPU stopped responding (GPU lost)"),
    NO_PERMISSION: QT_TRANSLATE_NOOP("Nvml", "permission denied"),
    UNINITIALIZED: QT_TRANSLATE_NOOP("Nvml", "NVML is not running"),
    TIMEOUT: QT_TRANSLATE_NOOP("Nvml", "NVML did not answer in time"),
    NOT_RECORDED: QT_TRANSLATE_NOOP("Nvml", "not recorded in this snapshot"),
    "NotFound": QT_TRANSLATE_NOOP("Nvml", "not found"),
    "InsufficientPower": QT_TRANSLATE_NOOP(
        "Nvml", "the GPU's external power cable is not connected"),
    "ResetRequired": QT_TRANSLATE_NOOP("Nvml", "the GPU needs a reset"),
}
_OTHER = QT_TRANSLATE_NOOP("Nvml", "NVML error ({code})")


@dataclass(frozen=True)
class NotAvailable:
    """Stands in for a value NVML could not give; ``reason`` is a short machine code."""

    reason: str = NOT_SUPPORTED
    detail: str = ""  # NVML's own text, for logs

    def message(self) -> Message:
        """The reason in words, translatable."""
        return reason_message(self.reason)

    def __str__(self) -> str:
        return "N/A"


#: ``Field[int]`` is an ``int`` or a :class:`NotAvailable`.
Field = Union[T, NotAvailable]  # noqa: UP007 - a generic alias needs Union on Python 3.10


def reason_message(reason: str) -> Message:
    """Human words for a reason code (unknown codes are shown as they are)."""
    template = _REASONS.get(reason)
    return template() if template is not None else _OTHER(code=reason)


def is_available(value: object) -> bool:
    """True when ``value`` is a real value, not a :class:`NotAvailable`."""
    return not isinstance(value, NotAvailable)


def value_or(value: Field[T], default: T | None = None) -> T | None:
    """The value, or ``default`` when it is not available."""
    return default if isinstance(value, NotAvailable) else value


def reason_of(value: object) -> str | None:
    """The reason code when ``value`` is not available, else None."""
    return value.reason if isinstance(value, NotAvailable) else None
