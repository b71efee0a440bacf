"""Dense peak throughput from the per-SM rate of each compute capability.

``peak (FLOP/s) = dense ops per clock per SM x SMs x clock``, an FMA counting as two ops.
Every row cites where its per-SM numbers come from (``shared/reference/per_sm_throughput.md`` has
the arithmetic that reproduces NVIDIA's tables). Keys follow ``PEAK_KEYS`` (hardware.gpu):
``fp16``/``bf16``/``tf32``/``fp8`` are tensor math with FP32 accumulate, ``*_acc16`` with FP16
accumulate. ``None`` in a row means the compute capability has no such unit (or no established
rate: see the row's note).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from gpuscope.hardware.gpu import PEAK_KEYS

#: FP32 lanes ("CUDA cores") per SM; CUDA Programming Guide throughput table and NVIDIA whitepapers.
CORES_PER_SM: Mapping[tuple[int, int], int] = {
    (3, 5): 192, (3, 7): 192, (5, 0): 128, (5, 2): 128, (5, 3): 128,
    (6, 0): 64, (6, 1): 128, (6, 2): 128, (7, 0): 64, (7, 2): 64, (7, 5): 64,
    (8, 0): 64, (8, 6): 128, (8, 7): 128, (8, 9): 128, (9, 0): 128,
    (10, 0): 128, (10, 3): 128, (11, 0): 128, (12, 0): 128, (12, 1): 128,
}

#: Formats that GeForce parts run at half rate (FP32 accumulate); never INT8/INT4/FP16-acc/FP4.
GEFORCE_HALF_RATE_KEYS: frozenset[str] = frozenset({"fp16", "bf16", "tf32", "fp8"})

_PER_SM_DOC = "per_sm_throughput.md (shared reference), table §1"


@dataclass(frozen=True)
class SmRates:
    """Dense ops per clock per SM for one compute capability (pro/datacenter rates)."""

    ops: Mapping[str, int | None]
    source: str
    geforce_half_rate: bool = False  # GeForce halves GEFORCE_HALF_RATE_KEYS on this CC
    notes: Mapping[str, str] = field(default_factory=dict)
    cuda_core_keys: frozenset[str] = frozenset({"fp32"})  # run at the FP32 clock, not on tensors

    def get(self, key: str) -> int | None:
        return self.ops.get(key)


def _row(fp32: int, fp16_acc16: int | None = None, fp16: int | None = None,
         bf16: int | None = None, tf32: int | None = None, fp8: int | None = None,
         fp8_acc16: int | None = None, int8: int | None = None, int4: int | None = None,
         fp4: int | None = None) -> dict[str, int | None]:
    return {"fp32": fp32, "fp16": fp16, "fp16_acc16": fp16_acc16, "bf16": bf16, "tf32": tf32,
            "fp8": fp8, "fp8_acc16": fp8_acc16, "int8": int8, "int4": int4, "fp4": fp4}


_DP4A = "INT8 via the DP4A instruction on the CUDA cores (no tensor cores)"

#: The per-SM table. Pro/datacenter rates; GeForce halving is applied by :func:`derive_peaks`.
SM_RATES: Mapping[tuple[int, int], SmRates] = {
    (3, 7): SmRates(_row(384), "CUDA Programming Guide, arithmetic throughput (192 FP32/clk/SM)"),
    (5, 2): SmRates(_row(256), "CUDA Programming Guide, arithmetic throughput (128 FP32/clk/SM)"),
    (6, 0): SmRates(_row(128), "CUDA Programming Guide (64 FP32/clk/SM); NVIDIA Ampere in-depth "
                    "blog Table 3 (P100 10.6 TFLOPS)"),
    (6, 1): SmRates(_row(256, int8=1024),
                    "CUDA Programming Guide (128 FP32/clk/SM); Tesla P40 datasheet (47 INT8 TOPS "
                    "at 1531 MHz, 30 SMs)", notes={"int8": _DP4A},
                    cuda_core_keys=frozenset({"fp32", "int8"})),
    (7, 0): SmRates(_row(128, fp16_acc16=1024, fp16=1024, int8=512),
                    "NVIDIA Volta whitepaper (8 tensor cores x 64 FMA/clk per SM); V100 125 "
                    "TFLOPS at 1530 MHz, 80 SMs", notes={"int8": _DP4A},
                    cuda_core_keys=frozenset({"fp32", "int8"})),
    (7, 5): SmRates(_row(128, fp16_acc16=1024, fp16=1024, int8=2048, int4=4096),
                    "NVIDIA Turing in-depth blog (1024 FP16 ops/clk/SM, INT8 2x) and Table 1",
                    geforce_half_rate=True),
    (8, 0): SmRates(_row(128, fp16_acc16=2048, fp16=2048, bf16=2048, tf32=1024, int8=4096,
                         int4=8192),
                    "NVIDIA A100 whitepaper (1024 FP16 FMA/clk/SM); Ampere in-depth blog Table 3"),
    (8, 6): SmRates(_row(256, fp16_acc16=1024, fp16=1024, bf16=1024, tf32=512, int8=2048,
                         int4=4096),
                    "NVIDIA GA102 whitepaper v2, Appendix A (RTX 3090, RTX A6000, A40 tables)",
                    geforce_half_rate=True),
    (8, 7): SmRates(_row(256, fp16_acc16=2048, fp16=2048, bf16=2048, tf32=1024, int8=4096),
                    "NVIDIA Jetson AGX Orin technical brief (170 sparse INT8 TOPS, 16 SMs, "
                    "1.3 GHz)", notes={"int4": "INT4 rate not published for Orin"}),
    (8, 9): SmRates(_row(256, fp16_acc16=1024, fp16=1024, bf16=1024, tf32=512, fp8=2048,
                         fp8_acc16=2048, int8=2048, int4=4096),
                    "NVIDIA Ada whitepaper v2.02, Appendix A (RTX 4090) and RTX 6000 Ada tables",
                    geforce_half_rate=True),
    (9, 0): SmRates(_row(256, fp16_acc16=4096, fp16=4096, bf16=4096, tf32=2048, fp8=8192,
                         fp8_acc16=8192, int8=8192),
                    "NVIDIA H100 whitepaper v1.04 Table 3 (989.4 BF16 TFLOPS = 4096 x 132 SMs x "
                    "1830 MHz)", notes={"int4": "Hopper has no published INT4 tensor rate"}),
    (10, 0): SmRates(_row(256, fp16_acc16=8192, fp16=8192, bf16=8192, tf32=4096, fp8=16384,
                          fp8_acc16=16384, int8=16384, fp4=32768),
                     "NVIDIA/exemplar-performance 'Peak Theoretical Throughput' (B200 dense BF16 "
                     "2250, FP8 4500, NVFP4 9000 TFLOPS; 148 SMs)",
                     notes={"int4": "datacenter Blackwell has no INT4 tensor rate"}),
    (12, 0): SmRates(_row(256, fp16_acc16=1024, fp16=1024, bf16=1024, tf32=512, fp8=2048,
                          fp8_acc16=2048, int8=2048, fp4=4096),
                     "NVIDIA RTX Blackwell whitepaper, Appendix A Table 3 (RTX 5090); RTX PRO "
                     "Blackwell whitepaper Table 4", geforce_half_rate=True,
                     notes={"int4": "INT4 tensor rate not established for GB20x",
                            "fp4": "FP4 is not halved on GeForce"}),
}


def rates_for(cc: tuple[int, int]) -> SmRates | None:
    """The per-SM row for ``cc``; an unknown minor revision uses the closest lower one."""
    cc = (int(cc[0]), int(cc[1]))
    if cc in SM_RATES:
        return SM_RATES[cc]
    lower = [k for k in SM_RATES if k[0] == cc[0] and k[1] < cc[1]]
    return SM_RATES[max(lower)] if lower else None


def cores_per_sm(cc: tuple[int, int]) -> int | None:
    """FP32 lanes per SM for ``cc`` (None when unknown)."""
    cc = (int(cc[0]), int(cc[1]))
    if cc in CORES_PER_SM:
        return CORES_PER_SM[cc]
    lower = [k for k in CORES_PER_SM if k[0] == cc[0] and k[1] < cc[1]]
    return CORES_PER_SM[max(lower)] if lower else None


def sm_count_from_cores(cc: tuple[int, int], cores: int) -> int | None:
    """SMs from NVML's core count; None when the CC is unknown or the count does not divide."""
    per_sm = cores_per_sm(cc)
    if not per_sm or cores <= 0 or cores % per_sm:
        return None
    return cores // per_sm


def ops_per_clock(cc: tuple[int, int], key: str, geforce: bool = False,
                  tensor_cores: bool = True) -> int | None:
    """Dense ops per clock per SM for one format, after the GeForce half-rate rule."""
    rates = rates_for(cc)
    if rates is None or key not in PEAK_KEYS:
        return None
    if not tensor_cores and key not in rates.cuda_core_keys:
        return None
    ops = rates.get(key)
    if ops is not None and geforce and rates.geforce_half_rate and key in GEFORCE_HALF_RATE_KEYS:
        ops //= 2
    return ops


def derive_peaks(cc: tuple[int, int], sm_count: int, clock_mhz: float, geforce: bool,
                 tensor_clock_mhz: float | None = None,
                 tensor_cores: bool = True) -> dict[str, float | None]:
    """Dense peaks in FLOP/s (OP/s for integers) for every key of ``PEAK_KEYS``.

    ``clock_mhz`` drives FP32 (and DP4A INT8); tensor formats use ``tensor_clock_mhz`` when given
    (Hopper and datacenter Blackwell tables are rated at a lower clock than FP32). ``geforce``
    applies the half-rate FP32-accumulate rule; ``tensor_cores=False`` is for GTX 16 / MX parts,
    which have the Turing SM without its tensor cores.
    """
    rates = rates_for(cc)
    out: dict[str, float | None] = {}
    for key in PEAK_KEYS:
        ops = ops_per_clock(cc, key, geforce, tensor_cores)
        if ops is None or rates is None:
            out[key] = None
            continue
        on_cuda_cores = key in rates.cuda_core_keys
        clock = clock_mhz if on_cuda_cores or tensor_clock_mhz is None else tensor_clock_mhz
        out[key] = float(ops) * sm_count * clock * 1e6
    return out


def bandwidth_from_nvml(mem_clock_mhz: float, bus_width_bits: int) -> float:
    """Bytes/s from NVML's max memory clock: ``2 x f x bus / 8`` (per_sm_throughput.md §4)."""
    return 2.0 * mem_clock_mhz * 1e6 * bus_width_bits / 8.0


def per_sm_source(cc: tuple[int, int]) -> str:
    """Citation of the per-SM row used for ``cc``."""
    rates = rates_for(cc)
    return f"{_PER_SM_DOC}: {rates.source}" if rates else _PER_SM_DOC
