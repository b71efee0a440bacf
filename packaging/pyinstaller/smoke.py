"""Smoke test (and stopwatch) for the standalone build: start it as a user would, headless.

    python packaging/pyinstaller/smoke.py [dist/gpuscope/gpuscope] [--runs 5] [--cold]

Checks that ``--version`` and ``detect --json`` work, that the window reaches its event loop in
English and in French (the GPUSCOPE_SMOKE_QUIT_MS probe) with its data, icon and Qt's French
catalogue found inside the bundle, and that nothing prints an error marker. Then reports the
bundle's size and the start-up time to the event loop (median of --runs; with --cold, the page
cache is dropped before each run, which needs root on Linux). Standard library only; exit 1 on
any failure.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ERROR_MARKERS = ("Traceback", "could not load the Qt platform plugin", "ModuleNotFoundError",
                 "ImportError")
MARKER = "GPUSCOPE_SMOKE"


class SmokeFailure(Exception):
    pass


def check(condition: bool, what: str) -> None:
    if not condition:
        raise SmokeFailure(what)


def clean(name: str, text: str) -> None:
    for marker in ERROR_MARKERS:
        check(marker not in text, f"{name}: {marker!r} in the output:\n{text[-2000:]}")


def env_for(language: str, config: Path, quit_ms: int) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONPATH", "PYTHONHOME", "LC_ALL", "LC_MESSAGES")}
    env.update(QT_QPA_PLATFORM="offscreen", GPUSCOPE_SMOKE_QUIT_MS=str(quit_ms),
               XDG_CONFIG_HOME=str(config), LANGUAGE=language,
               LANG="fr_FR.UTF-8" if language == "fr" else "en_US.UTF-8")
    return env


def markers(stdout: str) -> dict[str, dict]:
    found = {}
    for line in stdout.splitlines():
        if line.startswith(MARKER + " "):
            _, event, payload = line.split(" ", 2)
            found[event] = json.loads(payload)
    return found


def check_cli(target: Path) -> None:
    version = subprocess.run([str(target), "--version"], capture_output=True, text=True,
                             timeout=120)
    clean("--version", version.stdout + version.stderr)
    check(version.returncode == 0 and version.stdout.startswith("gpuscope "),
          f"--version: {version.returncode} {version.stdout!r} {version.stderr[-500:]}")
    detect = subprocess.run([str(target), "detect", "--json"], capture_output=True, text=True,
                            timeout=120)
    clean("detect --json", detect.stdout + detect.stderr)
    check(detect.returncode == 0, f"detect --json exited {detect.returncode}: {detect.stderr}")
    report = json.loads(detect.stdout)
    check(isinstance(report.get("nvml", {}).get("available"), bool), "detect --json: no nvml")
    print(f"ok  {version.stdout.strip()}; detect --json: NVML available="
          f"{report['nvml']['available']}, {len(report.get('devices', []))} device(s)")


def check_window(target: Path, language: str, config: Path) -> None:
    done = subprocess.run([str(target)], capture_output=True, text=True, timeout=180,
                          env=env_for(language, config, quit_ms=500))
    clean(f"window ({language})", done.stdout + done.stderr)
    check(done.returncode == 0, f"window ({language}) exited {done.returncode}: {done.stderr}")
    found = markers(done.stdout)
    check("ready" in found and "quit" in found,
          f"window ({language}) never reached the event loop:\n{done.stdout}\n{done.stderr}")
    ready = found["ready"]
    bundle = target.resolve().parent
    check(ready["frozen"] is True, "not running frozen")
    check(ready["language"] == language, f"language {ready['language']} != {language}")
    check(ready["qt_cancel"] == ("Annuler" if language == "fr" else "Cancel"),
          f"Qt's {language} catalogue not loaded: {ready['qt_cancel']!r}")
    check(ready["window_icon"] is True, "window icon not drawn (svg icon engine missing?)")
    if bundle.name == "gpuscope":  # one folder: the data sits inside it
        check(Path(ready["resources"]).resolve().is_relative_to(bundle), ready["resources"])
    print(f"ok  window ({language}): {ready['title']!r}, Qt {ready['qt']}, "
          f"{found['quit']['plot_panels']} plot panels")


def check_window_x11(target: Path, config: Path) -> None:
    """The window on Qt's xcb plugin under Xvfb (what X11 users get), when Xvfb is installed."""
    xvfb = shutil.which("Xvfb")
    if xvfb is None or not sys.platform.startswith("linux"):
        print("--  window (xcb): skipped, Xvfb is not installed")
        return
    read_fd, write_fd = os.pipe()
    server = subprocess.Popen([xvfb, "-displayfd", str(write_fd), "-screen", "0", "1280x900x24",
                               "-nolisten", "tcp"], pass_fds=(write_fd,),
                              stderr=subprocess.DEVNULL)
    os.close(write_fd)
    try:
        with os.fdopen(read_fd) as fd:
            display = fd.readline().strip()
        env = {**env_for("en", config, quit_ms=500), "QT_QPA_PLATFORM": "xcb",
               "DISPLAY": f":{display}"}
        done = subprocess.run([str(target)], capture_output=True, text=True, timeout=180,
                              env=env)
    finally:
        server.terminate()
        server.wait(timeout=10)
    clean("window (xcb)", done.stdout + done.stderr)
    found = markers(done.stdout)
    check(done.returncode == 0 and "quit" in found,
          f"window (xcb) failed ({done.returncode}):\n{done.stdout}\n{done.stderr[-2000:]}")
    check(found["ready"]["platform"] == "xcb", f"platform {found['ready']['platform']}")
    print("ok  window (xcb under Xvfb): reached the event loop")


def check_links(target: Path) -> None:
    root = target.parent
    if root.name != "gpuscope" or not root.is_dir():
        return
    dangling = [str(p.relative_to(root)) for p in root.rglob("*") if p.is_symlink()
                and not p.exists()]
    check(not dangling, f"dangling links in the bundle: {dangling}")


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def start_time(target: Path, config: Path, cold: bool) -> float:
    """Seconds from exec to the window's first event-loop turn."""
    if cold and not drop_caches():
        raise SmokeFailure("--cold needs root (writes /proc/sys/vm/drop_caches)")
    start = time.perf_counter()
    proc = subprocess.Popen([str(target)], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True, env=env_for("en", config, quit_ms=0))
    elapsed = None
    for line in proc.stdout:
        if line.startswith(f"{MARKER} ready") and elapsed is None:
            elapsed = time.perf_counter() - start
    proc.wait(timeout=120)
    check(elapsed is not None, "no ready marker while timing")
    return elapsed


def bundle_size(target: Path) -> tuple[int, int]:
    root = target.parent if target.parent.name == "gpuscope" else target
    files = ([p for p in root.rglob("*") if p.is_file() and not p.is_symlink()]
             if root.is_dir() else [root])
    return sum(p.stat().st_size for p in files), len(files)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("target", nargs="?", default=str(ROOT / "dist" / "gpuscope" / "gpuscope"))
    parser.add_argument("--runs", type=int, default=5, help="timed start-ups (median)")
    parser.add_argument("--cold", action="store_true", help="drop the page cache before each")
    args = parser.parse_args()
    target = Path(args.target).resolve()
    if not target.is_file():
        print(f"smoke: {target} not found; build it with 'make standalone'", file=sys.stderr)
        return 1
    try:
        with tempfile.TemporaryDirectory() as tmp:
            check_links(target)
            check_cli(target)
            for language in ("en", "fr"):
                check_window(target, language, Path(tmp) / language)
            check_window_x11(target, Path(tmp) / "x11")
            times = [start_time(target, Path(tmp) / "timing", args.cold)
                     for _ in range(max(1, args.runs))]
    except (SmokeFailure, subprocess.TimeoutExpired, json.JSONDecodeError) as exc:
        print(f"FAIL {exc}", file=sys.stderr)
        return 1
    size, count = bundle_size(target)
    kind = "cold: page cache dropped before each run" if args.cold else "warm page cache"
    print(f"size: {size / 2**20:.1f} MiB in {count} files; start-up to event loop ({kind}): "
          f"median {statistics.median(times):.2f} s over {len(times)} runs "
          f"(min {min(times):.2f}, max {max(times):.2f})")
    print("standalone smoke test passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
