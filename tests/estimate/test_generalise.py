"""The speed model's physical terms: launch costs of small batches, prefill at depth, bands."""

from gpuscope.estimate.engine import estimate
from gpuscope.estimate.export import estimate_json
from gpuscope.estimate.throughput import KERNEL_S
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

RTX_4090 = find_gpu("RTX 4090").to_spec()


def _est(model: str, quant: str, **w):
    return estimate(get_preset(model), get_quantization(quant), RTX_4090, Workload(**w))


def test_batch_one_cannot_beat_its_kernel_launches() -> None:
    e = _est("mlp-mnist", "fp32", batch=1)
    assert e.speed.batch_latency_s >= 2 * 3 * KERNEL_S * 0.99  # 3 layers: GEMM + activation
    assert e.speed.images_per_s < 1 / (6 * KERNEL_S) * 1.01
    r50 = _est("resnet-50", "fp16", batch=1)
    assert 300 < r50.speed.images_per_s < 3000  # published PyTorch batch-1 latencies: ~1-3 ms


def test_cnn_results_carry_a_band_and_explain_their_memory() -> None:
    e = _est("resnet-50", "fp16", batch=64)
    lo, hi = e.speed.images_range
    assert lo < e.speed.images_per_s < hi
    values = {str(i.quantity): i.value for i in e.explain}
    assert len(e.explain) >= 6
    assert estimate_json(e)["speed"]["images_range"] == [lo, hi]
    assert any(abs(float(v) - float(e.memory.compute)) < 1 for v in values.values())


def test_prefill_slows_down_with_tokens_already_in_context() -> None:
    base = _est("qwen2.5-coder-7b", "q8_0", prompt=2048).speed.prefill_tokens_per_s
    deep = _est("qwen2.5-coder-7b", "q8_0", prompt=2048,
                prompt_depth=32768).speed.prefill_tokens_per_s
    assert deep < 0.8 * base  # llama-bench on a DGX Spark: 2276 -> 1283 tok/s at d32768
