"""Translatable text of the plans: one-line summaries, notes and show-the-work templates."""

from __future__ import annotations

from gpuscope.text import QT_TRANSLATE_NOOP, translate

# --- one-line summaries ("q5_k_m fully on the GPU, 41 tok/s") ---------------------------------
S_GPU = QT_TRANSLATE_NOOP("Plans", "{quant} fully on the GPU, {speed}")
S_SPLIT = QT_TRANSLATE_NOOP("Plans", "{quant} split over {gpus} GPUs (layers), {speed}")
S_OFFLOAD = QT_TRANSLATE_NOOP("Plans", "{quant} with {cpu} of {total} layers on the CPU, {speed}")
S_MOE = QT_TRANSLATE_NOOP(
    "Plans", "{quant} with the experts of {cpu} of {total} layers in RAM, {speed}")
S_TP = QT_TRANSLATE_NOOP("Plans", "{quant}, tensor parallel over {gpus} GPUs, {speed}")
S_SERVER = translate(
    "Plans", "{quant} on %n GPU(s) with vLLM: {seqs}, {throughput} in total", None, 1)
S_SERVER_NO_FIT = translate(
    "Plans", "{quant} on %n GPU(s) with vLLM: one sequence of {context} tokens does not fit",
    None, 1)
SEQUENCES = translate("Plans", "%n sequence(s) of {context} tokens", None, 1)
# --- plan header: "on 1 × GeForce RTX 4090 + 1 × GeForce RTX 3090" ---------------------------
GPU_GROUP = QT_TRANSLATE_NOOP("Plans", "{count} × {name}")
GPU_GROUPS_JOIN = QT_TRANSLATE_NOOP("Plans", " + ")
S_NO_FIT = QT_TRANSLATE_NOOP("Plans", "{summary} — does not fit")
S_STRATEGY = {
    "gpu": QT_TRANSLATE_NOOP("Plans", "Fully on the GPU"),
    "offload": QT_TRANSLATE_NOOP("Plans", "Layers offloaded to the CPU"),
    "moe_offload": QT_TRANSLATE_NOOP("Plans", "MoE experts in RAM"),
    "layer_split": QT_TRANSLATE_NOOP("Plans", "Layer split over GPUs"),
    "tensor_parallel": QT_TRANSLATE_NOOP("Plans", "Tensor parallel"),
}

# --- notes: assumptions and warnings ---------------------------------------------------------
N_HOST_ASSUMED = QT_TRANSLATE_NOOP(
    "Plans", "The CPU part streams at {effective} ({bandwidth} theoretical, {platform}, at "
             "{efficiency} efficiency): an assumption, enter the bandwidth your RAM reaches to "
             "replace it")
N_HOST_ENTERED = QT_TRANSLATE_NOOP("Plans", "The CPU part streams at {effective} (entered)")
N_RAM_SHORT = QT_TRANSLATE_NOOP(
    "Plans", "The part kept in RAM needs {needed}, but this computer has {ram} of RAM")
N_VRAM_SHORT = QT_TRANSLATE_NOOP(
    "Plans", "GPU {index} ({name}) needs {needed}, {capacity} available")
N_OLLAMA_MOE = QT_TRANSLATE_NOOP(
    "Plans", "Ollama cannot keep only the MoE experts in RAM; llama.cpp's -ot option can, and is "
             "faster for this model")
N_TENSOR_MODE = QT_TRANSLATE_NOOP(
    "Plans", "llama.cpp's tensor split mode (-sm tensor) is experimental: it needs flash "
             "attention, an unquantized KV cache and --fit off")
N_MIXED_TP = QT_TRANSLATE_NOOP(
    "Plans", "Tensor parallelism splits every layer evenly: the smallest GPU sets the memory and "
             "the slowest sets the speed")
N_BATCH_CPU = QT_TRANSLATE_NOOP(
    "Plans", "The CPU part is estimated as memory-bound; with {batch} sequences the CPU's "
             "arithmetic may also slow it down")
N_VLLM_GGUF = QT_TRANSLATE_NOOP(
    "Plans", "vLLM's GGUF support is experimental; it reads the tokenizer from the original "
             "repository")
N_VLLM_PREQUANT = QT_TRANSLATE_NOOP(
    "Plans", "{quant} needs a checkpoint already quantized in that format (GPTQ / AWQ / "
             "compressed-tensors); the command names a placeholder")
N_VLLM_GRAPHS = QT_TRANSLATE_NOOP(
    "Plans", "vLLM also captures CUDA graphs (a few hundred MiB per GPU) outside this budget: keep "
             "gpu_memory_utilization below 1")
N_VLLM_NO_FIT = QT_TRANSLATE_NOOP(
    "Plans", "The KV-cache pool cannot hold one sequence of {context} tokens: vLLM refuses to "
             "start")
N_VLLM_NEEDS = QT_TRANSLATE_NOOP(
    "Plans", "At context {context} this model needs tensor parallel {tp} ({gpus} GPUs like this "
             "one)")
N_VLLM_NODES = QT_TRANSLATE_NOOP(
    "Plans", "One node is not enough at context {context}: {gpus} GPUs in {nodes} nodes (tensor "
             "parallel {tp} × pipeline parallel {pp})")
N_VLLM_NEVER = QT_TRANSLATE_NOOP(
    "Plans", "Even {gpus} GPUs like this one cannot hold this model at context {context}")
N_VLLM_MAX_CONTEXT = QT_TRANSLATE_NOOP(
    "Plans", "These GPUs hold one sequence of at most {context} tokens")
N_VLLM_KV_MAPPED = QT_TRANSLATE_NOOP(
    "Plans", "vLLM has no {kv} KV cache: the plan and the command use its 8-bit cache instead "
             "(--kv-cache-dtype fp8, the same size within 6 %)")
N_CONTEXT_BEYOND = QT_TRANSLATE_NOOP(
    "Plans", "Context {context} is longer than the {limit} tokens the model supports: llama.cpp "
             "warns and runs, but answers degrade past {limit} tokens")
N_OLLAMA_CONTEXT_CAP = QT_TRANSLATE_NOOP(
    "Plans", "Ollama caps num_ctx at the {limit} tokens the model supports (it logs “requested "
             "context size too large for model”): sequences stop at {limit} tokens, not "
             "{context}")
N_VLLM_CONTEXT_BEYOND = QT_TRANSLATE_NOOP(
    "Plans", "vLLM refuses --max-model-len {context}: the model supports {limit} tokens. Lower "
             "the context, or set VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 to force it (answers degrade "
             "past {limit} tokens)")
# --- comment lines above a command that will not run as planned ------------------------------
C_NO_FIT = QT_TRANSLATE_NOOP(
    "Plans", "This plan does not fit in memory: the command will not run as planned (see the "
             "notes)")
C_VLLM_NEEDS = QT_TRANSLATE_NOOP(
    "Plans", "This command will not start: at context {context} the model needs "
             "--tensor-parallel-size {tp} ({gpus} GPUs like this one)")
C_VLLM_NODES = QT_TRANSLATE_NOOP(
    "Plans", "This command will not start: at context {context} the model needs {gpus} GPUs in "
             "{nodes} nodes (--tensor-parallel-size {tp} --pipeline-parallel-size {pp})")
C_VLLM_NEVER = QT_TRANSLATE_NOOP(
    "Plans", "This command will not start: even {gpus} GPUs like this one cannot hold the model "
             "at context {context}")
C_VLLM_CONTEXT = QT_TRANSLATE_NOOP(
    "Plans", "vLLM refuses --max-model-len above the model's {limit} tokens unless "
             "VLLM_ALLOW_LONG_MAX_MODEL_LEN=1 is set")
# --- show the work ---------------------------------------------------------------------------
Q_GPU_LAYERS = QT_TRANSLATE_NOOP("Plans", "GPU layers (-ngl)")
F_GPU_LAYERS = QT_TRANSLATE_NOOP(
    "Plans", "largest k <= layers + 1 for which every GPU holds its layers' weights and KV cache, "
             "the compute buffer and the runtime overhead; the last k layers go to the GPUs, k = "
             "layers + 1 adds the output layer")
SUB_GPU_LAYERS = QT_TRANSLATE_NOOP(
    "Plans", "{k} of {total}; the fullest GPU needs {needed} of {capacity}")
Q_CPU_MOE = QT_TRANSLATE_NOOP("Plans", "Layers whose experts stay in RAM")
F_CPU_MOE = QT_TRANSLATE_NOOP(
    "Plans", "smallest N for which every GPU holds all layers but the expert tensors of the first "
             "N")
SUB_CPU_MOE = QT_TRANSLATE_NOOP("Plans", "N = {n}: {experts} of experts in RAM")
S_PLACEMENT = QT_TRANSLATE_NOOP(
    "Plans", "llama.cpp llama_model::load_tensors (layer placement); docs/multi-gpu.md")
Q_RAM = QT_TRANSLATE_NOOP("Plans", "RAM for the CPU part")
F_RAM = QT_TRANSLATE_NOOP(
    "Plans", "input embeddings + weights (and experts) kept in RAM + their KV cache + CPU compute "
             "buffer")
SUB_RAM = QT_TRANSLATE_NOOP("Plans", "{embeddings} + {weights} + {kv} + {compute} = {value}")
Q_HOST_BW = QT_TRANSLATE_NOOP("Plans", "Host memory bandwidth")
F_HOST_BW = QT_TRANSLATE_NOOP(
    "Plans", "transfers per second × 8 B × channels × the fraction llama.cpp's CPU decode reaches")
SUB_HOST_BW = QT_TRANSLATE_NOOP("Plans", "{bandwidth} × {efficiency} = {value} ({platform})")
Q_PLAN_SPEED = QT_TRANSLATE_NOOP("Plans", "Decode speed of the plan")
F_PLAN_SPEED = QT_TRANSLATE_NOOP(
    "Plans", "1 / (sum over GPUs of their part of the decode step + CPU bytes / host bandwidth + "
             "hand-overs × (latency + batch × d_model × 4 B / link bandwidth))")
SUB_PLAN_SPEED = QT_TRANSLATE_NOOP(
    "Plans", "GPUs {gpu_time} + CPU {cpu_bytes} in {cpu_time} + {hops} hand-overs in {hop_time} = "
             "{step} → {value}")
S_PLAN_SPEED = QT_TRANSLATE_NOOP(
    "Plans", "engine decode formula per GPU (calibrated); host bandwidth assumption; link table")
Q_TP_COMM = QT_TRANSLATE_NOOP("Plans", "Tensor-parallel communication")
F_TP_COMM = QT_TRANSLATE_NOOP(
    "Plans", "2 all-reduces per layer × layers × (latency + 2 (N-1)/N × batch × d_model × 2 B / "
             "link bandwidth)")
SUB_TP_COMM = QT_TRANSLATE_NOOP(
    "Plans", "2 × {layers} × ({latency} + {factor} × {message} / {bandwidth}) = {value} per step "
             "({link})")
Q_KV_POOL = QT_TRANSLATE_NOOP("Plans", "KV-cache pool per GPU")
F_KV_POOL = QT_TRANSLATE_NOOP(
    "Plans", "VRAM × gpu_memory_utilization - weights / (TP × PP) - activation peak - non-torch "
             "memory")
SUB_KV_POOL = QT_TRANSLATE_NOOP(
    "Plans", "{vram} × {utilization} - {weights} - {activation} - {non_torch} = {value}")
S_KV_POOL = QT_TRANSLATE_NOOP(
    "Plans", "vLLM's memory profiling (weights, a dummy forward pass of max_num_batched_tokens, "
             "non-torch memory); checked against a logged A10G run "
             "(reference/vram_measurements.csv)")
Q_MAX_SEQS = QT_TRANSLATE_NOOP("Plans", "Concurrent sequences at this context")
F_MAX_SEQS = QT_TRANSLATE_NOOP(
    "Plans", "floor(KV blocks / ceil(context / block size)); KV blocks = floor(pool / (block size "
             "× KV bytes per token))")
SUB_MAX_SEQS = QT_TRANSLATE_NOOP(
    "Plans", "{blocks} blocks of {block_size} tokens / {per_seq} blocks per sequence = {value}")
Q_CROSSOVER = QT_TRANSLATE_NOOP("Plans", "Decode turns compute-bound above batch")
F_CROSSOVER = QT_TRANSLATE_NOOP(
    "Plans", "b* = (weights read / (bandwidth × efficiency)) / (2 × active parameters / (peak × "
             "efficiency)): the roofline's ridge")
SUB_CROSSOVER = QT_TRANSLATE_NOOP("Plans", "{weights_time} / {per_seq} = {value}")
Q_THROUGHPUT = QT_TRANSLATE_NOOP("Plans", "Throughput at batch")
F_THROUGHPUT = QT_TRANSLATE_NOOP("Plans", "sequences / decode step time at that batch")
SUB_THROUGHPUT = QT_TRANSLATE_NOOP("Plans", "{batch} / {step} = {value}")
