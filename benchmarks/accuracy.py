"""How close gpuscope's estimates are to measured and published figures.

    python benchmarks/accuracy.py     # prints the tables, writes benchmarks/results/accuracy.json

1. Weights: every llama.cpp-reported model size in tests/data/reference/model_sizes.csv (GiB tensor
   totals) against the engine's recipe; GGUF file sizes (GB) are listed apart — they include the
   tokenizer and were quantized by older llama.cpp builds.
2. KV cache: every llama.cpp-logged KV buffer (vram_measurements.csv) against the formula.
3. Speed: every CUDA llama-bench tg128 / pp512 row against the engine — as calibrated (in-sample)
   and with the row's GPU left out of the calibration (leave-one-GPU-out: how it does on a GPU it
   has never seen). Rows from llama.cpp builds before the 2025 scoreboard are shown apart.
"""

from __future__ import annotations

import csv
import json
import math
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibrate import criterion, loo_errors, terms  # noqa: E402
from reference import REFERENCE, ROOT, bench_rows  # noqa: E402

from gpuscope.estimate.engine import estimate  # noqa: E402
from gpuscope.estimate.recipes import assign_types  # noqa: E402
from gpuscope.estimate.workload import Workload  # noqa: E402
from gpuscope.models.presets import get_preset  # noqa: E402
from gpuscope.models.tensors import transformer_tensors  # noqa: E402
from gpuscope.quantization import get_quantization  # noqa: E402

SIZE_MODELS = {"LLaMA-2 7B": "llama-2-7b", "LLaMA-2 13B": "llama-2-13b",
               "LLaMA-2 70B": "llama-2-70b", "CodeLlama 7B": "codellama-7b"}


def pct(x: float) -> str:
    return f"{x * 100:+6.1f} %"


def weights_table() -> list[dict]:
    rows = []
    with open(REFERENCE / "model_sizes.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            key = next((v for k, v in SIZE_MODELS.items() if r["model"].startswith(k)), None)
            if key is None or not r["size_value"] or r["size_unit"] not in ("GiB",):
                continue
            model, q = get_preset(key), get_quantization(r["quant"].lower())
            legacy = "2023" in r["notes"] and q.id == "q2_k"
            typed = assign_types(transformer_tensors(model.transformer), q, model.transformer,
                                 legacy_2023=legacy)
            est = sum(t.n_bytes for t in typed) / 2**30
            rows.append({"model": key, "quant": q.id, "reported_gib": float(r["size_value"]),
                         "estimated_gib": est, "error": est / float(r["size_value"]) - 1,
                         "recipe": "llama.cpp 2023 Q2_K" if legacy else "current"})
    return rows


def kv_table() -> list[dict]:
    rows = []
    with open(REFERENCE / "vram_measurements.csv", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            if not r["engine"].startswith("llama.cpp"):
                continue
            model = get_preset("llama-3-8b" if "Llama-3" in r["model"] else "llama-2-7b")
            ctx, seqs = int(r["n_ctx"]), int(r["n_parallel_seqs"] or 1)
            from gpuscope.estimate.transformer import TransformerEstimator
            from gpuscope.hardware.catalogue import find_gpu

            est = TransformerEstimator(model, get_quantization(r["quant"].split()[0].lower()),
                                       find_gpu("RTX 4090").to_spec())
            kv = float(est.kv_bytes(ctx // seqs, seqs)) / 2**20
            rows.append({"model": model.id, "n_ctx": ctx, "logged_mib": float(r["kv_mib"]),
                         "estimated_mib": kv, "error": kv / float(r["kv_mib"]) - 1})
    return rows


def speed_table() -> list[dict]:
    all_terms = [terms(r) for r in bench_rows()]
    cal = json.loads((ROOT / "resources" / "calibration.json").read_text(encoding="utf-8"))
    loo = loo_errors(all_terms, cal.get("prefill_power_exponent", 0.0))
    rows = []
    for i, t in enumerate(all_terms):
        r = t.row
        w = Workload(context=max(1, r.depth + r.tokens // 2) if r.test == "tg" else 512,
                     prompt=r.tokens if r.test == "pp" else 512, flash_attention=r.flash_attn,
                     prompt_depth=r.depth if r.test == "pp" else 0)
        e = estimate(r.model, get_quantization(r.quant), r.gpu.to_spec(), w)
        if r.test == "tg":
            value, rng = e.speed.decode_tokens_per_s, e.speed.decode_range
        else:
            value, rng = e.speed.prefill_tokens_per_s, e.speed.prefill_range
        rows.append({"gpu": r.gpu.name, "model": r.model.id, "quant": r.quant,
                     "test": f"{r.test}{r.tokens}" + (f"@d{r.depth}" if r.depth else ""),
                     "measured": r.measured, "estimated": value,
                     "range": list(rng) if rng else None,
                     "error": value / r.measured - 1, "loo_error": math.exp(loo[i]) - 1,
                     "in_range": bool(rng and rng[0] <= r.measured <= rng[1]),
                     "criterion": criterion(t), "build": r.build,
                     "llama_bench": r.llama_bench, "current": r.current})
    return rows


def _summary(rows: list[dict], key: str) -> str:
    errs = [abs(r[key]) for r in rows]
    return (f"median {statistics.median(errs) * 100:.1f} %, worst {max(errs) * 100:.1f} % "
            f"over {len(errs)} rows")


def main() -> None:
    w, kv, sp = weights_table(), kv_table(), speed_table()
    print("Weights vs llama.cpp-reported tensor totals (GiB)")
    for r in w:
        print(f"  {r['model']:<14} {r['quant']:<7} reported {r['reported_gib']:7.2f}  "
              f"estimated {r['estimated_gib']:7.2f}  {pct(r['error'])}  ({r['recipe']} recipe)")
    print("  " + _summary(w, "error"))
    print("\nKV cache vs llama.cpp logs (MiB)")
    for r in kv:
        print(f"  {r['model']:<12} n_ctx {r['n_ctx']:>6}  logged {r['logged_mib']:8.1f}  "
              f"estimated {r['estimated_mib']:8.1f}  {pct(r['error'])}")
    for label, test in (("Decode (tg128)", "tg128"), ("Prefill (pp512)", "pp512")):
        crit = [r for r in sp if r["test"] == test and r["criterion"]]
        old = [r for r in sp if r["test"] == test and r["llama_bench"] and not r["current"]]
        print(f"\n{label} vs llama-bench, CUDA, 2025 scoreboard builds")
        for r in sorted(crit, key=lambda r: -r["measured"]):
            print(f"  {r['gpu'][:44]:<44} measured {r['measured']:9.1f}  est {r['estimated']:9.1f}"
                  f"  {pct(r['error'])}  LOO {pct(r['loo_error'])}"
                  f"  {'in band' if r['in_range'] else 'OUT of band'}")
        print("  in-sample: " + _summary(crit, "error"))
        print("  leave-one-GPU-out: " + _summary(crit, "loo_error"))
        if old:
            print(f"  older llama.cpp builds ({len(old)} rows, 2023 - early 2024; slower software):"
                  f" {_summary(old, 'error')}")
    depth = [r for r in sp if not r["llama_bench"] and r["model"] != "llama-2-7b"
             and r["test"].split("@")[0] in ("pp2048", "tg32")]
    if depth:
        print("\nOut-of-sample model and context depth (llama-bench -d, flash attention on; "
              "not used "
              "in the fit)")
        for kind in ("pp", "tg"):
            rows = [r for r in depth if r["test"].startswith(kind)]
            base = next((r for r in rows if "@" not in r["test"]), None)
            for r in rows:
                shape = (r["estimated"] / base["estimated"]) / (
                    r["measured"] / base["measured"]) - 1
                print(f"  {r['gpu'][:18]:<18} {r['model']:<17} {r['quant']:<5} {r['test']:<12} "
                      f"measured {r['measured']:8.1f}  est {r['estimated']:8.1f}  {pct(r['error'])}"
                      f"  vs d0 {pct(shape)}")
            print(f"  {kind}: " + _summary(rows, "error"))
    out = ROOT / "benchmarks" / "results" / "accuracy.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps({"weights": w, "kv_cache": kv, "speed": sp}, indent=1) + "\n",
                   encoding="utf-8")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
