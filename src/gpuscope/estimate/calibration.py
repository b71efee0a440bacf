"""Efficiency constants fitted to measured llama.cpp results (``resources/calibration.json``).

Roofline ceilings overestimate real speed, and not by one constant (DESIGN.md §5): an RTX 4090 gets
~70 % of its bandwidth ceiling on a 7B Q4_0 model, an A100 ~37 %. The model that generalises across
GPUs (``benchmarks/calibrate.py`` checks it leaving each GPU out of the fit) uses physical terms:

* decode streams the weights at ``eta_bw`` of the datasheet bandwidth, but the matrix-vector kernels
  also spend SM cycles unpacking and multiplying every weight (``cycles_per_weight`` per kernel
  class): a GPU with few or slow SMs per byte of bandwidth (A100, V100, Turing, Kepler, Maxwell)
  becomes instruction-bound before it is bandwidth-bound; plus a fixed time per layer (kernel
  launches and synchronisation);
* prefill of quantized weights runs llama.cpp's MMQ kernels, whose throughput follows the SMs
  and their clock (``flop_per_sm_cycle`` per kernel class), not the tensor peak (an A100's SM has
  twice a GeForce SM's tensor rate but reaches the same per-SM speed); FP16/BF16 weights run
  cuBLAS GEMMs at a fraction of the tensor peak. Both scale with board power per SM
  (power-limited sustained clocks).

Kernel classes follow the instructions the kernels can use: ``simt`` (Kepler, Maxwell: no DP4A,
no tensor cores), ``dp4a`` (Pascal), ``gen1`` (Volta, Turing: first tensor cores, 64 FP32 lanes),
``tensor`` (Ampere and later). Each architecture family also carries a residual factor fitted on its
own GPUs (1.0 where it has none); families without measurements use the class model alone.
"""

from __future__ import annotations

import json
import math
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

#: FP32 lanes (CUDA cores) per SM, to derive SMs x clock from an FP32 peak when the SM count is
#: unknown (DESIGN.md §5; reference/per_sm_throughput.md)
CORES_PER_SM: dict[tuple[int, int], int] = {
    (3, 5): 192, (3, 7): 192, (6, 0): 64, (7, 0): 64, (7, 2): 64, (7, 5): 64, (8, 0): 64,
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


def sm_cycles_per_s(gpu) -> float:  # GpuSpec
    """SMs x boost clock (SM cycles per second); from the FP32 peak when either is unknown, and
    infinite (no SM-bound term: the memory-bound figure) when that is unknown too."""
    if gpu.sm_count and gpu.boost_clock_mhz:
        return gpu.sm_count * gpu.boost_clock_mhz * 1e6
    fp32 = gpu.peak("fp32")
    if not fp32:
        return math.inf
    return fp32 / (2 * CORES_PER_SM.get(tuple(gpu.compute_capability), 128))


def family_of(cc: tuple[int, int]) -> str:
    if cc in FAMILY_BY_CC:
        return FAMILY_BY_CC[cc]
    return "blackwell" if cc >= (10, 0) else "pascal"


def kernel_class(cc: tuple[int, int]) -> str:
    """Which instructions llama.cpp's quantized kernels can use on this compute capability."""
    if cc < (6, 1):
        return "simt"
    if cc < (7, 0):
        return "dp4a"
    if cc < (8, 0):
        return "gen1"
    return "tensor"


@dataclass(frozen=True)
class FamilyConstants:
    family: str
    decode_factor: float  # residual time factor of the family's measured GPUs (1.0: none)
    prefill_factor: float  # residual throughput factor
    calibrated: bool  # False: no measured GPU in this family, the class model alone
    n_gpus: int = 0


@dataclass(frozen=True)
class Calibration:
    bandwidth_efficiency: float
    layer_overhead_s: float  # fixed time per layer per decode step / prefill micro-batch
    overlap_exponent: float  # soft maximum of streaming and instruction time
    cycles_per_weight: dict[str, float]  # decode: SM cycles per weight, by kernel class
    flop_per_sm_cycle: dict[str, float]  # prefill (quantized): by kernel class
    prefill_efficiency_gemm: float  # fraction of the FP16 tensor peak cuBLAS GEMMs reach
    prefill_power_exponent: float
    decode_uncertainty: float  # relative half-width of the band (log scale)
    prefill_uncertainty: float
    uncalibrated_factor: float  # band widening for families without measurements
    families: dict[str, FamilyConstants]
    source: str

    def family(self, cc: tuple[int, int]) -> FamilyConstants:
        name = family_of(cc)
        return self.families.get(name) or FamilyConstants(name, 1.0, 1.0, False)


@cache
def calibration() -> Calibration:
    with open(resource("calibration.json"), encoding="utf-8") as fh:
        raw = json.load(fh)
    fams = {name: FamilyConstants(name, f["decode_factor"], f["prefill_factor"],
                                  f.get("calibrated", False), f.get("n_gpus", 0))
            for name, f in raw["families"].items()}
    return Calibration(
        raw["bandwidth_efficiency"], raw["layer_overhead_s"], raw["overlap_exponent"],
        dict(raw["cycles_per_weight"]), dict(raw["flop_per_sm_cycle"]),
        raw["prefill_efficiency_gemm"], raw.get("prefill_power_exponent", 0.0),
        raw["uncertainty"]["decode"], raw["uncertainty"]["prefill"],
        raw["uncertainty"]["uncalibrated_factor"], fams, raw.get("source", ""))
