"""Fuzzing custom model files: any JSON, mutated valid documents, damaged bytes on disk."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from gpuscope.errors import InputError
from gpuscope.models.arch_rules import cnn_problems, mlp_problems
from gpuscope.models.custom import FORMAT, load_custom_models, parse_models
from gpuscope.models.validate import transformer_problems
from tests.fakes.hostile import JSON, budget, damaged_bytes, json_bytes, mutated

VALID = {"format": FORMAT, "version": 1, "models": [
    {"id": "mine", "name": "Mine", "arch": "llama", "notes": "typed by hand",
     "transformer": {"n_layers": 32, "d_model": 4096, "n_heads": 32, "n_kv_heads": 8,
                     "head_dim": 128, "ffn_dim": 14336, "vocab_size": 128256,
                     "max_context": 8192, "n_experts": 8, "n_active_experts": 2}},
    {"id": "tiny", "transformer": {"n_layers": 2, "d_model": 64, "n_heads": 4, "n_kv_heads": 4,
                                   "head_dim": 16, "ffn_dim": 256, "vocab_size": 1000,
                                   "max_context": 512, "ffn_gated": False}},
    {"id": "cnn", "family": "cnn", "cnn": {"image_size": 32, "layers": [
        {"op": "conv", "out": 8, "k": 3}, {"op": "bottleneck", "mid": 4, "out": 16, "repeat": 2},
        {"op": "gap"}, {"op": "flatten"}, {"op": "fc", "out": 10}]}},
    {"id": "mlp", "family": "mlp", "mlp": {"widths": [16, 8, 2], "bias": False}}]}


def _check(doc: object) -> None:
    try:
        models, problems = parse_models(doc)
    except InputError as exc:
        assert exc.message.render()
        return
    for model in models:  # whatever loads is plausible and estimable
        if model.cnn is not None:
            assert cnn_problems(model.cnn) == []
        elif model.mlp is not None:
            assert mlp_problems(model.mlp) == []
        else:
            assert model.transformer is not None
            assert transformer_problems(model.transformer) == []
        assert model.params >= 1
    for message in problems:
        assert message.render().startswith("Custom model ")


@budget(0.7)
@given(JSON)
def test_any_json(doc: object) -> None:
    _check(doc)


@budget(1.0)
@given(mutated(VALID))
def test_mutated_valid_document(doc: object) -> None:
    _check(doc)


@budget(0.5)
@given(damaged_bytes(json_bytes(VALID)) | st.binary(max_size=500))
def test_damaged_file_at_start_up(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "custom_models.json"
        path.write_bytes(data)
        loaded = load_custom_models(folder)  # never raises
        if loaded.message is not None:
            assert loaded.backup is not None and loaded.backup.read_bytes() == data
        else:
            assert json.loads(data.decode("utf-8-sig")) is not None
