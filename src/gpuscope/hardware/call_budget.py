"""A time budget for reading a device's fields, so that one hung NVML call costs one field.

A C call cannot be interrupted from Python: under a :class:`CallBudget` each guarded call runs on
its own daemon thread and the reader waits at most ``per_call_s`` for it (and never past the
budget's overall deadline, which starts when NVML has initialised). A call that did not answer
in time becomes ``NotAvailable("Timeout")``; while it stays hung, the same function on the same
device is not asked again (it answers ``Timeout`` at once), so a wedged field costs its
``per_call_s`` once, and a wedged driver costs at most ``total_s`` in all.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from gpuscope.hardware.workers import Job, run_with_timeout

#: Seconds one field may take before it is given up as hung (the default budget).
PER_CALL_S = 2.0


class CallTimedOut(Exception):
    """A guarded call did not answer within the budget (becomes ``NotAvailable("Timeout")``)."""


class CallBudget:
    """``per_call_s`` for each call, ``total_s`` for all of them from :meth:`start`."""

    def __init__(self, per_call_s: float = PER_CALL_S, total_s: float = 10.0) -> None:
        self.per_call_s = max(0.01, float(per_call_s))
        self.total_s = max(self.per_call_s, float(total_s))
        self.started = threading.Event()
        self._deadline: float | None = None
        self._hung: dict[tuple[int, str], Job] = {}

    def start(self) -> None:
        """Start the overall clock (NVML is up); later calls start it themselves if needed."""
        if self._deadline is None:
            self._deadline = time.monotonic() + self.total_s
            self.started.set()

    def run(self, key: tuple[int, str], fn: Callable[[], Any]) -> Any:
        """``fn()`` within the budget; raises :class:`CallTimedOut` when it does not answer."""
        self.start()
        assert self._deadline is not None
        hung = self._hung.get(key)
        if hung is not None:
            if not hung.done:
                raise CallTimedOut(f"{key[1]} is still hung from an earlier call")
            del self._hung[key]
        left = self._deadline - time.monotonic()
        if left <= 0:
            raise CallTimedOut(f"the {self.total_s:g} s budget for reading the GPUs is spent")
        wait = min(self.per_call_s, left)
        job = run_with_timeout(fn, wait, name=f"nvml-{key[1]}")
        if not job.done:
            self._hung[key] = job
            raise CallTimedOut(f"{key[1]} did not answer within {wait:.1f} s")
        return job.result()


__all__ = ["PER_CALL_S", "CallBudget", "CallTimedOut"]
