"""``gpuscope snapshot save FILE`` / ``gpuscope snapshot show FILE``: record GPUs, inspect a record.

``save`` records this machine's GPUs (raw NVML facts) and, with ``--trace SECONDS``, a telemetry
trace; it refuses to overwrite a file unless ``--force``. With no NVIDIA driver (or no GPU) it
saves nothing and exits with status 1: an empty snapshot would only mislead the machine it is
carried to. With the global ``--snapshot IN``, ``save`` re-writes that snapshot (normalised).
``show`` prints a snapshot in words, or with ``--json`` as the normalised document.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

from gpuscope.errors import GpuscopeError, InputError
from gpuscope.hardware.source import GpuSource, SnapshotSource, open_source
from gpuscope.hardware.telemetry import MAX_RATE_HZ, TelemetryFrame, TelemetrySample
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate

_GPUS = translate("SnapshotCli", "%n GPU(s)", None, 1)
_SAMPLES = translate("SnapshotCli", "%n telemetry sample(s)", None, 1)
_SAVED = QT_TRANSLATE_NOOP("SnapshotCli", "Saved {gpus} and {samples} to {path}.")
_NOTHING = QT_TRANSLATE_NOOP("SnapshotCli", "Nothing saved: {reason}")
_NO_GPU = QT_TRANSLATE_NOOP("SnapshotCli", "Nothing saved: no NVIDIA GPU was found.")
_EXISTS = QT_TRANSLATE_NOOP("SnapshotCli", "{path} already exists; add --force to replace it.")
_BAD_TRACE = QT_TRANSLATE_NOOP(
    "SnapshotCli", "--trace must be more than 0 and at most {limit} seconds.")
_BAD_RATE = QT_TRANSLATE_NOOP(
    "SnapshotCli", "--rate must be a number of samples per second above 0.")
_RATE_CLAMPED = QT_TRANSLATE_NOOP(
    "SnapshotCli", "NVML refreshes at most {limit} times a second: recording at that rate.")
_RECORDING = QT_TRANSLATE_NOOP(
    "SnapshotCli", "Recording {duration} of telemetry ({rate} per second); Ctrl+C stops early.")
_STOPPED = QT_TRANSLATE_NOOP("SnapshotCli", "Stopped early; saving what was recorded.")

MAX_TRACE_S = 24 * 3600.0


def add_parser(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "snapshot", help="save this machine's GPUs to a file, or show a saved snapshot",
        description="Record GPUs (raw NVML facts, optional telemetry trace) to plan on another "
        "machine with 'gpuscope --snapshot FILE'.")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    save = actions.add_parser("save", help="record this machine's GPUs to FILE")
    save.add_argument("file", metavar="FILE")
    save.add_argument("--trace", type=float, metavar="SECONDS", default=0.0,
                      help="also record a telemetry trace of this many seconds")
    save.add_argument("--rate", type=float, metavar="HZ", default=1.0,
                      help="telemetry samples per second (default 1, at most 6)")
    save.add_argument("--force", action="store_true", help="replace FILE if it exists")
    show = actions.add_parser("show", help="print a snapshot file")
    show.add_argument("file", metavar="FILE")
    show.add_argument("--json", action="store_true", help="print the normalised JSON document")


def _say(message: Message, stream: Any = None) -> None:
    print(message.render(), file=stream or sys.stdout)


def _record_trace(source: GpuSource, seconds: float, rate: float) -> list[TelemetrySample]:
    samples: list[TelemetrySample] = []

    def keep(frame: TelemetryFrame) -> None:
        samples.extend(frame.samples)

    from gpuscope.units import Seconds

    stream = source.telemetry(rate_hz=rate)
    stream.subscribe(keep)
    rate_shown = int(stream.rate_hz) if float(stream.rate_hz).is_integer() else stream.rate_hz
    _say(_RECORDING(duration=Seconds(seconds), rate=rate_shown), sys.stderr)
    stream.start()
    try:
        deadline = time.monotonic() + seconds
        while (left := deadline - time.monotonic()) > 0:
            time.sleep(min(0.1, left))
    except KeyboardInterrupt:
        _say(_STOPPED(), sys.stderr)
    finally:
        stream.stop()
    return samples


def _save(args: argparse.Namespace) -> int:
    if not 0 <= args.trace <= MAX_TRACE_S:
        raise InputError(_BAD_TRACE(limit=int(MAX_TRACE_S)))
    if not args.rate > 0:
        raise InputError(_BAD_RATE())
    if args.rate > MAX_RATE_HZ:
        _say(_RATE_CLAMPED(limit=int(MAX_RATE_HZ)), sys.stderr)
    path = Path(args.file)
    if path.exists() and not args.force:
        raise InputError(_EXISTS(path=str(path)))
    from gpuscope.hardware.snapshot import save_snapshot

    source = open_source(getattr(args, "snapshot", None))
    try:
        status = source.status()
        if not status.available:
            raise GpuscopeError(_NOTHING(reason=status.reason or status.code))
        records = source.devices()
        if not records:
            raise GpuscopeError(_NO_GPU())
        trace = _record_trace(source, args.trace, args.rate) if args.trace > 0 else []
        keep: dict[str, Any] = {}
        if isinstance(source, SnapshotSource):  # re-saving a snapshot keeps where it came from
            old = source.snapshot
            keep = {"host": old.host, "captured_at": old.captured_at}
            trace = trace or list(old.telemetry)
        snap = save_snapshot(path, status, records, trace, mig_instances=source.mig_instances(),
                             **keep)
    finally:
        source.close()
    _say(_SAVED(gpus=_GPUS(len(snap.devices)), samples=_SAMPLES(len(snap.telemetry)),
                path=str(path)))
    return 0


def _show(args: argparse.Namespace) -> int:
    from gpuscope.hardware.snapshot import load_snapshot
    from gpuscope.hardware.snapshot_writer import dumps, to_document

    snap = load_snapshot(args.file)
    if args.json:
        sys.stdout.write(dumps(to_document(snap)))
        return 0
    from gpuscope.cli.snapshot_text import describe_snapshot

    for line in describe_snapshot(snap):
        _say(line)
    return 0


def run(args: argparse.Namespace) -> int:
    return _save(args) if args.action == "save" else _show(args)
