"""A stand-in for the NVIDIA driver's NVML library, loaded by the real ``pynvml`` binding.

``nvml_standin.c`` is compiled by the test session with the system C compiler (``build.py``;
tests skip with the reason when there is none). It serves devices from a config (``config.py``,
``from_snapshot.py``) and injects faults per function; ``runtime.py`` puts it under pynvml in the
test process or in a subprocess; ``fixtures.py`` has the pytest fixtures.
"""

from tests.fakes.nvml_standin.build import build, skip_reason
from tests.fakes.nvml_standin.config import (
    DRIVER_NOT_LOADED,
    ENV,
    FUNCTION_NOT_FOUND,
    GPU_IS_LOST,
    LIB_RM_VERSION_MISMATCH,
    NO_PERMISSION,
    NOT_SUPPORTED,
    machine,
    rtx4090,
    write_config,
)
from tests.fakes.nvml_standin.from_snapshot import from_snapshot
from tests.fakes.nvml_standin.runtime import Standin

__all__ = ["DRIVER_NOT_LOADED", "ENV", "FUNCTION_NOT_FOUND", "GPU_IS_LOST",
           "LIB_RM_VERSION_MISMATCH", "NOT_SUPPORTED", "NO_PERMISSION", "Standin", "build",
           "from_snapshot", "machine", "rtx4090", "skip_reason", "write_config"]
