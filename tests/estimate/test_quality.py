"""The quality-cost table: transcription checks and the "best quantization" order built on it."""

from __future__ import annotations

import json
import math

import pytest

from gpuscope.estimate.quality import preference_key, quality_cost
from gpuscope.paths import resource
from gpuscope.quantization import all_quantizations, get_quantization
from gpuscope.text import ENGLISH

RAW = json.loads(resource("quant_quality.json").read_text(encoding="utf-8"))


def test_every_catalogue_quantization_has_an_entry() -> None:
    ids = {q.id for q in all_quantizations()}
    assert ids <= set(RAW["quantizations"])
    for qid, entry in RAW["quantizations"].items():
        assert entry["status"] in ("published", "reference", "not_published"), qid
        if entry["status"] == "published":
            src = RAW["sources"][entry["source"]]
            assert src["url"].startswith("https://"), qid


def test_each_delta_is_the_published_ppl_minus_the_baseline() -> None:
    # PPL and delta PPL are separate columns of llama.cpp's scoreboard: a typo in either shows
    for qid, entry in RAW["quantizations"].items():
        if entry["status"] != "published":
            continue
        base = RAW["sources"][entry["source"]]["baseline_ppl"]
        assert entry["ppl"] - base == pytest.approx(entry["delta_ppl"], abs=6e-4), qid


def test_llama_cpp_table_orders_as_published() -> None:
    # the scoreboard sorts by KL divergence: a larger K-quant loses less
    d = {q: quality_cost(get_quantization(q)).delta_ppl for q in (
        "q8_0", "q6_k", "q5_k_m", "q5_k_s", "q4_k_m", "q4_k_s", "q3_k_m", "q2_k")}
    values = list(d.values())
    assert values == sorted(values)
    assert d["q4_k_m"] == pytest.approx(0.1755, abs=1e-4)  # Llama 3 8B, no importance matrix


def test_formats_without_figures_say_so() -> None:
    for qid in ("fp8", "nf4", "mxfp4"):
        cost = quality_cost(get_quantization(qid))
        assert not cost.published and cost.ranking_loss == math.inf
        assert cost.label().render() == "not published"
    assert quality_cost(get_quantization("f16")).label().render() == "reference (unquantized)"


def test_labels_and_sources_render() -> None:
    q8 = quality_cost(get_quantization("q8_0"))
    assert q8.label().render() == "+0.003 PPL"  # 0.00265 must not read as +0.00
    assert "llama.cpp" in q8.explanation().render(ENGLISH)
    awq = quality_cost(get_quantization("int4"))
    assert awq.label().render() == "+0.13 to +0.22 PPL"
    assert "arxiv.org/abs/2306.00978" in awq.explanation().render()
    assert not awq.source.ranking  # Llama 2 7B figures never order llama.cpp's types


def _best_first(ids: list[str], bpw: dict[str, float] | None = None) -> list[str]:
    qs = [get_quantization(i) for i in ids]
    return [q.id for q in sorted(qs, key=lambda q: preference_key(
        q, (bpw or {}).get(q.id, q.nominal_bpw)))]


def test_more_bits_first_then_less_published_loss() -> None:
    order = _best_first(["q5_1", "q4_k_m", "q8_0", "q5_k_m", "f16", "q5_0", "q6_k", "q2_k"])
    assert order == ["f16", "q8_0", "q6_k", "q5_k_m", "q5_1", "q5_0", "q4_k_m", "q2_k"]
    # q5_1 stores more bits per weight than q5_k_m (6.0 vs 5.5) yet loses more: not first
    assert get_quantization("q5_1").nominal_bpw > get_quantization("q5_k_m").nominal_bpw


def test_unranked_formats_follow_ranked_ones_of_their_width_by_bits_per_weight() -> None:
    order = _best_first(["int4", "nf4", "q4_0", "mxfp4", "iq4_xs"],
                        {"int4": 4.3, "nf4": 4.2, "q4_0": 4.6, "mxfp4": 4.4, "iq4_xs": 4.3})
    assert order == ["iq4_xs", "q4_0", "mxfp4", "int4", "nf4"]
