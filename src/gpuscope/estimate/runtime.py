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


#: CUDA context with lazy module loading and the cuBLAS handle, beyond llama.cpp's own buffers
CUDA_CONTEXT_BYTES = 400 * MIB
#: what llama.cpp's automatic fitting keeps free on every GPU by default (``--fit-target``,
#: "target margin per device ... default: 1024" MiB; ggml-org/llama.cpp #16653, #18390)
LLAMA_CPP_MARGIN_BYTES = 1024 * MIB

LLAMA_CPP = Runtime(
    "llama.cpp", "llama.cpp", CUDA_CONTEXT_BYTES + LLAMA_CPP_MARGIN_BYTES,
    QT_TRANSLATE_NOOP(
        "Runtime",
        "400 MiB of CUDA context and cuBLAS handle (not in llama.cpp's logged buffers) plus the "
        "1,024 MiB that llama.cpp's automatic fit keeps free on each GPU by default "
        "(--fit-target), so a run that fits leaves room for the display and other programs"),
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
