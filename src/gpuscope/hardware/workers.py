"""Run possibly-hanging calls (NVML into a wedged driver) without letting them block the caller.

A C call cannot be interrupted from Python, so the call runs on a daemon thread and the caller
waits with a timeout. A :class:`Worker` takes one job at a time: while a hung job holds it, new
submissions are refused (the sampler then reports the device stale) instead of piling up threads.
"""

from __future__ import annotations

import queue
import threading
from collections.abc import Callable
from typing import Any


class Job:
    """One call handed to a worker; ``wait(timeout)`` then ``result()``."""

    def __init__(self, fn: Callable[[], Any]) -> None:
        self._fn = fn
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

    def run(self) -> None:
        try:
            self._value = self._fn()
        except BaseException as exc:  # noqa: BLE001 - handed back to the waiter
            self._error = exc
        finally:
            self._done.set()

    def wait(self, timeout: float | None) -> bool:
        return self._done.wait(timeout)

    @property
    def done(self) -> bool:
        return self._done.is_set()

    def result(self) -> Any:
        """The call's return value; re-raises its exception."""
        if self._error is not None:
            raise self._error
        return self._value


class Worker:
    """A daemon thread running one job at a time."""

    def __init__(self, name: str) -> None:
        self._jobs: queue.SimpleQueue[Job | None] = queue.SimpleQueue()
        self._busy = False
        self._lock = threading.Lock()
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._busy

    def submit(self, fn: Callable[[], Any]) -> Job | None:
        """Queue ``fn``; None when the previous job has not finished (it may be hung)."""
        with self._lock:
            if self._busy:
                return None
            self._busy = True
        job = Job(fn)
        self._jobs.put(job)
        return job

    def stop(self) -> None:
        """Let the thread end after its current job (a hung job keeps it until it returns)."""
        self._jobs.put(None)

    def _run(self) -> None:
        while True:
            job = self._jobs.get()
            if job is None:
                return
            job.run()
            with self._lock:
                self._busy = False


def run_with_timeout(fn: Callable[[], Any], timeout: float, name: str = "nvml-call") -> Job:
    """Start ``fn`` on its own daemon thread and wait up to ``timeout`` s; check ``job.done``."""
    job = Job(fn)
    threading.Thread(target=job.run, name=name, daemon=True).start()
    job.wait(timeout)
    return job
