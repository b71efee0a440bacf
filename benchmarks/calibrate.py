"""Fit the speed model's efficiency constants to measured llama.cpp results.

    python benchmarks/calibrate.py          # fit, print leave-one-GPU-out errors, write
                                            # resources/calibration.json

Model (src/gpuscope/estimate/speed.py): decode step = bytes / (BW x eta_bw) + n_layers x t_layer;
prefill = FLOPs / (peak x eta_prefill) + weight reads + per-layer time. Fitted: one eta_bw, and per
architecture family t_layer (median over the family's GPUs) and eta_prefill for llama.cpp's
quantized path (MMQ, INT8 tensor cores) and for F16 GEMMs. Rows from llama.cpp's 2025 CUDA
scoreboard are used where a family has them; older builds only where it has nothing newer.
"""

from __future__ import annotations

import json
import math
import statistics
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from reference import ROOT, BenchRow, bench_rows  # noqa: E402

from gpuscope.estimate.calibration import (  # noqa: E402
    REF_W_PER_SM,
    family_of,  # noqa: E402
    power_scale,
    watts_per_sm,
)
from gpuscope.estimate.speed import quantized_matmul_peak  # noqa: E402
from gpuscope.estimate.transformer import TransformerEstimator  # noqa: E402
from gpuscope.quantization import get_quantization  # noqa: E402

BORROW = {"hopper": "ampere_dc", "blackwell_dc": "hopper", "kepler": "maxwell",
          "maxwell": "pascal", "pascal": "volta"}
ALL_FAMILIES = ("kepler", "maxwell", "pascal", "volta", "turing", "ampere_dc", "ampere", "ada",
                "hopper", "blackwell_dc", "blackwell")


@dataclass(frozen=True)
class Terms:
    """What one row's time decomposes into, independent of the fitted constants."""

    row: BenchRow
    family: str
    n_layers: int
    stream_bytes: float  # bytes per decode step / weight bytes per prefill micro-batch
    bandwidth: float
    flops: float  # prefill FLOPs (matmul + attention)
    peak: float
    mmq: bool
    n_ubatch: int
    seconds: float  # measured time per token (tg) or for the whole prompt (pp)
    power_factor: float  # (board power per SM / reference)^0: replaced by power_scale()
    watts_per_sm: float


def terms(row: BenchRow) -> Terms:
    spec = row.gpu.to_spec()
    quant = get_quantization(row.quant)
    est = TransformerEstimator(row.model, quant, spec, flash_attention=False)
    key, peak = quantized_matmul_peak(spec, quant)
    mmq = quant.ggml_type not in ("F16", "BF16", "F32") and key == "int8"
    wps = watts_per_sm(spec)
    if row.test == "tg":
        ctx = row.depth + row.tokens / 2
        stream = est.speed.weights_read_bytes + float(est.kv_bytes(ctx, 1))
        return Terms(row, family_of(spec.compute_capability), est.spec.n_layers, stream,
                     spec.bandwidth_bytes_per_s, 0.0, peak, mmq, 1, 1.0 / row.measured, 1.0, wps)
    flops = est.prefill_flops(row.tokens) if not row.depth else row.tokens * float(
        est.flops_per_token(row.depth + row.tokens / 2))
    n_ub = -(-row.tokens // 512)
    return Terms(row, family_of(spec.compute_capability), est.spec.n_layers,
                 est.speed.weights_gpu_bytes, spec.bandwidth_bytes_per_s, flops, peak, mmq,
                 n_ub, row.tokens / row.measured, 1.0, wps)


def _prefer_current(items: list[Terms]) -> list[Terms]:  # noqa: D103
    current = [t for t in items if t.row.current]
    return current or items


def fit(all_terms: list[Terms], eta_bw: float, exclude: str | None = None,
        beta: float = 0.0) -> dict:
    """Family constants at a given eta_bw, optionally leaving one GPU out."""
    use = [t for t in all_terms if t.row.gpu.id != exclude]
    fams: dict[str, dict] = {}
    for fam in ALL_FAMILIES:
        dec = _prefer_current([t for t in use if t.family == fam and t.row.test == "tg"])
        taus = [max(0.0, (t.seconds - t.stream_bytes / (t.bandwidth * eta_bw)) / t.n_layers)
                for t in dec]
        tau = statistics.median(taus) if taus else None
        etas = {}
        for path in ("mmq", "gemm"):
            pre = _prefer_current([t for t in use if t.family == fam and t.row.test == "pp"
                                   and t.mmq == (path == "mmq")])
            vals = []
            for t in pre:
                compute_s = t.seconds - t.n_ubatch * t.n_layers * (tau or 0.0)
                if compute_s > t.n_ubatch * t.stream_bytes / (t.bandwidth * eta_bw):
                    vals.append(t.flops / (t.peak * compute_s) / power_scale(t.watts_per_sm, beta))
            etas[path] = statistics.median(vals) if vals else None
        gpus = {t.row.gpu.id for t in use if t.family == fam}
        fams[fam] = {"layer_overhead_s": tau, "prefill_efficiency_mmq": etas["mmq"],
                     "prefill_efficiency_gemm": etas["gemm"], "n_gpus": len(gpus)}
    _fill_gaps(fams)
    return fams


def _fill_gaps(fams: dict[str, dict]) -> None:
    keys = ("layer_overhead_s", "prefill_efficiency_mmq", "prefill_efficiency_gemm")
    for key in keys:
        known = [f[key] for f in fams.values() if f[key] is not None]
        fallback = statistics.median(known)
        for name in ALL_FAMILIES:
            f = fams[name]
            f.setdefault("calibrated", f["layer_overhead_s"] is not None)
            if f[key] is None:
                donor = BORROW.get(name)
                while donor and fams[donor][key] is None:
                    donor = BORROW.get(donor)
                f[key] = fams[donor][key] if donor else fallback
                if key == "layer_overhead_s":
                    f["borrowed_from"] = donor or "median of all families"


def predict(t: Terms, fams: dict, eta_bw: float, beta: float = 0.0) -> float:
    f = fams[t.family]
    if t.row.test == "tg":
        step = t.stream_bytes / (t.bandwidth * eta_bw) + t.n_layers * f["layer_overhead_s"]
        return 1.0 / step
    eta = f["prefill_efficiency_mmq"] if t.mmq else f["prefill_efficiency_gemm"]
    eta *= power_scale(t.watts_per_sm, beta)
    seconds = max(t.flops / (t.peak * eta), t.n_ubatch * t.stream_bytes / (t.bandwidth * eta_bw))
    seconds += t.n_ubatch * t.n_layers * f["layer_overhead_s"]
    return t.row.tokens / seconds


def loo_errors(all_terms: list[Terms], eta_bw: float, beta: float = 0.0) -> dict[int, float]:
    """log(predicted / measured) for each row, its GPU left out of the fit."""
    out: dict[int, float] = {}
    for gpu_id in {t.row.gpu.id for t in all_terms}:
        fams = fit(all_terms, eta_bw, exclude=gpu_id, beta=beta)
        for i, t in enumerate(all_terms):
            if t.row.gpu.id == gpu_id:
                out[i] = math.log(predict(t, fams, eta_bw, beta) / t.row.measured)
    return out


def choose_beta(all_terms: list[Terms], eta_bw: float) -> float:
    """How strongly sustained tensor throughput follows board power per SM (a power-limited
    clock); chosen by the leave-one-GPU-out prefill error."""
    best = None
    for beta in (0.0, 0.25, 1 / 3, 0.5, 2 / 3):
        errs = loo_errors(all_terms, eta_bw, beta)
        pre = [abs(e) for i, e in errs.items() if all_terms[i].row.test == "pp"
               and criterion(all_terms[i])]
        score = statistics.median(pre)
        if best is None or score < best[0]:
            best = (score, beta)
    return best[1]


def criterion(t: Terms) -> bool:
    return t.row.llama_bench and t.row.current


def choose_eta_bw(all_terms: list[Terms]) -> float:
    """The bandwidth efficiency minimising the leave-one-GPU-out decode error."""
    best = None
    for eta in [x / 100 for x in range(60, 101, 2)]:
        errs = loo_errors(all_terms, eta)
        dec = [abs(e) for i, e in errs.items() if all_terms[i].row.test == "tg"
               and criterion(all_terms[i])]
        score = statistics.median(dec) + 0.25 * max(dec)
        if best is None or score < best[0]:
            best = (score, eta)
    return best[1]


def quantile(values: list[float], q: float) -> float:
    s = sorted(values)
    return s[min(len(s) - 1, int(q * len(s)))]


def main() -> None:
    all_terms = [terms(r) for r in bench_rows()]
    eta_bw = choose_eta_bw(all_terms)
    beta = choose_beta(all_terms, eta_bw)
    fams = fit(all_terms, eta_bw, beta=beta)
    errs = loo_errors(all_terms, eta_bw, beta)
    dec = [abs(e) for i, e in errs.items() if all_terms[i].row.test == "tg"
           and criterion(all_terms[i])]
    pre = [abs(e) for i, e in errs.items() if all_terms[i].row.test == "pp"
           and criterion(all_terms[i])]
    out = {
        "format": "gpuscope-calibration", "version": 1,
        "source": "benchmarks/calibrate.py on tests/data/reference/llamacpp_bench.csv "
                  f"({len(all_terms)} CUDA rows)",
        "bandwidth_efficiency": eta_bw,
        "prefill_power_exponent": round(beta, 4),
        "prefill_power_reference_w_per_sm": REF_W_PER_SM,
        "dequant_ops_per_weight": {},
        "uncertainty": {"decode": round(quantile(dec, 0.8), 3),
                        "prefill": round(quantile(pre, 0.8), 3), "uncalibrated_factor": 1.6},
        "fit": {"decode_loo_median": round(statistics.median(dec), 4),
                "decode_loo_max": round(max(dec), 4),
                "prefill_loo_median": round(statistics.median(pre), 4),
                "prefill_loo_max": round(max(pre), 4), "rows": len(all_terms)},
        "families": {k: {kk: (round(vv, 9) if isinstance(vv, float) else vv)
                         for kk, vv in v.items()} for k, v in fams.items()},
    }
    path = ROOT / "resources" / "calibration.json"
    path.write_text(json.dumps(out, indent=2) + "\n", encoding="utf-8")
    print(f"eta_bw = {eta_bw:.2f}; beta = {beta:.2f}; "
          f"decode LOO median {statistics.median(dec):.1%} max {max(dec):.1%}; "
          f"prefill LOO median {statistics.median(pre):.1%} max {max(pre):.1%}  "
          f"-> {path.relative_to(ROOT)}")
    for name, f in fams.items():
        print(f"  {name:13s} t_layer {f['layer_overhead_s'] * 1e6:6.1f} us  "
              f"mmq {f['prefill_efficiency_mmq']:.3f}  gemm {f['prefill_efficiency_gemm']:.3f}  "
              f"{'calibrated' if f['calibrated'] else 'borrowed from ' + f['borrowed_from']}")


if __name__ == "__main__":
    main()
