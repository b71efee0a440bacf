"""Fit the speed model's constants to measured llama.cpp results.

    python benchmarks/calibrate.py          # fit, print leave-one-GPU-out errors, write
                                            # resources/calibration.json

Model (src/gpuscope/estimate/speed.py, src/gpuscope/estimate/calibration.py):

* decode step = f_fam x (smax(bytes / (BW x eta_bw), weights x c_class / (SMs x clock)) +
  n_layers x t_layer): one eta_bw and one t_layer for every GPU, SM cycles per weight per kernel
  class (simt / dp4a / gen1 / tensor), least squares on log errors over a grid;
* prefill of quantized weights = FLOPs / (SMs x clock x r_class x power) (llama.cpp's MMQ follows
  the SMs, not the tensor peak); FP16 GEMMs (and Volta, which dequantizes for cuBLAS) = FLOPs /
  (FP16 tensor peak x eta_gemm x power); power = (W per SM / 3.5)^beta, beta chosen by the
  leave-one-GPU-out prefill error;
* f_fam (decode and prefill): the median residual of the family's own GPUs, 1.0 without any.

Rows from llama.cpp's 2025 CUDA scoreboard are used; older builds only for a kernel class (or the
GEMM path) that has nothing newer. Leave-one-GPU-out: every constant refitted without the GPU.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reference import ROOT, BenchRow, bench_rows  # noqa: E402

from gpuscope.estimate.calibration import (  # noqa: E402
    REF_W_PER_SM,
    family_of,
    kernel_class,
    sm_cycles_per_s,
    watts_per_sm,
)
from gpuscope.estimate.speed import quantized_matmul_peak, uses_mmq  # noqa: E402
from gpuscope.estimate.transformer import TransformerEstimator  # noqa: E402
from gpuscope.quantization import get_quantization  # noqa: E402

ALL_FAMILIES = ("kepler", "maxwell", "pascal", "volta", "turing", "ampere_dc", "ampere", "ada",
                "hopper", "blackwell_dc", "blackwell")
CLASSES = ("simt", "dp4a", "gen1", "tensor")
BORROW = {"simt": "dp4a", "dp4a": "gen1", "gen1": "tensor", "tensor": "gen1"}
OVERLAP = 8.0  # soft-maximum exponent (5-12 fit alike; a hard max() fits worse)
ETAS = np.linspace(0.70, 0.95, 26)
T_LAYERS = np.linspace(0.0, 60e-6, 31)
CYCLES = np.linspace(0.02, 0.30, 57)
BETAS = (0.0, 0.25, 1 / 3, 0.5, 2 / 3)


@dataclass(frozen=True)
class Terms:
    """What one row's time decomposes into, independent of the fitted constants."""

    row: BenchRow
    family: str
    klass: str
    n_layers: int
    stream_bytes: float  # bytes per decode step / weight bytes per prefill micro-batch
    bandwidth: float
    n_weights: float  # weights in matrix products per token
    sm_rate: float  # SMs x clock
    flops: float  # prefill FLOPs (matmul + attention)
    peak: float
    mmq: bool
    n_ubatch: int
    seconds: float  # measured time per token (tg) or for the whole prompt (pp)
    watts_per_sm: float


def terms(row: BenchRow) -> Terms:
    spec = row.gpu.to_spec()
    quant = get_quantization(row.quant)
    est = TransformerEstimator(row.model, quant, spec, flash_attention=row.flash_attn)
    _, peak = quantized_matmul_peak(spec, quant)
    cc = tuple(spec.compute_capability)
    common = dict(row=row, family=family_of(cc), klass=kernel_class(cc),
                  n_layers=est.spec.n_layers, bandwidth=spec.bandwidth_bytes_per_s,
                  n_weights=est.matmul.total, sm_rate=sm_cycles_per_s(spec), peak=peak,
                  mmq=uses_mmq(spec, quant), watts_per_sm=watts_per_sm(spec))
    if row.test == "tg":
        ctx = row.depth + row.tokens / 2
        stream = est.speed.weights_read_bytes + float(est.kv_bytes(ctx, 1))
        return Terms(**common, stream_bytes=stream, flops=0.0, n_ubatch=1,
                     seconds=1.0 / row.measured)
    flops = float(est.prefill_flops(row.tokens, past=row.depth))
    return Terms(**common, stream_bytes=est.speed.weights_gpu_bytes, flops=flops,
                 n_ubatch=-(-row.tokens // 512), seconds=row.tokens / row.measured)


def criterion(t: Terms) -> bool:
    return t.row.llama_bench and t.row.current


def _smax(a, b):
    return (a ** OVERLAP + b ** OVERLAP) ** (1 / OVERLAP)


def _decode_s(t: Terms, eta: float, t_layer: float, cycles: float) -> float:
    return _smax(t.stream_bytes / (t.bandwidth * eta), t.n_weights * cycles / t.sm_rate) + (
        t.n_layers * t_layer)


def _fit_cycles(rows: list[Terms], eta, t_layer) -> tuple[float, np.ndarray]:
    """The class constant minimising the squared log error, and those errors (grid search)."""
    mem = np.array([t.stream_bytes / (t.bandwidth * eta) for t in rows])[:, None]
    comp = np.array([t.n_weights / t.sm_rate for t in rows])[:, None] * CYCLES[None, :]
    lay = np.array([t.n_layers * t_layer for t in rows])[:, None]
    err = np.log(np.array([t.seconds for t in rows])[:, None] / (_smax(mem, comp) + lay))
    j = int((err ** 2).sum(0).argmin())
    return float(CYCLES[j]), err[:, j]


def fit_decode(use: list[Terms]) -> dict:
    cur = [t for t in use if t.row.test == "tg" and criterion(t)]
    best = None
    for eta in ETAS:
        for t_layer in T_LAYERS:
            cycles, errs = {}, []
            for k in CLASSES:
                rows = [t for t in cur if t.klass == k]
                if rows:
                    cycles[k], e = _fit_cycles(rows, eta, t_layer)
                    errs.append(e)
            score = float((np.concatenate(errs) ** 2).sum())
            if best is None or score < best[0]:
                best = (score, float(eta), float(t_layer), cycles)
    _, eta, t_layer, cycles = best
    for k in CLASSES:  # classes without current rows: older builds, else the nearest class
        old = [t for t in use if t.row.test == "tg" and t.klass == k and t.row.llama_bench
               and t.row.quant == "q4_0"]
        if k not in cycles and old:
            cycles[k] = _fit_cycles(old, eta, t_layer)[0]
    for k in CLASSES:
        donor = k
        while donor not in cycles:
            donor = BORROW[donor]
        cycles.setdefault(k, cycles[donor])
    return {"eta_bw": eta, "t_layer": t_layer, "cycles": cycles}


def _prefer_current(items: list[Terms]) -> list[Terms]:
    current = [t for t in items if criterion(t)]
    return current or [t for t in items if t.row.llama_bench]


def _power(t: Terms, beta: float) -> float:
    return (t.watts_per_sm / REF_W_PER_SM) ** beta


def _compute_s(t: Terms, p: dict) -> float | None:
    s = t.seconds - t.n_ubatch * t.n_layers * p["t_layer"]
    return s if s > t.n_ubatch * t.stream_bytes / (t.bandwidth * p["eta_bw"]) else None


def fit_prefill(use: list[Terms], p: dict, beta: float) -> dict:
    pre = [t for t in use if t.row.test == "pp" and not t.row.depth]
    rates: dict[str, float] = {}
    for k in CLASSES:
        vals = [t.flops / (t.sm_rate * cs * _power(t, beta))
                for t in _prefer_current([t for t in pre if t.mmq and t.klass == k])
                if (cs := _compute_s(t, p))]
        if vals:
            rates[k] = statistics.median(vals)
    for k in CLASSES:
        donor = k
        while donor not in rates:
            donor = BORROW[donor]
        rates.setdefault(k, rates[donor])
    gemm = [t.flops / (t.peak * cs * _power(t, beta))
            for t in _prefer_current([t for t in pre if not t.mmq]) if (cs := _compute_s(t, p))]
    return {"rates": rates, "eta_gemm": statistics.median(gemm), "beta": beta}


def predict(t: Terms, p: dict, fam: dict | None = None) -> float:
    fam = fam or {}
    if t.row.test == "tg":
        step = _decode_s(t, p["eta_bw"], p["t_layer"], p["cycles"][t.klass])
        return 1.0 / (step * fam.get("decode_factor", 1.0))
    rate = (t.sm_rate * p["rates"][t.klass] if t.mmq else t.peak * p["eta_gemm"]) * _power(
        t, p["beta"]) * fam.get("prefill_factor", 1.0)
    seconds = max(t.flops / rate, t.n_ubatch * t.stream_bytes / (t.bandwidth * p["eta_bw"]))
    return t.row.tokens / (seconds + t.n_ubatch * t.n_layers * p["t_layer"])


_DECODE_FITS: dict[tuple, dict] = {}  # the decode fit does not depend on beta


def fit(all_terms: list[Terms], exclude: str | None = None, beta: float = 0.0,
        decode: dict | None = None) -> tuple[dict, dict]:
    """Global constants and family residuals, optionally leaving one GPU out."""
    use = [t for t in all_terms if t.row.gpu.id != exclude]
    key = (id(all_terms), exclude)
    if decode is None and key not in _DECODE_FITS:
        _DECODE_FITS[key] = fit_decode(use)
    p = dict(decode or _DECODE_FITS[key])
    p.update(fit_prefill(use, p, beta))
    fams = {}
    for name in ALL_FAMILIES:
        mine = [t for t in use if t.family == name and not t.row.depth and t.row.quant == "q4_0"]
        dec = _prefer_current([t for t in mine if t.row.test == "tg"])
        pre = _prefer_current([t for t in mine if t.row.test == "pp"])
        fams[name] = {
            "decode_factor": statistics.median([predict(t, p) / t.row.measured for t in dec])
            if dec else 1.0,
            "prefill_factor": statistics.median([t.row.measured / predict(t, p) for t in pre])
            if pre else 1.0,
            "n_gpus": len({t.row.gpu.id for t in use if t.family == name}),
        }
        fams[name]["calibrated"] = fams[name]["n_gpus"] > 0
    return p, fams


def loo_errors(all_terms: list[Terms], beta: float = 0.0) -> dict[int, float]:
    """log(predicted / measured) for each row, its GPU left out of the fit."""
    out: dict[int, float] = {}
    for gpu_id in sorted({t.row.gpu.id for t in all_terms}):
        p, fams = fit(all_terms, exclude=gpu_id, beta=beta)
        for i, t in enumerate(all_terms):
            if t.row.gpu.id == gpu_id:
                out[i] = math.log(predict(t, p, fams[t.family]) / t.row.measured)
    return out


def choose_beta(all_terms: list[Terms]) -> float:
    """How strongly sustained MMQ/GEMM throughput follows board power per SM (a power-limited
    clock); chosen by the leave-one-GPU-out prefill error of the criterion rows."""
    best = None
    for beta in BETAS:
        errs = loo_errors(all_terms, beta)
        pre = [abs(e) for i, e in errs.items() if all_terms[i].row.test == "pp"
               and criterion(all_terms[i])]
        score = statistics.median(pre) + 0.25 * max(pre)
        if best is None or score < best[0]:
            best = (score, beta)
    return best[1]


def quantile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def main() -> None:
    all_terms = [terms(r) for r in bench_rows()]
    beta = choose_beta(all_terms)
    p, fams = fit(all_terms, beta=beta)
    errs = loo_errors(all_terms, beta)
    crit = {i for i, t in enumerate(all_terms) if criterion(t)}
    dec = [abs(e) for i, e in errs.items() if i in crit and all_terms[i].row.test == "tg"]
    pre = [abs(e) for i, e in errs.items() if i in crit and all_terms[i].row.test == "pp"]
    alone = [abs(e) for i, e in errs.items() if i in crit
             and fams[all_terms[i].family]["n_gpus"] == 1]  # left out = a family never measured
    u_dec, u_pre = quantile(dec, 0.8), quantile(pre, 0.8)
    out = {
        "format": "gpuscope-calibration", "version": 2,
        "source": "benchmarks/calibrate.py on tests/data/reference/llamacpp_bench.csv "
                  f"({len(all_terms)} CUDA rows)",
        "bandwidth_efficiency": round(p["eta_bw"], 4),
        "layer_overhead_s": round(p["t_layer"], 9),
        "overlap_exponent": OVERLAP,
        "cycles_per_weight": {k: round(v, 4) for k, v in p["cycles"].items()},
        "flop_per_sm_cycle": {k: round(v, 2) for k, v in p["rates"].items()},
        "prefill_efficiency_gemm": round(p["eta_gemm"], 4),
        "prefill_power_exponent": round(beta, 4),
        "prefill_power_reference_w_per_sm": REF_W_PER_SM,
        "uncertainty": {"decode": round(u_dec, 3), "prefill": round(u_pre, 3),
                        "uncalibrated_factor": round(min(3.0, max(
                            1.0, quantile(alone, 0.8) / max(u_dec, u_pre))), 2)},
        "fit": {"decode_loo_median": round(statistics.median(dec), 4),
                "decode_loo_max": round(max(dec), 4),
                "prefill_loo_median": round(statistics.median(pre), 4),
                "prefill_loo_max": round(max(pre), 4), "rows": len(all_terms)},
        "families": {k: {kk: (round(vv, 4) if isinstance(vv, float) else vv)
                         for kk, vv in v.items()} for k, v in fams.items()},
    }
    path = ROOT / "resources" / "calibration.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"eta_bw {p['eta_bw']:.2f}; t_layer {p['t_layer'] * 1e6:.0f} us; beta {beta:.2f}; "
          f"decode LOO median {statistics.median(dec):.1%} max {max(dec):.1%}; "
          f"prefill LOO median {statistics.median(pre):.1%} max {max(pre):.1%}  "
          f"-> {path.relative_to(ROOT)}")
    print("  cycles/weight", out["cycles_per_weight"], " FLOP/SM-cycle", out["flop_per_sm_cycle"],
          f" gemm {p['eta_gemm']:.3f}")
    for name, f in fams.items():
        print(f"  {name:13s} decode x{f['decode_factor']:.3f}  prefill x{f['prefill_factor']:.3f}"
              f"  {f['n_gpus']} GPUs")


if __name__ == "__main__":
    main()
