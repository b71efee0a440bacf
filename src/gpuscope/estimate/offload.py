"""How many layers fit on the GPU when the whole model does not (llama.cpp ``-ngl``).

llama.cpp places ``n`` repeating blocks (their weights and their share of the KV cache) on the GPU
and the rest in RAM; the output layer counts as one more layer (``-ngl`` = blocks + 1 offloads it).
"""

from __future__ import annotations

from gpuscope.estimate.transformer import TransformerEstimator


def gpu_bytes_with_layers(est: TransformerEstimator, n_layers_gpu: int, context: int,
                          batch: int = 1) -> float:
    """VRAM with the first ``n_layers_gpu`` blocks (and the output layer once all are) on GPU."""
    n = est.spec.n_layers
    k = max(0, min(n_layers_gpu, n + 1))
    blocks = min(k, n)
    weights = sum(est.weights.per_layer_bytes[:blocks])
    if k > n:
        weights += est.weights.non_layer_gpu_bytes
    kv = float(est.kv_bytes(context, batch)) * blocks / n
    mem = est.memory(context, batch)
    return weights + kv + float(mem.compute) + float(mem.overhead)


def max_gpu_layers(est: TransformerEstimator, budget: float, context: int,
                   batch: int = 1) -> int:
    """Largest ``-ngl`` value (0 .. n_layers + 1) whose VRAM fits ``budget``."""
    best = 0
    for k in range(est.spec.n_layers + 2):
        if gpu_bytes_with_layers(est, k, context, batch) <= budget:
            best = k
        else:
            break
    return best
