"""Run every fuzz test with a bigger budget and report the inputs tried and the time taken.

The CI run uses ``GPUSCOPE_FUZZ_EXAMPLES=150`` per test (tests/fakes/hostile.py); this script
sets ``--examples`` (default 2000), runs pytest with Hypothesis statistics, and sums per test the
test cases of every phase (passing + failing + invalid) and their time. Prints a table and
writes benchmarks/results/fuzz.json. A failing fuzz test is a crasher: keep it as a regression
test next to the fuzzer that found it.

    python benchmarks/fuzz_report.py --examples 5000
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FUZZ_TESTS = ["tests/hardware/test_snapshot_fuzz.py", "tests/models/test_custom_fuzz.py",
              "tests/hardware/test_custom_gpus_fuzz.py", "tests/test_userdata_fuzz.py",
              "tests/cli/test_cli_fuzz.py", "tests/ui/test_settings_fuzz.py",
              "tests/models/test_loader_fuzz.py"]
_TEST = re.compile(r"^(tests/\S+::\S+):$")
_PHASE = re.compile(r"during (\w+) phase \(([\d.]+) seconds\)")
_CASES = re.compile(r"(\d+) passing, (\d+) failing, and (\d+) invalid")


def parse(output: str) -> dict[str, dict[str, float]]:
    """test id -> {"cases", "failing", "invalid", "seconds"} from Hypothesis statistics."""
    stats: dict[str, dict[str, float]] = {}
    current = None
    for line in output.splitlines():
        line = line.strip()
        if m := _TEST.match(line):
            current = stats.setdefault(m.group(1), {"cases": 0, "failing": 0, "invalid": 0,
                                                    "seconds": 0.0})
        elif current is not None and (m := _PHASE.search(line)):
            current["seconds"] += float(m.group(2))
        elif current is not None and (m := _CASES.search(line)):
            passing, failing, invalid = map(int, m.groups())
            current["cases"] += passing + failing + invalid
            current["failing"] += failing
            current["invalid"] += invalid
    return stats


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--examples", type=int, default=2000, help="max examples per fuzz test")
    p.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "fuzz.json")
    args = p.parse_args(argv)
    env = {**os.environ, "GPUSCOPE_FUZZ_EXAMPLES": str(args.examples),
           "QT_QPA_PLATFORM": "offscreen"}
    start = time.monotonic()
    done = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           "--hypothesis-show-statistics", *FUZZ_TESTS], cwd=ROOT, env=env,
                          capture_output=True, text=True, check=False)
    wall = time.monotonic() - start
    stats = parse(done.stdout)
    print(f"{'fuzz test':<84} {'inputs':>8} {'invalid':>8} {'failing':>8} {'seconds':>8}")
    for name, s in sorted(stats.items()):
        print(f"{name:<84} {s['cases']:8.0f} {s['invalid']:8.0f} {s['failing']:8.0f} "
              f"{s['seconds']:8.1f}")
    total = sum(s["cases"] for s in stats.values())
    failing = sum(s["failing"] for s in stats.values())
    print(f"\n{total:.0f} inputs in {len(stats)} fuzz tests, {wall:.0f} s wall "
          f"(pytest exit {done.returncode}; {failing:.0f} failing)")
    print(done.stdout.strip().splitlines()[-1] if done.stdout.strip() else done.stderr[-2000:])
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps({"examples_per_test": args.examples, "wall_s": round(wall, 1),
                                    "inputs": total, "failing": failing, "pytest_exit":
                                    done.returncode, "tests": stats}, indent=1) + "\n")
    return done.returncode


if __name__ == "__main__":
    sys.exit(main())
