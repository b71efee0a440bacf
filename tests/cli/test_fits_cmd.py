"""``gpuscope fits``: the JSON list scripts rely on, its order, the text table, clear errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

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


# --- every GPU of a snapshot, per-device free VRAM --------------------------------------------
def _dual(tmp_path: Path, free_gib: tuple[float, float]) -> Path:
    """The dual RTX 3090 snapshot with each device's free VRAM set (GiB)."""
    doc = json.loads((SNAPSHOTS / "rtx3090-dual.json").read_text(encoding="utf-8"))
    for dev, gib in zip(doc["devices"], free_gib, strict=True):
        dev["memory_reserved_bytes"] = 0
        dev["memory_used_bytes"] = dev["memory_total_bytes"] - int(gib * 2**30)
    path = tmp_path / "dual.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_a_snapshot_uses_all_its_gpus_and_sums_each_free_vram(capsys, tmp_path: Path) -> None:
    snap = str(_dual(tmp_path, (20.0, 4.0)))
    rows = _json(capsys, "--snapshot", snap, "fits")
    gib = 2**30
    assert all(r["headroom_now_bytes"] is not None for r in rows)
    r = rows[0]
    # free over both devices: 20 + 4 GiB (not GPU 0's 20 GiB twice); total: 2 x 24 GiB
    assert r["headroom_now_bytes"] + r["total_bytes"] == pytest.approx(24 * gib)
    assert r["headroom_bytes"] + r["total_bytes"] == pytest.approx(48 * gib, rel=1e-6)
    one = _json(capsys, "--snapshot", snap, "fits", "--gpus", "1")
    assert one[0]["headroom_now_bytes"] + one[0]["total_bytes"] == pytest.approx(20 * gib)
    assert one[0]["headroom_bytes"] + one[0]["total_bytes"] == pytest.approx(24 * gib, rel=1e-6)
    assert run_cli(["fits", "--gpu", "RTX 3090", "--json"]) == 0  # a catalogue GPU: one card
    cat = json.loads(capsys.readouterr().out)
    assert cat[0]["headroom_bytes"] + cat[0]["total_bytes"] == pytest.approx(24 * gib, rel=1e-6)


def test_more_gpus_than_the_snapshot_has_is_a_clear_error(capsys, tmp_path: Path) -> None:
    snap = str(_dual(tmp_path, (20.0, 20.0)))
    assert run_cli(["--snapshot", snap, "fits", "--gpus", "3"]) == 2
    assert "--gpu NAME --gpus 3" in capsys.readouterr().err
    assert run_cli(["--snapshot", snap, "fits", "--gpus", "0"]) == 2
    assert run_cli(["--snapshot", snap, "fits", "--top", "1"]) == 0
    assert "all 2 GPUs of the snapshot" in capsys.readouterr().out


# --- saved models and models on the disk ------------------------------------------------------
def _save_model(name: str) -> None:
    from dataclasses import replace

    from gpuscope.models.custom import save_custom_models
    from gpuscope.models.presets import get_preset

    save_custom_models([replace(get_preset("llama-3.1-8b"), id="my-llama", name=name)])


def test_saved_models_are_ranked_with_the_presets(capsys) -> None:
    _save_model("My tuned Llama 3.1 8B for the long support-ticket summaries")
    rows = _json(capsys, "fits", "--gpu", "RTX 4060")
    mine = next(r for r in rows if r["model"] == "my-llama")
    preset = next(r for r in rows if r["model"] == "llama-3.1-8b")
    assert mine["origin"] == "saved" and preset["origin"] == "preset"
    assert mine["quantization"] == preset["quantization"]  # same architecture, same answer
    assert "my-llama" not in {r["model"] for r in _json(capsys, "fits", "--gpu", "RTX 4060",
                                                          "--no-saved")}
    assert run_cli(["fits", "--gpu", "RTX 4060"]) == 0
    out = capsys.readouterr().out
    assert "1 saved" in out
    # the long name reads whole, and the origin column says where it came from
    line = next(ln for ln in out.splitlines() if "My tuned" in ln)
    assert "support-ticket summaries" in line and " saved " in line


def test_models_dir_ranks_the_files_found_and_counts_the_unreadable(capsys,
                                                                    tmp_path: Path) -> None:
    from tests.models._gguf_factory import Decoder

    folder = tmp_path / "models"
    folder.mkdir()
    d = Decoder("llama", 32, 4096, 32, 32, 11008, 32000,
                types={"default": "Q4_0", "output": "Q6_K"})
    d.write(folder / "llama-2-7b.Q4_0.gguf", ftype=2, name="LLaMA v2")
    (folder / "broken.gguf").write_bytes(b"GGUF\x03\x00\x00\x00garbage")
    rows = _json(capsys, "fits", "--gpu", "RTX 4090", "--models-dir", str(folder))
    local = [r for r in rows if r["local"]]
    assert len(local) == 1 and local[0]["origin"] == "folder"
    assert run_cli(["fits", "--gpu", "RTX 4090", "--models-dir", str(folder)]) == 0
    assert "1 found on this computer, 1 unreadable" in capsys.readouterr().out
    assert run_cli(["fits", "--gpu", "RTX 4090", "--models-dir", str(tmp_path / "nope")]) == 2
    assert "not a folder" in capsys.readouterr().err


def test_scan_looks_in_the_default_caches(capsys, tmp_path: Path, monkeypatch) -> None:
    from tests.models._gguf_factory import Decoder

    studio = tmp_path / "home" / ".lmstudio" / "models" / "pub" / "repo"
    studio.mkdir(parents=True)
    Decoder("llama", 32, 4096, 32, 32, 11008, 32000,
            types={"default": "Q4_0", "output": "Q6_K"}).write(
        studio / "llama-2-7b.Q4_0.gguf", ftype=2, name="LLaMA v2")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "none"))
    monkeypatch.setenv("OLLAMA_MODELS", str(tmp_path / "none"))
    assert not [r for r in _json(capsys, "fits", "--gpu", "RTX 4090") if r["local"]]
    scanned = [r for r in _json(capsys, "fits", "--gpu", "RTX 4090", "--scan") if r["local"]]
    assert [r["origin"] for r in scanned] == ["lmstudio"]


def test_long_names_are_not_cut(capsys) -> None:
    assert run_cli(["fits", "--gpu", "RTX 4060"]) == 0
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "DeepSeek-R1-Distill-Qwen" in ln)
    assert "DeepSeek-R1-Distill-Qwen 7B " in line
