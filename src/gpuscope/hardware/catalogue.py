"""The bundled GPU catalogue (``resources/gpus.json``) and the name matching real devices need.

Each entry carries NVIDIA's datasheet figures (``published``) or figures derived from the per-SM
table (``derived``), with the documents they come from. :func:`match_device` maps what NVML reports
(name, memory, PCI device ID, core count) to an entry; :func:`find_gpu` answers a user's query.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from gpuscope.errors import InputError, NotFoundError, closest
from gpuscope.hardware.gpu import PEAK_KEYS, SPARSE_KEYS, Figure, GpuSpec, Provenance
from gpuscope.hardware.peaks import ops_per_clock, per_sm_source
from gpuscope.paths import resource
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import Count, Kind, Quantity

GPU_KIND = QT_TRANSLATE_NOOP("Hardware", "GPU")
_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Hardware", "'{query}' matches {count} GPUs ({names}); type the model number, or list them "
                "with 'gpuscope gpus --search {query}'.")
_NO_GPU_MATCH = QT_TRANSLATE_NOOP(
    "Hardware", "Unknown GPU '{query}'; search the catalogue with 'gpuscope gpus --search TEXT'.")
_FORMULA = QT_TRANSLATE_NOOP("Hardware", "{ops} ops/clk/SM × {sms} SMs × {clock}")
_DATASHEET = QT_TRANSLATE_NOOP("Hardware", "datasheet figure")
DENSE_NOTE = QT_TRANSLATE_NOOP("Hardware", "dense (NVIDIA's with-sparsity figure is 2×)")
_LAPTOP = QT_TRANSLATE_NOOP(
    "Hardware", "laptop: the real clock depends on the maker's power limit (TGP), an upper bound")
_NOMINAL = QT_TRANSLATE_NOOP("Hardware", "nominal capacity")
GIB = 1024**3
#: Sources that name a device (driver tables, PCI IDs) rather than rate its throughput.
_NAMING_SOURCES = frozenset({"nv-kernel-readme", "pci-ids"})


@dataclass(frozen=True)
class CatalogueGpu:
    """One catalogue entry; peaks in TFLOPS/TOPS dense as stored (see :meth:`peak` for FLOP/s)."""

    id: str
    name: str
    nvml_names: tuple[str, ...]
    pci_device_ids: tuple[int, ...]
    segment: str
    architecture: str
    chip: str
    compute_capability: tuple[int, int]
    sm_count: int
    cuda_cores: int
    boost_clock_mhz: float
    tensor_clock_mhz: float | None
    memory_gib: float
    memory_type: str
    bus_width_bits: int | None
    memory_clock_mhz: int | None
    bandwidth_gbs: float
    tdp_w: float | None
    fp32_accumulate_rate: str | None  # "full" | "half" | None (no tensor cores)
    tensor_cores: bool
    sparsity: bool
    unified_memory: bool
    peaks_tflops: Mapping[str, float | None]
    peaks_provenance: Mapping[str, str]  # key -> "published" | "derived" (non-null keys only)
    source: tuple[str, ...]
    peaks_source: tuple[str, ...]
    notes: str

    @property
    def memory_bytes(self) -> int:
        """Nominal capacity in bytes (GiB x 2^30)."""
        return int(round(self.memory_gib * GIB))

    @property
    def bandwidth_bytes_per_s(self) -> float:
        return self.bandwidth_gbs * 1e9

    @property
    def geforce(self) -> bool:
        """Whether the half-rate FP32-accumulate rule applies."""
        return self.fp32_accumulate_rate == "half"

    def peak(self, key: str) -> float | None:
        """Dense peak in FLOP/s (OP/s), None where there is no such unit."""
        value = self.peaks_tflops.get(key)
        return None if value is None else float(value) * 1e12

    def provenance(self, key: str) -> Provenance | None:
        kind = self.peaks_provenance.get(key)
        return None if kind is None else Provenance(kind)

    def cite(self, keys: tuple[str, ...] | None = None) -> str:
        """The documents behind this entry (or behind ``keys``), as one string."""
        sources = sources_index()
        chosen = keys if keys is not None else tuple(
            k for k in self.source if k not in _NAMING_SOURCES)
        return "; ".join(sources[k] for k in chosen)

    def peak_figure(self, key: str) -> Figure | None:
        value = self.peak(key)
        if value is None:
            return None
        sparse = [DENSE_NOTE()] if self.sparsity and key in SPARSE_KEYS else []
        if self.provenance(key) is Provenance.PUBLISHED and self.peaks_source:
            return Figure(value, Provenance.PUBLISHED, self.cite(self.peaks_source),
                          join_notes([_DATASHEET(), *sparse]))
        tensor = key != "fp32" and self.tensor_clock_mhz is not None
        clock = self.tensor_clock_mhz if tensor else self.boost_clock_mhz
        ops = ops_per_clock(self.compute_capability, key, self.geforce, self.tensor_cores)
        how = [formula_note(ops, self.sm_count, clock)] if ops else []
        bound = [_LAPTOP()] if self.segment == "laptop" else []
        source = "; ".join((per_sm_source(self.compute_capability), self.cite()))
        return Figure(value, Provenance.DERIVED, source, join_notes([*how, *sparse, *bound]))

    def to_spec(self) -> GpuSpec:
        """The catalogue's view of this GPU: nominal memory, datasheet bandwidth and peaks."""
        cited = self.cite()
        return GpuSpec(
            name=self.name, architecture=self.architecture,
            compute_capability=self.compute_capability,
            memory_bytes=Figure(float(self.memory_bytes), Provenance.PUBLISHED, cited,
                                _NOMINAL().render()),
            bandwidth=Figure(self.bandwidth_bytes_per_s, Provenance.PUBLISHED, cited),
            peaks={key: self.peak_figure(key) for key in PEAK_KEYS},
            catalogue_id=self.id, segment=self.segment, memory_type=self.memory_type,
            sm_count=self.sm_count, cuda_cores=self.cuda_cores,
            boost_clock_mhz=self.boost_clock_mhz, tdp_w=self.tdp_w, sparsity=self.sparsity,
            unified_memory=self.unified_memory,
        )


def formula_note(ops: int, sms: int, clock_mhz: float) -> Message:
    """'2048 ops/clk/SM × 128 SMs × 2,520 MHz': the arithmetic behind a derived peak."""
    return _FORMULA(ops=Count(ops), sms=Count(sms), clock=Quantity(clock_mhz, Kind.MHZ))


def join_notes(parts: list[Message]) -> str:
    """Notes rendered in English and joined (``Figure.note`` is plain text)."""
    return "; ".join(part.render() for part in parts)


def _entry(raw: dict) -> CatalogueGpu:
    peaks = {k: raw["peaks"].get(k) for k in PEAK_KEYS}
    prov = raw["peaks_provenance"]
    if isinstance(prov, str):
        prov = {k: prov for k, v in peaks.items() if v is not None}
    return CatalogueGpu(
        id=raw["id"], name=raw["name"], nvml_names=tuple(raw["nvml_names"]),
        pci_device_ids=tuple(int(p, 16) for p in raw["pci_device_ids"]),
        segment=raw["segment"], architecture=raw["architecture"], chip=raw["chip"],
        compute_capability=(raw["compute_capability"][0], raw["compute_capability"][1]),
        sm_count=raw["sm_count"], cuda_cores=raw["cuda_cores"],
        boost_clock_mhz=raw["boost_clock_mhz"], tensor_clock_mhz=raw.get("tensor_clock_mhz"),
        memory_gib=raw["memory_gib"], memory_type=raw["memory_type"],
        bus_width_bits=raw["bus_width_bits"], memory_clock_mhz=raw["memory_clock_mhz"],
        bandwidth_gbs=raw["bandwidth_gbs"], tdp_w=raw["tdp_w"],
        fp32_accumulate_rate=raw["fp32_accumulate_rate"], tensor_cores=raw["tensor_cores"],
        sparsity=raw["sparsity"], unified_memory=raw["unified_memory"], peaks_tflops=peaks,
        peaks_provenance=prov, source=tuple(raw["source"]),
        peaks_source=tuple(raw.get("peaks_source", ())), notes=raw["notes"],
    )


def canonical_name(name: str) -> str:
    """Lower case, single spaces, no 'NVIDIA '/'GeForce '/'Tesla ' prefix: the matching key."""
    text = " ".join(name.lower().replace("_", " ").replace("(tm)", "").split())
    text = re.sub(r"(\d)(ti|super)\b", r"\1 \2", text)
    text = re.sub(r"(\d+)\s+gb\b", r"\1gb", text)
    for prefix in ("nvidia ", "geforce ", "tesla "):
        if text.startswith(prefix):
            text = text[len(prefix):]
    return text


def _tokens(text: str) -> tuple[str, ...]:
    return tuple(re.findall(r"[a-z0-9]+", canonical_name(text)))


@dataclass(frozen=True)
class _Catalogue:
    gpus: tuple[CatalogueGpu, ...]
    sources: Mapping[str, str]
    by_id: Mapping[str, CatalogueGpu]
    by_name: Mapping[str, tuple[CatalogueGpu, ...]]
    by_pci: Mapping[int, tuple[CatalogueGpu, ...]]


@cache
def _load() -> _Catalogue:
    with open(resource("gpus.json"), encoding="utf-8") as fh:
        doc = json.load(fh)
    gpus = tuple(_entry(raw) for raw in doc["gpus"])
    by_name: dict[str, list[CatalogueGpu]] = {}
    by_pci: dict[int, list[CatalogueGpu]] = {}
    for gpu in gpus:
        for key in {canonical_name(n) for n in (gpu.name, *gpu.nvml_names)}:
            by_name.setdefault(key, []).append(gpu)
        for pci in gpu.pci_device_ids:
            by_pci.setdefault(pci, []).append(gpu)
    return _Catalogue(gpus, dict(doc["sources"]), {g.id: g for g in gpus},
                      {k: tuple(v) for k, v in by_name.items()},
                      {k: tuple(v) for k, v in by_pci.items()})


def all_gpus() -> tuple[CatalogueGpu, ...]:
    """Every catalogue entry, in catalogue order (oldest architecture first)."""
    return _load().gpus


def sources_index() -> Mapping[str, str]:
    """Source key -> citation."""
    return _load().sources


def get_gpu(gpu_id: str) -> CatalogueGpu | None:
    return _load().by_id.get(gpu_id)


_FILLER = frozenset({"generation", "gen", "edition", "graphics", "card", "gpu"})


def _best_subset_match(cat: _Catalogue, wanted: set[str],
                       memory_gib: int | None) -> CatalogueGpu | None:
    """The entry whose name holds every wanted token: the shortest name, then catalogue order;
    with a memory hint, the variant nearest that size first."""
    best: tuple[float, int, int] | None = None
    found: CatalogueGpu | None = None
    for order, gpu in enumerate(cat.gpus) if wanted else ():
        for key in (gpu.id.replace("-", " "), gpu.name, *gpu.nvml_names):
            toks = _tokens(key)
            if not wanted <= set(toks):
                continue
            gap = abs(gpu.memory_gib - memory_gib) if memory_gib is not None else 0.0
            rank = (gap, len(toks), order)
            if best is None or rank < best:
                best, found = rank, gpu
    return found


def find_gpu(query: str) -> CatalogueGpu:
    """A user's GPU query ('RTX 4090', 'a100 80gb', 'rtx-4090-laptop', 'Tesla T4')."""
    cat = _load()
    text = query.strip()
    if text.lower() in cat.by_id:
        return cat.by_id[text.lower()]
    exact = cat.by_name.get(canonical_name(text))
    if exact:
        return exact[0]
    wanted = set(_tokens(text)) - _FILLER
    if wanted and not any(any(c.isdigit() for c in t) for t in wanted):
        _refuse_ambiguous(cat, query, wanted)  # "RTX", "Titan": no model number, several GPUs
    found = _best_subset_match(cat, wanted, None)
    if found is None:  # "RTX 4090 24GB", "RTX A6000 48GB": the size picks among variants
        sizes = {t for t in wanted if re.fullmatch(r"\d+gb", t)}
        if sizes:
            hint = int(next(iter(sizes))[:-2])
            found = _best_subset_match(cat, wanted - sizes, hint)
    if found is not None:
        return found
    names = [g.name for g in cat.gpus] + [g.id for g in cat.gpus]
    matches = closest(query, names)
    if matches:
        raise NotFoundError(GPU_KIND(), query, matches)
    error = NotFoundError(GPU_KIND(), query, [])
    error.message = _NO_GPU_MATCH(query=query)  # nothing alike: point to the search
    raise error


def _refuse_ambiguous(cat: _Catalogue, query: str, wanted: set[str]) -> None:
    """InputError listing the GPUs a query without a model number matches, when more than one
    does (never silently the first of them)."""
    hits = [g for g in cat.gpus
            if any(wanted <= set(_tokens(k)) for k in (g.id.replace("-", " "), g.name,
                                                        *g.nvml_names))]
    if len(hits) > 1:
        shown = ", ".join(g.name for g in hits[:8]) + (", …" if len(hits) > 8 else "")
        raise InputError(_AMBIGUOUS(query=query, count=Count(len(hits)), names=shown))


def match_device(name: str, memory_bytes: int | None = None, pci_device_id: int | None = None,
                 cuda_cores: int | None = None) -> CatalogueGpu | None:
    """The catalogue entry for a device NVML reports, or None for an unknown GPU.

    The name (case-insensitive, 'NVIDIA ' optional, 'Laptop GPU' significant) gives candidates; the
    PCI device ID picks among them (and stands in when the name is unknown; a name that contradicts
    it wins, since the driver derives the name from the full subsystem ID); the core count, then the
    memory size (NVML's total is a little below nominal, so the nearest nominal size) settle
    variants such as RTX 3060 8 / 12 GB or A100 40 / 80 GB.
    """
    cat = _load()
    candidates = cat.by_name.get(canonical_name(name), ())
    if pci_device_id is not None:
        by_pci = cat.by_pci.get(int(pci_device_id), ())
        both = tuple(g for g in candidates if g in by_pci)
        candidates = both or candidates or by_pci
    if len(candidates) > 1 and cuda_cores:
        same = tuple(g for g in candidates if g.cuda_cores == cuda_cores)
        candidates = same or candidates
    if len(candidates) > 1 and memory_bytes:
        return min(candidates, key=lambda g: abs(math.log(memory_bytes / g.memory_bytes)))
    return candidates[0] if candidates else None
