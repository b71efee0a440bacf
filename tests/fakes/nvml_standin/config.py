"""What the stand-in NVML library serves: a JSON-able dict, written as the flat file it reads.

A config is a plain dict (so a test can dump it to JSON, tweak it, diff it)::

    {"driver_version": "550.54.15", "nvml_version": "12.550.54.15", "cuda_version": 12040,
     "init_error": 0,                                # an NVML code nvmlInit returns (18: mismatch)
     "errors": {"nvmlSystemGetDriverVersion": 13},   # system functions -> NVML code
     "hangs": {"nvmlInitWithFlags": 30.0},           # system functions -> seconds they block
     "process_names": {1234: "python3"},
     "devices": [{"name": ..., "uuid": ..., "pci_bus_id": ..., "pci_device_id": 0x2684,
                  "brand": 5, "cc": [8, 9], "cores": ..., "max_sm_clock": ..., "max_mem_clock": ...,
                  "bus_width": ..., "memory_total": ..., "memory_used": ..., "memory_reserved": ...,
                  "power_mw": ..., "power_limit_mw": ..., "temperature": ..., "fan": ...,
                  "util_gpu": ..., "util_mem": ..., "sm_clock": ..., "mem_clock": ...,
                  "pcie": [gen, width, max gen, max width], "mig_mode": -1 | 0 | 1,
                  "mig": [{"gi", "ci", "name", "uuid", "memory_total", "memory_used"}],
                  "processes": [{"pid", "used" (None: unknown), "kind", "gi", "ci"}],
                  "errors": {fn: code}, "hangs": {fn: seconds},
                  "state": "present" | "lost" | "absent",
                  "lost_after_calls": N, "back_after_calls": M, "back_after_ms": T,
                  "vanish": bool}]}

Function names are the C symbols pynvml resolves (``nvmlDeviceGetCount_v2``,
``nvmlDeviceGetPciInfo_v3``, ``nvmlDeviceGetMemoryInfo_v2``, ``..._RunningProcesses_v3``, see
``FUNCS`` in nvml_standin.c). The C side reads a flat ``key=value`` rendering (no JSON parser in
C): :func:`write_config` writes it atomically, so the library, which re-reads the file whenever it
changes, never sees half a config. ``from_snapshot.py`` turns a snapshot file into a config.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

ENV = "GPUSCOPE_NVML_STANDIN"

# NVML return codes (nvml.h)
NOT_SUPPORTED, NO_PERMISSION, DRIVER_NOT_LOADED = 3, 4, 9
FUNCTION_NOT_FOUND, GPU_IS_LOST, LIB_RM_VERSION_MISMATCH, UNKNOWN = 13, 15, 18, 999
REASON_CODES = {"NotSupported": NOT_SUPPORTED, "FunctionNotFound": FUNCTION_NOT_FOUND,
                "NoPermission": NO_PERMISSION, "GpuIsLost": GPU_IS_LOST}

_DEVICE_SCALARS = ("name", "uuid", "pci_bus_id", "pci_device_id", "brand", "cores",
                   "max_sm_clock", "max_mem_clock", "bus_width", "memory_total", "memory_used",
                   "memory_reserved", "power_mw", "power_limit_mw", "temperature", "fan",
                   "util_gpu", "util_mem", "sm_clock", "mem_clock", "mig_mode", "state",
                   "lost_after_calls", "back_after_calls", "back_after_ms")
_KINDS = {"compute": 1, "graphics": 2, "compute+graphics": 3}


def _line(key: str, value: Any) -> str:
    text = str(int(value) if isinstance(value, bool) else value)
    if "\n" in text or "\r" in text:
        raise ValueError(f"{key}: a config value cannot span lines")
    return f"{key}={text}"


def _faults(cfg: Mapping[str, Any]) -> list[str]:
    lines = [_line("error", f"{fn}:{code}") for fn, code in cfg.get("errors", {}).items()]
    lines += [_line("hang", f"{fn}:{float(s):.3f}") for fn, s in cfg.get("hangs", {}).items()]
    return lines


def render(cfg: Mapping[str, Any]) -> str:
    """The flat text nvml_standin.c parses."""
    lines = [_line(k, cfg[k]) for k in ("driver_version", "nvml_version", "cuda_version",
                                        "init_error") if cfg.get(k) is not None]
    lines += _faults(cfg)
    lines += [_line("process_name", f"{pid}:{name}")
              for pid, name in cfg.get("process_names", {}).items()]
    for dev in cfg.get("devices", ()):
        lines.append("[device]")
        lines += [_line(k, dev[k]) for k in _DEVICE_SCALARS if dev.get(k) is not None]
        if dev.get("cc") is not None:
            lines.append(_line("cc", f"{dev['cc'][0]}.{dev['cc'][1]}"))
        if dev.get("pcie") is not None:
            lines.append(_line("pcie", ",".join(str(int(v)) for v in dev["pcie"])))
        if dev.get("vanish"):
            lines.append("vanish=1")
        lines += _faults(dev)
        for p in dev.get("processes", ()):
            used = -1 if p.get("used") is None else int(p["used"])
            kinds = _KINDS[p.get("kind", "compute")]
            lines.append(_line("process", f"{p['pid']},{used},{kinds},"
                                          f"{p.get('gi', 0xFFFFFFFF)},{p.get('ci', 0xFFFFFFFF)}"))
        for m in dev.get("mig", ()):
            lines.append("[mig]")
            lines += [_line(k, m[k]) for k in ("gi", "ci", "name", "uuid", "memory_total",
                                               "memory_used")]
    return "\n".join(lines) + "\n"


_LAST_MTIME_NS: dict[Path, int] = {}


def write_config(path: str | os.PathLike[str], cfg: Mapping[str, Any]) -> Path:
    """Write ``cfg`` for the library, atomically (temp file + rename). The library notices a new
    config by its inode, size and mtime; two rewrites within one timestamp tick can reuse the
    inode and keep the size, so each write gets an mtime later than the one before."""
    p = Path(path)
    tmp = p.with_name(f".{p.name}.{os.getpid()}.tmp")
    tmp.write_text(render(cfg), encoding="utf-8")
    os.replace(tmp, p)
    mtime = p.stat().st_mtime_ns
    last = _LAST_MTIME_NS.get(p.resolve())
    if last is not None and mtime <= last:
        mtime = last + 1_000_000  # 1 ms on
        os.utime(p, ns=(mtime, mtime))
    _LAST_MTIME_NS[p.resolve()] = mtime
    return p


def rtx4090(**overrides: Any) -> dict[str, Any]:
    """One RTX 4090 as NVML 550 reports it (names and clocks as in resources/snapshots)."""
    dev = {
        "name": "NVIDIA GeForce RTX 4090", "uuid": "GPU-5bd0d6b4-1e2f-4c37-9a4e-0123456789ab",
        "pci_bus_id": "00000000:01:00.0", "pci_device_id": 0x2684, "brand": 5, "cc": [8, 9],
        "cores": 16384, "max_sm_clock": 3105, "max_mem_clock": 10501, "bus_width": 384,
        "memory_total": 25757220864, "memory_used": 531628032, "memory_reserved": 346030080,
        "power_mw": 22000, "power_limit_mw": 450000, "temperature": 30, "fan": 30,
        "util_gpu": 2, "util_mem": 1, "sm_clock": 210, "mem_clock": 405, "pcie": [1, 16, 4, 16],
        "mig_mode": -1,
    }
    dev.update(overrides)
    return dev


def machine(*devices: Mapping[str, Any], **top: Any) -> dict[str, Any]:
    cfg: dict[str, Any] = {"driver_version": "550.54.15", "nvml_version": "12.550.54.15",
                           "cuda_version": 12040, "devices": [dict(d) for d in devices]}
    cfg.update(top)
    return cfg


__all__ = ["ENV", "machine", "render", "rtx4090", "write_config"]
