"""Custom models on disk: round trip, type and plausibility checks, damaged files kept aside."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.custom import (
    custom_models_path,
    load_custom_models,
    parse_models,
    read_models_file,
    save_custom_models,
)
from gpuscope.models.presets import get_preset

# Meta Llama 3 8B config.json; 8,030,261,248 parameters (its Hugging Face safetensors index)
LLAMA3_8B = {"n_layers": 32, "d_model": 4096, "n_heads": 32, "n_kv_heads": 8, "head_dim": 128,
             "ffn_dim": 14336, "vocab_size": 128256, "max_context": 8192}


def entry(**kw: object) -> dict:
    return {"id": "mine", "name": "Mine", "transformer": dict(LLAMA3_8B), **kw}


def test_save_and_load_round_trip(tmp_path: Path) -> None:
    preset = get_preset("llama-3.1-8b")
    save_custom_models([preset], tmp_path)
    loaded = load_custom_models(tmp_path)
    assert loaded.message is None
    [model] = loaded.value
    assert (model.id, model.transformer, model.params) == (preset.id, preset.transformer,
                                                           preset.params)
    doc = json.loads(custom_models_path(tmp_path).read_text())
    assert doc["format"] == "gpuscope-custom-models" and doc["version"] == 1


def test_params_default_to_the_count_from_the_architecture() -> None:
    [model], problems = parse_models([entry(unknown_key="ignored")])
    assert problems == [] and model.params == 8_030_261_248


@pytest.mark.parametrize(("change", "words"), [
    ({"n_layers": "32"}, "transformer.n_layers must be a whole number"),
    ({"n_layers": True}, "transformer.n_layers must be a whole number"),
    ({"n_layers": 32.0}, "transformer.n_layers must be a whole number"),
    ({"ffn_gated": 1}, "transformer.ffn_gated must be true or false"),
    ({"n_layers": 0}, "Layers must be between 1 and 1,024"),
    ({"n_kv_heads": 5}, "must be a multiple of KV heads"),
    ({"d_model": None, "n_heads": None}, "the field transformer.d_model is missing"),
])
def test_a_bad_field_is_named(change: dict, words: str) -> None:
    bad = entry()
    bad["transformer"].update(change)
    bad["transformer"] = {k: v for k, v in bad["transformer"].items() if v is not None}
    models, problems = parse_models([bad])
    assert models == [] and len(problems) == 1
    said = problems[0].render()
    assert said.startswith("Custom model 1 (mine): ") and words in said
    with pytest.raises(InputError):
        parse_models([bad], strict=True)


@pytest.mark.parametrize(("change", "words"), [
    ({"id": "../etc/passwd"}, "the id must be"), ({"id": ""}, "the id must be"),
    ({"family": "rnn"}, "the family must be"),
    ({"family": "cnn"}, "cnn must be an object"), ({"params": -1}, "params must be a whole number"),
    ({"active_params": 10**13}, "cannot exceed params"), ({"name": "a\nb"}, "name must be text"),
    ({"transformer": [1, 2]}, "transformer must be an object"),
])
def test_a_bad_entry_is_named(change: dict, words: str) -> None:
    _, problems = parse_models([entry(**change)])
    assert words in problems[0].render()


def test_duplicate_ids_and_bad_documents() -> None:
    _, problems = parse_models([entry(), entry(id="MINE")])
    assert "already has this id" in problems[0].render()
    for doc in ({"models": []}, "text", 3, {"format": "gpuscope-custom-models", "version": 2}):
        with pytest.raises(InputError):
            parse_models(doc)


def test_start_up_keeps_good_models_and_a_copy_of_the_file(tmp_path: Path) -> None:
    path = custom_models_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    original = json.dumps([entry(), entry(id="broken", transformer={"n_layers": "x"})])
    path.write_text(original)
    loaded = load_custom_models(tmp_path)
    assert [m.id for m in loaded.value] == ["mine"]
    said = loaded.message.render()
    assert "1 custom model in" in said and "broken" in said and str(loaded.backup) in said
    assert loaded.backup.read_text() == original  # nothing lost


def test_start_up_with_a_damaged_file_starts_empty_and_says_so(tmp_path: Path) -> None:
    path = custom_models_path(tmp_path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[{"id": "mine", "transformer": {"n_layers": 3')
    loaded = load_custom_models(tmp_path)
    assert loaded.value == [] and loaded.backup is not None and not path.exists()
    assert "not valid JSON" in loaded.message.render()
    assert load_custom_models(tmp_path).message is None  # told once; next start is clean


def test_a_file_handed_over_is_strict_and_left_in_place(tmp_path: Path) -> None:
    path = tmp_path / "models.json"
    path.write_text(json.dumps([entry(n_layers=1), entry(id="x", transformer={})]))
    with pytest.raises(InputError) as info:
        read_models_file(path)
    assert str(path) in info.value.message.render() and path.exists()
    path.write_text("{")
    with pytest.raises(InputError):
        read_models_file(path)
    assert path.exists() and list(tmp_path.iterdir()) == [path]


@pytest.mark.parametrize(("name", "taken", "expected"), [
    ("My Llama", (), "my-llama"),
    ("Modèle à moi", (), "my-modele-a-moi"),  # accents folded to ASCII
    ("我的模型", (), "my-model"),  # nothing ASCII left: a generic id
    ("Custom (from Llama 3.1 8B)", (), "my-custom-from-llama-3.1-8b"),
    ("My Llama", ("my-llama", "MY-LLAMA-2"), "my-llama-3"),  # unique, case-insensitively
    ("x" * 300, (), "my-" + "x" * 53),
])
def test_derived_ids_are_valid_and_unique(name: str, taken: tuple, expected: str) -> None:
    from gpuscope.models.custom import derive_id, entry_to_model

    made = derive_id(name, taken)
    assert made == expected
    assert entry_to_model(entry(id=made)).id == made  # the file accepts it
