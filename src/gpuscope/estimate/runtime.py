"""The inference runtime an estimate assumes, and its fixed memory costs.

GGUF quantizations run on llama.cpp (also what Ollama and LM Studio embed); framework formats
(FP16/BF16/FP8/INT8/GPTQ/NF4) on a PyTorch runtime (Transformers, vLLM). The constants below are
the part of VRAM no formula gives; each is stated with why.
"""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP, Template

MIB = 1024**2


@dataclass(frozen=True)
class Runtime:
    id: str
    name: str
    overhead_bytes: int  # CUDA context, library handles and allocator reserve, per GPU
    overhead_reason: Template
    embeddings_on_host: bool  # llama.cpp keeps token_embd in RAM


LLAMA_CPP = Runtime(
    "llama.cpp", "llama.cpp", 400 * MIB,
    QT_TRANSLATE_NOOP(
        "Runtime",
        "CUDA context with lazy module loading and the cuBLAS handle: about 300-450 MiB per GPU "
        "beyond llama.cpp's own buffers (which its log does not count); 400 MiB assumed"),
    True,
)
PYTORCH = Runtime(
    "pytorch", "PyTorch (Transformers / vLLM)", 1024 * MIB,
    QT_TRANSLATE_NOOP(
        "Runtime",
        "CUDA context, cuBLAS/cuDNN workspaces and the caching allocator's fragmentation: "
        "PyTorch processes typically hold 0.7-1.5 GiB beyond tensors; 1 GiB assumed"),
    False,
)


def runtime_for(quant: Quantization) -> Runtime:
    return LLAMA_CPP if quant.is_gguf else PYTORCH
