"""CNN and MLP custom models on disk: round trip through the file, what the validator refuses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpuscope.errors import InputError
from gpuscope.models.cnn import cnn_profile
from gpuscope.models.cnn_edit import scale_cnn
from gpuscope.models.custom import (
    custom_models_path,
    load_custom_models,
    parse_models,
    read_models_file,
    save_custom_models,
)
from gpuscope.models.mlp import mlp_profile
from gpuscope.models.presets import get_preset
from gpuscope.models.spec import Family, MlpSpec

TINY_CNN = {"image_size": 32, "input_channels": 1, "layers": [
    {"op": "conv", "out": 8, "k": 3, "bias": True}, {"op": "act", "fn": "relu"},
    {"op": "maxpool", "k": 2}, {"op": "flatten"}, {"op": "fc", "out": 10}]}


def cnn_entry(family: object = "cnn", **cnn: object) -> dict:
    return {"id": "tiny", "name": "Tiny CNN", "family": family, "cnn": {**TINY_CNN, **cnn}}


@pytest.mark.parametrize("preset", ["resnet-50", "vgg-16", "efficientnet-b0", "mlp-mnist"])
def test_presets_round_trip_through_the_file(preset: str, tmp_path: Path) -> None:
    model = get_preset(preset)
    save_custom_models([model], tmp_path)
    [back] = load_custom_models(tmp_path).value
    assert (back.family, back.cnn, back.mlp, back.params) == (model.family, model.cnn, model.mlp,
                                                               model.params)
    doc = json.loads(custom_models_path(tmp_path).read_text())
    assert doc["models"][0]["family"] == model.family.value


def test_an_edited_cnn_and_mlp_round_trip(tmp_path: Path) -> None:
    resnet = get_preset("resnet-50")
    wide = scale_cnn(resnet.cnn, width=1.5, depth=2, n_classes=37, input_channels=1,
                     image_size=320)
    mlp = MlpSpec((100, 300, 300, 2), bias=False)
    models = [resnet.__class__(id="wide", name="Wide", family=Family.CNN,
                               params=cnn_profile(wide).params, cnn=wide),
              resnet.__class__(id="m", name="M", family=Family.MLP,
                               params=mlp_profile(mlp).params, mlp=mlp)]
    save_custom_models(models, tmp_path)
    assert load_custom_models(tmp_path).value == models


def test_params_of_a_cnn_or_mlp_are_the_walked_count() -> None:
    [model], _ = parse_models([cnn_entry() | {"params": 5}])
    # conv 1->8 3x3 with bias: 80; 16x16x8 flattened -> 10 with bias: 20,490
    assert model.params == 80 + 2048 * 10 + 10 == cnn_profile(model.cnn).params
    [mlp], _ = parse_models([{"id": "m", "family": "mlp", "mlp": {"widths": [4, 3, 2]}}])
    assert mlp.params == 4 * 3 + 3 + 3 * 2 + 2 and mlp.mlp.bias


@pytest.mark.parametrize(("change", "words"), [
    ({"layers": "conv"}, "cnn.layers must be a list"),
    ({"layers": []}, "1 to 1,000 layer ops"),
    ({"layers": [{"op": "attention"}]}, "CNN layer 1 is not an object with a known op"),
    ({"layers": [{"op": ["conv"]}]}, "CNN layer 1 is not an object with a known op"),
    ({"layers": [3]}, "CNN layer 1 is not an object with a known op"),
    ({"layers": [{"op": "conv", "out": -8, "k": 3}]}, "CNN layer 1: out must be a whole number"),
    ({"layers": [{"op": "conv", "out": 8, "k": 3, "bias": 1}]}, "bias must be true or false"),
    ({"layers": [{"op": "conv", "out": 8, "k": 3, "repeat": 10**6}]}, "repeat must be"),
    ({"layers": [{"name": "c", "op": "conv", "out": 8, "k": 3, "padding": "big"}]},
     "CNN layer c: padding must be “same”"),
    ({"layers": [{"op": "conv", "out": 8, "k": 3, "repeat": 1000}] * 11}, "at most 10,000"),
    ({"layers": [{"op": "fc", "out": 8}]}, "is not valid"),  # fc on an image: no flatten
    ({"image_size": 8}, "Reference resolution must be between 16 and 8,192"),
    ({"image_size": True}, "cnn.image_size must be a whole number"),
    ({"input_channels": 0}, "Input channels must be between 1 and 64"),
    ({"image_size": 16, "layers": [{"op": "conv", "out": 8, "k": 3, "stride": 2,
                                    "padding": 0, "repeat": 5}]}, "too small"),
])
def test_a_bad_cnn_is_named(change: dict, words: str) -> None:
    _, problems = parse_models([cnn_entry(**change)])
    said = problems[0].render()
    assert said.startswith("Custom model 1 (tiny): ") and words in said
    with pytest.raises(InputError):
        parse_models([cnn_entry(**change)], strict=True)


@pytest.mark.parametrize(("mlp", "words"), [
    ({"widths": [784]}, "2 to 1,001 widths"), ({"widths": [784, 0]}, "between 1 and 1,048,576"),
    ({"widths": [784, 2.5]}, "between 1 and"), ({"widths": "784, 10"}, "must be a list"),
    ({"widths": [4, 2], "bias": "yes"}, "mlp.bias must be true or false"), (None, "an object"),
])
def test_a_bad_mlp_is_named(mlp: object, words: str) -> None:
    _, problems = parse_models([{"id": "m", "family": "mlp", "mlp": mlp}])
    assert words in problems[0].render()


def test_a_family_that_is_not_text_is_named() -> None:
    _, problems = parse_models([cnn_entry(family=["cnn"])])
    assert "the family must be" in problems[0].render()


def test_a_file_with_all_three_families_is_read(tmp_path: Path) -> None:
    llama = {"n_layers": 2, "d_model": 64, "n_heads": 4, "n_kv_heads": 4, "head_dim": 16,
             "ffn_dim": 256, "vocab_size": 1000, "max_context": 512}
    path = tmp_path / "team.json"
    path.write_text(json.dumps([{"id": "t", "transformer": llama}, cnn_entry(),
                                {"id": "m", "family": "mlp", "mlp": {"widths": [8, 2]}}]))
    assert [m.family for m in read_models_file(path)] == [Family.TRANSFORMER, Family.CNN,
                                                          Family.MLP]
