"""Every (model, quantization) pair of decoder Transformers at once, vectorised over the pairs.

Same formulas as :class:`~gpuscope.estimate.transformer.TransformerEstimator`, cut by what each
part depends on so a GPU or context change costs one numpy pass, not a thousand estimates:

* :class:`PairTable` (once per list of models): weight bytes of each pair (``weights_info``), each
  model's matrix-product parameters, KV layout and prefill attention FLOPs, each pair's runtime.
* :meth:`PairTable.on_gpu` (once per GPU): ``speed_inputs`` called per quantization with arrays
  over that quantization's models, stacked into one :class:`SpeedInputs` of arrays; prefill speed.
* :meth:`GpuPass.at` (per context, which may differ by model): KV cache and compute buffer per
  model (the scalar functions, one call per model), gathered over the pairs;
  ``MemoryBreakdown.total`` and ``decode_time`` evaluated on arrays.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields

import numpy as np

from gpuscope.errors import GpuscopeError
from gpuscope.estimate.calibration import calibration
from gpuscope.estimate.flops import matmul_params
from gpuscope.estimate.memory import kv_cache_bytes, kv_layout
from gpuscope.estimate.runtime import LLAMA_CPP, PYTORCH, runtime_for
from gpuscope.estimate.speed import (
    SpeedInputs,
    decode_time,
    decode_tokens_per_s,
    prefill_time,
    prefill_tokens_per_s,
    prefill_unknown,
    speed_inputs,
)
from gpuscope.estimate.transformer import (
    MemoryBreakdown,
    prefill_attention_flops,
    prefill_ubatch,
    resident_weight_bytes,
    runtime_compute_bytes,
    runtime_overhead_bytes,
)
from gpuscope.estimate.weights import model_tensors, weights_info
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization, get_kv_cache_type

RUNTIMES = (LLAMA_CPP, PYTORCH)


def is_decoder(model: ModelSpec) -> bool:
    t = model.transformer
    return t is not None and not t.encoder_only


@dataclass(frozen=True)
class PairResults:
    """Arrays over the pairs of a :class:`PairTable` at one GPU and context."""

    total_bytes: np.ndarray
    fits: np.ndarray  # total VRAM of the selected GPUs
    decode_tokens_per_s: np.ndarray
    prefill_tokens_per_s: np.ndarray
    available_bytes: float


class PairTable:
    """The static half: ``pairs[i] = (model index, quantization)``, built once per model list."""

    def __init__(self, models: Sequence[ModelSpec], options: Sequence[Sequence[Quantization]],
                 workload: Workload | None = None) -> None:
        w = self.workload = workload or Workload()
        kv_bpe = get_kv_cache_type(w.kv_cache).bytes_per_element
        self.models = list(models)
        self.pair_model: list[int] = []
        self.pair_quant: list[Quantization] = []
        infos = []
        for m, quants in enumerate(options):
            for q in quants:
                try:
                    info = weights_info(self.models[m], q)
                except (GpuscopeError, KeyError, ValueError):
                    continue  # a file whose tensors this format cannot hold: not an option
                self.pair_model.append(m)
                self.pair_quant.append(q)
                infos.append(info)
        runtimes = [runtime_for(q) for q in self.pair_quant]
        self.model_idx = np.array(self.pair_model, dtype=np.intp)
        self.runtime_idx = np.array([RUNTIMES.index(r) for r in runtimes], dtype=np.intp)
        self.resident = np.array([resident_weight_bytes(i, r)
                                  for i, r in zip(infos, runtimes, strict=True)])
        self.gpu_weights = np.array([float(i.gpu_bytes - i.projector_bytes) for i in infos])
        self.read_bytes = np.array([i.read_per_token_bytes for i in infos])
        self.bits_per_weight = np.array([i.bits_per_weight for i in infos])
        specs = [m.transformer for m in self.models]
        mms = [matmul_params(s, model_tensors(m)) for s, m in zip(specs, self.models, strict=True)]
        self.specs, self.kv = specs, [kv_layout(s, kv_bpe) for s in specs]
        self.kv_bpe = kv_bpe
        self.matmul = np.array([mm.total for mm in mms])[self.model_idx]
        self.n_layers = np.array([s.n_layers for s in specs], dtype=float)[self.model_idx]
        attn = np.array([prefill_attention_flops(s, mm, w.prompt, w.batch)
                         for s, mm in zip(specs, mms, strict=True)])
        self.prefill_attention = attn[self.model_idx]
        self.prefill_ubatch = np.array([prefill_ubatch(r, w.ubatch) for r in RUNTIMES])[
            self.runtime_idx]
        # PyTorch runtimes' activations do not depend on the context: once per model here
        self.framework_compute = np.array([
            float(runtime_compute_bytes(PYTORCH, s, 1, w.batch, w.ubatch, w.flash_attention,
                                        kv_bpe)) for s in specs])
        by_quant: dict[str, list[int]] = {}
        for i, q in enumerate(self.pair_quant):
            by_quant.setdefault(q.id, []).append(i)
        self.groups = [(self.pair_quant[ix[0]], np.array(ix, dtype=np.intp))
                       for ix in by_quant.values()]

    def __len__(self) -> int:
        return len(self.pair_model)

    def on_gpu(self, gpu: GpuSpec, n_gpus: int = 1) -> GpuPass:
        return GpuPass(self, gpu, n_gpus)


class GpuPass:
    """The half that depends on the GPU: stacked speed inputs and prefill speed."""

    def __init__(self, table: PairTable, gpu: GpuSpec, n_gpus: int) -> None:
        self.table, self.gpu, self.n_gpus = table, gpu, n_gpus
        t, w, cal = table, table.workload, calibration()
        n = len(t)
        columns: dict[str, np.ndarray] = {}
        for quant, ix in t.groups:
            s = speed_inputs(gpu, quant, cal, weights_read=t.read_bytes[ix],
                             weights_gpu=t.gpu_weights[ix], matmul_params=t.matmul[ix],
                             n_layers=t.n_layers[ix], dequant_weights=t.matmul[ix],
                             dequant_type=quant.ggml_type)
            for f in fields(SpeedInputs):
                value = getattr(s, f.name)
                if isinstance(value, str):
                    continue
                col = columns.setdefault(f.name, np.empty(n))
                col[ix] = value
        self.speed = SpeedInputs(**{k: v for k, v in columns.items()}, peak_key="")
        tokens = w.prompt * w.batch
        pre = prefill_time(self.speed, tokens, t.prefill_attention, t.prefill_ubatch)
        self.prefill_tokens_per_s = prefill_tokens_per_s(pre, tokens)
        if prefill_unknown(gpu) is not None:  # unknown peaks: no made-up compute-bound figure
            self.prefill_tokens_per_s = np.full(n, np.nan)
        self.overhead = np.array([runtime_overhead_bytes(r, n_gpus) for r in RUNTIMES])[
            t.runtime_idx]
        self.available = gpu.memory * n_gpus

    def at(self, contexts: int | Sequence[int]) -> PairResults:
        """Memory, fit and speed of every pair with ``contexts`` tokens per sequence (one value,
        or one per model of the table)."""
        t, w = self.table, self.table.workload
        ctx = [contexts] * len(t.models) if isinstance(contexts, int) else list(contexts)
        kv = np.array([kv_cache_bytes(layout, c, w.batch, w.ubatch)
                       for layout, c in zip(t.kv, ctx, strict=True)], dtype=float)
        graph = np.array([float(runtime_compute_bytes(
            LLAMA_CPP, s, c, w.batch, w.ubatch, w.flash_attention, t.kv_bpe))
            for s, c in zip(t.specs, ctx, strict=True)])
        compute = np.where(t.runtime_idx == 0, graph[t.model_idx],
                           t.framework_compute[t.model_idx])
        kv_pairs = kv[t.model_idx]
        mem = MemoryBreakdown(weights=t.resident, kv_cache=kv_pairs, compute=compute,
                              overhead=self.overhead)
        total = mem.total
        decode = decode_tokens_per_s(decode_time(self.speed, kv_pairs, w.batch))
        return PairResults(total, total <= self.available, decode, self.prefill_tokens_per_s,
                           self.available)
