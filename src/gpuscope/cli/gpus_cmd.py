"""``gpuscope gpus [--json] [--search TEXT]``: the GPU catalogue with its dense peaks."""

from __future__ import annotations

import argparse
import json
import re
from typing import Any

from gpuscope.errors import NotFoundError, closest
from gpuscope.hardware.catalogue import GPU_KIND, CatalogueGpu, all_gpus
from gpuscope.hardware.gpu import PEAK_KEYS
from gpuscope.text import ENGLISH, QT_TRANSLATE_NOOP
from gpuscope.units import PlainFormatter

_HELP = QT_TRANSLATE_NOOP("GpusCmd", "list the GPU catalogue: VRAM, bandwidth, dense peaks")
_HEADER = QT_TRANSLATE_NOOP(
    "GpusCmd", "Dense peaks, no sparsity (NVIDIA's with-sparsity figures are 2× on CC ≥ 8.0).")
_LEGEND = QT_TRANSLATE_NOOP(
    "GpusCmd", "FP16 = tensor math with FP32 accumulate; INT8 on Pascal and Volta is DP4A on the CUDA cores. * = derived from the per-SM table (others: NVIDIA datasheets). - = no such unit. VRAM is nominal.")  # noqa: E501
_COLUMNS = (
    QT_TRANSLATE_NOOP("GpusCmd", "GPU"),
    QT_TRANSLATE_NOOP("GpusCmd", "Architecture"),
    QT_TRANSLATE_NOOP("GpusCmd", "CC"),
    QT_TRANSLATE_NOOP("GpusCmd", "VRAM GiB"),
    QT_TRANSLATE_NOOP("GpusCmd", "BW GB/s"),
    QT_TRANSLATE_NOOP("GpusCmd", "FP32 TFLOPS"),
    QT_TRANSLATE_NOOP("GpusCmd", "FP16 TFLOPS"),
    QT_TRANSLATE_NOOP("GpusCmd", "INT8 TOPS"),
)
_COUNT = QT_TRANSLATE_NOOP("GpusCmd", "{count} GPUs.")


def add_parser(sub: Any) -> None:
    parser = sub.add_parser("gpus", help=_HELP().render(), description=_HELP().render())
    parser.add_argument("--json", action="store_true",
                        help="machine-readable list (bytes, bytes/s, FLOP/s; null = no such unit)")
    parser.add_argument("--search", metavar="TEXT",
                        help="only GPUs whose name, id, NVML name, chip or architecture "
                        "has a word starting with each word of TEXT")


def search(text: str) -> list[CatalogueGpu]:
    """Entries where every word of ``text`` starts a word of the name, id, NVML names, chip,
    architecture, segment or memory size ('a100' finds the A100s, not the GA100-based A30)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    found = []
    for gpu in all_gpus():
        hay = " ".join((gpu.id, gpu.name, *gpu.nvml_names, gpu.chip, gpu.architecture,
                        gpu.segment, f"{gpu.memory_gib:g}gb")).lower()
        tokens = re.findall(r"[a-z0-9]+", hay)
        if all(any(tok.startswith(word) for tok in tokens) for word in words):
            found.append(gpu)
    return found


def gpu_json(gpu: CatalogueGpu) -> dict[str, Any]:
    """One catalogue entry in base units (the ``--json`` row)."""
    return {
        "id": gpu.id, "name": gpu.name, "nvml_names": list(gpu.nvml_names),
        "pci_device_ids": [f"0x{p:04x}" for p in gpu.pci_device_ids],
        "segment": gpu.segment, "architecture": gpu.architecture, "chip": gpu.chip,
        "compute_capability": list(gpu.compute_capability), "sm_count": gpu.sm_count,
        "cuda_cores": gpu.cuda_cores, "boost_clock_mhz": gpu.boost_clock_mhz,
        "tensor_clock_mhz": gpu.tensor_clock_mhz, "memory_bytes": gpu.memory_bytes,
        "memory_type": gpu.memory_type, "bus_width_bits": gpu.bus_width_bits,
        "bandwidth_bytes_per_s": gpu.bandwidth_bytes_per_s, "tdp_w": gpu.tdp_w,
        "sparsity": gpu.sparsity, "unified_memory": gpu.unified_memory,
        "peaks": {key: gpu.peak(key) for key in PEAK_KEYS},
        "peaks_provenance": dict(gpu.peaks_provenance),
        "sources": [gpu.cite((key,)) for key in gpu.source], "notes": gpu.notes,
    }


def _cell(gpu: CatalogueGpu, key: str, fmt: PlainFormatter) -> str:
    value = gpu.peaks_tflops.get(key)
    if value is None:
        return "-"
    mark = "*" if gpu.peaks_provenance.get(key) == "derived" else ""
    return fmt.number(value, 1) + mark


def _table(gpus: list[CatalogueGpu]) -> str:
    fmt = PlainFormatter()
    rows = [[ENGLISH.text(col) for col in _COLUMNS]]
    for gpu in gpus:
        cc = f"{gpu.compute_capability[0]}.{gpu.compute_capability[1]}"
        rows.append([gpu.name, gpu.architecture, cc, fmt.number(gpu.memory_gib, 0),
                     fmt.number(gpu.bandwidth_gbs, 0), _cell(gpu, "fp32", fmt),
                     _cell(gpu, "fp16", fmt), _cell(gpu, "int8", fmt)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        pairs = enumerate(zip(row, widths, strict=True))
        cells = [c.ljust(w) if i < 3 else c.rjust(w) for i, (c, w) in pairs]
        lines.append("  ".join(cells).rstrip())
    return "\n".join(lines)


def run(args: argparse.Namespace) -> int:
    gpus = list(all_gpus())
    if args.search:
        gpus = search(args.search)
        if not gpus:
            names = [g.name for g in all_gpus()]
            raise NotFoundError(GPU_KIND(), args.search, closest(args.search, names))
    if args.json:
        print(json.dumps([gpu_json(g) for g in gpus], indent=2, ensure_ascii=False))
        return 0
    print(_HEADER().render())
    print(_LEGEND().render())
    print()
    print(_table(gpus))
    print()
    print(_COUNT(count=len(gpus)).render())
    return 0
