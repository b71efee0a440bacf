"""Start-up milestones for the benchmarks and smoke tests (silent unless GPUSCOPE_PROBE is set).

``GPUSCOPE_PROBE=1`` prints ``gpuscope-probe <milestone> <wall time> <resident MiB>`` lines on
stdout when the window first paints and when its plots are ready; ``GPUSCOPE_PROBE_QUIT=1`` also
quits once the plots are ready (benchmarks/startup.py, the packaging smoke test).
"""

from __future__ import annotations

import os
import sys
import time

ENABLED = bool(os.environ.get("GPUSCOPE_PROBE"))
_done: set[str] = set()


def resident_mib() -> float:
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
        return pages * os.sysconf("SC_PAGE_SIZE") / 2**20
    except (OSError, ValueError, IndexError):
        return float("nan")


def mark(milestone: str, detail: str = "") -> None:
    """Print a milestone once (no-op unless GPUSCOPE_PROBE is set)."""
    if not ENABLED or milestone in _done:
        return
    _done.add(milestone)
    print(f"gpuscope-probe {milestone} {time.time():.6f} {resident_mib():.1f} {detail}".rstrip(),
          flush=True)
    if milestone == "plots-ready" and os.environ.get("GPUSCOPE_PROBE_QUIT"):
        from PySide6.QtWidgets import QApplication

        QApplication.instance().quit()
    sys.stdout.flush()
