"""Regenerate the hostile-file corpus in ``corpus/`` (from this folder: ``python make_corpus.py``).

Each file is one way a model file can be broken or malicious; test_corpus.py replays them all and
requires a clean InputError naming the file. Crashers found by fuzzing are added here by hand
(raw bytes in ``corpus/``, named ``crash-<reader>-<n>.<ext>``) so they stay fixed.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

try:  # as part of the test package
    from ._raw_gguf import gguf, kv_raw, kv_str, minimal, s, tensor
except ImportError:  # run as a script: python tests/models/make_corpus.py
    from _raw_gguf import gguf, kv_raw, kv_str, minimal, s, tensor

HERE = Path(__file__).parent / "corpus"


def st(header: bytes, data: int = 16, length: int | None = None) -> bytes:
    return struct.pack("<Q", len(header) if length is None else length) + header + b"\0" * data


def files() -> dict[str, bytes]:
    ok = minimal()
    return {
        "gguf-wrong-magic.gguf": b"GGUX" + ok[4:],
        "gguf-legacy-ggjt.bin": b"tjgg" + b"\1\0\0\0" + b"\0" * 64,
        "gguf-version-1.gguf": gguf([], [], version=1),
        "gguf-kv-count-2e63.gguf": gguf([], [], n_kv=2**63),
        "gguf-tensor-count-2e40.gguf": gguf([], [], n_tensors=2**40),
        "gguf-string-claims-terabytes.gguf": gguf([s("k") + struct.pack("<IQ", 8, 2**42)], []),
        "gguf-array-2e61-elements.gguf": gguf([kv_raw("k", 9, struct.pack("<IQ", 4, 2**61))], []),
        "gguf-array-of-arrays-deep.gguf": gguf([kv_raw("k", 9, struct.pack("<IQ", 9, 1) * 3
                                                       + struct.pack("<IQ", 4, 0))], []),
        "gguf-invalid-utf8-key.gguf": gguf([kv_raw(b"gen\xc3\x28ral", 4, b"\0" * 4)], []),
        "gguf-invalid-utf8-tensor-name.gguf": minimal(tensors=[tensor(b"\xed\xa0\x80", (4,))]),
        "gguf-unknown-tensor-type.gguf": minimal(tensors=[tensor("t", (4,), 1234)]),
        "gguf-removed-type-q4_0_4_8.gguf": minimal(tensors=[tensor("t", (32,), 32)]),
        "gguf-tensor-claims-100-tib.gguf": minimal(tensors=[tensor("t", (2**22, 2**22), 1)]),
        "gguf-five-dimensions.gguf": minimal(tensors=[tensor("t", (1,) * 5)]),
        "gguf-zero-dimensions.gguf": minimal(tensors=[tensor("t", ())]),
        "gguf-misaligned-offset.gguf": minimal(tensors=[tensor("t", (4,), 0, 7)]),
        "gguf-alignment-zero.gguf": minimal(extra_kvs=[kv_raw("general.alignment", 4, b"\0" * 4)]),
        "gguf-truncated-in-metadata.gguf": ok[:60],
        "gguf-no-architecture.gguf": gguf([kv_str("general.name", "x")],
                                          [tensor("t", (4,))], data=b"\0" * 32),
        "gguf-block-count-string.gguf": minimal(extra_kvs=[kv_str("llama.block_count", "32")])
        .replace(b"llama.block_count\x04", b"llama.block_coun_\x04"),
        "gguf-block-count-huge.gguf": minimal().replace(
            b"llama.block_count\x04\0\0\0\x01\0\0\0",
            b"llama.block_count\x04\0\0\0\xff\xff\xff\xff"),
        "gguf-duplicate-tensor.gguf": minimal(tensors=[tensor("t", (4,)), tensor("t", (4,))]),
        "safetensors-header-length-2e63.safetensors": st(b"{}", length=2**63),
        "safetensors-header-beyond-eof.safetensors": st(b"{}", length=4096),
        "safetensors-deep-json.safetensors": st(b"[" * 50_000 + b"]" * 50_000, 0),
        "safetensors-invalid-utf8.safetensors": st(b'{"\xff": 1}'),
        "safetensors-huge-integer.safetensors": st(b'{"t": {"dtype": "F16", "shape": [1'
                                                   + b"0" * 5000 + b'], "data_offsets": [0, 2]}}'),
        "safetensors-overlapping.safetensors": st(json.dumps({
            "a": {"dtype": "F16", "shape": [4], "data_offsets": [0, 8]},
            "b": {"dtype": "F16", "shape": [4], "data_offsets": [4, 12]}}).encode()),
        "safetensors-bad-dtype.safetensors": st(json.dumps(
            {"t": {"dtype": "Q4_K", "shape": [32], "data_offsets": [0, 18]}}).encode()),
        "safetensors-size-mismatch.safetensors": st(json.dumps(
            {"t": {"dtype": "F32", "shape": [2**31, 2**31], "data_offsets": [0, 16]}}).encode()),
        "config-deep-nesting.json": b'{"text_config": ' + b"[" * 50_000 + b"]" * 50_000 + b"}",
        "config-layers-as-string.json": b'{"num_hidden_layers": "32", "hidden_size": 8, '
                                        b'"num_attention_heads": 2}',
        "config-layers-2e60.json": b'{"num_hidden_layers": 1152921504606846976, '
                                   b'"hidden_size": 8, "num_attention_heads": 2}',
        "config-not-an-object.json": b'["model_type", "llama"]',
        "config-invalid-utf8.json": b'{"model_type": "\xff\xfe"}',
        "config-nan-heads.json": b'{"num_hidden_layers": 2, "hidden_size": 8, '
                                 b'"num_attention_heads": NaN}',
        "pickle-runs-code.bin": b"\x80\x04\x95\x1f\x00\x00\x00\x00\x00\x00\x00\x8c\x05posix\x94"
                                b"\x8c\x06system\x94\x93\x94\x8c\necho pwned\x94\x85\x94R\x94.",
        "torch-zip-checkpoint.pt": b"PK\x03\x04" + b"\0" * 60,
    }


if __name__ == "__main__":
    HERE.mkdir(exist_ok=True)
    for name, data in files().items():
        (HERE / name).write_bytes(data)
    print(f"wrote {len(files())} files to {HERE}")
