"""Fuzzing the readers (hypothesis): mutated GGUF and safetensors files and random config.json
values must end as a model or an InputError, never another exception, within a time bound.
Crashers found are kept in ``corpus/`` and replayed by test_corpus.py."""

from __future__ import annotations

import os
import struct
from functools import cache
from pathlib import Path

from gguf import GGUFValueType as GV
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ._fuzz import check_config, check_file_bytes
from ._gguf_factory import Decoder
from ._hf_factory import llama_config, llama_tensors, write_safetensors

# GPUSCOPE_FUZZ_EXAMPLES=20000 runs a longer campaign (new crashers go to corpus/).
EXAMPLES = int(os.environ.get("GPUSCOPE_FUZZ_EXAMPLES", "150"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
ABSURD = [0, 1, 2**16, 2**31, 2**32 - 1, 2**32, 2**62, 2**63, 2**64 - 1]


@cache
def gguf_seed() -> bytes:
    import tempfile

    d = Decoder("qwen3moe", 2, 64, 4, 2, 128, 300, vocab_key=False, experts=4, used=2,
                expert_ffn=32, qk_norm=True,
                extra_kv={"qwen3moe.attention.sliding_window_pattern": [True, False],
                          "general.name": "seed"},
                types={"default": "Q8_0", "experts": "Q4_0"})
    with tempfile.TemporaryDirectory() as t:
        return d.write(Path(t) / "seed.gguf", sparse=False, ftype=7)[0].read_bytes()


@cache
def safetensors_seed() -> bytes:
    import tempfile

    with tempfile.TemporaryDirectory() as t:
        p = write_safetensors(Path(t) / "s.safetensors", llama_tensors(1, 64, 4, 2, 128, 50))
        return p.read_bytes()


def mutations(seed: bytes) -> st.SearchStrategy[bytes]:
    """Flip bytes, overwrite 8 bytes with an absurd u64, or truncate."""
    flips = st.lists(st.tuples(st.integers(0, len(seed) - 1), st.integers(0, 255)), max_size=8)
    absurd = st.tuples(st.integers(0, len(seed) - 8), st.sampled_from(ABSURD))
    cut = st.integers(0, len(seed))

    @st.composite
    def mutate(draw: st.DrawFn) -> bytes:
        data = bytearray(seed)
        for pos, value in draw(flips):
            data[pos] = value
        if draw(st.booleans()):
            pos, value = draw(absurd)
            data[pos:pos + 8] = struct.pack("<Q", value)
        if draw(st.booleans()):
            data = data[:draw(cut)]
        return bytes(data)

    return mutate()


def test_seeds_are_valid() -> None:
    assert check_file_bytes(gguf_seed(), "seed.gguf").params > 0
    assert check_file_bytes(safetensors_seed(), "s.safetensors").params > 0


@SETTINGS
@given(mutations(gguf_seed()))
def test_mutated_gguf(data: bytes) -> None:
    check_file_bytes(data, "model.gguf")


@SETTINGS
@given(mutations(safetensors_seed()))
def test_mutated_safetensors(data: bytes) -> None:
    check_file_bytes(data, "model.safetensors")


JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70) | st.floats() | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=6), inner,
                                                                 max_size=4),
    max_leaves=12,
)
KEYS = sorted({*llama_config(), "head_dim", "num_local_experts", "num_experts_per_tok",
               "moe_intermediate_size", "shared_expert_intermediate_size", "kv_lora_rank",
               "qk_rope_head_dim", "qk_nope_head_dim", "v_head_dim", "sliding_window",
               "layer_types", "sliding_window_pattern", "text_config", "quantization_config",
               "image_size", "patch_size", "first_k_dense_replace", "mlp_only_layers",
               "n_shared_experts", "use_sliding_window", "multi_query", "is_decoder"})


@SETTINGS
@given(st.dictionaries(st.sampled_from(KEYS), JSON, max_size=8), st.booleans())
def test_random_config_values(overrides: dict, with_tensors: bool) -> None:
    cfg = {**llama_config(1, 64, 4, 2, 128, 50), **overrides}
    check_config(cfg, safetensors_seed() if with_tensors else None)


@SETTINGS
@given(JSON)
def test_random_config_documents(doc: object) -> None:
    check_config(doc)


ARCH_KEYS = ["block_count", "embedding_length", "attention.head_count", "attention.head_count_kv",
             "attention.key_length", "attention.value_length", "feed_forward_length",
             "context_length", "vocab_size", "expert_count", "expert_used_count",
             "expert_feed_forward_length", "expert_shared_count", "leading_dense_block_count",
             "attention.kv_lora_rank", "attention.key_length_mla", "rope.dimension_count",
             "attention.sliding_window", "attention.sliding_window_pattern", "attention.causal"]
TYPED = st.one_of(
    st.integers(0, 2**32 - 1).map(lambda v: (v, GV.UINT32, None)),
    st.integers(-(2**63), 2**63 - 1).map(lambda v: (v, GV.INT64, None)),
    st.floats(width=32).map(lambda v: (v, GV.FLOAT32, None)),
    st.booleans().map(lambda v: (v, GV.BOOL, None)),
    st.text(max_size=5).map(lambda v: (v or "x", GV.STRING, None)),
    st.lists(st.integers(0, 2**32 - 1), min_size=1, max_size=5).map(
        lambda v: (v, GV.ARRAY, GV.UINT32)),
    st.lists(st.booleans(), min_size=1, max_size=5).map(lambda v: (v, GV.ARRAY, GV.BOOL)),
)


@SETTINGS
@given(st.sampled_from(["llama", "gemma2", "gemma3", "deepseek2", "gpt-oss", "qwen3moe", "clip",
                        "bert", "mamba"]),
       st.dictionaries(st.sampled_from(ARCH_KEYS), TYPED, max_size=10))
def test_typed_metadata_values(arch: str, values: dict) -> None:
    import tempfile

    import numpy as np
    from gguf import GGUFWriter

    with tempfile.TemporaryDirectory() as t:
        p = Path(t) / "m.gguf"
        w = GGUFWriter(p, arch)
        prefix = "clip.vision" if arch == "clip" else arch
        for key, (value, vtype, sub) in values.items():
            w.add_key_value(f"{prefix}.{key}", value, vtype, sub_type=sub)
        w.add_tensor("token_embd.weight", np.zeros((4, 8), np.float32))
        w.add_tensor("blk.0.attn_q.weight", np.zeros((8, 8), np.float32))
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        check_file_bytes(p.read_bytes(), "m.gguf")
