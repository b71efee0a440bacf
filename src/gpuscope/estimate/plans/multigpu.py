"""Several GPUs: layer split (pipeline) and tensor parallelism, per-device memory and speed.

* Layer split (llama.cpp ``-sm layer``, the default): consecutive layers per GPU, memory pooled,
  one GPU works at a time for each token (see :mod:`.offload`, which places the layers).
* Tensor parallel (vLLM ``--tensor-parallel-size``, llama.cpp ``-sm tensor``): every matrix split
  in ``N`` slices, so each GPU holds ``1/N`` of the weights and of the KV heads (all of an MLA
  latent, which is not split by heads; whole heads when there are fewer KV heads than GPUs) and
  streams ``1/N`` of the weights per token, in lockstep, plus two all-reduces per layer over the
  link (:mod:`.links`). The compute buffer and runtime overhead are per GPU.
"""

from __future__ import annotations

from dataclasses import replace

from gpuscope.errors import InputError
from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.plans import texts as T
from gpuscope.estimate.plans.explain_offload import host_notes
from gpuscope.estimate.plans.host import HostMemory
from gpuscope.estimate.plans.links import Link
from gpuscope.estimate.plans.offload import llama_plan, llama_setup
from gpuscope.estimate.plans.result import DeviceShare, Engine, Plan, Strategy
from gpuscope.estimate.speed import decode_time, prefill_time
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec, TransformerSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import ByteRate, Bytes, Count, Ratio, Seconds

_TP_HEADS = QT_TRANSLATE_NOOP(
    "Errors", "Tensor parallel {tp} must divide the model's {heads} attention heads; "
              "possible sizes: {valid}.")
_TP_KV_QUANT = QT_TRANSLATE_NOOP(
    "Errors", "llama.cpp's tensor split mode needs an unquantized KV cache (f16), not {kv}.")
_TP_NO_FA = QT_TRANSLATE_NOOP(
    "Errors", "llama.cpp's tensor split mode needs flash attention (-fa on); use the layer split "
              "with flash attention off.")


def layer_split_plan(model: ModelSpec, quant: Quantization, gpus: tuple[GpuSpec, ...],
                     workload: Workload, **kw: object) -> Plan:
    """Every layer on the GPUs, split by llama.cpp's ``--tensor-split`` (free VRAM by default)."""
    s = llama_setup(model, quant, gpus, workload, **kw)  # type: ignore[arg-type]
    return llama_plan(s, gpu_layers=s.n_layers + 1)


def valid_tp_sizes(spec: TransformerSpec, limit: int = 64) -> list[int]:
    return [t for t in range(1, limit + 1) if spec.n_heads % t == 0]


def check_tp(spec: TransformerSpec, tp: int) -> None:
    if spec.n_heads % tp:
        valid = ", ".join(str(t) for t in valid_tp_sizes(spec, 16))
        raise InputError(_TP_HEADS(tp=Count(tp), heads=Count(spec.n_heads), valid=valid))


def kv_share(spec: TransformerSpec, tp: int) -> float:
    """Fraction of the KV cache each of ``tp`` GPUs stores."""
    if spec.kv_lora_rank:
        return 1.0
    return max(1.0 / tp, 1.0 / max(1, spec.n_kv_heads))


def tp_comm_s(spec: TransformerSpec, link: Link, tp: int, tokens: float) -> float:
    """Two all-reduces per layer of ``tokens x d_model`` 16-bit activations."""
    return 2 * spec.n_layers * link.allreduce_s(tokens * spec.d_model * 2.0, tp)


def tp_decode_s(est: TransformerEstimator, tp: int, pp: int, kv_read: float, batch: int) -> float:
    """One GPU's part of a decode step with weights split ``tp`` ways and layers ``pp`` ways."""
    s = est.speed
    sliced = replace(s, weights_read_bytes=s.weights_read_bytes / (tp * pp),
                     n_dequant_weights=s.n_dequant_weights / (tp * pp),
                     matmul_params=s.matmul_params / (tp * pp),
                     n_layers=-(-s.n_layers // pp))
    return float(decode_time(sliced, kv_read, batch).total_s)


def tp_prefill_s(est: TransformerEstimator, tp: int, prompt: int, batch: int) -> float:
    s, tokens = est.speed, prompt * batch
    attn = batch * (est.prefill_flops(prompt) - prompt * 2.0 * est.matmul.total)
    sliced = replace(s, weights_gpu_bytes=s.weights_gpu_bytes / tp,
                     matmul_params=s.matmul_params / tp)
    ubatch = est.ubatch if est.runtime.embeddings_on_host else 2048
    return prefill_time(sliced, tokens, attn / tp, ubatch).total_s


def tensor_parallel_plan(model: ModelSpec, quant: Quantization, gpus: tuple[GpuSpec, ...],
                         workload: Workload, *, engine: Engine = Engine.LLAMA_CPP,
                         free_bytes: tuple[float | None, ...] | None = None,
                         host: HostMemory | None = None, link: Link | None = None) -> Plan:
    """llama.cpp ``-sm tensor`` over ``gpus`` (vLLM: see :mod:`.server`)."""
    s = llama_setup(model, quant, gpus, workload, free_bytes=free_bytes, host=host, link=link,
                    engine=engine)
    spec, w, tp = s.ests[0].spec, workload, len(gpus)
    check_tp(spec, tp)
    if w.kv_cache != "f16":
        raise InputError(_TP_KV_QUANT(kv=w.kv_cache))
    if not w.flash_attention:
        raise InputError(_TP_NO_FA())
    link = s.link
    kv_dev = float(s.ests[0].kv_bytes(w.context, w.batch)) * kv_share(spec, tp)
    weights_dev = s.ests[0].weights.gpu_bytes / tp
    times = [tp_decode_s(est, tp, 1, kv_dev, w.batch) for est in s.ests]
    comm = tp_comm_s(spec, link, tp, w.batch)
    step = max(times) + comm
    devices = [DeviceShare("gpu", i, g.name, spec.n_layers, 0, True, weights_dev, kv_dev,
                           s.compute, s.overhead, s.budgets[i], times[i])
               for i, g in enumerate(gpus)]
    embd = float(s.ests[0].weights.host_bytes)
    devices.append(DeviceShare("host", -1, "CPU", 0, -1, False, embd, 0.0, 0.0, 0.0,
                               s.host.ram_bytes, 0.0))
    n_ub = -(-w.prompt * w.batch // s.ests[0].ubatch)
    pre = max(tp_prefill_s(est, tp, w.prompt, w.batch) for est in s.ests)
    pre += n_ub * tp_comm_s(spec, link, tp, min(s.ests[0].ubatch, w.prompt * w.batch))
    plan = Plan(Strategy.TENSOR_PARALLEL, engine, model, quant, w, gpus, tuple(devices),
                spec.n_layers, spec.n_layers + 1, 0, (1.0,) * tp, tp, 1, link, s.host, step,
                w.prompt * w.batch / pre, (), ())
    notes = [T.N_TENSOR_MODE(), *host_notes(plan)]
    if len({(g.name, g.memory) for g in gpus}) > 1:
        notes.append(T.N_MIXED_TP())
    return replace(plan, notes=tuple(notes), explain=(comm_item(spec, link, tp, w.batch, comm),))


def comm_item(spec: TransformerSpec, link: Link, tp: int, batch: int,
              value: float) -> ExplainItem:
    message = batch * spec.d_model * 2.0
    sub: Message = T.SUB_TP_COMM(layers=Count(spec.n_layers), latency=Seconds(link.latency_s),
                                 factor=Ratio(2.0 * (tp - 1) / tp), message=Bytes(message),
                                 bandwidth=ByteRate(link.bandwidth), value=Seconds(value),
                                 link=link.name)
    return ExplainItem(T.Q_TP_COMM, T.F_TP_COMM, sub, Seconds(value), link.source)

