"""Facts read from tensor names alone, shared by the GGUF and Hugging Face readers and classifier.

Naming conventions: GGUF ``blk.N.attn_q.weight`` / ``blk.N.ffn_up_exps.weight`` (llama.cpp
``gguf-py/gguf/tensor_mapping.py``); Hugging Face ``model.layers.N.self_attn.q_proj.weight``,
``...block_sparse_moe.experts.E.w1.weight`` (Mixtral), ``...mlp.experts.E.up_proj.weight``
(Qwen-MoE, DeepSeek), ``...mlp.experts.gate_up_proj`` (gpt-oss: one 3-D tensor for all experts).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_BLOCK = re.compile(r"(?:^|\.)(?:blk|layers|layer|h|blocks|block)\.(\d+)\.")
# GGUF merged experts (ffn_up_exps), GGUF per-expert legacy (ffn_up.3.weight), HF (experts.3.w1 /
# experts.gate_up_proj). Shared experts (ffn_up_shexp, shared_experts.*) are always active.
_EXPERT = re.compile(r"_exps\.|\.ffn_(?:gate|up|down)\.\d+\.|(?:^|\.)experts\.")


def block_index(name: str) -> int | None:
    """The layer number in a tensor name (``blk.7.attn_q.weight`` -> 7), or None."""
    m = _BLOCK.search(name)
    return int(m.group(1)) if m else None


def is_expert(name: str) -> bool:
    """Whether a tensor belongs to the routed experts of a mixture-of-experts layer."""
    return _EXPERT.search(name) is not None


def active_params(items: Iterable[tuple[str, int]], n_experts: int, n_active: int) -> int | None:
    """Parameters used per token: all but the unused share of the routed experts.

    ``items`` are ``(tensor name, parameter count)``. With ``E`` experts of which ``k`` run per
    token, expert tensors count ``k / E`` of their size (Mixtral-8x7B: 46.7 B total, 12.9 B active).
    None for a dense model.
    """
    if n_experts <= 1 or not 0 < n_active <= n_experts:
        return None
    total = expert = 0
    for name, n in items:
        total += n
        if is_expert(name):
            expert += n
    if not expert:
        return None
    return total - expert + expert * n_active // n_experts
