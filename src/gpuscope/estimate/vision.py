"""Estimates for CNNs (per image) and MLPs (per sample), from the layer walkers' profiles."""

from __future__ import annotations

from gpuscope.estimate import explain as X
from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.result import Estimate
from gpuscope.estimate.throughput import (
    BatchModel,
    activation_bytes_per_value,
    batch_fit,
    batch_speed,
    memory_items,
)
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes, Count, Flop, ImageRate, SampleRate

SUB_PARAMS = QT_TRANSLATE_NOOP("Explain", "{params} parameters × {bytes} bytes = {value}")
SUB_FLOPS_IMAGE = QT_TRANSLATE_NOOP("Explain", "{layers} layers at {size} × {size} px = {value}")
SUB_FLOPS_SAMPLE = QT_TRANSLATE_NOOP("Explain", "{layers} dense layers, {inputs} inputs = {value}")
SUB_ACT = QT_TRANSLATE_NOOP("Explain", "{batch} × {elements} values × {bytes} bytes = {value}")
SUB_RATE = QT_TRANSLATE_NOOP("Explain", "batch {batch}, {bound} → {value}")
S_ASSUMED = QT_TRANSLATE_NOOP(
    "Explain", "roofline, 40 % of the dense tensor peak and 85 % of bandwidth (not calibrated)")
S_WALK = QT_TRANSLATE_NOOP("Explain", "layer-by-layer walk of the architecture")


def _finish(model: ModelSpec, quant: Quantization, gpu: GpuSpec, w: Workload,
            free_bytes: float | None, bm: BatchModel, params: int,
            flops_item: ExplainItem, elements: int, images: bool = True) -> Estimate:
    mem = bm.memory(w.batch, w.n_gpus)
    fit = batch_fit(bm, mem, gpu, w.n_gpus, free_bytes)
    speed = batch_speed(bm, gpu, quant, w.batch)
    bpw = quant.nominal_bpw
    act_b = activation_bytes_per_value(quant)
    rate = ImageRate if images else SampleRate
    items = (
        ExplainItem(X.Q_WEIGHTS, X.F_WEIGHTS_FW,
                    SUB_PARAMS(params=Count(params), bytes=bpw / 8,
                               value=Bytes(bm.weights_bytes)), Bytes(bm.weights_bytes), S_WALK),
        flops_item,
        ExplainItem(X.Q_ACTIVATIONS, X.F_ACTIVATIONS,
                    SUB_ACT(batch=Count(w.batch), elements=Count(elements), bytes=act_b,
                            value=Bytes(w.batch * bm.activation_bytes_per_sample)),
                    Bytes(w.batch * bm.activation_bytes_per_sample), S_WALK),
        *memory_items(mem, w),
        ExplainItem(X.Q_IMAGES if images else X.Q_SAMPLES, X.F_IMAGES,
                    SUB_RATE(batch=Count(w.batch), bound=X.BOUND[speed.prefill_bound or "compute"],
                             value=rate(speed.images_per_s or 0)),
                    rate(speed.images_per_s or 0), S_ASSUMED),
    )
    if speed.images_per_s is None:  # unknown GPU bandwidth or peaks: no rate to explain
        items = items[:-1]
    return Estimate(model=model, quant=quant, gpu=gpu, workload=w, runtime="PyTorch",
                    memory=mem, fit=fit, flops_per_token=None, prefill_flops=None,
                    flops_per_sample=bm.flops_per_sample, speed=speed, explain=items,
                    bits_per_weight=bpw)


def cnn_estimate(model: ModelSpec, quant: Quantization, gpu: GpuSpec, w: Workload,
                 free_bytes: float | None) -> Estimate:
    from gpuscope.models.cnn import cnn_profile

    assert model.cnn is not None
    size = w.image_size or model.cnn.image_size
    prof = cnn_profile(model.cnn, size)
    act_b = activation_bytes_per_value(quant)
    traffic = 2 * sum(r.activations for r in prof.rows) * act_b
    bm = BatchModel(prof.params * quant.nominal_bpw / 8, prof.peak_activation_elements * act_b,
                    traffic, float(prof.flops), n_kernels=3 * len(prof.rows))  # conv, BN, ReLU
    flops_item = ExplainItem(
        X.Q_FLOPS_IMAGE, X.F_FLOPS_IMAGE,
        SUB_FLOPS_IMAGE(layers=Count(len(prof.rows)), size=Count(size), value=Flop(prof.flops)),
        Flop(prof.flops), S_WALK)
    return _finish(model, quant, gpu, w, free_bytes, bm, prof.params, flops_item,
                   prof.peak_activation_elements)


def mlp_estimate(model: ModelSpec, quant: Quantization, gpu: GpuSpec, w: Workload,
                 free_bytes: float | None) -> Estimate:
    from gpuscope.models.mlp import mlp_profile

    assert model.mlp is not None
    prof = mlp_profile(model.mlp)
    act_b = activation_bytes_per_value(quant)
    traffic = 2 * sum(model.mlp.widths) * act_b
    bm = BatchModel(prof.params * quant.nominal_bpw / 8, prof.peak_activation_elements * act_b,
                    traffic, float(prof.flops), n_kernels=2 * prof.n_layers)  # GEMM, activation
    flops_item = ExplainItem(
        X.Q_FLOPS_SAMPLE, X.F_FLOPS_SAMPLE,
        SUB_FLOPS_SAMPLE(layers=Count(prof.n_layers), inputs=Count(model.mlp.widths[0]),
                         value=Flop(prof.flops)), Flop(prof.flops), S_WALK)
    return _finish(model, quant, gpu, w, free_bytes, bm, prof.params, flops_item,
                   prof.peak_activation_elements, images=False)
