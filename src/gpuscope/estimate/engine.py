"""``estimate()``: the one entry point the CLI and the window call."""

from __future__ import annotations

from gpuscope.errors import InputError
from gpuscope.estimate import explain as X
from gpuscope.estimate.result import Estimate, Fit, Speed
from gpuscope.estimate.speed import (
    DecodeTime,
    PrefillTime,
    band,
    decode_tokens_per_s,
    decode_unknown,
    prefill_tokens_per_s,
    prefill_unknown,
)
from gpuscope.estimate.transformer import TransformerEstimator
from gpuscope.estimate.transformer_explain import transformer_explanation
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import Family, ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import QT_TRANSLATE_NOOP

_NO_ARCH = QT_TRANSLATE_NOOP("Errors", "Model '{model}' has no architecture to estimate from.")


_ESTIMATORS: dict[tuple, tuple[GpuSpec, TransformerEstimator]] = {}


def estimator_for(model: ModelSpec, quant: Quantization, gpu: GpuSpec,
                  workload: Workload) -> TransformerEstimator:
    """The estimator of (model, quant, GPU, runtime settings), reused while they stay the same:
    a slider step then re-evaluates formulas instead of rebuilding their inputs."""
    key = (model.id, model.transformer, model.params, model.tensors, model.file_quantization,
           quant, id(gpu), workload.kv_cache, workload.flash_attention, workload.ubatch,
           workload.n_gpus, model.projector.tensors if model.projector else None,
           model.projector_found)
    hit = _ESTIMATORS.get(key)
    if hit is not None and hit[0] is gpu:
        return hit[1]
    if len(_ESTIMATORS) > 64:
        _ESTIMATORS.clear()
    est = TransformerEstimator(model, quant, gpu, kv_cache=workload.kv_cache,
                               flash_attention=workload.flash_attention,
                               ubatch=workload.ubatch, n_gpus=workload.n_gpus)
    _ESTIMATORS[key] = (gpu, est)
    return est


def estimate(model: ModelSpec, quant: Quantization, gpu: GpuSpec,
             workload: Workload | None = None, *, free_bytes: float | None = None,
             explain: bool = True) -> Estimate:
    """Memory, fit, FLOPs and speed of ``model`` at ``quant`` on ``workload.n_gpus`` x ``gpu``.

    ``free_bytes`` is the VRAM free right now (from NVML), if known, over the selected GPUs.
    """
    workload = workload or Workload()
    if model.family is Family.TRANSFORMER and model.transformer is not None:
        if model.transformer.encoder_only:
            from gpuscope.estimate.encoder import encoder_estimate

            return encoder_estimate(model, quant, gpu, workload, free_bytes)
        return _transformer_estimate(model, quant, gpu, workload, free_bytes, explain)
    if model.family is Family.CNN and model.cnn is not None:
        from gpuscope.estimate.vision import cnn_estimate

        return cnn_estimate(model, quant, gpu, workload, free_bytes)
    if model.family is Family.MLP and model.mlp is not None:
        from gpuscope.estimate.vision import mlp_estimate

        return mlp_estimate(model, quant, gpu, workload, free_bytes)
    raise InputError(_NO_ARCH(model=model.name))


def _transformer_estimate(model: ModelSpec, quant: Quantization, gpu: GpuSpec, w: Workload,
                          free_bytes: float | None, explain: bool = True) -> Estimate:
    est = estimator_for(model, quant, gpu, w)
    mem = est.memory(w.context, w.batch)
    available = gpu.memory * w.n_gpus
    needed = float(mem.total)
    fit = Fit(
        needed_bytes=needed, available_bytes=available, free_bytes=free_bytes,
        fits=needed <= available, fits_now=None if free_bytes is None else needed <= free_bytes,
        max_context=est.max_context(available, w.batch),
        max_context_now=None if free_bytes is None else est.max_context(free_bytes, w.batch),
    )
    cal = est.cal
    fam = cal.family(gpu.compute_capability)
    widen = 1.0 if fam.calibrated else cal.uncalibrated_factor
    decode = est.decode(w.context, w.batch)
    pre = est.prefill(w.prompt, w.batch, w.prompt_depth)
    speed = _speed(est, w, decode, pre, widen, fam.calibrated)
    items = transformer_explanation(est, w, mem, fit, decode, pre, speed) if explain else ()
    return Estimate(
        model=model, quant=quant, gpu=gpu, workload=w, runtime=est.runtime.name, memory=mem,
        fit=fit, flops_per_token=float(est.flops_per_token(w.context)),
        prefill_flops=est.prefill_flops(w.prompt, w.prompt_depth), flops_per_sample=None,
        speed=speed,
        explain=items, bits_per_weight=est.weights.bits_per_weight,
    )


def _speed(est: TransformerEstimator, w: Workload, decode: DecodeTime, pre: PrefillTime,
           widen: float, calibrated: bool) -> Speed:
    """Decode and prefill speed; a figure the GPU's unknown bandwidth or peaks rule out is None,
    with the reason (never a made-up number)."""
    cal, gpu = est.cal, est.gpu
    no_decode = decode_unknown(gpu)
    no_prefill = prefill_unknown(gpu, est.quant)
    decode_tps = None if no_decode else float(decode_tokens_per_s(decode))
    prefill_tps = None if no_prefill else float(prefill_tokens_per_s(pre, w.prompt * w.batch))
    streaming = max(float(decode.weights_s), float(decode.dequant_s))
    ttft = (None if decode_tps is None or prefill_tps is None
            else pre.total_s / w.batch + float(decode.total_s))
    return Speed(
        prefill_tokens_per_s=prefill_tps,
        prefill_range=None if prefill_tps is None else band(
            prefill_tps, cal.prefill_uncertainty * widen),
        decode_tokens_per_s=decode_tps,
        decode_range=None if decode_tps is None else band(
            decode_tps, cal.decode_uncertainty * widen),
        decode_batch_tokens_per_s=None if decode_tps is None else decode_tps * w.batch,
        time_to_first_token_s=ttft,
        decode_bound=None if no_decode else (
            "compute" if float(decode.matmul_s) > streaming else "memory"),
        prefill_bound=None if no_prefill else (
            "compute" if pre.matmul_s + pre.attention_s > pre.weights_s else "memory"),
        calibrated=calibrated, decode_unknown=no_decode, prefill_unknown=no_prefill,
    )


__all__ = ["estimate", "estimator_for", "X"]
