"""Whether live GPU data is available, and if not, why, in words the user can act on.

:class:`NvmlStatus` is what the GPU bar and ``gpuscope detect`` show first. ``code`` is stable for
programs and tests ("ok", "library_not_found", "driver_mismatch", "no_permission", ...); ``reason``
is the translatable sentence; ``detail`` keeps NVML's own text for logs and bug reports.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.hardware.fields import FUNCTION_NOT_FOUND
from gpuscope.hardware.fields import UNKNOWN as UNKNOWN_REASON
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Seconds

OK = "ok"
LIBRARY_NOT_FOUND = "library_not_found"
DRIVER_NOT_LOADED = "driver_not_loaded"
DRIVER_MISMATCH = "driver_mismatch"
NO_PERMISSION = "no_permission"
DRIVER_TOO_OLD = "driver_too_old"
BINDING_MISSING = "binding_missing"
TIMEOUT = "timeout"
UNKNOWN = "unknown"
CLOSED = "closed"
SNAPSHOT = "snapshot"

_MESSAGES = {
    LIBRARY_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Nvml",
        "No NVIDIA driver found (the NVML library libnvidia-ml / nvml.dll is not installed). "
        "Live GPU data is off; you can still plan with catalogue GPUs or a snapshot file.",
    ),
    DRIVER_NOT_LOADED: QT_TRANSLATE_NOOP(
        "Nvml",
        "The NVIDIA driver is installed but not running (no NVIDIA GPU, or its kernel module did "
        "not load). Check with 'nvidia-smi'. Live GPU data is off.",
    ),
    DRIVER_MISMATCH: QT_TRANSLATE_NOOP(
        "Nvml",
        "The NVIDIA driver and its NVML library have different versions, usually right after a "
        "driver update: restart the computer. Live GPU data is off.",
    ),
    NO_PERMISSION: QT_TRANSLATE_NOOP(
        "Nvml",
        "No permission to use the NVIDIA GPU (/dev/nvidia*). Check your user's groups or the "
        "container's GPU settings. Live GPU data is off.",
    ),
    DRIVER_TOO_OLD: QT_TRANSLATE_NOOP(
        "Nvml",
        "The NVIDIA driver is too old for this version of gpuscope's NVML binding: update the "
        "driver. Live GPU data is off.",
    ),
    BINDING_MISSING: QT_TRANSLATE_NOOP(
        "Nvml",
        "The Python NVML binding (package nvidia-ml-py) is not installed. Live GPU data is off.",
    ),
    UNKNOWN: QT_TRANSLATE_NOOP(
        "Nvml", "NVML could not start ({detail}). Live GPU data is off."
    ),
    CLOSED: QT_TRANSLATE_NOOP("Nvml", "NVML is not started."),
}
_TIMEOUT = QT_TRANSLATE_NOOP(
    "Nvml", "The NVIDIA driver did not answer within {seconds}. Live GPU data is off."
)

#: NVML error name (``NVMLError_<Name>``) at init -> status code.
_INIT_CODES = {
    "LibraryNotFound": LIBRARY_NOT_FOUND,
    "DriverNotLoaded": DRIVER_NOT_LOADED,
    "LibRmVersionMismatch": DRIVER_MISMATCH,
    "NoPermission": NO_PERMISSION,
    "FunctionNotFound": DRIVER_TOO_OLD,
}


@dataclass(frozen=True)
class NvmlStatus:
    """The state of the NVML connection (or of the snapshot standing in for it)."""

    available: bool
    code: str
    reason: Message | None = None
    detail: str = ""
    driver_version: str | None = None
    cuda_driver_version: str | None = None  # "12.4"
    nvml_version: str | None = None
    device_count: int = 0


def unavailable(code: str, detail: str = "") -> NvmlStatus:
    """A status saying live data is off, with the sentence for ``code``."""
    template = _MESSAGES.get(code, _MESSAGES[UNKNOWN])
    reason = template(detail=detail or code) if template is _MESSAGES[UNKNOWN] else template()
    return NvmlStatus(available=False, code=code, reason=reason, detail=detail)


def timed_out(seconds: float) -> NvmlStatus:
    """NVML init (or the first enumeration) hung for ``seconds``."""
    return NvmlStatus(False, TIMEOUT, _TIMEOUT(seconds=Seconds(seconds)), f"{seconds} s")


def init_error_code(error_name: str) -> str:
    """Status code for an init failure named like NVML (``"LibraryNotFound"``)."""
    return _INIT_CODES.get(error_name, UNKNOWN)


def format_cuda_version(value: int) -> str:
    """NVML's CUDA driver version integer (12040) as text ("12.4")."""
    return f"{value // 1000}.{(value % 1000) // 10}"


def error_name(exc: BaseException) -> str:
    """NVML's name for an error: ``NVMLError_NotSupported`` -> ``"NotSupported"``."""
    name = type(exc).__name__
    if name.startswith("NVMLError_"):
        return name[len("NVMLError_"):]
    if name == "NVMLLibraryMismatchError":  # pynvml: an unversioned function missing in the driver
        return FUNCTION_NOT_FOUND
    if isinstance(exc, TypeError):  # an older binding without this argument (``version=``)
        return FUNCTION_NOT_FOUND
    value = getattr(exc, "value", None)
    return f"Error{value}" if isinstance(value, int) else UNKNOWN_REASON


def error_detail(exc: BaseException) -> str:
    try:
        return f"{type(exc).__name__}: {exc}"
    except Exception:  # noqa: BLE001 - pynvml's __str__ may itself call into NVML
        return type(exc).__name__


def text(value: object) -> str:
    """NVML strings: old bindings return bytes, new ones str."""
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value).rstrip("\x00").strip()
