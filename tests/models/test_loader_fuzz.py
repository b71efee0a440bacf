"""Integration fuzz of ``load_model_path`` (file-type dispatch, folders, readers together).

The readers have their own fuzzers (branch ``importers``); this one damages whole inputs as the
user hands them over -- a tiny real GGUF, a Hugging Face folder (config.json + safetensors), a
mix of both in one folder, odd names -- and checks the one promise of the loader: a ModelSpec or
one GpuscopeError, never another exception, a hang or a read of what a header merely claims.
Skipped until ``gpuscope.models.loader`` is on this branch.
"""

from __future__ import annotations

import importlib.util
import json
import struct
import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpuscope.errors import GpuscopeError
from tests.fakes.hostile import budget, damaged_bytes, mutated

pytestmark = pytest.mark.skipif(importlib.util.find_spec("gpuscope.models.loader") is None,
                                reason="gpuscope.models.loader (branch 'importers') not merged")

CONFIG = {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": 8,
          "intermediate_size": 16, "num_hidden_layers": 1, "num_attention_heads": 2,
          "num_key_value_heads": 2, "vocab_size": 32, "max_position_embeddings": 64,
          "torch_dtype": "bfloat16", "tie_word_embeddings": False}
LAYER = {"input_layernorm": [8], "post_attention_layernorm": [8], "self_attn.q_proj": [8, 8],
         "self_attn.k_proj": [8, 8], "self_attn.v_proj": [8, 8], "self_attn.o_proj": [8, 8],
         "mlp.gate_proj": [16, 8], "mlp.up_proj": [16, 8], "mlp.down_proj": [8, 16]}
HF_SHAPES = {"model.embed_tokens.weight": [32, 8], "lm_head.weight": [32, 8],
             "model.norm.weight": [8],
             **{f"model.layers.0.{k}.weight": v for k, v in LAYER.items()}}
GGUF_SHAPES = {"token_embd.weight": (32, 8), "output_norm.weight": (8,), "output.weight": (32, 8),
               **{f"blk.0.{k}.weight": s for k, s in (
                   ("attn_norm", (8,)), ("attn_q", (8, 8)), ("attn_k", (8, 8)),
                   ("attn_v", (8, 8)), ("attn_output", (8, 8)), ("ffn_norm", (8,)),
                   ("ffn_gate", (16, 8)), ("ffn_up", (16, 8)), ("ffn_down", (8, 16)))}}


def safetensors_header(shapes: dict) -> dict:
    header, offset = {}, 0
    for name, shape in shapes.items():
        size = 2 * shape[0] * (shape[1] if len(shape) > 1 else 1)
        header[name] = {"dtype": "BF16", "shape": shape, "data_offsets": [offset, offset + size]}
        offset += size
    return header


def safetensors_bytes(header: object) -> bytes:
    raw = json.dumps(header).encode()
    ends = [e["data_offsets"][1] for e in header.values()  # type: ignore[union-attr]
            if isinstance(e, dict) and isinstance(e.get("data_offsets"), list)
            and len(e["data_offsets"]) == 2 and isinstance(e["data_offsets"][1], int)
            and 0 <= e["data_offsets"][1] < 2**20] if isinstance(header, dict) else []
    return struct.pack("<Q", len(raw)) + raw + b"\0" * max(ends, default=0)


def tiny_gguf() -> bytes:
    import gguf
    import numpy as np

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "tiny.gguf"
        w = gguf.GGUFWriter(path, "llama")
        for key, value in (("block_count", 1), ("embedding_length", 8), ("context_length", 64),
                           ("attention.head_count", 2), ("attention.head_count_kv", 2),
                           ("feed_forward_length", 16)):
            w.add_uint32(f"llama.{key}", value)
        for name, shape in GGUF_SHAPES.items():
            w.add_tensor(name, np.zeros(shape, np.float32))
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        return path.read_bytes()


@pytest.fixture(scope="module")
def gguf_seed() -> bytes:
    return tiny_gguf()


def _load(target: Path) -> None:
    from gpuscope.models.loader import load_model_path

    try:
        spec = load_model_path(target)
    except GpuscopeError as exc:
        assert exc.message.render()
        return
    assert spec.params >= 0


@budget(1.0, deadline_ms=5000)
@given(data=st.data())
def test_damaged_gguf(gguf_seed: bytes, data: st.DataObject) -> None:
    blob = data.draw(damaged_bytes(gguf_seed))
    name = data.draw(st.sampled_from(["m.gguf", "m-00001-of-00002.gguf", "weights.bin", "x"]))
    with tempfile.TemporaryDirectory() as folder:
        (Path(folder) / name).write_bytes(blob)
        _load(Path(folder) / name)
        _load(Path(folder))


@budget(1.0, deadline_ms=5000)
@given(config=mutated(CONFIG, max_edits=3), header=mutated(safetensors_header(HF_SHAPES), 2),
       damage=st.booleans(), data=st.data())
def test_damaged_hugging_face_folder(config: object, header: object, damage: bool,
                                     data: st.DataObject) -> None:
    weights = safetensors_bytes(header)
    if damage:
        weights = data.draw(damaged_bytes(weights))
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        (root / "config.json").write_text(json.dumps(config))
        (root / "model.safetensors").write_bytes(weights)
        _load(root)
        _load(root / "model.safetensors")
        _load(root / "config.json")
