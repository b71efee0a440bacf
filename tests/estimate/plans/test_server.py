"""vLLM plans: the KV pool against a logged run, concurrent sequences, GPUs and nodes needed."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from gpuscope.errors import InputError
from gpuscope.estimate.plans import describe
from gpuscope.estimate.plans.commands import command_for
from gpuscope.estimate.plans.planner import PlanRequest, make_plan
from gpuscope.estimate.plans.result import Engine, Strategy
from gpuscope.estimate.plans.server import (
    BLOCK_SIZE,
    VllmOptions,
    batch_defaults,
    needed_parallelism,
)
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.catalogue import find_gpu
from gpuscope.hardware.gpu import Figure, Provenance
from gpuscope.models.presets import get_preset
from gpuscope.quantization import get_quantization

from .conftest import GIB, H100, LLAMA31_8B, RTX_4090

BF16 = get_quantization("bf16")
# reference/vram_measurements.csv, vLLM on an A10G (DeepSeek-R1-Distill-Llama-8B = Llama-3.1-8B
# shapes), max_model_len 8192: "total GPU memory 22.30 GiB x utilization 0.90 = 20.07 GiB;
# Model weights 14.99 GiB | Activation memory 0.85 GiB | KV Cache 4.17 GiB"
A10G = replace(find_gpu("a10").to_spec(), name="NVIDIA A10G",
               memory_bytes=Figure(22.30 * GIB, Provenance.MEASURED, "vLLM log"))
KV_PER_TOKEN = 32 * 8 * (128 + 128) * 2  # layers x KV heads x (K + V dims) x 2 B = 128 KiB


def _vllm(gpus, workload, **opts: object) -> PlanRequest:
    return PlanRequest(LLAMA31_8B, BF16, gpus, workload, Engine.VLLM,
                       vllm=VllmOptions(**opts))  # type: ignore[arg-type]


def test_kv_pool_matches_the_logged_a10g_run() -> None:
    # that run profiled max(max_model_len, 2048) = 8192 tokens with 256 sequences' logits
    plan = make_plan(_vllm((A10G,), Workload(context=8192, batch=8),
                           max_num_batched_tokens=8192, max_num_seqs=256))
    f = plan.server
    assert f is not None
    assert f.budget_bytes / GIB == pytest.approx(20.07, abs=0.005)
    assert plan.gpu_devices[0].weights_bytes / GIB == pytest.approx(14.99, rel=0.01)
    assert f.activation_bytes / GIB == pytest.approx(0.85, rel=0.1)
    assert f.kv_pool_bytes / GIB == pytest.approx(4.17, rel=0.02)
    # blocks of 16 tokens x 128 KiB; 8192 tokens = 512 blocks per sequence
    assert f.kv_bytes_per_token == KV_PER_TOKEN
    assert f.kv_blocks == int(f.kv_pool_bytes // (BLOCK_SIZE * KV_PER_TOKEN))
    assert f.concurrent_seqs == f.kv_blocks // 512 == 4
    assert f.max_concurrency == pytest.approx(4.17 * GIB / (8192 * KV_PER_TOKEN), rel=0.02)
    assert f.throughput_tokens_per_s == pytest.approx(4 * plan.decode_tokens_per_s)


def test_fp8_cache_doubles_the_sequences() -> None:
    w = Workload(context=8192, batch=64)
    auto = make_plan(_vllm((RTX_4090,), w)).server
    fp8 = make_plan(_vllm((RTX_4090,), w.with_(kv_cache="fp8"))).server
    assert auto is not None and fp8 is not None
    assert fp8.kv_bytes_per_token == auto.kv_bytes_per_token / 2
    assert fp8.kv_blocks in (2 * auto.kv_blocks, 2 * auto.kv_blocks + 1)


def test_vllm_defaults_per_gpu() -> None:
    assert batch_defaults(H100) == (8192, 1024)
    assert batch_defaults(find_gpu("a100-sxm4-80gb").to_spec()) == (2048, 256)
    assert batch_defaults(RTX_4090) == (2048, 256)


def test_70b_bf16_needs_two_h100s_and_405b_needs_two_nodes() -> None:
    w = Workload(context=8192, batch=16)
    model = get_preset("llama-3.1-70b")
    one = make_plan(PlanRequest(model, BF16, (H100,), w, Engine.VLLM))
    assert not one.fits
    texts = [n.render() for n in one.notes]
    assert any("needs tensor parallel 2 (2 GPUs like this one)" in t for t in texts)
    two = make_plan(PlanRequest(model, BF16, (H100, H100), w, Engine.VLLM))
    assert two.fits and two.strategy is Strategy.TENSOR_PARALLEL and two.tensor_parallel == 2
    # by hand: 70.6 B parameters x 2 B / 2 GPUs = 65.7 GiB each, of 80 GiB x 0.9 = 72 GiB
    assert two.gpu_devices[0].weights_bytes / GIB == pytest.approx(65.7, abs=0.1)
    assert needed_parallelism(model, BF16, H100, w, VllmOptions()) == (2, 1)
    big = get_preset("llama-3.1-405b")
    # 756 GiB of weights > 8 x 72 GiB: tensor parallel 8 within a node, 2 pipeline stages
    assert needed_parallelism(big, BF16, H100, Workload(context=32768),
                              VllmOptions()) == (8, 2)
    note = make_plan(PlanRequest(big, BF16, (H100,), Workload(context=32768), Engine.VLLM)).notes
    assert any("16 GPUs in 2 nodes" in n.render() for n in note)


def test_decode_turns_compute_bound_as_the_batch_grows() -> None:
    w = Workload(context=2048)
    f1 = make_plan(_vllm((H100,), w.with_(batch=1))).server
    plans = {b: make_plan(_vllm((H100,), w.with_(batch=b))) for b in (1, 64, 512)}
    assert f1 is not None and 10 < f1.crossover_batch < 1000
    thr = {b: p.server.throughput_tokens_per_s for b, p in plans.items()}  # type: ignore[union-attr]
    # below the crossover throughput grows almost linearly; far above it, much less than linearly
    assert thr[64] > 30 * thr[1]
    assert thr[512] / thr[64] < 512 / 64 * 0.8
    assert math.isclose(plans[1].server.concurrent_seqs, 1)  # type: ignore[union-attr]


def test_vllm_command_uses_the_repository_and_the_plan() -> None:
    plan = make_plan(_vllm((H100, H100), Workload(context=16384, batch=32),
                           gpu_memory_utilization=0.85))
    cmd = command_for(plan)
    assert cmd.argv[:3] == ("vllm", "serve", "meta-llama/Llama-3.1-8B")
    assert "--tensor-parallel-size 2" in cmd.text and "--max-model-len 16384" in cmd.text
    assert "--gpu-memory-utilization 0.85" in cmd.text and "--max-num-seqs 32" in cmd.text


def test_a_plan_that_does_not_fit_says_so_and_what_the_command_needs() -> None:
    model = get_preset("llama-3.1-70b")
    plan = make_plan(PlanRequest(model, BF16, (H100,), Workload(context=8192), Engine.VLLM))
    summary = describe.summary(plan).render()
    assert "does not fit" in summary and "0 sequences" not in summary and "tok/s" not in summary
    assert "on 1 GPU with vLLM" in summary
    cmd = command_for(plan)
    assert not cmd.runnable
    first, rest = cmd.text.split("\n", 1)
    assert first.startswith("# ") and "--tensor-parallel-size 2" in first
    assert rest.startswith("vllm serve")
    fits = make_plan(PlanRequest(model, BF16, (H100, H100), Workload(context=8192), Engine.VLLM))
    assert fits.fits and command_for(fits).runnable and not command_for(fits).text.startswith("#")
    assert "on 2 GPUs with vLLM: 1 sequence of 8,192 tokens" in describe.summary(fits).render()


def test_q8_0_kv_cache_is_mapped_to_fp8_with_a_note() -> None:
    plan = make_plan(_vllm((RTX_4090,), Workload(context=8192, kv_cache="q8_0")))
    fp8 = make_plan(_vllm((RTX_4090,), Workload(context=8192, kv_cache="fp8")))
    assert plan.server.kv_bytes_per_token == fp8.server.kv_bytes_per_token  # type: ignore[union-attr]
    assert any("no q8_0 KV cache" in n.render() for n in plan.notes)
    assert not any("KV cache:" in n.render() for n in fp8.notes)
    assert "--kv-cache-dtype fp8" in command_for(plan).text


def test_context_past_the_model_limit_is_flagged() -> None:
    model = get_preset("llama-2-7b")  # 4,096 tokens
    plan = make_plan(PlanRequest(model, BF16, (H100,), Workload(context=16384), Engine.VLLM))
    assert any("VLLM_ALLOW_LONG_MAX_MODEL_LEN=1" in n.render() for n in plan.notes)
    cmd = command_for(plan)
    assert cmd.text.startswith("# ") and "4,096" in cmd.warnings[0]
    within = make_plan(PlanRequest(model, BF16, (H100,), Workload(context=4096), Engine.VLLM))
    assert command_for(within).runnable
    assert not any("VLLM_ALLOW" in n.render() for n in within.notes)


def test_max_num_seqs_below_one_is_refused() -> None:
    with pytest.raises(InputError, match="max_num_seqs"):
        make_plan(_vllm((H100,), Workload(), max_num_seqs=0))
