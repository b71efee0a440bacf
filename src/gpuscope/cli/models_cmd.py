"""``gpuscope models``: the preset catalogue (IDs that ``estimate --model`` accepts)."""

from __future__ import annotations

import argparse
import json

from gpuscope.cli.common import add_json_flag
from gpuscope.models.presets import all_presets
from gpuscope.models.spec import ModelSpec


def add_parser(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("models", help="list model presets",
                       description="List the model presets (IDs are case-insensitive).")
    p.add_argument("--family", choices=("transformer", "cnn", "mlp"), help="only this family")
    add_json_flag(p)


def _row(m: ModelSpec) -> dict:
    t = m.transformer
    return {
        "id": m.id, "name": m.name, "family": m.family.value, "arch": m.arch,
        "params": m.params, "active_params": m.active_params or m.params,
        "max_context": t.max_context if t else None,
        "layers": t.n_layers if t else None,
        "kv_heads": t.n_kv_heads if t else None,
        "experts": t.n_experts if t and t.is_moe else None,
    }


def _billions(n: int) -> str:
    return f"{n / 1e9:,.2f} B" if n >= 1e9 else f"{n / 1e6:,.1f} M"


def run(args: argparse.Namespace) -> int:
    models = [m for m in all_presets() if not args.family or m.family.value == args.family]
    if args.json:
        print(json.dumps([_row(m) for m in models], indent=2))
        return 0
    print(f"{'ID':<30} {'family':<12} {'params':>10} {'active':>10} {'context':>9}  name")
    for m in models:
        r = _row(m)
        ctx = f"{r['max_context']:,}" if r["max_context"] else "-"
        active = _billions(r["active_params"]) if r["active_params"] != m.params else ""
        print(f"{m.id:<30} {m.family.value:<12} {_billions(m.params):>10} {active:>10} "
              f"{ctx:>9}  {m.name}")
    return 0
