"""The vectorised pass over (model, quantization) pairs equals the scalar estimate, pair by pair."""

from __future__ import annotations

import pytest

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.pairs import PairTable, is_decoder
from gpuscope.estimate.ranking import default_quantizations, ranker_for
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import all_presets, get_preset
from tests.estimate.conftest import A100_80, RTX_3060, RTX_4090

DECODERS = [m for m in all_presets() if is_decoder(m)]


def _check(table: PairTable, gpu, n_gpus: int, contexts: list[int], w: Workload) -> int:
    res = table.on_gpu(gpu, n_gpus).at(contexts)
    for i, (m, q) in enumerate(zip(table.pair_model, table.pair_quant, strict=True)):
        model = table.models[m]
        e = estimate(model, q, gpu, w.with_(context=contexts[m], n_gpus=n_gpus))
        label = f"{model.id} {q.id}"
        assert res.total_bytes[i] == pytest.approx(e.total_bytes, rel=1e-12), label
        assert bool(res.fits[i]) == e.fit.fits, label
        assert res.decode_tokens_per_s[i] == pytest.approx(
            e.speed.decode_tokens_per_s, rel=1e-12), label
        assert res.prefill_tokens_per_s[i] == pytest.approx(
            e.speed.prefill_tokens_per_s, rel=1e-12), label
    return len(table)


def test_every_preset_pair_matches_estimate() -> None:
    quants = default_quantizations()
    table = ranker_for(all_presets()).table  # the ranking's own table (shared with other tests)
    assert table.models == DECODERS
    assert len(table) == len(DECODERS) * len(quants)
    contexts = [min(8192, m.transformer.max_context) for m in DECODERS]
    assert _check(table, RTX_4090, 1, contexts, Workload()) == len(table)


@pytest.mark.parametrize(("gpu", "n_gpus", "context", "workload"), [
    (A100_80, 2, 32768, Workload(batch=4, prompt=2000)),
    (RTX_3060, 1, 1, Workload(kv_cache="q8_0", flash_attention=False)),
    (find_gpu("Tesla V100 SXM2 16GB").to_spec(), 4, 4096, Workload(ubatch=256)),
    (find_gpu("Tesla P40").to_spec(), 1, 100_000, Workload(kv_cache="q4_0")),
])
def test_other_gpus_and_workloads_match(gpu, n_gpus, context, workload) -> None:
    # a dense model, GQA, a sliding-window model, MLA, two MoEs and MXFP4
    models = [get_preset(i) for i in ("codellama-7b", "llama-3-70b", "gemma-2-9b",
                                      "deepseek-v2-lite", "qwen3-30b-a3b", "gpt-oss-20b")]
    quants = default_quantizations()
    table = PairTable(models, [quants] * len(models), workload)
    _check(table, gpu, n_gpus, [context] * len(models), workload)


def test_unequal_option_lists_keep_pairs_apart() -> None:
    a, b = get_preset("llama-3-8b"), get_preset("qwen2.5-7b")
    qs = default_quantizations()
    table = PairTable([a, b], [qs[:3], qs[5:9]])
    assert table.pair_model == [0, 0, 0, 1, 1, 1, 1]
    assert [q.id for q in table.pair_quant] == [q.id for q in (*qs[:3], *qs[5:9])]
    _check(table, RTX_4090, 1, [2048, 2048], Workload())
