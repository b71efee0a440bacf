"""How long gpuscope takes to open big GGUF files and to scan a cache of a hundred models.

Builds, in a temporary folder, a ~106 GB GGUF with the shapes of Llama-3-70B and a real-size
tokenizer (128,256 tokens, 280,000 merges) as a sparse file (the tensor data is a hole), then times
``read_gguf`` against ``gguf.GGUFReader`` (which maps the file and decodes every token), and times
a scan of a fake cache of 100 models. Prints a table with the ratio to the 50 ms budget and to the
floor (reading the same header bytes with a bare ``read()``), and writes the figures as JSON
(benchmarks/results/import_gguf.json unless ``--out`` says otherwise).

    python benchmarks/import_gguf.py [--out results.json]
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import tempfile
import time
from importlib import metadata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE.parent / "tests" / "models"))  # the GGUF factory used by the tests
BUDGET_S = 0.050


def _timed(fn, repeat: int = 5) -> list[float]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def big_gguf(folder: Path) -> Path:
    from _gguf_factory import Decoder

    d = Decoder("llama", 80, 8192, 64, 8, 28672, 128256, ctx=8192, vocab_key=False,
                types={"default": "F16", "ffn": "Q8_0"},
                extra_kv={"tokenizer.ggml.merges": [f"a{i} b{i}" for i in range(280_000)]})
    return d.write(folder / "Meta-Llama-3-70B-mixed.gguf", ftype=7, name="Llama 3 70B")[0]


def fake_cache(folder: Path, n: int = 100) -> Path:
    from _gguf_factory import Decoder

    d = Decoder("qwen2", 28, 3584, 28, 4, 18944, 152064, bias=True, types={"default": "Q4_K"})
    first = d.write(folder / "seed.gguf", ftype=15)[0]
    root = folder / "lmstudio"
    for i in range(n):
        repo = root / f"publisher{i % 10}" / f"Model-{i}-GGUF"
        repo.mkdir(parents=True)
        target = repo / f"Model-{i}-Q4_K_M.gguf"
        with open(first, "rb") as f:
            target.write_bytes(f.read(1 << 20))  # the header; then the sparse hole
        with open(target, "r+b") as f:
            f.truncate(first.stat().st_size)
    return root


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=HERE / "results" / "import_gguf.json",
                        help="write the figures as JSON here")
    args = parser.parse_args()
    import gguf

    from gpuscope.models.folder_scan import scan_tree
    from gpuscope.models.gguf_header import read_header
    from gpuscope.models.gguf_reader import read_gguf

    results: dict[str, object] = {"python": platform.python_version(),
                                  "gguf": metadata.version("gguf")}
    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        start = time.perf_counter()
        path = big_gguf(tmp)
        build = time.perf_counter() - start
        spec = read_gguf(path)
        size = path.stat().st_size
        ours = _timed(lambda: read_gguf(path), repeat=9)
        header_bytes = read_header(path).data_offset

        def bare_read() -> None:
            with open(path, "rb") as f:
                f.read(header_bytes)

        floor = _timed(bare_read, repeat=9)
        theirs = _timed(lambda: gguf.GGUFReader(path), repeat=2)
        results["big_file"] = {
            "bytes": size, "tensors": len(spec.tensors), "params": spec.params,
            "header_bytes": header_bytes, "read_gguf_s": ours, "floor_bare_read_s": floor,
            "budget_s": BUDGET_S, "gguf_GGUFReader_s": theirs, "build_s": build,
        }
        root = fake_cache(tmp)
        first: list[float] = []

        def scan_all() -> int:
            start = time.perf_counter()
            n = 0
            for _ in scan_tree(root, "lmstudio", lambda: False):
                if n == 0:
                    first.append(time.perf_counter() - start)
                n += 1
            return n

        scans = _timed(scan_all, repeat=3)
        results["cache_scan"] = {"models": scan_all(), "scan_s": scans,
                                 "first_model_s": first[:3]}
    big = results["big_file"]
    print(f"GGUF of {big['bytes'] / 1e9:.1f} GB, {big['tensors']} tensors, "
          f"{big['params'] / 1e9:.2f} B params, 128,256-token tokenizer + 280,000 merges")
    med, p95 = statistics.median(ours), sorted(ours)[min(len(ours) - 1, int(0.95 * len(ours)))]
    print(f"  gpuscope read_gguf      median {med * 1e3:8.1f} ms  p95 {p95 * 1e3:.1f}  "
          f"max {max(ours) * 1e3:.1f}  = {med / BUDGET_S:.2f} x the 50 ms budget, "
          f"{med / statistics.median(floor):.1f} x the floor")
    print(f"  floor: read() of the {header_bytes / 2**20:.1f} MiB header "
          f"median {statistics.median(floor) * 1e3:8.1f} ms")
    print(f"  gguf.GGUFReader         median {statistics.median(theirs) * 1e3:8.1f} ms")
    scan = results["cache_scan"]
    print(f"Scan of {scan['models']} GGUF models (Qwen2.5-7B Q4_K, sparse): "
          f"median {statistics.median(scans) * 1e3:.0f} ms, first model after "
          f"{min(first) * 1e3:.1f} ms")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
