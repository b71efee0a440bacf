"""Where llama.cpp puts each layer: ``-ngl``, ``--tensor-split`` and MoE experts kept in RAM.

This restates ``llama_model::load_tensors`` (llama.cpp ``src/llama-model.cpp``): with ``-ngl k`` the
*last* ``min(k, n)`` repeating blocks go to the GPUs and the output head follows when ``k > n``
(``-ngl n+1`` offloads everything); the input embeddings always stay in RAM. Block ``il`` of the
offloaded range goes to the first GPU whose cumulative ``--tensor-split`` share exceeds
``(il - first GPU block) / k`` (``std::upper_bound`` on the normalised prefix sums). The KV cache of
a layer lives on that layer's device (docs/multi-gpu.md: "The KV cache for layer l lives on the
GPU that owns layer l"). ``-ot "blk\\.(0|..|N-1)\\.ffn_.*_exps\\.=CPU"`` (``--n-cpu-moe N``) keeps
the expert tensors of the first ``N`` blocks in RAM while the rest of those blocks stays on the GPU.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from gpuscope.estimate.transformer import TransformerEstimator

HOST = -1
EXPERT_ROLES = frozenset({"ffn_gate_exps", "ffn_up_exps", "ffn_down_exps"})


@dataclass(frozen=True)
class Placement:
    n_layers: int
    gpu_layers: int  # -ngl, clamped to 0 .. n_layers + 1
    cpu_moe: int  # experts of blocks 0 .. cpu_moe - 1 stay in RAM
    split: tuple[float, ...]  # -ts proportions, one per GPU
    block_device: tuple[int, ...]  # GPU index per block, HOST for the CPU
    output_device: int


def place(n_layers: int, gpu_layers: int, split: Sequence[float], cpu_moe: int = 0) -> Placement:
    n = n_layers
    k = max(0, min(int(gpu_layers), n + 1))
    start = n - min(k, n)
    total = float(sum(split)) or 1.0
    cum: list[float] = []
    acc = 0.0
    for s in split:
        acc += s
        cum.append(acc / total)

    def device(il: int) -> int:
        if il < start or il - start >= k:
            return HOST
        return min(bisect_right(cum, (il - start) / k), len(cum) - 1)

    return Placement(n, k, max(0, min(cpu_moe, n)), tuple(float(s) for s in split),
                     tuple(device(i) for i in range(n)), device(n))


@dataclass(frozen=True)
class Blocks:
    """Bytes of each repeating block, and of what is not in a block, for one selection."""

    weights: tuple[float, ...]
    experts: tuple[float, ...]  # MoE expert tensors inside ``weights``
    kv: tuple[float, ...]  # KV cache of each block (context x batch)
    output: float  # head + final norm (the tied embedding table when the head reuses it)
    embeddings: float  # input embeddings, always in RAM with llama.cpp
    active_share: float  # experts a token routes through / experts


def blocks_of(est: TransformerEstimator, context: int, batch: int) -> Blocks:
    w, n = est.weights, est.spec.n_layers
    experts = [0.0] * n
    for t in w.typed:
        if t.tensor.role in EXPERT_ROLES and t.tensor.layer is not None and t.tensor.layer < n:
            experts[t.tensor.layer] += t.n_bytes
    kv = float(est.kv_bytes(context, batch)) / max(1, n)  # sliding-window layers: averaged
    share = est.spec.n_active_experts / est.spec.n_experts if est.spec.is_moe else 1.0
    return Blocks(tuple(float(b) for b in w.per_layer_bytes), tuple(experts), (kv,) * n,
                  float(w.non_layer_gpu_bytes), float(w.host_bytes), share)


@dataclass(frozen=True)
class Load:
    """What one device holds and streams per decode step."""

    weights: float = 0.0
    experts: float = 0.0
    read: float = 0.0  # weight bytes read per decode step (active experts only)
    kv: float = 0.0
    n_blocks: int = 0
    first_block: int = -1
    output: bool = False

    @property
    def used(self) -> bool:
        return self.n_blocks > 0 or self.output or self.weights > 0


def loads(p: Placement, b: Blocks, n_gpus: int) -> tuple[list[Load], Load]:
    """Per-GPU loads and the host's load for placement ``p``."""
    acc = {d: dict(weights=0.0, experts=0.0, read=0.0, kv=0.0, n_blocks=0, first_block=-1,
                   output=False) for d in (*range(n_gpus), HOST)}
    acc[HOST]["weights"] += b.embeddings  # one row is looked up per token: nothing streamed
    for i, dev in enumerate(p.block_device):
        a = acc[dev]
        dense = b.weights[i] - b.experts[i]
        a["weights"] += dense
        a["read"] += dense
        a["kv"] += b.kv[i]
        a["n_blocks"] += 1
        if a["first_block"] < 0:
            a["first_block"] = i
        e = acc[HOST if dev == HOST or i < p.cpu_moe else dev]
        e["weights"] += b.experts[i]
        e["experts"] += b.experts[i]
        e["read"] += b.experts[i] * b.active_share
    out = acc[p.output_device]
    out["weights"] += b.output
    out["read"] += b.output
    out["output"] = True
    return [Load(**acc[d]) for d in range(n_gpus)], Load(**acc[HOST])


def hops(p: Placement, b: Blocks) -> tuple[int, int]:
    """(host <-> GPU, GPU <-> GPU) hand-overs of the hidden state per decode step.

    Beyond what a run fully on one GPU does (whose cost the calibration already holds): every change
    of device along blocks 0 .. n-1 and the head, and two (there and back) for each GPU block whose
    experts stay in RAM.
    """
    host = gpu = 0
    seq = (*p.block_device, p.output_device)
    for prev, dev in zip(seq, seq[1:], strict=False):
        if dev != prev:
            if HOST in (dev, prev):
                host += 1
            else:
                gpu += 1
    host += 2 * sum(1 for i, dev in enumerate(p.block_device)
                    if dev != HOST and i < p.cpu_moe and b.experts[i] > 0)
    return host, gpu
