"""A plan in one line (translatable) and as the JSON object ``gpuscope plan --json`` prints."""

from __future__ import annotations

from gpuscope.estimate.plans import texts as T
from gpuscope.estimate.plans.commands import Command
from gpuscope.estimate.plans.result import DeviceShare, Engine, Plan, Strategy
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.text import ENGLISH, Message, Renderer
from gpuscope.units import Count, TokenRate


def gpu_groups(gpus: tuple[GpuSpec, ...], renderer: Renderer = ENGLISH) -> str:
    """The GPUs of a plan by name with a count each, in the order given: "GeForce RTX 4090",
    "2 x GeForce RTX 3090", "1 x GeForce RTX 4090 + 1 x GeForce RTX 3090"."""
    counts: dict[str, int] = {}
    for g in gpus:
        counts[g.name] = counts.get(g.name, 0) + 1
    if len(gpus) == 1:
        return gpus[0].name
    parts = [renderer.render(T.GPU_GROUP(count=Count(n), name=name))
             for name, n in counts.items()]
    return renderer.text(T.GPU_GROUPS_JOIN).join(parts)


def summary(plan: Plan) -> Message:
    """"q5_k_m fully on the GPU, 41 tok/s", "q8_0 with 12 of 33 layers on the CPU, 9 tok/s"."""
    q, speed = plan.quant.name, TokenRate(plan.decode_tokens_per_s)
    f = plan.server
    if plan.engine is Engine.VLLM and f is not None:
        n_gpus, context = plan.tensor_parallel * plan.pipeline_parallel, plan.workload.context
        if f.concurrent_seqs < 1:
            return T.S_SERVER_NO_FIT(n_gpus, quant=q, context=Count(context))
        msg = T.S_SERVER(n_gpus, quant=q,
                         seqs=T.SEQUENCES(f.concurrent_seqs, context=Count(context)),
                         throughput=TokenRate(f.throughput_tokens_per_s))
    elif plan.strategy is Strategy.GPU:
        msg = T.S_GPU(quant=q, speed=speed)
    elif plan.strategy is Strategy.LAYER_SPLIT:
        msg = T.S_SPLIT(quant=q, gpus=Count(len(plan.gpus)), speed=speed)
    elif plan.strategy is Strategy.TENSOR_PARALLEL:
        msg = T.S_TP(quant=q, gpus=Count(plan.tensor_parallel), speed=speed)
    elif plan.strategy is Strategy.MOE_OFFLOAD:
        msg = T.S_MOE(quant=q, cpu=Count(plan.cpu_moe_layers), total=Count(plan.n_layers),
                      speed=speed)
    else:
        msg = T.S_OFFLOAD(quant=q, cpu=Count(plan.n_layers + 1 - plan.gpu_layers),
                          total=Count(plan.n_layers + 1), speed=speed)
    return msg if plan.fits else T.S_NO_FIT(summary=msg)


def device_json(d: DeviceShare) -> dict:
    return {
        "kind": d.kind, "index": d.index, "name": d.name, "layers": d.n_blocks,
        "first_layer": d.first_block if d.n_blocks else None, "output_layer": d.output_layer,
        "weights_bytes": int(d.weights_bytes), "expert_bytes": int(d.expert_bytes),
        "kv_cache_bytes": int(d.kv_bytes), "compute_bytes": int(d.compute_bytes),
        "overhead_bytes": int(d.overhead_bytes), "total_bytes": int(d.total_bytes),
        "capacity_bytes": None if d.capacity_bytes is None else int(d.capacity_bytes),
        "fits": d.fits, "decode_seconds": d.decode_s,
    }


def plan_json(plan: Plan, command: Command | None = None) -> dict:
    """The plan's figures per device, its notes and explanation, and the command."""
    w, f = plan.workload, plan.server
    out: dict = {
        "model": {"id": plan.model.id, "name": plan.model.name},
        "quantization": plan.quant.id, "bits_per_weight": plan.bits_per_weight,
        "engine": plan.engine.value, "strategy": plan.strategy.value,
        "summary": summary(plan).render(),
        "gpus": [{"name": g.name, "memory_bytes": int(g.memory),
                  "bandwidth_bytes_per_s": g.bandwidth_bytes_per_s} for g in plan.gpus],
        "context": w.context, "batch": w.batch, "prompt_tokens": w.prompt,
        "kv_cache": w.kv_cache, "flash_attention": w.flash_attention,
        "n_layers": plan.n_layers, "gpu_layers": plan.gpu_layers,
        "cpu_moe_layers": plan.cpu_moe_layers, "tensor_split": list(plan.tensor_split),
        "tensor_parallel": plan.tensor_parallel, "pipeline_parallel": plan.pipeline_parallel,
        "devices": [device_json(d) for d in plan.devices],
        "fits": plan.fits, "fits_vram": plan.fits_vram, "fits_ram": plan.fits_ram,
        "decode_tokens_per_s": plan.decode_tokens_per_s,
        "decode_batch_tokens_per_s": (f.throughput_tokens_per_s if f is not None
                                      else plan.decode_tokens_per_s * w.batch),
        "prefill_tokens_per_s": plan.prefill_tokens_per_s,
        "host": {"bandwidth_bytes_per_s": plan.host.bandwidth,
                 "efficiency": plan.host.efficiency,
                 "effective_bytes_per_s": plan.host.effective,
                 "platform": ENGLISH.text(plan.host.platform), "assumed": plan.host.assumed,
                 "ram_bytes": plan.host.ram_bytes, "source": plan.host.source},
        "link": None if plan.link is None else {
            "id": plan.link.id, "name": plan.link.name,
            "bandwidth_bytes_per_s": plan.link.bandwidth, "latency_s": plan.link.latency_s},
        "server": None if f is None else {
            "gpu_memory_utilization": f.gpu_memory_utilization,
            "budget_bytes": int(f.budget_bytes), "activation_bytes": int(f.activation_bytes),
            "non_torch_bytes": int(f.non_torch_bytes), "kv_pool_bytes": int(f.kv_pool_bytes),
            "kv_bytes_per_token": f.kv_bytes_per_token, "block_size": f.block_size,
            "kv_blocks": f.kv_blocks, "max_concurrency": f.max_concurrency,
            "max_num_seqs": f.max_num_seqs, "concurrent_seqs": f.concurrent_seqs,
            "max_context_one_sequence": f.max_context_one_seq,
            "throughput_tokens_per_s": f.throughput_tokens_per_s,
            "crossover_batch": f.crossover_batch,
            "max_num_batched_tokens": f.max_num_batched_tokens},
        "notes": [n.render() for n in plan.notes],
        "explain": [item.as_json() for item in plan.explain],
    }
    if command is not None:
        out["command"] = command.text
        out["command_argv"] = list(command.argv)
        out["command_env"] = dict(command.env)
        out["modelfile"] = command.modelfile
        out["model_placeholder"] = command.model.placeholder
        out["command_warnings"] = list(command.warnings)
    return out
