"""Show-the-work items for a Transformer estimate (formula, numbers plugged in, source)."""

from __future__ import annotations

from gpuscope.estimate import explain as X
from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.projector import projector_items, with_projector
from gpuscope.estimate.result import Fit, Speed
from gpuscope.estimate.speed import DecodeTime, PrefillTime
from gpuscope.estimate.transformer import MemoryBreakdown, TransformerEstimator
from gpuscope.estimate.workload import Workload
from gpuscope.text import QT_TRANSLATE_NOOP, Message
from gpuscope.units import (
    ByteRate,
    Bytes,
    Count,
    Flop,
    Kind,
    PeakRate,
    Percent,
    Quantity,
    Ratio,
    Seconds,
    TokenRate,
)

SUB_WEIGHTS = QT_TRANSLATE_NOOP("Explain", "{params} parameters at {bpw} on average = {value}")
SUB_WEIGHTS_HOST = QT_TRANSLATE_NOOP(
    "Explain", "{params} parameters at {bpw} on average = {total}; {host} of input embeddings "
               "stay in "
       "RAM, {value} in VRAM")
SUB_KV = QT_TRANSLATE_NOOP(
    "Explain", "{batch} × {layers} layers × {context} tokens × {per_token} per token and layer "
               "= {value}")
SUB_KV_SWA = QT_TRANSLATE_NOOP(
    "Explain", "{batch} × ({full} full layers × {context} + {swa} sliding-window layers × "
               "{window}) "
       "tokens × {per_token} = {value}")
SUB_PLAIN = QT_TRANSLATE_NOOP("Explain", "{value}")
SUB_OVERHEAD = QT_TRANSLATE_NOOP("Explain", "{per_gpu} × {gpus} = {value}. {reason}")
SUB_TOTAL = QT_TRANSLATE_NOOP("Explain", "{weights} + {kv} + {compute} + {overhead} = {value}")
SUB_FLOPS = QT_TRANSLATE_NOOP(
    "Explain", "2 × {params} + {attention} of attention at context {context} = {value}")
SUB_DECODE = QT_TRANSLATE_NOOP(
    "Explain", "weights {weights} in {weights_time} at {bandwidth} × {eta}; KV read {kv_time}; "
       "{layers} layers × {layer_time}; step {step} → {value}")
SUB_PREFILL = QT_TRANSLATE_NOOP(
    "Explain", "{tokens} tokens × {flops_per_token} at {peak} ({peak_key}) × {eta} = "
               "{matmul_time}, "
       "+ {other_time} weight reads and overheads → {value}")
SUB_MAX_CONTEXT = QT_TRANSLATE_NOOP("Explain", "total({value_ctx}) <= {available}; model "
                                               "maximum {limit}")


def _src(est: TransformerEstimator) -> Message:
    fam = est.cal.family(est.gpu.compute_capability)
    if est.quant.is_gguf and fam.calibrated:
        return X.S_CALIBRATION(family=fam.family)
    if est.quant.is_gguf:
        return X.S_CALIBRATION_BORROWED(family=fam.family)
    return X.S_FRAMEWORK_SPEED()


def transformer_explanation(est: TransformerEstimator, w: Workload, mem: MemoryBreakdown,
                            fit: Fit, decode: DecodeTime, pre: PrefillTime,
                            speed: Speed) -> tuple[ExplainItem, ...]:
    s, wi = est.spec, est.weights
    from_file = bool(est.model.tensors) and est.model.own_quantization == est.quant.id
    bpw = Quantity(wi.bits_per_weight, Kind.BITS_PER_WEIGHT)
    proj = wi.projector_bytes
    if wi.host_bytes:
        sub_w = SUB_WEIGHTS_HOST(params=Count(wi.n_params), bpw=bpw,
                                 total=Bytes(wi.total_bytes - proj), host=Bytes(wi.host_bytes),
                                 value=Bytes(mem.weights - proj))
    else:
        sub_w = SUB_WEIGHTS(params=Count(wi.n_params), bpw=bpw, value=Bytes(mem.weights - proj))
    sub_w = with_projector(sub_w, wi, mem.weights)
    if from_file:
        f_w, src_w = X.F_WEIGHTS_FILE, X.S_FILE
    elif est.quant.is_gguf:
        f_w, src_w = X.F_WEIGHTS_GGUF, X.S_RECIPE
    else:
        f_w, src_w = X.F_WEIGHTS_FW, est.quant.source
    layout = est.kv
    per_layer = layout.full_bytes_per_token / max(1, s.n_layers - (
        s.n_swa_layers if s.sliding_window else 0)) if layout.full_bytes_per_token else 0.0
    if s.sliding_window and s.n_swa_layers:
        sub_kv = SUB_KV_SWA(batch=Count(w.batch), full=Count(s.n_layers - s.n_swa_layers),
                            context=Count(w.context), swa=Count(s.n_swa_layers),
                            window=Count(min(w.context, s.sliding_window + w.ubatch)),
                            per_token=Bytes(per_layer), value=Bytes(mem.kv_cache))
    else:
        sub_kv = SUB_KV(batch=Count(w.batch), layers=Count(s.n_layers), context=Count(w.context),
                        per_token=Bytes(per_layer), value=Bytes(mem.kv_cache))
    step = float(decode.total_s)
    attention = float(est.attention_flops(w.context))
    items = [
        ExplainItem(X.Q_WEIGHTS, f_w, sub_w, Bytes(mem.weights), src_w),
        *projector_items(est.model, wi),
        ExplainItem(X.Q_KV, X.F_KV_MLA if s.kv_lora_rank else X.F_KV, sub_kv,
                    Bytes(mem.kv_cache), X.S_KV),
        ExplainItem(X.Q_COMPUTE, X.F_COMPUTE if est.runtime.embeddings_on_host
                    else X.F_COMPUTE_FW, SUB_PLAIN(value=Bytes(mem.compute)),
                    Bytes(mem.compute), X.S_COMPUTE),
        ExplainItem(X.Q_OVERHEAD, X.F_OVERHEAD,
                    SUB_OVERHEAD(per_gpu=Bytes(est.runtime.overhead_bytes),
                                 gpus=Count(w.n_gpus), value=Bytes(mem.overhead),
                                 reason=est.runtime.overhead_reason()),
                    Bytes(mem.overhead), est.runtime.overhead_reason),
        ExplainItem(X.Q_TOTAL, X.F_TOTAL,
                    SUB_TOTAL(weights=Bytes(mem.weights), kv=Bytes(mem.kv_cache),
                              compute=Bytes(mem.compute), overhead=Bytes(mem.overhead),
                              value=Bytes(mem.total)), Bytes(mem.total), X.S_FORMULA),
        ExplainItem(X.Q_MAX_CONTEXT, X.F_MAX_CONTEXT,
                    SUB_MAX_CONTEXT(value_ctx=Count(fit.max_context or 0),
                                    available=Bytes(fit.available_bytes),
                                    limit=Count(s.max_context)),
                    Count(fit.max_context or 0), X.S_FORMULA),
        ExplainItem(X.Q_FLOPS, X.F_FLOPS,
                    SUB_FLOPS(params=Count(round(est.matmul.total)), attention=Flop(attention),
                              context=Count(w.context),
                              value=Flop(est.flops_per_token(w.context))),
                    Flop(float(est.flops_per_token(w.context))), X.S_FORMULA),
        ExplainItem(X.Q_DECODE, X.F_DECODE,
                    SUB_DECODE(weights=Bytes(est.speed.weights_read_bytes),
                               weights_time=Seconds(float(decode.weights_s)),
                               bandwidth=ByteRate(est.speed.bandwidth),
                               eta=Percent(100 * est.speed.eta_bw),
                               kv_time=Seconds(float(decode.kv_s)), layers=Count(s.n_layers),
                               layer_time=Seconds(est.speed.layer_overhead_s), step=Seconds(step),
                               value=TokenRate(speed.decode_tokens_per_s or 0)),
                    TokenRate(speed.decode_tokens_per_s or 0), _src(est)),
        ExplainItem(X.Q_PREFILL, X.F_PREFILL,
                    SUB_PREFILL(tokens=Count(w.prompt * w.batch),
                                flops_per_token=Flop(2 * est.matmul.total),
                                peak=PeakRate(est.speed.peak, est.speed.peak_key),
                                peak_key=est.speed.peak_key,
                                eta=Ratio(est.speed.eta_compute),
                                matmul_time=Seconds(pre.matmul_s),
                                other_time=Seconds(pre.total_s - pre.matmul_s),
                                value=TokenRate(speed.prefill_tokens_per_s or 0)),
                    TokenRate(speed.prefill_tokens_per_s or 0), _src(est)),
    ]
    # a speed the GPU's unknown bandwidth or peaks rule out has no formula to show
    unknown = {X.Q_DECODE: speed.decode_unknown, X.Q_PREFILL: speed.prefill_unknown}
    return tuple(it for it in items if unknown.get(it.quantity) is None)
