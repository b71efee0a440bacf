"""Decode and prefill time of a model cut into parts, reusing the engine's speed formulas.

A GPU part is the engine's decode step (:func:`gpuscope.estimate.speed.decode_time`) restricted to
that GPU's share: its weight bytes, the same share of the dequantization and matrix-product work,
its KV cache and its layers' fixed costs, at that GPU's own bandwidth and calibration. The CPU part
streams its bytes at the host's effective bandwidth (llama.cpp's CPU decode is bandwidth bound;
batch 1 assumed: with many sequences the CPU's arithmetic would also count). Parts run one after
the other for each token, plus the hand-overs between devices.

Prefill: llama.cpp runs prompt batches on the GPU even for layers kept in RAM (``--op-offload``, on
by default): their weights are copied over PCIe for every micro-batch, ``n_ubatch x CPU bytes /
PCIe bandwidth``.
"""

from __future__ import annotations

from dataclasses import replace

from gpuscope.estimate.plans.host import HostMemory
from gpuscope.estimate.plans.placement import Load
from gpuscope.estimate.speed import SpeedInputs, decode_time, prefill_time
from gpuscope.estimate.transformer import TransformerEstimator


def _slice(s: SpeedInputs, read: float, weights: float, n_blocks: int) -> SpeedInputs:
    share = read / s.weights_read_bytes if s.weights_read_bytes else 0.0
    return replace(s, weights_read_bytes=read, weights_gpu_bytes=weights,
                   n_dequant_weights=s.n_dequant_weights * share,
                   matmul_params=s.matmul_params * share, n_layers=n_blocks)


def gpu_decode_s(est: TransformerEstimator, load: Load, batch: int) -> float:
    """Seconds of a decode step spent on one GPU holding ``load``."""
    if not load.used:
        return 0.0
    sliced = _slice(est.speed, load.read, load.weights, load.n_blocks)
    return float(decode_time(sliced, load.kv, batch).total_s)


def host_decode_s(host: HostMemory, load: Load) -> float:
    """Seconds of a decode step spent on the CPU: its weights and KV at the host's bandwidth."""
    streamed = load.read + (load.kv if load.n_blocks else 0.0)
    return streamed / host.effective if streamed else 0.0


def prefill_s(ests: list[TransformerEstimator], gpu_loads: list[Load], host_load: Load,
              prompt: int, batch: int, pcie_bandwidth: float) -> float:
    """Seconds to process ``prompt`` tokens of ``batch`` sequences with llama.cpp's placement."""
    n = ests[0].spec.n_layers
    tokens = prompt * batch
    full_attention = batch * (ests[0].prefill_flops(prompt)
                              - prompt * 2.0 * ests[0].matmul.total)
    total = 0.0
    for est, load in zip(ests, gpu_loads, strict=True):
        if not load.used:
            continue
        sliced = _slice(est.speed, load.read, load.weights, load.n_blocks)
        total += prefill_time(sliced, tokens, full_attention * load.n_blocks / n,
                              est.ubatch).total_s
    if host_load.n_blocks or host_load.experts:
        # Layers kept in RAM are computed on the first GPU after copying their weights over PCIe.
        est = ests[0]
        cpu_weights = host_load.weights - (est.weights.host_bytes or 0)
        sliced = _slice(est.speed, host_load.read, 0.0, host_load.n_blocks)
        n_ub = -(-tokens // est.ubatch)
        total += prefill_time(sliced, tokens, full_attention * host_load.n_blocks / n,
                              est.ubatch).total_s
        total += n_ub * max(0.0, cpu_weights) / pcie_bandwidth
    return total
