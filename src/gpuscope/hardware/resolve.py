"""Turn what NVML reports about a device into the :class:`GpuSpec` the estimates run against.

A known GPU keeps its datasheet peaks; NVML's own figures win where they describe *this* board:
memory is NVML's total, and the bandwidth from NVML's max memory clock x bus width replaces the
datasheet's when they differ by more than :data:`BANDWIDTH_TOLERANCE` (laptops, memory variants).
An unknown GPU gets peaks derived from NVML's core count and max SM clock, labelled as an upper
bound. Anything NVML could not read degrades to a missing figure with a reason, never an error.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, replace

from gpuscope.errors import InputError
from gpuscope.hardware.catalogue import (
    DENSE_NOTE,
    CatalogueGpu,
    formula_note,
    join_notes,
    match_device,
)
from gpuscope.hardware.device import GEFORCE_BRANDS, DeviceRecord
from gpuscope.hardware.gpu import PEAK_KEYS, SPARSE_KEYS, Figure, GpuSpec, Provenance
from gpuscope.hardware.peaks import (
    bandwidth_from_nvml,
    derive_peaks,
    ops_per_clock,
    per_sm_source,
    rates_for,
    sm_count_from_cores,
)
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import ByteRate, Count, Kind, Percent, Quantity

#: Relative difference above which NVML's computed bandwidth replaces the datasheet's.
BANDWIDTH_TOLERANCE = 0.03

_NO_CC = QT_TRANSLATE_NOOP("Resolve", "NVML did not report the compute capability")
_NO_CORES = QT_TRANSLATE_NOOP(
    "Resolve", "NVML did not report the core count (older driver, or a MIG instance)")
_NO_CLOCK = QT_TRANSLATE_NOOP("Resolve", "NVML did not report the maximum SM clock")
_UNKNOWN_CC = QT_TRANSLATE_NOOP(
    "Resolve", "no per-SM throughput table for compute capability {cc}")
_NO_MEMORY = QT_TRANSLATE_NOOP("Resolve", "NVML did not report the memory size")
_NO_BANDWIDTH = QT_TRANSLATE_NOOP(
    "Resolve", "NVML did not report the memory clock or bus width")
_UPPER_BOUND = QT_TRANSLATE_NOOP(
    "Resolve", "at NVML max clock ({clock}), upper bound (NVIDIA rates peaks at a lower clock)")
_SCALED = QT_TRANSLATE_NOOP(
    "Resolve", "{name} rated clock with the {sms} SMs NVML reports (catalogue: {catalogue_sms})")
_BW_DIFFERS = QT_TRANSLATE_NOOP(
    "Resolve", "differs from the datasheet's {datasheet} by {percent}: this board's memory")

_NVML_MEMORY = "NVML nvmlDeviceGetMemoryInfo().total"
_NVML_BANDWIDTH = ("NVML max memory clock x bus width: 2 x f x bits / 8 "
                   "(per_sm_throughput.md §4)")
_NO_TENSOR_NAMES = re.compile(r"\b(gtx\s*16\d\d|mx\s*\d{3})", re.IGNORECASE)


@dataclass(frozen=True)
class ResolvedGpu:
    """A device with the spec to estimate with, where each figure came from, and what is missing.

    ``peaks_source``: ``catalogue`` (datasheet / catalogue figures), ``derived`` (unknown GPU:
    NVML cores and max clock, an upper bound) or ``mixed`` (a known name whose NVML core count
    differs from the catalogue's: the catalogue's rated clocks with NVML's SM count). ``missing``
    maps a figure (a peak key, ``memory``, ``bandwidth``) to why it could not be had; such a
    figure is ``None`` (peaks, bandwidth) or has value 0 (memory); ``spec.unknown`` holds the same.
    """

    spec: GpuSpec
    entry: CatalogueGpu | None
    peaks_source: str
    record: DeviceRecord | None = None
    missing: Mapping[str, Message] = field(default_factory=dict)


def resolve_device(record: DeviceRecord) -> ResolvedGpu:
    """Match ``record`` against the catalogue and build its :class:`GpuSpec`."""
    entry = match_device(record.name, record.memory_total_bytes, record.pci_device_id,
                         record.cuda_cores)
    missing: dict[str, Message] = {}
    if entry is not None:
        spec, source = _from_catalogue(entry, record, missing)
    else:
        spec, source = _derived_spec(record, missing), "derived"
    return ResolvedGpu(replace(spec, unknown=dict(missing)), entry, source, record, missing)


def _memory(record: DeviceRecord, entry: CatalogueGpu | None,
            missing: dict[str, Message]) -> Figure:
    if record.memory_total_bytes:
        return Figure(float(record.memory_total_bytes), Provenance.MEASURED, _NVML_MEMORY)
    if entry is not None:
        return entry.to_spec().memory_bytes
    missing["memory"] = _NO_MEMORY()
    return Figure(0.0, Provenance.MEASURED, _NVML_MEMORY, _NO_MEMORY().render())


def _nvml_bandwidth(record: DeviceRecord) -> float | None:
    if record.max_mem_clock_mhz and record.memory_bus_width_bits:
        return bandwidth_from_nvml(record.max_mem_clock_mhz, record.memory_bus_width_bits)
    return None


def _from_catalogue(entry: CatalogueGpu, record: DeviceRecord,
                    missing: dict[str, Message]) -> tuple[GpuSpec, str]:
    spec = entry.to_spec()
    bandwidth = spec.bandwidth
    assert bandwidth is not None  # every catalogue entry has its datasheet bandwidth
    nvml_bw = _nvml_bandwidth(record)
    if nvml_bw is not None and abs(nvml_bw / bandwidth.value - 1) > BANDWIDTH_TOLERANCE:
        note = _BW_DIFFERS(datasheet=ByteRate(bandwidth.value),
                           percent=Percent(100 * (nvml_bw / bandwidth.value - 1)))
        bandwidth = Figure(nvml_bw, Provenance.DERIVED, _NVML_BANDWIDTH, note.render())
    peaks, source = dict(spec.peaks), "catalogue"
    cores = record.cuda_cores
    cc = record.compute_capability or entry.compute_capability
    sm = sm_count_from_cores(cc, cores) if cores else None
    if sm is not None and sm != entry.sm_count:
        # Same name, different silicon (a cut-down variant): scale at the rated clocks.
        note = _SCALED(name=entry.name, sms=Count(sm), catalogue_sms=Count(entry.sm_count))
        peaks = _derived_figures(cc, sm, entry.boost_clock_mhz, entry.geforce,
                                 entry.tensor_clock_mhz, entry.tensor_cores, note, entry.sparsity)
        source = "mixed"
    memory = _memory(record, entry, missing)
    spec = replace(spec, name=record.name or spec.name, memory_bytes=memory, bandwidth=bandwidth,
                   peaks=peaks, sm_count=sm or spec.sm_count, cuda_cores=cores or spec.cuda_cores)
    return spec, source


def _derived_figures(cc: tuple[int, int], sm: int, clock: float, geforce: bool,
                     tensor_clock: float | None, tensor_cores: bool, clock_note: Message,
                     sparsity: bool) -> dict[str, Figure | None]:
    values = derive_peaks(cc, sm, clock, geforce, tensor_clock, tensor_cores)
    out: dict[str, Figure | None] = {}
    for key in PEAK_KEYS:
        value = values[key]
        if value is None:
            out[key] = None
            continue
        used = tensor_clock if (tensor_clock and key != "fp32") else clock
        ops = ops_per_clock(cc, key, geforce, tensor_cores) or 0
        notes = [formula_note(ops, sm, used), clock_note]
        if sparsity and key in SPARSE_KEYS:
            notes.append(DENSE_NOTE())
        out[key] = Figure(value, Provenance.DERIVED, per_sm_source(cc), join_notes(notes))
    return out


def _derived_spec(record: DeviceRecord, missing: dict[str, Message]) -> GpuSpec:
    cc = record.compute_capability
    peaks: dict[str, Figure | None] = {key: None for key in PEAK_KEYS}
    sm = sm_count_from_cores(cc, record.cuda_cores) if cc and record.cuda_cores else None
    reason: Message | None = None
    if cc is None:
        reason = _NO_CC()
    elif not record.cuda_cores:
        reason = _NO_CORES()
    elif sm is None or rates_for(cc) is None:
        reason = _UNKNOWN_CC(cc=f"{cc[0]}.{cc[1]}")
    elif not record.max_sm_clock_mhz:
        reason = _NO_CLOCK()
    if reason is not None:
        missing.update({key: reason for key in PEAK_KEYS})
    else:
        assert cc is not None and sm is not None and record.max_sm_clock_mhz
        geforce = (record.brand or "") in GEFORCE_BRANDS
        tensor_cores = _NO_TENSOR_NAMES.search(record.name) is None
        clock = float(record.max_sm_clock_mhz)
        note = _UPPER_BOUND(clock=Quantity(clock, Kind.MHZ))
        peaks = _derived_figures(cc, sm, clock, geforce, None, tensor_cores, note, cc >= (8, 0))
    nvml_bw = _nvml_bandwidth(record)
    if nvml_bw is None:
        missing["bandwidth"] = _NO_BANDWIDTH()
    bandwidth = None if nvml_bw is None else Figure(nvml_bw, Provenance.DERIVED, _NVML_BANDWIDTH)
    return GpuSpec(
        name=record.name, architecture=architecture_for(cc), compute_capability=cc or (0, 0),
        memory_bytes=_memory(record, None, missing), bandwidth=bandwidth, peaks=peaks,
        segment=_segment(record), sm_count=sm, cuda_cores=record.cuda_cores,
        boost_clock_mhz=record.max_sm_clock_mhz, sparsity=bool(cc and cc >= (8, 0)),
    )


_ARCHITECTURES = {3: "Kepler", 5: "Maxwell", 6: "Pascal", 9: "Hopper", 10: "Blackwell",
                  11: "Blackwell", 12: "Blackwell"}


def architecture_for(cc: tuple[int, int] | None) -> str:
    """NVIDIA's architecture name for a compute capability ('' when unknown)."""
    if cc is None:
        return ""
    if cc[0] == 7:
        return "Turing" if cc[1] >= 5 else "Volta"
    if cc[0] == 8:
        return "Ada Lovelace" if cc[1] >= 9 else "Ampere"
    return _ARCHITECTURES.get(cc[0], "")


def _segment(record: DeviceRecord) -> str:
    name = record.name.lower()
    if "laptop" in name or "max-q" in name or "mobile" in name:
        return "laptop"
    brand = record.brand or ""
    if brand in GEFORCE_BRANDS:
        return "geforce"
    if brand.startswith(("Quadro", "NVIDIA RTX")):
        return "workstation"
    return "datacenter" if brand else "geforce"


_OVERRIDE_KEYS = ("memory", "bandwidth", *PEAK_KEYS)
_BAD_OVERRIDE_KEY = QT_TRANSLATE_NOOP(
    "Resolve", "Cannot override '{key}': use one of {keys}.")
_BAD_OVERRIDE_VALUE = QT_TRANSLATE_NOOP(
    "Resolve", "Override for '{key}' must be a positive number, not '{value}'.")


def apply_overrides(spec: GpuSpec, overrides: Mapping[str, float],
                    source: str = "user override") -> GpuSpec:
    """``spec`` with figures replaced by the user's (base units: bytes, bytes/s, FLOP/s).

    Keys: ``memory``, ``bandwidth`` or a peak key (``fp32``, ``fp16``, ...). A power-limited card,
    a laptop at low TGP or a measured benchmark are the usual reasons; each replaced figure is
    labelled :attr:`Provenance.OVERRIDE`.
    """
    for key, value in overrides.items():
        if key not in _OVERRIDE_KEYS:
            raise InputError(_BAD_OVERRIDE_KEY(key=key, keys=", ".join(_OVERRIDE_KEYS)))
        try:
            number = float(value)
        except (TypeError, ValueError):
            number = float("nan")
        if not math.isfinite(number) or number <= 0:
            raise InputError(_BAD_OVERRIDE_VALUE(key=key, value=str(value)))
        spec = spec.with_override(key, number, source)
    return spec


def with_overrides(resolved: ResolvedGpu, overrides: Mapping[str, float]) -> ResolvedGpu:
    """``resolved`` with :func:`apply_overrides` applied to its spec."""
    return replace(resolved, spec=apply_overrides(resolved.spec, overrides))
