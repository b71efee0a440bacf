"""Hand-assembled GGUF bytes, for files no well-behaved writer would produce."""

from __future__ import annotations

import struct


def s(text: str | bytes) -> bytes:
    raw = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(raw)) + raw


def kv_u32(key: str, value: int) -> bytes:
    return s(key) + struct.pack("<II", 4, value)


def kv_str(key: str, value: str | bytes) -> bytes:
    return s(key) + struct.pack("<I", 8) + s(value)


def kv_raw(key: str | bytes, vtype: int, payload: bytes) -> bytes:
    return s(key) + struct.pack("<I", vtype) + payload


def tensor(name: str | bytes, shape: tuple[int, ...], ggml_type: int = 0, offset: int = 0) -> bytes:
    return (s(name) + struct.pack("<I", len(shape)) + b"".join(struct.pack("<Q", d) for d in shape)
            + struct.pack("<IQ", ggml_type, offset))


def gguf(kvs: list[bytes], tensors: list[bytes], *, version: int = 3, n_kv: int | None = None,
         n_tensors: int | None = None, data: bytes = b"", magic: bytes = b"GGUF") -> bytes:
    head = magic + struct.pack("<IQQ", version, len(tensors) if n_tensors is None else n_tensors,
                               len(kvs) if n_kv is None else n_kv)
    body = head + b"".join(kvs) + b"".join(tensors)
    pad = (-len(body)) % 32
    return body + b"\0" * pad + data


def minimal(arch: str = "llama", extra_kvs: list[bytes] | None = None,
            tensors: list[bytes] | None = None, data: bytes | None = None) -> bytes:
    """A valid one-tensor llama GGUF (F32 4x2 token embedding) to mutate."""
    kvs = [kv_str("general.architecture", arch), kv_u32(f"{arch}.block_count", 1),
           kv_u32(f"{arch}.embedding_length", 4), kv_u32(f"{arch}.attention.head_count", 2),
           kv_u32(f"{arch}.context_length", 128), *(extra_kvs or [])]
    tensors = tensors if tensors is not None else [tensor("token_embd.weight", (4, 2), 0, 0)]
    return gguf(kvs, tensors, data=b"\0" * 32 if data is None else data)
