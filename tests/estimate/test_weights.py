"""Weight totals decided once per tensor kind equal the same rules applied tensor by tensor."""

from __future__ import annotations

from dataclasses import replace

import pytest

from gpuscope.estimate.recipes import TensorTyper, assign_types, native_expert_type
from gpuscope.estimate.weights import model_tensors, weights_info
from gpuscope.models.presets import all_presets
from gpuscope.quantization import all_quantizations

PRESETS = [m for m in all_presets() if m.transformer is not None]
QUANTS = all_quantizations()


def _by_hand(model, q) -> dict:
    """Every tensor typed on its own (no kinds, no cache), summed the plain way."""
    tensors = model_tensors(model)
    typer = TensorTyper(tensors, q, model.transformer, expert_type=native_expert_type(model.arch))
    n = model.transformer.n_layers
    per_layer, total, embd, experts = [0] * n, 0, 0, 0
    for t in tensors:
        _dtype, size = typer.decide(t)
        total += size
        if t.role == "token_embd":
            embd += size
        elif t.layer is not None and 0 <= t.layer < n:
            per_layer[t.layer] += size
        if t.role.endswith("_exps"):
            experts += size
    return {"total": total, "embd": embd, "per_layer": tuple(per_layer), "experts": experts}


@pytest.mark.parametrize("model", PRESETS, ids=[m.id for m in PRESETS])
def test_kinds_give_the_per_tensor_totals(model) -> None:
    for q in QUANTS:
        try:
            w = weights_info(model, q)
        except (KeyError, ValueError):
            continue
        hand = _by_hand(model, q)
        assert w.total_bytes == hand["total"], q.id
        assert w.per_layer_bytes == hand["per_layer"], q.id
        assert w.expert_bytes == hand["experts"], q.id
        assert w.host_bytes == (hand["embd"] if q.is_gguf else 0), q.id
        assert sum(t.n_bytes for t in w.typed) == w.total_bytes, q.id


def test_typed_is_built_on_first_use_and_matches_assign_types() -> None:
    model = replace(next(m for m in PRESETS if m.transformer.n_layers >= 32), id="typed-test")
    q = next(q for q in QUANTS if q.id == "q4_k_m")
    w = weights_info(model, q)
    assert "typed" not in w.__dict__  # not built by the totals
    expected = assign_types(model_tensors(model), q, model.transformer,
                            expert_type=native_expert_type(model.arch))
    assert [(t.tensor.name, t.dtype, t.n_bytes) for t in w.typed] == [
        (t.tensor.name, t.dtype, t.n_bytes) for t in expected]
    # Q4_K_M keeps some ffn_down blocks at Q6_K: the kinds must tell those blocks apart
    assert {t.dtype for t in w.typed if t.tensor.role == "ffn_down"} == {"Q4_K", "Q6_K"}
