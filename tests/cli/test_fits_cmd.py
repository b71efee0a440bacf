"""``gpuscope fits``: the JSON list scripts rely on, its order, the text table, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

from gpuscope.cli.app import run_cli

SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"
REQUIRED = {"model", "quantization", "total_bytes", "fits_now", "fits_idle",
            "decode_tokens_per_s", "prefill_tokens_per_s"}


def _json(capsys, *args: str) -> list[dict]:
    assert run_cli([*args, "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_json_is_a_list_best_first_with_no_fits_last(capsys) -> None:
    rows = _json(capsys, "fits", "--gpu", "RTX 4060", "--context", "8192")
    assert isinstance(rows, list) and len(rows) > 30
    for row in rows:
        assert set(row) >= REQUIRED
        assert row["fits_now"] is None  # a catalogue GPU: nothing is known about "now"
    fits = [r["fits_idle"] for r in rows]
    assert fits == sorted(fits, reverse=True)  # every fitting model before any that does not
    no_fit = [r for r in rows if not r["fits_idle"]]
    assert [r["total_bytes"] for r in no_fit] == sorted(r["total_bytes"] for r in no_fit)
    by_id = {r["model"]: r for r in rows}
    assert by_id["llama-3.1-8b"]["quantization"] == "q5_k_m"
    assert not by_id["llama-3.1-70b"]["fits_idle"]
    assert by_id["llama-3.1-70b"]["total_bytes"] > 8 * 2**30  # the least it would need
    assert by_id["llama-3.1-8b"]["quality"]["source"].startswith("https://github.com/ggml-org")


def test_snapshot_free_vram_and_filters(capsys) -> None:
    rows = _json(capsys, "--snapshot", str(SNAPSHOTS / "rtx4090.json"), "fits", "--family",
                 "llama", "--min-speed", "60", "--runtime", "llama.cpp")
    assert rows and all(r["family"] == "Llama" for r in rows)
    for r in rows:
        assert r["quantization"] not in ("fp16", "bf16", "int4", "nf4", "fp8", "int8")
        assert isinstance(r["fits_now"], bool)
        if r["fits_idle"]:
            assert r["decode_tokens_per_s"] >= 60


def test_two_gpus_hold_what_one_cannot(capsys) -> None:
    one = {r["model"]: r for r in _json(capsys, "fits", "--gpu", "RTX 4090")}
    two = {r["model"]: r for r in _json(capsys, "fits", "--gpu", "RTX 4090", "--gpus", "2")}
    assert not one["qwen2.5-72b"]["fits_idle"] and two["qwen2.5-72b"]["fits_idle"]


def test_text_table_and_errors(capsys) -> None:
    assert run_cli(["fits", "--gpu", "RTX 4090", "--top", "5"]) == 0
    out = capsys.readouterr().out
    assert "RTX 4090" in out and "tok/s" in out and "PPL" in out
    assert len([ln for ln in out.splitlines() if ln[:3].strip().isdigit()]) == 5
    assert run_cli(["fits", "--gpu", "RTX 4090", "--family", "nosuch"]) == 2
    assert "families" in capsys.readouterr().err
    assert run_cli(["fits", "--gpu", "RTX 4090", "--min-speed", "-3"]) == 2
    assert run_cli(["fits", "--gpu", "RTX 4090", "--context", "0"]) == 2
