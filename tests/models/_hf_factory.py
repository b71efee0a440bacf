"""Real safetensors headers and Hugging Face folders for the importer tests.

Headers are written byte for byte as the format specifies (u64 length + JSON); the data section is
a sparse hole (``truncate``), so real-size checkpoints cost kilobytes. Shapes are PyTorch order.
"""

from __future__ import annotations

import json
import os
import struct
from pathlib import Path
from typing import Any

BITS = {"F32": 32, "F16": 16, "BF16": 16, "I32": 32, "U8": 8, "I8": 8, "F8_E4M3": 8, "I64": 64}
HfTensor = tuple[str, str, tuple[int, ...]]  # name, dtype, PyTorch shape


def write_safetensors(path: Path, tensors: list[HfTensor], metadata: dict[str, str] | None = None,
                      header_override: bytes | None = None) -> Path:
    header: dict[str, Any] = {"__metadata__": metadata or {"format": "pt"}}
    offset = 0
    for name, dtype, shape in tensors:
        n = 1
        for d in shape:
            n *= d
        size = n * BITS[dtype] // 8
        header[name] = {"dtype": dtype, "shape": list(shape),
                        "data_offsets": [offset, offset + size]}
        offset += size
    raw = header_override if header_override is not None else json.dumps(header).encode()
    raw += b" " * (-len(raw) % 8)
    path.write_bytes(struct.pack("<Q", len(raw)) + raw)
    os.truncate(path, 8 + len(raw) + offset)
    return path


def write_folder(folder: Path, config: dict[str, Any], tensors: list[HfTensor],
                 shards: int = 1) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "config.json").write_text(json.dumps(config))
    if shards == 1:
        write_safetensors(folder / "model.safetensors", tensors)
        return folder
    per = -(-len(tensors) // shards)
    weight_map = {}
    for i in range(shards):
        name = f"model-{i + 1:05d}-of-{shards:05d}.safetensors"
        chunk = tensors[i * per:(i + 1) * per]
        write_safetensors(folder / name, chunk)
        weight_map.update({t[0]: name for t in chunk})
    index = {"metadata": {"total_size": 0}, "weight_map": weight_map}
    (folder / "model.safetensors.index.json").write_text(json.dumps(index))
    return folder


def llama_config(n_layers: int = 32, d: int = 4096, heads: int = 32, kv: int = 32,
                 ffn: int = 11008, vocab: int = 32000, **extra: Any) -> dict[str, Any]:
    """Llama-2-7B's config.json (meta-llama/Llama-2-7b-hf) by default."""
    return {"architectures": ["LlamaForCausalLM"], "model_type": "llama", "hidden_size": d,
            "intermediate_size": ffn, "num_attention_heads": heads, "num_hidden_layers": n_layers,
            "num_key_value_heads": kv, "vocab_size": vocab, "max_position_embeddings": 4096,
            "rms_norm_eps": 1e-5, "tie_word_embeddings": False, "torch_dtype": "float16",
            **extra}


def linear(name: str, out: int, inp: int, dtype: str, quant: str = "") -> list[HfTensor]:
    """One linear layer's weight, stored plainly or as a quantization method packs it."""
    if quant == "gptq":  # 4-bit, group 128: qweight int32 [in/8, out], qzeros [in/128, out/8]
        return [(f"{name}.qweight", "I32", (inp // 8, out)),
                (f"{name}.qzeros", "I32", (inp // 128, out // 8)),
                (f"{name}.scales", "F16", (inp // 128, out)), (f"{name}.g_idx", "I32", (inp,))]
    if quant == "awq":  # AutoAWQ GEMM: qweight int32 [in, out/8], qzeros [in/128, out/8]
        return [(f"{name}.qweight", "I32", (inp, out // 8)),
                (f"{name}.qzeros", "I32", (inp // 128, out // 8)),
                (f"{name}.scales", "F16", (inp // 128, out))]
    if quant == "ct4":  # compressed-tensors pack-quantized: weight_packed int32 [out, in/8]
        return [(f"{name}.weight_packed", "I32", (out, inp // 8)),
                (f"{name}.weight_scale", "BF16", (out, inp // 128)),
                (f"{name}.weight_shape", "I64", (2,))]
    if quant == "nf4":  # bitsandbytes: two 4-bit codes per byte, absmax per 64 (double-quantized)
        n = out * inp
        w = f"{name}.weight"
        return [(w, "U8", (n // 2, 1)), (f"{w}.absmax", "U8", (n // 64,)),
                (f"{w}.quant_map", "F32", (16,)), (f"{w}.nested_absmax", "F32", (n // 64 // 256,)),
                (f"{w}.nested_quant_map", "F32", (256,)),
                (f"{w}.quant_state.bitsandbytes__nf4", "U8", (100,))]
    if quant == "fp8":  # DeepSeek-V3 style: one fp32 scale per 128x128 block
        return [(f"{name}.weight", "F8_E4M3", (out, inp)),
                (f"{name}.weight_scale_inv", "F32", (out // 128, inp // 128))]
    return [(f"{name}.weight", dtype, (out, inp))]


def llama_tensors(n_layers: int = 32, d: int = 4096, heads: int = 32, kv: int = 32,
                  ffn: int = 11008, vocab: int = 32000, dtype: str = "BF16", quant: str = "",
                  tied: bool = False, bias: bool = False) -> list[HfTensor]:
    hd = d // heads
    out: list[HfTensor] = [("model.embed_tokens.weight", dtype, (vocab, d))]
    for i in range(n_layers):
        p = f"model.layers.{i}"
        for proj, o, n in (("q_proj", heads * hd, d), ("k_proj", kv * hd, d),
                           ("v_proj", kv * hd, d), ("o_proj", d, heads * hd)):
            out += linear(f"{p}.self_attn.{proj}", o, n, dtype, quant)
            if bias and proj != "o_proj":
                out.append((f"{p}.self_attn.{proj}.bias", dtype, (o,)))
        for proj, o, n in (("gate_proj", ffn, d), ("up_proj", ffn, d), ("down_proj", d, ffn)):
            out += linear(f"{p}.mlp.{proj}", o, n, dtype, quant)
        out += [(f"{p}.input_layernorm.weight", dtype, (d,)),
                (f"{p}.post_attention_layernorm.weight", dtype, (d,))]
    out.append(("model.norm.weight", dtype, (d,)))
    if not tied:
        out.append(("lm_head.weight", dtype, (vocab, d)))
    return out
