"""Quantization configs -> ids and effective bits per weight (constants checked by hand)."""

from __future__ import annotations

import pytest

from gpuscope.models.hf_quant import is_state_tensor, quant_from_config


@pytest.mark.parametrize(
    ("config", "qid", "bpw"),
    [
        ({"quant_method": "gptq", "bits": 4, "group_size": 128}, "gptq-int4", 4 + 20 / 128),
        ({"quant_method": "gptq", "bits": 8, "group_size": -1}, "gptq-int8", 8.0),
        ({"quant_method": "awq", "bits": 4, "group_size": 128}, "awq-int4", 4 + 20 / 128),
        ({"quant_method": "bitsandbytes", "load_in_4bit": True, "bnb_4bit_quant_type": "nf4",
          "bnb_4bit_use_double_quant": True}, "bnb-nf4", 4.127),  # QLoRA: 0.127 bit overhead
        ({"quant_method": "bitsandbytes", "load_in_4bit": True}, "bnb-fp4", 4.5),
        ({"quant_method": "bitsandbytes", "load_in_8bit": True}, "bnb-int8", 8.0),
        ({"quant_method": "fp8", "weight_block_size": [128, 128]}, "fp8", 8 + 32 / 16384),
        ({"quant_method": "mxfp4"}, "mxfp4", 4.25),
        ({"quant_method": "compressed-tensors", "format": "pack-quantized", "config_groups": {
            "group_0": {"weights": {"num_bits": 4, "type": "int", "strategy": "group",
                                    "group_size": 128}, "input_activations": None}}},
         "w4a16", 4.125),
        ({"quant_method": "compressed-tensors", "format": "float-quantized", "config_groups": {
            "g": {"weights": {"num_bits": 8, "type": "float", "strategy": "channel"}}}},
         "fp8", 8.0),
        ({"quant_method": "compressed-tensors", "format": "nvfp4-pack-quantized"}, "nvfp4", 4.5),
        ({"quant_method": "hqq", "nbits": 3}, "hqq", 3.0),
    ],
)
def test_known_methods(config: dict, qid: str, bpw: float) -> None:
    q = quant_from_config(config)
    assert q is not None and q.id == qid
    assert q.bits_per_weight == pytest.approx(bpw, abs=1e-3)


@pytest.mark.parametrize("config", [None, [], "gptq", {"quant_method": "gptq", "bits": 1e400},
                                    {"quant_method": "awq", "group_size": "x"},
                                    {"quant_method": "compressed-tensors", "config_groups": [1]}])
def test_malformed_configs_never_raise(config: object) -> None:
    quant_from_config(config)


def test_state_tensors() -> None:
    assert is_state_tensor("model.layers.0.self_attn.q_proj.qzeros")
    assert is_state_tensor("a.weight.quant_state.bitsandbytes__nf4")
    assert not is_state_tensor("model.layers.0.self_attn.q_proj.weight")
