"""Encoder Transformers (BERT, ViT): one forward pass per sample, no KV cache, no generation.

A sample is ``context`` tokens (BERT: the sequence length) or the image's patch tokens plus the
class token (ViT, at the workload's image size). Every token attends to every other one.
"""

from __future__ import annotations

from dataclasses import replace

from gpuscope.estimate import explain as X
from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.flops import attention_flops_per_token, matmul_params
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.throughput import (
    BatchModel,
    activation_bytes_per_value,
    batch_fit,
    batch_speed,
    memory_items,
)
from gpuscope.estimate.weights import model_tensors, weights_info
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes, Count, Flop, ImageRate, SampleRate

SUB_TOKENS = QT_TRANSLATE_NOOP(
    "Explain", "{tokens} tokens × (2 × {params} + attention over {tokens} tokens) = {value}")
SUB_RATE = QT_TRANSLATE_NOOP("Explain", "batch {batch}, {bound} → {value}")
S_ASSUMED = QT_TRANSLATE_NOOP(
    "Explain", "roofline, 40 % of the dense tensor peak and 85 % of bandwidth (not calibrated)")


def encoder_estimate(model: ModelSpec, quant: Quantization, gpu: GpuSpec, w: Workload,
                     free_bytes: float | None) -> Estimate:
    spec = model.transformer
    assert spec is not None
    if spec.image_size and w.image_size and w.image_size != spec.image_size:
        spec = replace(spec, image_size=w.image_size)
        model = replace(model, transformer=spec)
    tokens = spec.n_tokens_per_image or min(w.context, spec.max_context)
    mm = matmul_params(spec, model_tensors(model))
    flops = tokens * (2.0 * mm.total + float(attention_flops_per_token(spec, tokens)))
    act_b = activation_bytes_per_value(quant)
    ffn = spec.ffn_dim
    live = tokens * (3 * spec.d_model + ffn) + spec.n_heads * tokens * tokens
    wi = weights_info(model, quant)
    bm = BatchModel(float(wi.total_bytes), live * act_b,
                    2.0 * spec.n_layers * tokens * (4 * spec.d_model + ffn) * act_b, flops,
                    n_kernels=12 * spec.n_layers)  # QKV, attention, projection, norms, FFN
    mem = bm.memory(w.batch, w.n_gpus)
    speed = batch_speed(bm, gpu, quant, w.batch)
    rate = ImageRate if spec.image_size else SampleRate
    items = (
        ExplainItem(X.Q_WEIGHTS, X.F_WEIGHTS_FW, X.F_WEIGHTS_FW(), Bytes(wi.total_bytes),
                    quant.source),
        ExplainItem(X.Q_FLOPS_SAMPLE, X.F_FLOPS,
                    SUB_TOKENS(tokens=Count(tokens), params=Count(round(mm.total)),
                               value=Flop(flops)), Flop(flops), X.S_FORMULA),
        *memory_items(mem, w),
        ExplainItem(X.Q_IMAGES if spec.image_size else X.Q_SAMPLES, X.F_IMAGES,
                    SUB_RATE(batch=Count(w.batch), bound=X.BOUND[speed.prefill_bound or "compute"],
                             value=rate(speed.images_per_s or 0)),
                    rate(speed.images_per_s or 0), S_ASSUMED),
    )
    if speed.images_per_s is None:  # unknown GPU bandwidth or peaks: no rate to explain
        items = items[:-1]
    return Estimate(model=model, quant=quant, gpu=gpu, workload=w, runtime="PyTorch",
                    memory=mem, fit=batch_fit(bm, mem, gpu, w.n_gpus, free_bytes),
                    flops_per_token=None, prefill_flops=None, flops_per_sample=flops,
                    speed=speed, explain=items, bits_per_weight=wi.bits_per_weight)
