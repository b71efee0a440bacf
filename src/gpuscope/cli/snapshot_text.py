"""A snapshot in words (``gpuscope snapshot show``): one translatable message per line."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from gpuscope.hardware.device import DeviceRecord
from gpuscope.hardware.fields import reason_message
from gpuscope.hardware.snapshot import Snapshot
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate
from gpuscope.units import Bytes, Count, Kind, Percent, Quantity, Seconds, Timestamp

_NA = QT_TRANSLATE_NOOP("SnapshotCli", "n/a")
_UNKNOWN = QT_TRANSLATE_NOOP("SnapshotCli", "unknown")
_HEAD = QT_TRANSLATE_NOOP("SnapshotCli", "Snapshot of {host}, taken {captured_at}")
_DRIVER = QT_TRANSLATE_NOOP("SnapshotCli", "NVIDIA driver {driver}, CUDA {cuda}")
_GPU = QT_TRANSLATE_NOOP(
    "SnapshotCli", "GPU {index}: {name} ({brand}, PCI ID {pci}, compute capability {cc})")
_CORES = QT_TRANSLATE_NOOP(
    "SnapshotCli", "  CUDA cores {cores}; max clocks: SM {sm}, memory {mem}; memory bus {bus} bit")
_MEMORY = QT_TRANSLATE_NOOP(
    "SnapshotCli", "  memory {total} total, {used} used; power limit {power}; MIG {mig}")
_MIG_ON = translate("SnapshotCli", "on (%n instance(s))", None, 1)
_MIG_OFF = QT_TRANSLATE_NOOP("SnapshotCli", "off")
_MIG_INSTANCE = QT_TRANSLATE_NOOP("SnapshotCli", "    {name}: {total} total, {used} used")
_MISSING = QT_TRANSLATE_NOOP("SnapshotCli", "  not available: {field} ({reason})")
_TRACE = translate("SnapshotCli", "Telemetry: %n sample(s) over {duration}", None, 1)
_NO_TRACE = QT_TRANSLATE_NOOP("SnapshotCli", "Telemetry: none recorded")
_TRACE_GPU = QT_TRANSLATE_NOOP(
    "SnapshotCli", "  GPU {index}: utilization {util}, power {power}, temperature {temp}, "
    "SM clock {clock}")
_SPAN = QT_TRANSLATE_NOOP("SnapshotCli", "{low} to {high}")


def _or_na(value: Any, make: Callable[[Any], Any] = lambda v: v) -> Any:
    return _NA() if value is None else make(value)


def _mhz(v: float) -> Quantity:
    return Quantity(v, Kind.MHZ)


def _watts(mw: float) -> Quantity:
    return Quantity(mw / 1000.0, Kind.WATTS)


def _celsius(v: float) -> Quantity:
    return Quantity(v, Kind.CELSIUS)


def _device_lines(snap: Snapshot, r: DeviceRecord) -> Iterator[Message]:
    cc = r.compute_capability
    yield _GPU(index=r.index, name=r.name, brand=_or_na(r.brand),
               pci=_or_na(r.pci_device_id, lambda v: f"0x{v:04X}"),
               cc=_or_na(cc, lambda c: f"{c[0]}.{c[1]}"))
    yield _CORES(cores=_or_na(r.cuda_cores, Count), sm=_or_na(r.max_sm_clock_mhz, _mhz),
                 mem=_or_na(r.max_mem_clock_mhz, _mhz), bus=_or_na(r.memory_bus_width_bits))
    mig = snap.mig_instances.get(r.index, ())
    mig_text = _NA() if r.mig_mode is None else _MIG_ON(len(mig)) if r.mig_mode else _MIG_OFF()
    yield _MEMORY(total=_or_na(r.memory_total_bytes, Bytes),
                  used=_or_na(r.memory_used_bytes, Bytes),
                  power=_or_na(r.power_limit_mw, _watts), mig=mig_text)
    for m in mig:
        yield _MIG_INSTANCE(name=m.name, total=_or_na(m.memory_total_bytes, Bytes),
                            used=_or_na(m.memory_used_bytes, Bytes))
    for field_name, reason in sorted(r.unavailable.items()):
        yield _MISSING(field=field_name, reason=reason_message(reason))


def _span(values: list[float], make: Callable[[float], Any]) -> Any:
    if not values:
        return _NA()
    return _SPAN(low=make(min(values)), high=make(max(values)))


def describe_snapshot(snap: Snapshot) -> Iterator[Message]:
    """The lines ``gpuscope snapshot show`` prints."""
    # "unknown", as the snapshot's description in detect and the window says
    when = Timestamp.parse(snap.captured_at) or snap.captured_at or _UNKNOWN()
    yield _HEAD(host=snap.host or _UNKNOWN(), captured_at=when)
    yield _DRIVER(driver=_or_na(snap.driver_version), cuda=_or_na(snap.cuda_driver_version))
    for r in snap.devices:
        yield from _device_lines(snap, r)
    if not snap.telemetry:
        yield _NO_TRACE()
        return
    yield _TRACE(len(snap.telemetry), duration=Seconds(snap.duration_s))
    for r in snap.devices:
        mine = [s for s in snap.telemetry if s.device == r.index]

        def col(name: str, rows: list[Any] = mine) -> list[float]:
            return [getattr(s, name) for s in rows if getattr(s, name) is not None]

        yield _TRACE_GPU(index=r.index, util=_span(col("gpu_util_percent"), Percent),
                         power=_span(col("power_mw"), _watts),
                         temp=_span(col("temperature_c"), _celsius),
                         clock=_span(col("sm_clock_mhz"), _mhz))
