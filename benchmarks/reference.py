"""Reads the measured llama.cpp results (tests/data/reference/llamacpp_bench.csv) into rows the
calibration and the accuracy report share: which preset, quantization, GPU and test each one is."""

from __future__ import annotations

import csv
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gpuscope.errors import GpuscopeError  # noqa: E402
from gpuscope.hardware.catalogue import CatalogueGpu, find_gpu  # noqa: E402
from gpuscope.models.presets import get_preset  # noqa: E402
from gpuscope.models.spec import ModelSpec  # noqa: E402

REFERENCE = ROOT / "tests" / "data" / "reference"
MODELS = (("codellama 7b", "codellama-7b"), ("llama 2 13b", "llama-2-13b"),
          ("llama 2 70b", "llama-2-70b"), ("llama 2 7b", "llama-2-7b"),
          ("llama 7b", "llama-2-7b"), ("openllama 7b", "llama-2-7b"),
          ("qwen2.5-coder-7b", "qwen2.5-coder-7b"))


@dataclass(frozen=True)
class BenchRow:
    gpu_name: str
    gpu: CatalogueGpu
    model: ModelSpec
    quant: str
    test: str  # "tg" or "pp"
    tokens: int  # tokens generated (tg) or in the prompt (pp)
    depth: int  # tokens already in context before the test
    measured: float  # tokens/s
    llama_bench: bool  # a llama-bench tg128 / pp512 row (the accuracy criterion's rows)
    flash_attn: bool
    current: bool  # llama.cpp of the 2025 CUDA scoreboard (builds since August 2025)
    build: str


def _model(text: str) -> ModelSpec | None:
    low = text.lower()
    for key, preset in MODELS:
        if key in low:
            return get_preset(preset)
    return None


def _test(text: str) -> tuple[str, int, int] | None:
    m = re.match(r"(tg|pp)(\d+)(?: @ d(\d+))?$", text.strip())
    if not m:
        return None
    return m.group(1), int(m.group(2)), int(m.group(3) or 0)


def bench_rows() -> list[BenchRow]:
    """CUDA rows with a model preset, a test gpuscope models and a catalogue GPU."""
    rows = []
    with open(REFERENCE / "llamacpp_bench.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            model, test = _model(r["model"]), _test(r["test"])
            if "CUDA" not in r["backend"] or model is None or test is None:
                continue
            name = r["gpu"].split(" (host")[0].replace(" (edition not stated)", "")
            name = re.sub(r"\(([^,()]+),[^)]*\)", r"(\1)", name)  # "(GB10, 128 GB ...)"
            try:
                gpu = find_gpu(name)
            except GpuscopeError:
                continue
            kind, tokens, depth = test
            rows.append(BenchRow(
                r["gpu"], gpu, model, r["quant"].lower(), kind, tokens, depth,
                float(r["tokens_per_s"]), r["test"] in ("tg128", "pp512"),
                r["flash_attn"].strip() == "1",
                r["date"].startswith("2025-08"), r["llama_cpp_build"].split("\n")[0][:24]))
    return rows
