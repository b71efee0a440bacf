"""How fast the "what runs here?" ranking recomputes (issue budget: under 50 ms per change).

Builds the ranking of every preset x every quantization once (the cold, static half: weights of
each pair), then times ``Ranker.rank`` over repeated GPU changes (catalogue GPUs, 1-4 GPUs, free
VRAM known or not) and context changes (random contexts from 128 to 131,072 tokens), and the
scalar path (one ``estimate()`` per pair) for comparison. Prints a table and writes
``benchmarks/results/fits_ranking.json``.

    python benchmarks/fits_ranking.py [--repeats 200]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import platform
import random
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from gpuscope.errors import GpuscopeError  # noqa: E402
from gpuscope.estimate.engine import estimate  # noqa: E402
from gpuscope.estimate.ranking import Ranker, default_quantizations  # noqa: E402
from gpuscope.estimate.workload import Workload  # noqa: E402
from gpuscope.hardware.catalogue import find_gpu  # noqa: E402
from gpuscope.models.presets import all_presets  # noqa: E402

GPUS = ("RTX 4060", "RTX 3090", "RTX 4090", "RTX 5090", "A100 SXM4 80GB", "H100 SXM",
        "L40S", "Tesla T4", "Tesla V100 SXM2 32GB", "RTX A6000")


def _stats(samples: list[float]) -> dict:
    ms = sorted(s * 1e3 for s in samples)
    return {"n": len(ms), "median_ms": round(statistics.median(ms), 3),
            "p95_ms": round(ms[min(len(ms) - 1, int(0.95 * len(ms)))], 3),
            "max_ms": round(ms[-1], 3)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=200)
    parser.add_argument("--seed", type=int, default=11)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    models = all_presets()
    gpus = [find_gpu(name).to_spec() for name in GPUS]

    t0 = time.perf_counter()
    ranker = Ranker(models, default_quantizations())
    cold_static = time.perf_counter() - t0
    t0 = time.perf_counter()
    ranker.rank(gpus[0])
    cold_first = time.perf_counter() - t0

    gpu_changes, context_changes, speed_filter = [], [], []
    current = gpus[0]
    for i in range(args.repeats):
        gpu = gpus[(i + 1) % len(gpus)]
        n = 1 + i % 4
        free = None if i % 2 else gpu.memory * n * rng.uniform(0.2, 1.0)
        t0 = time.perf_counter()
        ranker.rank(gpu, n_gpus=n, context=8192, free_bytes=free)
        gpu_changes.append(time.perf_counter() - t0)
        current = gpu
        context = int(2 ** rng.uniform(7, 17))
        t0 = time.perf_counter()
        ranker.rank(current, n_gpus=n, context=context, free_bytes=free)
        context_changes.append(time.perf_counter() - t0)
        t0 = time.perf_counter()
        ranker.rank(current, n_gpus=n, context=context, free_bytes=free,
                    min_decode=rng.uniform(5, 100))
        speed_filter.append(time.perf_counter() - t0)

    pairs = len(ranker.table) + sum(len(q) for _, q in ranker.others)
    t0 = time.perf_counter()
    w = Workload(context=8192)
    for model in models:
        for q in default_quantizations():
            with contextlib.suppress(GpuscopeError):
                estimate(model, q, gpus[2], w)
    scalar = time.perf_counter() - t0

    result = {
        "what": "gpuscope fits ranking: every preset x every quantization, one GPU/context change",
        "budget_ms": 50,
        "presets": len(models), "quantizations": len(default_quantizations()),
        "pairs": pairs,
        "cold_static_s": round(cold_static, 3),
        "cold_first_rank_ms": round(cold_first * 1e3, 3),
        "gpu_change": _stats(gpu_changes),
        "context_change": _stats(context_changes),
        "min_speed_change": _stats(speed_filter),
        "scalar_estimate_per_pair_s": round(scalar, 3),
        "machine": {"python": platform.python_version(), "processor": platform.processor()
                    or platform.machine(), "system": platform.system()},
    }
    print(f"{pairs} pairs ({len(models)} presets x {len(default_quantizations())} "
          f"quantizations); static build (cold) {cold_static:.2f} s, first rank "
          f"{cold_first * 1e3:.1f} ms")
    print(f"{'change':<14} {'median':>9} {'p95':>9} {'max':>9}   (ms, {args.repeats} each)")
    for key in ("gpu_change", "context_change", "min_speed_change"):
        s = result[key]
        print(f"{key:<14} {s['median_ms']:>9.2f} {s['p95_ms']:>9.2f} {s['max_ms']:>9.2f}")
    print(f"scalar estimate() of every pair, for comparison: {scalar:.2f} s")
    out = ROOT / "benchmarks" / "results" / "fits_ranking.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
