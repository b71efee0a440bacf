""""What runs here?": hand-computed rankings on 8 GiB and 24 GiB cards, fits now vs fits idle."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import pytest

from gpuscope.cli.common import resolve_gpu
from gpuscope.estimate.engine import estimate
from gpuscope.estimate.ranking import rank_models
from gpuscope.estimate.recipes import assign_types
from gpuscope.estimate.verdict import Level
from gpuscope.estimate.weights import model_tensors
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import all_presets, get_preset
from gpuscope.models.spec import TensorInfo
from gpuscope.quantization import get_quantization
from tests.estimate.conftest import RTX_4090, gpu

GIB, MIB = 2**30, 2**20
SNAPSHOTS = Path(__file__).resolve().parents[2] / "resources" / "snapshots"
EIGHT_B = ("llama-3-8b", "llama-3.1-8b", "qwen3-8b")
SEVENTY_B = ("llama-2-70b", "llama-3-70b", "llama-3.1-70b", "llama-3.3-70b")

# Llama 3 8B by hand. File sizes: llama.cpp tools/quantize/README.md (Llama 3.1 8B, same shapes):
# F16 14.96 GiB, Q8_0 7.95, Q6_K 6.14, Q5_K_M 5.33. llama.cpp keeps the 128,256 x 4,096 token
# embedding table in host RAM; the KV cache is 2 x 32 layers x 8 KV heads x 128 x 2 bytes per
# token; the graph buffer's peak is the logits of a 512-token micro-batch (512 x 128,256 x 4 B)
# plus its hidden state; the runtime overhead is 400 MiB of CUDA context plus the 1,024 MiB margin
# llama.cpp's automatic fit keeps free per GPU (estimate/runtime.py).
EMBD = 128256 * 4096
KV_PER_TOKEN = 2 * 32 * 8 * 128 * 2
COMPUTE = 512 * 128256 * 4 + 512 * 4096 * 4
OVERHEAD = (400 + 1024) * MIB


def llama3_8b_need(file_gib: float, embd_bytes_per_weight: float, context: int) -> float:
    return (file_gib * GIB - EMBD * embd_bytes_per_weight + KV_PER_TOKEN * context + COMPUTE
            + OVERHEAD)


Q6_K, Q5_K, Q8_0, F16 = 210 / 256, 176 / 256, 34 / 32, 2.0


def by_id(rows):
    return {r.model.id: r for r in rows}


@pytest.fixture(scope="module")
def card_8gib():
    spec = find_gpu("RTX 4060").to_spec()
    assert spec.memory == 8 * GIB
    return spec


def test_8_gib_card_at_8k_runs_8b_models_at_4_or_5_bits_and_no_70b(card_8gib) -> None:
    rows = rank_models(all_presets(), card_8gib, context=8192)
    r = by_id(rows)
    q5 = llama3_8b_need(5.33, Q5_K, 8192)  # 7.63 GiB: fits 8 GiB
    q6 = llama3_8b_need(6.14, Q6_K, 8192)  # 8.37 GiB: does not
    assert q5 < 8 * GIB < q6
    assert r["llama-3-8b"].quant.id == "q5_k_m"
    assert r["llama-3-8b"].total_bytes == pytest.approx(q5, rel=0.01)
    for mid in EIGHT_B:
        assert r[mid].status is Level.FITS and r[mid].quant.bits in (4, 5), mid
    for mid in SEVENTY_B:  # even 2-bit weights alone (70 B x 2.06 bits) exceed 8 GiB
        assert r[mid].status is Level.NO_FIT, mid
        assert r[mid].total_bytes > 70e9 * 2.0625 / 8 - EMBD
    first_no_fit = next(i for i, row in enumerate(rows) if row.status is Level.NO_FIT)
    tail = rows[first_no_fit:]
    assert all(row.status is Level.NO_FIT for row in tail)  # models that do not fit come last
    assert [row.total_bytes for row in tail] == sorted(row.total_bytes for row in tail)


def test_8_gib_card_at_16k_runs_8b_models_at_4_bits(card_8gib) -> None:
    r = by_id(rank_models(all_presets(), card_8gib, context=16384))
    q5 = llama3_8b_need(5.33, Q5_K, 16384)  # 8.63 GiB: too much
    assert q5 > 8 * GIB
    for mid in ("llama-3.1-8b", "qwen3-8b"):  # Llama 3 8B itself stops at 8,192 tokens
        assert r[mid].context == 16384 and r[mid].quant.bits == 4, mid
        assert r[mid].total_bytes < 8 * GIB
    assert r["llama-3-8b"].context == 8192 and r["llama-3-8b"].context_limited


def test_24_gib_card_runs_8b_models_at_16_bits() -> None:
    r = by_id(rank_models(all_presets(), RTX_4090, context=8192))
    f16 = llama3_8b_need(14.96, F16, 8192)  # 15.6 GiB
    assert r["llama-3-8b"].quant.bits == 16
    assert r["llama-3-8b"].total_bytes == pytest.approx(f16, rel=0.01)
    assert r["llama-3-8b"].headroom_bytes == pytest.approx(24 * GIB - f16, rel=0.03)
    for mid in EIGHT_B:
        assert r[mid].quant.bits == 16 and r[mid].fits_now is None, mid  # no free figure


def _half_used_snapshot(tmp_path: Path) -> Path:
    doc = json.loads((SNAPSHOTS / "rtx4090.json").read_text(encoding="utf-8"))
    dev = doc["devices"][0]
    dev["memory_used_bytes"] = dev["memory_total_bytes"] // 2
    for sample in doc.get("telemetry", []):
        sample["memory_used_bytes"] = dev["memory_used_bytes"]
    path = tmp_path / "rtx4090-half.json"
    path.write_text(json.dumps(doc), encoding="utf-8")
    return path


def test_half_used_snapshot_splits_fits_now_from_fits_idle(tmp_path) -> None:
    chosen = resolve_gpu(argparse.Namespace(gpu=None, snapshot=str(_half_used_snapshot(tmp_path))))
    free = chosen.free_bytes
    assert free == pytest.approx(chosen.spec.memory / 2, rel=0.01)  # ~12 GiB
    rows = rank_models(all_presets(), chosen.spec, context=8192, free_bytes=free)
    r = by_id(rows)
    f16 = llama3_8b_need(14.96, F16, 8192)  # 15.6 GiB: an idle 24 GiB card only
    q8 = llama3_8b_need(7.95, Q8_0, 8192)  # 9.06 GiB: fits the 12 GiB free now
    assert q8 < free < f16 < chosen.spec.memory
    eight = r["llama-3-8b"]
    assert eight.status is Level.FITS and eight.fits_now and eight.fits_idle
    assert eight.quant.id == "q8_0" and eight.total_bytes == pytest.approx(q8, rel=0.01)
    assert eight.idle is not None and eight.idle.quant.bits == 16  # what an idle GPU allows
    assert eight.idle.total_bytes == pytest.approx(f16, rel=0.01)
    assert eight.headroom_now_bytes == pytest.approx(free - q8, rel=0.03)
    # Llama 3 70B needs 20.6 GiB even at 2 bits: it fits the card, not what is free now
    seventy = r["llama-3-70b"]
    assert seventy.status is Level.FITS_IDLE and seventy.fits_now is False
    assert free < seventy.total_bytes <= chosen.spec.memory
    groups = [row.status for row in rows]
    assert groups == sorted(groups, key=[Level.FITS, Level.FITS_IDLE, Level.NO_FIT].index)
    for row in rows:
        if row.status is Level.FITS:
            assert row.total_bytes <= free
        elif row.status is Level.FITS_IDLE:
            assert free < row.total_bytes <= chosen.spec.memory


def test_min_decode_is_a_requirement() -> None:
    rows = rank_models(all_presets(), RTX_4090, context=8192, min_decode=100.0)
    r = by_id(rows)
    for row in rows:
        assert row.best.decode_tokens_per_s is not None  # CNNs have no tokens/s: left out
        if row.fits_idle:
            assert row.best.decode_tokens_per_s >= 100.0
    assert "llama-3-70b" not in r  # fits at 2 bits, ~37 tok/s: never fast enough
    assert r["qwen2.5-72b"].status is Level.NO_FIT  # does not fit: still listed, last
    assert r["llama-3-8b"].quant.bits < 16  # F16 decodes ~51 tok/s on a 4090


def test_order_within_a_group_is_larger_models_first() -> None:
    rows = [r for r in rank_models(all_presets(), RTX_4090) if r.status is Level.FITS]
    keys = [(r.context_limited, r.quant.bits < 4) for r in rows]
    assert keys == sorted(keys)
    for a, b in zip(rows, rows[1:], strict=False):
        if (a.context_limited, a.quant.bits < 4) == (b.context_limited, b.quant.bits < 4):
            assert a.model.params >= b.model.params
    assert [r.rank for r in rows] == list(range(1, len(rows) + 1))


def test_short_context_models_are_evaluated_at_their_maximum() -> None:
    r = by_id(rank_models(all_presets(), RTX_4090, context=8192))
    assert r["llama-2-7b"].context == 4096 and r["llama-2-7b"].context_limited
    assert r["llama-3-8b"].context == 8192 and not r["llama-3-8b"].context_limited
    e = estimate(get_preset("llama-2-7b"), r["llama-2-7b"].quant, RTX_4090,
                 Workload(context=4096))
    assert r["llama-2-7b"].total_bytes == pytest.approx(e.total_bytes, rel=1e-12)
    assert r["resnet-50"].best.samples_per_s > 0 and not r["resnet-50"].quant.is_gguf


def test_a_local_file_offers_its_own_quantization() -> None:
    base = get_preset("llama-3.2-1b")
    q4 = get_quantization("q4_0")
    typed = assign_types(model_tensors(base), q4, base.transformer)
    tensors = tuple(TensorInfo(t.tensor.name, t.tensor.shape, t.dtype, t.n_bytes) for t in typed)
    from dataclasses import replace

    local = replace(base, id="Llama-3.2-1B-Instruct-Q4_0.gguf", name="Llama 3.2 1B Instruct",
                    tensors=tensors, file_quantization="q4_0", source_path="/m/l.gguf")
    small = gpu("small", 2.8, 300, (8, 6), 10, 20, 40, 80)
    rows = rank_models([local], small, context=8192, quants=[get_quantization("q8_0")])
    assert len(rows) == 1 and rows[0].local and rows[0].family == "Llama"
    assert rows[0].quant.id == "q4_0" and rows[0].status is Level.FITS  # q8_0 does not fit
    exact = estimate(local, q4, small, Workload(context=8192))
    assert rows[0].total_bytes == pytest.approx(exact.total_bytes, rel=1e-12)
