"""How many layers fit on one GPU when the whole model does not (llama.cpp ``-ngl``).

The verdict's hint uses these; the full offload plans (speed, RAM, MoE experts, several GPUs) are in
:mod:`gpuscope.estimate.plans`. Both place layers the way llama.cpp does
(:mod:`gpuscope.estimate.plans.placement`): the last ``k`` blocks and their KV cache on the GPU, the
output layer too when ``k`` = blocks + 1.
"""

from __future__ import annotations

from gpuscope.estimate.plans.placement import blocks_of, loads, place
from gpuscope.estimate.transformer import TransformerEstimator


def gpu_bytes_with_layers(est: TransformerEstimator, n_layers_gpu: int, context: int,
                          batch: int = 1) -> float:
    """VRAM of one GPU with ``-ngl n_layers_gpu``."""
    p = place(est.spec.n_layers, n_layers_gpu, (1.0,))
    (gpu,), _ = loads(p, blocks_of(est, context, batch), 1)
    mem = est.memory(context, batch)
    return gpu.weights + gpu.kv + float(mem.compute) + float(est.runtime.overhead_bytes)


def max_gpu_layers(est: TransformerEstimator, budget: float, context: int,
                   batch: int = 1) -> int:
    """Largest ``-ngl`` value (0 .. n_layers + 1) whose VRAM fits ``budget``."""
    for k in range(est.spec.n_layers + 1, -1, -1):
        if gpu_bytes_with_layers(est, k, context, batch) <= budget:
            return k
    return 0
