"""Efficiency constants fitted to measured llama.cpp results (``resources/calibration.json``).

Roofline ceilings overestimate real speed, and not by one constant (DESIGN.md §5): an RTX 4090 gets
~70 % of its bandwidth ceiling on a 7B Q4_0 model, an A100 ~37 %, because each layer also costs a
fixed time (kernel launches, synchronisation) that depends on the architecture's llama.cpp kernels.
``benchmarks/calibrate.py`` fits, per architecture family, that per-layer time and the fraction of
tensor peak prefill reaches, plus one bandwidth efficiency, and records its leave-one-GPU-out
errors; the engine reads them here. Families without measurements borrow the nearest family's
constants and widen the uncertainty band.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache

from gpuscope.paths import resource

#: compute capability (major, minor) -> architecture family used by the calibration
FAMILY_BY_CC: dict[tuple[int, int], str] = {
    (3, 5): "kepler", (3, 7): "kepler", (5, 0): "maxwell", (5, 2): "maxwell",
    (6, 0): "pascal", (6, 1): "pascal", (6, 2): "pascal", (7, 0): "volta", (7, 2): "volta",
    (7, 5): "turing", (8, 0): "ampere_dc", (8, 6): "ampere", (8, 7): "ampere",
    (8, 9): "ada", (9, 0): "hopper", (10, 0): "blackwell_dc", (10, 3): "blackwell_dc",
    (11, 0): "blackwell", (12, 0): "blackwell", (12, 1): "blackwell",
}


#: board power per SM of the reference card (an RTX 4090: 450 W / 128 SMs)
REF_W_PER_SM = 3.5


def watts_per_sm(gpu) -> float:  # GpuSpec
    """Board power per SM: tensor-heavy kernels are power-limited, so sustained clocks (and the
    share of the boost-clock peak reached) fall on cards with less power per SM."""
    if gpu.tdp_w and gpu.sm_count:
        return gpu.tdp_w / gpu.sm_count
    return REF_W_PER_SM


def power_scale(w_per_sm: float, exponent: float) -> float:
    return (w_per_sm / REF_W_PER_SM) ** exponent


def family_of(cc: tuple[int, int]) -> str:
    if cc in FAMILY_BY_CC:
        return FAMILY_BY_CC[cc]
    return "blackwell" if cc >= (10, 0) else "pascal"


@dataclass(frozen=True)
class FamilyConstants:
    family: str
    layer_overhead_s: float  # fixed time per layer per decode step
    prefill_efficiency_mmq: float  # fraction of the INT8 (or DP4A) peak llama.cpp's MMQ reaches
    prefill_efficiency_gemm: float  # fraction of the FP16 peak cuBLAS / PyTorch GEMMs reach
    calibrated: bool  # False: borrowed from ``borrowed_from``
    borrowed_from: str = ""
    n_gpus: int = 0


@dataclass(frozen=True)
class Calibration:
    bandwidth_efficiency: float
    prefill_power_exponent: float
    dequant_ops_per_weight: dict[str, float]
    decode_uncertainty: float  # relative half-width of the band (log scale)
    prefill_uncertainty: float
    uncalibrated_factor: float  # band widening for borrowed constants
    families: dict[str, FamilyConstants]
    source: str

    def family(self, cc: tuple[int, int]) -> FamilyConstants:
        return self.families.get(family_of(cc)) or self.families["ada"]


@cache
def calibration() -> Calibration:
    with open(resource("calibration.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    fams = {}
    for name, f in raw["families"].items():
        fams[name] = FamilyConstants(
            name, f["layer_overhead_s"], f["prefill_efficiency_mmq"],
            f["prefill_efficiency_gemm"], f.get("calibrated", False),
            f.get("borrowed_from", ""), f.get("n_gpus", 0))
    return Calibration(
        raw["bandwidth_efficiency"], raw.get("prefill_power_exponent", 0.0),
        dict(raw["dequant_ops_per_weight"]),
        raw["uncertainty"]["decode"], raw["uncertainty"]["prefill"],
        raw["uncertainty"]["uncalibrated_factor"], fams, raw.get("source", ""))
