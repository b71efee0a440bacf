"""Build real GGUF files with the ``gguf`` package's writer, for the importer tests.

Tensors take the real shapes of published models; their data is either zeros (small files) or a
sparse hole (``sparse=True``: the header is written by GGUFWriter, then the file is extended with
``truncate`` to its full size, so a 47 GB Mixtral costs a few kilobytes of disk).
Shapes are given in GGUF order: ``(row length, rows, experts)``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import gguf
import numpy as np
from gguf import GGMLQuantizationType as Q
from gguf import GGUFValueType as V

Tensor = tuple[str, str, tuple[int, ...]]  # name, ggml type name, GGUF-order shape


def n_bytes(type_name: str, shape: tuple[int, ...]) -> int:
    block, size = gguf.GGML_QUANT_SIZES[Q[type_name]]
    n = 1
    for d in shape:
        n *= d
    return n // block * size


def _add_kv(w: gguf.GGUFWriter, key: str, value: Any) -> None:
    if isinstance(value, bool):
        w.add_bool(key, value)
    elif isinstance(value, int):
        w.add_uint32(key, value)
    elif isinstance(value, float):
        w.add_float32(key, value)
    elif isinstance(value, str):
        w.add_string(key, value)
    elif isinstance(value, (list, tuple)):
        sub = None
        if value and isinstance(value[0], bool):
            sub = V.BOOL
        elif value and isinstance(value[0], int):
            sub = V.UINT32
        w.add_key_value(key, list(value), V.ARRAY, sub_type=sub)
    else:
        raise TypeError(key)


def write_gguf(
    path: Path, arch: str, kv: dict[str, Any], tensors: list[Tensor], *, sparse: bool = False,
    split_max_tensors: int = 0,
) -> list[Path]:
    """Write one GGUF (or a split set); returns the written paths."""
    w = gguf.GGUFWriter(path, arch, split_max_tensors=split_max_tensors)
    for key, value in kv.items():
        _add_kv(w, key, value)
    for name, type_name, shape in tensors:
        qtype = Q[type_name]
        np_shape = tuple(reversed(shape))
        nb = n_bytes(type_name, shape)
        if sparse:
            w.add_tensor_info(name, np_shape, np.dtype(np.float32), nb, raw_dtype=qtype)
        elif qtype == Q.F32:
            w.add_tensor(name, np.zeros(np_shape, np.float32))
        elif qtype == Q.F16:
            w.add_tensor(name, np.zeros(np_shape, np.float16))
        else:
            _, size = gguf.GGML_QUANT_SIZES[qtype]
            row_bytes = nb // max(1, int(np.prod(np_shape[:-1])))
            data = np.zeros((*np_shape[:-1], row_bytes), np.uint8)
            w.add_tensor(name, data, raw_dtype=qtype)
    assert w.path is not None
    paths = w.format_shard_names(w.path)
    if not sparse:
        w.write_header_to_file()
        w.write_kv_data_to_file()
        w.write_tensors_to_file()
        w.close()
        return paths
    w.write_header_to_file()
    w.write_kv_data_to_file()
    w.write_ti_data_to_file()
    assert w.fout is not None
    ends = []
    for fout, shard in zip(w.fout, w.tensors, strict=True):
        w.write_padding(fout, fout.tell())
        total = sum(gguf.GGUFWriter.ggml_pad(ti.nbytes, w.data_alignment) for ti in shard.values())
        ends.append(fout.tell() + total)
    w.close()
    for p, end in zip(paths, ends, strict=True):
        os.truncate(p, end)
    return paths


@dataclass
class Decoder:
    """A decoder-only Transformer's hyperparameters, in GGUF metadata terms."""

    arch: str
    n_layers: int
    d: int
    heads: int
    kv: int
    ffn: int
    vocab: int
    ctx: int = 4096
    head_dim: int = 0
    tied: bool = False
    bias: bool = False
    qk_norm: bool = False
    post_norms: bool = False
    experts: int = 0
    used: int = 0
    expert_ffn: int = 0
    shared_ffn: int = 0
    shared_count: int = 0
    dense_lead: int = 0
    sinks: bool = False
    expert_bias: bool = False
    mla: dict[str, int] | None = None
    vocab_key: bool = True  # False: vocabulary size only from the tokenizer's token list
    extra_kv: dict[str, Any] = field(default_factory=dict)
    types: dict[str, str] = field(default_factory=dict)  # role -> ggml type (default F16)

    @property
    def hd(self) -> int:
        return self.head_dim or self.d // self.heads

    def t(self, role: str) -> str:
        return self.types.get(role, self.types.get("default", "F16"))

    def metadata(self, ftype: int | None = None, name: str = "") -> dict[str, Any]:
        a = self.arch
        kv: dict[str, Any] = {
            f"{a}.block_count": self.n_layers, f"{a}.embedding_length": self.d,
            f"{a}.attention.head_count": self.heads, f"{a}.attention.head_count_kv": self.kv,
            f"{a}.feed_forward_length": self.ffn, f"{a}.context_length": self.ctx,
        }
        if self.vocab_key:
            kv[f"{a}.vocab_size"] = self.vocab
        else:
            kv["tokenizer.ggml.tokens"] = [f"t{i}" for i in range(self.vocab)]
        if self.mla:
            r, rope, nope, v = (self.mla[k] for k in ("rank", "rope", "nope", "v"))
            kv.update({f"{a}.attention.kv_lora_rank": r, f"{a}.rope.dimension_count": rope,
                       f"{a}.attention.key_length": r + rope, f"{a}.attention.value_length": r,
                       f"{a}.attention.key_length_mla": nope + rope,
                       f"{a}.attention.value_length_mla": v})
            kv[f"{a}.attention.head_count_kv"] = 1  # llama.cpp stores MLA as MQA over the latent
        elif self.head_dim:
            kv[f"{a}.attention.key_length"] = self.head_dim
            kv[f"{a}.attention.value_length"] = self.head_dim
        if self.experts:
            kv[f"{a}.expert_count"] = self.experts
            kv[f"{a}.expert_used_count"] = self.used
            if self.expert_ffn:
                kv[f"{a}.expert_feed_forward_length"] = self.expert_ffn
            if self.shared_ffn:
                kv[f"{a}.expert_shared_feed_forward_length"] = self.shared_ffn
            if self.shared_count:
                kv[f"{a}.expert_shared_count"] = self.shared_count
            if self.dense_lead:
                kv[f"{a}.leading_dense_block_count"] = self.dense_lead
        if ftype is not None:
            kv["general.file_type"] = ftype
        if name:
            kv["general.name"] = name
        kv.update(self.extra_kv)
        return kv

    def tensors(self) -> list[Tensor]:
        d = self.d
        out: list[Tensor] = [("token_embd.weight", self.t("embd"), (d, self.vocab))]
        for i in range(self.n_layers):
            b = f"blk.{i}"
            out.append((f"{b}.attn_norm.weight", "F32", (d,)))
            out += self._attention(b)
            out.append((f"{b}.ffn_norm.weight", "F32", (d,)))
            if self.post_norms:
                out.append((f"{b}.post_attention_norm.weight", "F32", (d,)))
                out.append((f"{b}.post_ffw_norm.weight", "F32", (d,)))
            if self.experts and i >= self.dense_lead:
                out += self._moe(b)
            else:
                f = self.ffn
                out += [(f"{b}.ffn_gate.weight", self.t("ffn"), (d, f)),
                        (f"{b}.ffn_up.weight", self.t("ffn"), (d, f)),
                        (f"{b}.ffn_down.weight", self.t("ffn_down"), (f, d))]
        out.append(("output_norm.weight", "F32", (d,)))
        if not self.tied:
            out.append(("output.weight", self.t("output"), (d, self.vocab)))
        return out

    def _attention(self, b: str) -> list[Tensor]:
        d, hd, q, kvw = self.d, self.hd, self.heads * self.hd, self.kv * self.hd
        at = self.t("attn")
        if self.mla:
            r, rope, nope, v = (self.mla[k] for k in ("rank", "rope", "nope", "v"))
            return [(f"{b}.attn_q.weight", at, (d, self.heads * (nope + rope))),
                    (f"{b}.attn_kv_a_mqa.weight", at, (d, r + rope)),
                    (f"{b}.attn_kv_a_norm.weight", "F32", (r,)),
                    (f"{b}.attn_kv_b.weight", at, (r, self.heads * (nope + v))),
                    (f"{b}.attn_output.weight", at, (self.heads * v, d))]
        out: list[Tensor] = [
            (f"{b}.attn_q.weight", at, (d, q)), (f"{b}.attn_k.weight", at, (d, kvw)),
            (f"{b}.attn_v.weight", at, (d, kvw)), (f"{b}.attn_output.weight", at, (q, d))]
        if self.bias:
            out += [(f"{b}.attn_q.bias", "F32", (q,)), (f"{b}.attn_k.bias", "F32", (kvw,)),
                    (f"{b}.attn_v.bias", "F32", (kvw,))]
        if self.sinks:
            out += [(f"{b}.attn_output.bias", "F32", (d,)), (f"{b}.attn_sinks.weight", "F32",
                                                              (self.heads,))]
        if self.qk_norm:
            out += [(f"{b}.attn_q_norm.weight", "F32", (hd,)),
                    (f"{b}.attn_k_norm.weight", "F32", (hd,))]
        return out

    def _moe(self, b: str) -> list[Tensor]:
        d, e, f = self.d, self.experts, self.expert_ffn or self.ffn
        et = self.t("experts")
        out: list[Tensor] = [(f"{b}.ffn_gate_inp.weight", "F32", (d, e)),
                             (f"{b}.ffn_gate_exps.weight", et, (d, f, e)),
                             (f"{b}.ffn_up_exps.weight", et, (d, f, e)),
                             (f"{b}.ffn_down_exps.weight", et, (f, d, e))]
        if self.expert_bias:
            out += [(f"{b}.ffn_gate_inp.bias", "F32", (e,)),
                    (f"{b}.ffn_gate_exps.bias", "F32", (f, e)),
                    (f"{b}.ffn_up_exps.bias", "F32", (f, e)),
                    (f"{b}.ffn_down_exps.bias", "F32", (d, e))]
        if self.shared_ffn:
            s = self.shared_ffn
            out += [(f"{b}.ffn_gate_shexp.weight", self.t("ffn"), (d, s)),
                    (f"{b}.ffn_up_shexp.weight", self.t("ffn"), (d, s)),
                    (f"{b}.ffn_down_shexp.weight", self.t("ffn"), (s, d))]
        return out

    def write(self, path: Path, *, ftype: int | None = None, name: str = "", sparse: bool = True,
              split_max_tensors: int = 0) -> list[Path]:
        return write_gguf(path, self.arch, self.metadata(ftype, name), self.tensors(),
                          sparse=sparse, split_max_tensors=split_max_tensors)


def write_mmproj(tmp_path: Path) -> Path:
    """A small CLIP vision projector (``mmproj``) as llama.cpp writes them."""
    kv = {"clip.has_vision_encoder": True, "clip.vision.block_count": 2,
          "clip.vision.embedding_length": 64, "clip.vision.feed_forward_length": 128,
          "clip.vision.attention.head_count": 4, "clip.vision.image_size": 224,
          "clip.vision.patch_size": 14}
    tensors = [("v.patch_embd.weight", "F16", (14, 14, 3, 64))]
    for i in range(2):
        tensors += [(f"v.blk.{i}.attn_{r}.weight", "F16", (64, 64)) for r in "qkv"]
    tensors.append(("mm.0.weight", "F16", (64, 256)))
    return write_gguf(tmp_path / "mmproj-model-f16.gguf", "clip", kv, tensors)[0]
