"""vLLM: the KV-cache pool, concurrent sequences, tensor-parallel size and throughput at batch.

vLLM takes ``gpu_memory_utilization x VRAM`` on each GPU, loads its share of the weights, profiles
one forward pass of ``max_num_batched_tokens`` tokens (plus the sampler's logits for
``max_num_seqs`` sequences), and gives everything left to the paged KV cache, in blocks of 16
tokens::

    pool = VRAM x utilization - weights / (TP x PP) - activation peak - non-torch memory
    concurrent sequences = floor(pool blocks / ceil(context / 16))

The A10G run in reference/vram_measurements.csv logs 22.30 GiB x 0.90 = 20.07 GiB: weights 14.99,
activations 0.85, KV cache 4.17 GiB (so 0.06 GiB outside PyTorch). Decode at batch ``b`` is the
engine's decode step (which turns compute-bound as ``b`` grows) on each GPU's share of the weights,
plus the tensor-parallel all-reduces.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from gpuscope.estimate.engine import estimator_for
from gpuscope.estimate.memory import framework_activation_bytes, kv_cache_bytes, kv_layout
from gpuscope.estimate.plans.links import Link
from gpuscope.estimate.plans.multigpu import kv_share, tp_comm_s, tp_decode_s, valid_tp_sizes
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization

GIB = 1024**3
BLOCK_SIZE = 16  # vLLM's default --block-size on CUDA
#: Memory outside PyTorch's allocator (CUDA context, cuBLAS): 0.06 GiB in the logged A10G run;
#: 0.1 GiB assumed for one GPU, plus 0.25 GiB with tensor parallelism for NCCL's communicator and
#: vLLM's custom all-reduce buffers (assumption).
NON_TORCH = 0.1 * GIB
NON_TORCH_TP = 0.25 * GIB
GPUS_PER_NODE = 8  # HGX / DGX baseboards
#: vLLM's KV-cache dtypes (--kv-cache-dtype): bytes per element.
KV_DTYPES = {"auto": 2.0, "fp8": 1.0, "fp8_e4m3": 1.0, "fp8_e5m2": 1.0}


def batch_defaults(gpu: GpuSpec) -> tuple[int, int]:
    """``vllm serve``'s max_num_batched_tokens and max_num_seqs (vllm/engine/arg_utils.py: 8192 and
    1024 on GPUs of 70 GiB or more other than the A100, else 2048 and 256)."""
    big = gpu.memory >= 70 * GIB and "A100" not in gpu.name.upper()
    return (8192, 1024) if big else (2048, 256)


@dataclass(frozen=True)
class VllmOptions:
    gpu_memory_utilization: float = 0.9
    kv_cache_dtype: str = "auto"  # auto (the model's 16-bit dtype) | fp8
    max_num_seqs: int | None = None  # None: vLLM's default for the GPU
    max_num_batched_tokens: int | None = None
    tensor_parallel: int | None = None  # None: every GPU given
    pipeline_parallel: int = 1


@dataclass(frozen=True)
class Pool:
    """One GPU's memory budget under vLLM and the KV blocks it leaves."""

    budget: float
    weights: float
    activation: float
    non_torch: float
    kv_per_token: float  # this GPU's bytes per token of one sequence at ``context``
    max_num_seqs: int
    max_num_batched_tokens: int

    @property
    def pool(self) -> float:
        return self.budget - self.weights - self.activation - self.non_torch

    @property
    def blocks(self) -> int:
        per_block = BLOCK_SIZE * self.kv_per_token
        return max(0, int(self.pool // per_block)) if per_block > 0 else 0

    def sequences(self, context: int) -> int:
        return self.blocks // max(1, math.ceil(context / BLOCK_SIZE))


def pool_for(est: TransformerEstimator, gpu: GpuSpec, context: int, o: VllmOptions,
             tp: int, pp: int) -> Pool:
    spec = est.spec
    mnbt, seqs = batch_defaults(gpu)
    mnbt = o.max_num_batched_tokens or mnbt
    seqs = o.max_num_seqs or seqs
    layout = kv_layout(spec, KV_DTYPES.get(o.kv_cache_dtype, 2.0))
    per_seq = float(kv_cache_bytes(layout, context, 1, BLOCK_SIZE)) * kv_share(spec, tp) / pp
    activation = framework_activation_bytes(spec, mnbt, seqs, chunk=mnbt)
    return Pool(gpu.memory * o.gpu_memory_utilization, est.weights.total_bytes / (tp * pp),
                activation, NON_TORCH + (NON_TORCH_TP if tp * pp > 1 else 0.0),
                per_seq / max(1, context), seqs, mnbt)


def vllm_estimator(model: ModelSpec, quant: Quantization, gpu: GpuSpec,
                   workload: Workload) -> TransformerEstimator:
    return estimator_for(model, quant, gpu, workload.with_(kv_cache="f16", n_gpus=1))


def needed_parallelism(model: ModelSpec, quant: Quantization, gpu: GpuSpec, workload: Workload,
                       o: VllmOptions, max_nodes: int = 16) -> tuple[int, int] | None:
    """Smallest (TP, PP) whose pool holds one sequence of ``workload.context`` tokens on GPUs like
    ``gpu``: TP within a node first (1, 2, 4, 8 dividing the heads), then nodes of 8 GPUs."""
    spec = model.transformer
    assert spec is not None
    est = vllm_estimator(model, quant, gpu, workload)
    tps = [t for t in valid_tp_sizes(spec, GPUS_PER_NODE) if t in (1, 2, 4, 8)]
    for tp in tps:
        if pool_for(est, gpu, workload.context, o, tp, 1).sequences(workload.context) >= 1:
            return tp, 1
    tp = tps[-1]
    for pp in range(2, max_nodes + 1):
        if pool_for(est, gpu, workload.context, o, tp, pp).sequences(workload.context) >= 1:
            return tp, pp
    return None


def max_context_one(pool: Pool, limit: int) -> int:
    """Longest sequence the pool holds alone (block-rounded), capped by the model's maximum."""
    if pool.kv_per_token <= 0:
        return limit
    return int(min(limit, pool.blocks * BLOCK_SIZE))


def decode_step_s(est: TransformerEstimator, pool: Pool, tp: int, pp: int, batch: int,
                  context: int, link: Link, inter_node: Link) -> float:
    """One decode step for ``batch`` sequences: pipeline stages in turn, all-reduces included."""
    kv_read = pool.kv_per_token * context * batch
    stage = tp_decode_s(est, tp, pp, kv_read, batch)
    comm = tp_comm_s(est.spec, link, tp, batch) / pp
    handover = (pp - 1) * inter_node.transfer_s(batch * est.spec.d_model * 2.0)
    return pp * (stage + comm) + handover


def crossover_batch(est: TransformerEstimator) -> float:
    """Batch above which the decode step's matrix products outlast streaming the weights."""
    s = est.speed
    weights_s = s.weights_read_bytes / (s.bandwidth * s.eta_bw)
    per_seq = 2.0 * s.matmul_params / (s.peak * s.eta_compute)
    return weights_s / per_seq if per_seq > 0 else math.inf
