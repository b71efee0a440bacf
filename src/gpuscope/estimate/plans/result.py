"""What a plan says: where each part of the model lives, how fast it runs, and why."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from gpuscope.estimate.explain import ExplainItem
from gpuscope.estimate.plans.host import HostMemory
from gpuscope.estimate.plans.links import Link
from gpuscope.estimate.workload import Workload
from gpuscope.hardware.gpu import GpuSpec
from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import Message


class Strategy(str, Enum):
    GPU = "gpu"  # the whole model on one GPU
    OFFLOAD = "offload"  # llama.cpp -ngl: some layers (and their KV) on the CPU
    MOE_OFFLOAD = "moe_offload"  # llama.cpp -ot exps=CPU: expert tensors in RAM
    LAYER_SPLIT = "layer_split"  # llama.cpp -sm layer: consecutive layers per GPU (pipeline)
    TENSOR_PARALLEL = "tensor_parallel"  # every layer split over the GPUs (vLLM TP, -sm tensor)


class Engine(str, Enum):
    LLAMA_CPP = "llama.cpp"
    OLLAMA = "ollama"
    VLLM = "vllm"


@dataclass(frozen=True)
class DeviceShare:
    """One device's part of a plan: a GPU, or the host (``index`` -1) for RAM."""

    kind: str  # "gpu" | "host"
    index: int  # GPU index; -1 for the host
    name: str  # GPU name; "CPU" for the host
    n_blocks: int  # repeating layers it holds
    first_block: int  # -1 when none
    output_layer: bool  # holds the output head
    weights_bytes: float
    kv_bytes: float
    compute_bytes: float
    overhead_bytes: float
    capacity_bytes: float | None  # VRAM budget (free or total) / RAM total; None = unknown
    decode_s: float  # seconds of each decode step spent on this device
    expert_bytes: float = 0.0  # MoE expert weights included in ``weights_bytes``

    @property
    def total_bytes(self) -> float:
        return self.weights_bytes + self.kv_bytes + self.compute_bytes + self.overhead_bytes

    @property
    def fits(self) -> bool | None:
        return None if self.capacity_bytes is None else self.total_bytes <= self.capacity_bytes


@dataclass(frozen=True)
class ServerFigures:
    """vLLM's memory budget and what it buys at ``max_model_len``."""

    gpu_memory_utilization: float
    budget_bytes: float  # per GPU: VRAM x utilization
    activation_bytes: float  # per GPU: the profiling run's peak activations
    non_torch_bytes: float  # per GPU: CUDA context, NCCL buffers outside PyTorch's allocator
    kv_pool_bytes: float  # per GPU
    kv_bytes_per_token: float  # per GPU (its share of the heads)
    block_size: int
    kv_blocks: int
    max_concurrency: float  # pool tokens / max_model_len, as vLLM logs it
    max_num_seqs: int  # the scheduler's cap the command sets
    concurrent_seqs: int  # sequences that run together: min(wanted, cap, what the pool holds)
    max_context_one_seq: int  # longest sequence the pool holds alone (capped by the model)
    throughput_tokens_per_s: float  # all sequences together at ``concurrent_seqs``
    crossover_batch: float  # decode turns compute-bound above this many sequences
    max_num_batched_tokens: int
    #: When one sequence does not fit: the smallest (TP, PP) on GPUs like these that holds one,
    #: None when even 16 nodes cannot; also None when the plan fits.
    needed_parallelism: tuple[int, int] | None = None


@dataclass(frozen=True)
class Plan:
    strategy: Strategy
    engine: Engine
    model: ModelSpec
    quant: Quantization
    workload: Workload
    gpus: tuple[GpuSpec, ...]
    devices: tuple[DeviceShare, ...]  # GPUs in order, then the host when it holds anything
    n_layers: int
    gpu_layers: int  # llama.cpp -ngl / Ollama num_gpu (n_layers + 1 = all, the head included)
    cpu_moe_layers: int  # experts of the first N layers kept in RAM
    tensor_split: tuple[float, ...]  # llama.cpp -ts proportions (one per GPU)
    tensor_parallel: int
    pipeline_parallel: int
    link: Link | None
    host: HostMemory
    decode_s: float  # one decode step (all ``batch`` sequences)
    prefill_tokens_per_s: float | None
    notes: tuple[Message, ...]
    explain: tuple[ExplainItem, ...]
    server: ServerFigures | None = None

    @property
    def decode_tokens_per_s(self) -> float:
        """Tokens per second for each sequence."""
        return 1.0 / self.decode_s if self.decode_s > 0 else 0.0

    @property
    def gpu_devices(self) -> tuple[DeviceShare, ...]:
        return tuple(d for d in self.devices if d.kind == "gpu")

    @property
    def host_share(self) -> DeviceShare | None:
        return next((d for d in self.devices if d.kind == "host"), None)

    @property
    def fits_vram(self) -> bool:
        return all(d.fits is not False for d in self.gpu_devices)

    @property
    def fits_ram(self) -> bool | None:
        h = self.host_share
        return None if h is None else h.fits

    @property
    def fits(self) -> bool:
        if self.server is not None and self.server.concurrent_seqs < 1:
            return False
        return self.fits_vram and self.fits_ram is not False

    @property
    def all_on_gpu(self) -> bool:
        return self.gpu_layers > self.n_layers and self.cpu_moe_layers == 0

    @property
    def bits_per_weight(self) -> float:
        from gpuscope.estimate.weights import weights_info

        return weights_info(self.model, self.quant).bits_per_weight
