<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>About</name>
    <message>
        <source>still looking for GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>available, driver %1, CUDA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can this GPU do, will this model fit, and how fast will it run? Every figure shows its formula and source. gpuscope works offline and never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Open model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model files (*.gguf *.safetensors config.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load GPU snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpuscope snapshots (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save GPU snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no detected GPU to record on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpuscope snapshots (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export plots to folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Markdown (*.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export estimate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary copied to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About gpuscope</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ArchitectureFields</name>
    <message>
        <source>Layers</source>
        <translation type="unfinished">Couches</translation>
    </message>
    <message>
        <source>Transformer blocks; each has attention and a feed-forward network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the residual stream (d_model): every token is a vector this long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query heads per layer; each attends to the context separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key/value heads per layer. Fewer than attention heads = grouped-query attention, which shrinks the KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of one attention head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width of the feed-forward network&apos;s hidden layer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of tokens the tokenizer knows; sets the embedding and output sizes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Longest context the model was trained or extended for, in tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts: FFN copies per layer (0 = dense model). All are in memory; only the active ones are read per token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts the router picks for each token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden width of one expert (0 = same as FFN size).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens a sliding-window layer attends to (0 = none); caps its KV cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many layers use the sliding window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tied input and output embeddings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output layer reuses the embedding table.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Classify</name>
    <message>
        <source>decoder-only Transformer with {attention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder Transformer with {attention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encoder-decoder Transformer with {attention}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mixture-of-experts {kind}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-head attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>grouped-query attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-query attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multi-head latent attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>convolutional network (CNN)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>multilayer perceptron (MLP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recurrent (state-space) network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} blocks with q/k/v/o attention projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} blocks with fused qkv attention projections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heads} query heads with {kv} KV heads, one each: multi-head attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heads} query heads share {kv} KV heads: grouped-query attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{heads} query heads share a single KV head: multi-query attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query and key projections are equally wide ({width}): one KV head per query head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>query projection {q} wide, key projection {k} wide: {ratio} query heads per KV head (grouped-query attention)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compressed KV projections (kv_a / kv_b): multi-head latent attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV compressed to a latent of rank {rank} (kv_a / kv_b projections): multi-head latent attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blocks form one causal stack (no separate encoder): decoder-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the blocks sit in an encoder stack with no decoder: encoder-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file declares bidirectional (non-causal) attention: encoder-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an encoder stack and a decoder stack</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} routed experts per mixture-of-experts layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} routed experts per mixture-of-experts layer, {k} active per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} blocks are recurrent (state-space) layers: a hybrid model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>state-space / recurrent layers (ssm, time-mix) and no attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} convolution kernels (4-D weights such as {example})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} linear layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} linear layers (2-D weights) and no convolution or attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} linear layers and no convolution or attention, widths {widths}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no attention projections, convolution kernels or linear layers were recognised</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConceptsDialog</name>
    <message>
        <source>Concepts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer, CNN, MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Transformer (such as {model}) is a stack of self-attention blocks and linear layers; it reads text as tokens. A CNN slides small filters over an image (convolutions). An MLP is only dense layers, each connecting every input to every output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per token: the 2N rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dense layer with n inputs and m outputs costs 2 × n × m operations (a multiply and an add per weight). So a model with N parameters costs about 2N FLOPs per token: {model} has {params} parameters and needs {flops} per token here — giga-FLOPs per token, not tera-FLOPS. Attention adds a term that grows with the tokens already in context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPS vs TOPS, dense vs sparse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPS count floating-point operations per second (FP32, FP16, BF16, FP8), TOPS integer ones (INT8, INT4). On {gpu}: FP32 {fp32}, FP16 tensor {fp16} dense ({fp16s} with 2:4 sparsity), INT8 {int8} dense ({int8s} sparse). NVIDIA&apos;s headline figures are usually the sparse ones; real models are dense.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA, Tensor and RT cores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA cores do general FP32/INT32 arithmetic ({fp32} here). Tensor cores multiply small matrices in FP16, BF16, FP8, INT8 or FP4 — that is where AI throughput comes from ({fp16} FP16 here). RT cores accelerate ray tracing and are not used for AI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 is 4 bytes per value, FP16 and BF16 2 bytes (BF16 keeps FP32&apos;s range), FP8 and INT8 1 byte, INT4 and FP4 half a byte. Accumulating in FP32 is more accurate; GeForce cards run FP16 with FP32 accumulate at half speed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Storing weights with fewer bits: {quant} keeps {model}&apos;s weights in {weights}. Fewer bytes mean less VRAM and faster generation, with some quality loss. GGUF types like Q4_K_M mix several block formats; gpuscope computes each tensor&apos;s type as llama.cpp does.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inference: prefill and decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running a trained model. Prefill processes the prompt in parallel and is limited by compute; decode generates one token at a time and must read every weight for each token, so it is limited by memory bandwidth ({bw} here): about {decode} for this selection. The KV cache ({kv} here) stores the attention keys and values of the context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokenization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text is split into tokens — words, word pieces or characters — before the model sees it. English averages about 4 characters per token; the context length counts tokens, not words.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>NVML reports no device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA GPU detected ({reason}); choose one to plan for with --gpu NAME (see &apos;gpuscope gpus&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {kind} &apos;{query}&apos;. Closest matches: {matches}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown {kind} &apos;{query}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model &apos;{model}&apos; has no architecture to estimate from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be between {low} and {high} (got {value}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV-cache type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--gpus N repeats one GPU; with several --gpu names, list each GPU instead.</source>
        <translation>--gpus N répète un seul GPU&#x202f;; avec plusieurs noms --gpu, listez plutôt chaque GPU.</translation>
    </message>
    <message>
        <source>{option} expects {expected} (got &apos;{value}&apos;).</source>
        <translation>{option} attend {expected} (reçu «&#xa0;{value}&#xa0;»).</translation>
    </message>
    <message>
        <source>Unknown link &apos;{link}&apos;: use pcie3, pcie4, pcie5 or nvlink.</source>
        <translation>Lien inconnu «&#xa0;{link}&#xa0;»&#xa0;: utilisez pcie3, pcie4, pcie5 ou nvlink.</translation>
    </message>
    <message>
        <source>Tensor parallel {tp} must divide the model&apos;s {heads} attention heads; possible sizes: {valid}.</source>
        <translation>Le parallélisme tensoriel {tp} doit diviser les {heads} têtes d&apos;attention du modèle&#x202f;; tailles possibles&#xa0;: {valid}.</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s tensor split mode needs an unquantized KV cache (f16), not {kv}.</source>
        <translation>Le mode de découpage tensoriel de llama.cpp exige un cache KV non quantifié (f16), pas {kv}.</translation>
    </message>
    <message>
        <source>Plans are for text-generation Transformers; &apos;{model}&apos; is not one.</source>
        <translation>Les plans concernent les Transformers générateurs de texte&#x202f;; «&#xa0;{model}&#xa0;» n&apos;en est pas un.</translation>
    </message>
    <message>
        <source>{engine} runs GGUF files: choose a GGUF quantization such as q4_k_m or q8_0 (not {quant}).</source>
        <translation>{engine} exécute des fichiers GGUF&#xa0;: choisissez une quantification GGUF comme q4_k_m ou q8_0 (pas {quant}).</translation>
    </message>
    <message>
        <source>Ollama splits a model over GPUs by layers only; use llama.cpp or vLLM for tensor parallelism.</source>
        <translation>Ollama ne répartit un modèle entre GPU que par couches&#x202f;; utilisez llama.cpp ou vLLM pour le parallélisme tensoriel.</translation>
    </message>
    <message>
        <source>Unknown split &apos;{split}&apos;: use auto, layer or tensor.</source>
        <translation>Répartition inconnue «&#xa0;{split}&#xa0;»&#xa0;: utilisez auto, layer ou tensor.</translation>
    </message>
    <message>
        <source>vLLM&apos;s KV cache is 16-bit (auto) or fp8, not {kv}.</source>
        <translation>Le cache KV de vLLM est en 16 bits (auto) ou fp8, pas {kv}.</translation>
    </message>
    <message>
        <source>gpu_memory_utilization must be above 0 and at most 1 (got {value}).</source>
        <translation>gpu_memory_utilization doit être supérieur à 0 et au plus 1 (reçu {value}).</translation>
    </message>
    <message>
        <source>No model of family &apos;{family}&apos;; families: {known}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--min-speed must be a positive number of tokens/s.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Explain</name>
    <message>
        <source>{tokens} tokens x (2 x {params} + attention over {tokens} tokens) = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch {batch}, {bound}-bound -&gt; {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline, 40 % of the dense tensor peak and 85 % of bandwidth (not calibrated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{params} parameters x {bytes} bytes = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layers} layers at {size} x {size} px = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{layers} dense layers, {inputs} inputs = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{batch} x {elements} values x {bytes} bytes = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer-by-layer walk of the architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished">Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished">Cache KV</translation>
    </message>
    <message>
        <source>Compute buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total VRAM needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest context that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FLOPs per sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over tensors of elements x bits per weight of its type / 8 (llama.cpp recipe)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>linear weights x their bits per weight (scales included) + other weights x 16 bits, / 8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum of the tensor sizes in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch x layers x context x KV heads x (K dim + V dim) x bytes per element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch x layers x context x (latent rank + RoPE dim) x bytes per element (MLA)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max(micro-batch x vocabulary x 4 B, attention scores, FFN activations)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill chunk x (4 x hidden + 2 x FFN) x 2 B + batch x vocabulary x 4 B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>runtime constant per GPU x GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights + KV cache + compute buffer + overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 x active parameters in matrix products + 2 x layers x heads x (d_k + d_v) x context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 / (max(weights read / (bandwidth x efficiency), dequantization, batch compute) + KV read / (bandwidth x efficiency) + layers x per-layer time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens / (tokens x 2 x N / (peak x efficiency) + attention + weight reads per micro-batch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest context c up to the model&apos;s maximum with total(c) &lt;= available VRAM (bisection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch / max(batch x FLOPs per image / (peak x efficiency), bytes moved / bandwidth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over layers of 2 x C_out x C_in/groups x k^2 x H_out x W_out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sum over layers of 2 x inputs x outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch x largest live activations x bytes per value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp llama_tensor_get_type() rules; ggml block sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor table of the model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model architecture; llama.cpp KV cache element sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fitted to llama.cpp&apos;s logged compute buffers (70.5 MiB at 512, 164 MiB at 2048 tokens, 7B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline with efficiencies fitted to llama-bench results ({family} family)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline; no measurements for the {family} family yet, constants borrowed from {other}: wider uncertainty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>arithmetic on the model&apos;s architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roofline with assumed efficiencies (GEMM 40 % of peak, 85 % of bandwidth); not calibrated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{params} parameters at {bpw} on average = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{params} parameters at {bpw} on average = {total}; {host} of input embeddings stay in RAM, {value} in VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{batch} x {layers} layers x {context} tokens x {per_token} per token and layer = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{batch} x ({full} full layers x {context} + {swa} sliding-window layers x {window}) tokens x {per_token} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{per_gpu} x {gpus} = {value}. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{weights} + {kv} + {compute} + {overhead} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 x {params} + {attention} of attention at context {context} = {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights {weights} in {weights_time} at {bandwidth} x {eta}; KV read {kv_time}; {layers} layers x {layer_time}; step {step} -&gt; {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tokens} tokens x {flops_per_token} at {peak} ({peak_key}) x {eta} = {matmul_time}, + {other_time} weight reads and overheads -&gt; {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total({value_ctx}) &lt;= {available}; model maximum {limit}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainPanel</name>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the work</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>{model} · {quant} on {gpu}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context {context} × batch {batch}, prompt {prompt}, KV cache {kv}, runtime {runtime}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU: {name}, {memory}, {bandwidth}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated by gpuscope (dense peaks; speed ranges are calibration uncertainty).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / parallel sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Micro-batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <extracomment>field -&gt; (low, high): wide enough for any published model, tight enough to refuse typos</extracomment>
        <translation type="unfinished">Couches</translation>
    </message>
    <message>
        <source>Hidden size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV heads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vocabulary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active experts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expert FFN size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding-window layers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitsTableModel</name>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity increase over the unquantized model, as published (hover a cell for the source).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM the run needs at this context: weights, KV cache, compute buffer and runtime overhead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM left after loading: of the VRAM free now when the model fits it, else of an idle GPU (negative: missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens generated per second with the whole context cached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt tokens processed per second (512-token prompt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens of context evaluated: the one asked for, or the model&apos;s maximum when shorter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (local file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits now (idle GPU: {quant})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} M</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s maximum context is shorter than the one asked for; it is evaluated at its maximum.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs {needed}; {free} is free now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On an idle GPU, {quant} would fit ({needed}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs at least {needed} (with {quant}); {available} available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitsView</name>
    <message>
        <source>Models that fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a GPU to see which models fit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gpu}: {total} (free VRAM unknown: fits are for an idle GPU)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{gpu}: {total}, {free} free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameters (billions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum decode (tok/s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only quantizations decoding at least this fast; models that never do are hidden.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense and MoE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mixture of experts only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle GPU only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing every model × quantization…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best first: models that fit the free VRAM now, then those that need an idle GPU, then those that do not fit (at their smallest). Within a group: models supporting the whole context, 4 bits or more before 3- and 2-bit fits, larger models first, then the better quantization and faster decoding. Each model&apos;s best quantization is the one with the most bits that fits (the free VRAM now, else an idle GPU); within one width, the smaller published quality loss (llama.cpp&apos;s Llama 3 8B perplexity table).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuChoices</name>
    <message>
        <source>Snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This machine</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpuPanel</name>
    <message>
        <source>planning for a catalogue GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detected GPUs, loaded snapshots and every catalogue GPU (type to search).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of such GPUs: memory is pooled (llama.cpp layer split).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of GPUs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GpusCmd</name>
    <message>
        <source>list the GPU catalogue: VRAM, bandwidth, dense peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense peaks, no sparsity (NVIDIA&apos;s with-sparsity figures are 2× on CC ≥ 8.0).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 = tensor math with FP32 accumulate; INT8 on Pascal and Volta is DP4A on the CUDA cores. * = derived from the per-SM table (others: NVIDIA datasheets). - = no such unit. VRAM is nominal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BW GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 TOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} GPUs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Hardware</name>
    <message>
        <source>GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{ops} ops/clk/SM × {sms} SMs × {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>datasheet figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dense (NVIDIA&apos;s with-sparsity figure is 2×)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>laptop: the real clock depends on the maker&apos;s power limit (TGP), an upper bound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nominal capacity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Import</name>
    <message>
        <source>{file}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file ends early, inside {part}: it is truncated or still downloading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header is larger than {limit}; gpuscope reads at most that much of a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header claims {count} {what} (at most {limit} are accepted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} claims a length of {length} bytes, more than the file can hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not valid UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has tensor type {type}, unknown to this version of the gguf package (a newer gpuscope may read it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; uses type {type}, an ARM repacking that llama.cpp removed from GGUF files (November 2024); download a current GGUF of this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata lacks &apos;{key}&apos;, needed to size the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; = {value} is out of range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata &apos;{key}&apos; should be a whole number, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata has no general.architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part {no} of {count} of this split model is missing ({name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the split parts disagree: {name} says it is part {no} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears in two parts of the split model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a multimodal projector (its architecture is &apos;{arch}&apos;, not &apos;clip&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the metadata</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensor data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a metadata key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tensor name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a text value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a GGUF file (it does not start with the GGUF magic bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an old GGML/GGJT file from before GGUF (August 2023); convert it to GGUF with llama.cpp&apos;s conversion script</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF version {version} is not supported (versions 2 and 3 are)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; has an unknown value type {type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metadata entry &apos;{key}&apos; nests arrays more than two deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general.alignment is {value}, not a positive power of two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has {n} dimensions (1 to {limit} are valid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; claims an absurd {count} elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos;: row length {length} is not a multiple of the {type} block size {block}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; starts at offset {offset}, not a multiple of the alignment {alignment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; must be a whole number from 0 to {limit}, not {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is missing, so the model cannot be sized</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no config.json, safetensors or GGUF files: not a model folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensors match no Transformer, CNN or MLP layout, and config.json does not say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a model file gpuscope can read (GGUF, safetensors, or a Hugging Face folder with config.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder holds {n} GGUF models ({names}); open one of them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no GGUF, safetensors or config.json here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tensors match no Transformer, CNN or MLP layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links outside the folder being scanned, so it was not followed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be read ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: the manifest names no GGUF model layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: not a readable Ollama manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file}: its model blob {blob} is missing (an interrupted pull?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a pickled PyTorch checkpoint: gpuscope never opens pickles, because loading one can run any code hidden in it. Use the model&apos;s safetensors or GGUF files (most repositories ship them), or convert it with a trusted tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this folder holds only pickled PyTorch weights ({name}); gpuscope never opens pickles, because loading one can run any code hidden in it. Download the safetensors or GGUF version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safetensors header</source>
        <extracomment>Dtype.bitsize() of the reference implementation (safetensors/src/tensor.rs).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} is not valid JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has an invalid {field}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; has unknown dtype &apos;{dtype}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; occupies {actual} bytes but its shape and dtype need {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; does not start where the previous one ends (offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shard index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the shard index names &apos;{name}&apos;, which is not a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shard &apos;{name}&apos; listed in the index is missing (incomplete download?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tensor &apos;{name}&apos; is not in shard &apos;{shard}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open model file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load GPU snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save GPU snapshot…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plots as &amp;PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate as &amp;Markdown…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate as &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimate as &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset to defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Concepts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About gpuscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plots shown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>How to run it</source>
        <translation type="unfinished">Comment l&apos;exécuter</translation>
    </message>
    <message>
        <source>My models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot mode: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML: driver %1, CUDA %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning mode — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML not available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpuscope — will it fit, how fast will it run?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gpuscope never uses the network.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking for NVIDIA GPUs…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MemoryPlot</name>
    <message>
        <source>Memory vs context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length (tokens per sequence)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished">Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished">Cache KV</translation>
    </message>
    <message>
        <source>Compute buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime overhead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>largest that fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory vs context length (not applicable to this model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelForm</name>
    <message>
        <source>Custom (from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All families</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MLP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transformer (LLMs, BERT, ViT), convolutional network or multilayer perceptron.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search the presets and your models; edit the architecture below to make a custom model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How weights are stored: fewer bits = less memory and faster decoding, with some quality loss. GGUF types run on llama.cpp / Ollama.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation type="unfinished">Cache KV</translation>
    </message>
    <message>
        <source>Precision of the attention key/value cache (llama.cpp -ctk/-ctv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens kept in the KV cache per sequence: prompt plus generated text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Batch / parallel sequences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sequences served at once (llama.cpp -np); each has its own context.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens processed before the first generated token (prefill).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input resolution in pixels (square).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fused attention kernels (llama.cpp -fa): no score matrix in memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture (edit to make a custom model)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Models</name>
    <message>
        <source>FLOPs count multiply-accumulates of convolutions and fully-connected layers (2 FLOP each); batch norm, activations and pooling are not counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image size {size} is too small: layer {layer} would have no output pixels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CNN layer {layer} is not valid: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An MLP needs at least an input and an output width, each at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyModels</name>
    <message>
        <source>Scanning…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a models folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n model(s) found</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan local caches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hugging Face cache (HF_HOME), Ollama models (OLLAMA_MODELS), LM Studio models and the folders you add. Only file headers are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan at start-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size on disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Nvml</name>
    <message>
        <source>not supported by this GPU or driver</source>
        <extracomment>Reasons that will not change while the driver stays the same: the facade stops asking.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a newer NVIDIA driver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GPU stopped responding (GPU lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>permission denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML is not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded in this snapshot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GPU&apos;s external power cable is not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the GPU needs a reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML error ({code})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No NVIDIA driver found (the NVML library libnvidia-ml / nvml.dll is not installed). Live GPU data is off; you can still plan with catalogue GPUs or a snapshot file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver is installed but not running (no NVIDIA GPU, or its kernel module did not load). Check with &apos;nvidia-smi&apos;. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver and its NVML library have different versions, usually right after a driver update: restart the computer. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No permission to use the NVIDIA GPU (/dev/nvidia*). Check your user&apos;s groups or the container&apos;s GPU settings. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver is too old for this version of gpuscope&apos;s NVML binding: update the driver. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Python NVML binding (package nvidia-ml-py) is not installed. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML could not start ({detail}). Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML is not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The NVIDIA driver did not answer within {seconds}. Live GPU data is off.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeaksTable</name>
    <message>
        <source>FP32 (CUDA cores)</source>
        <extracomment>key, accumulate precision, display kind, scale of the typed number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BF16 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TF32 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT4 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP4 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory bandwidth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sparse 2:4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dense peaks: what matrix products can reach without structured sparsity. NVIDIA&apos;s headline figures are usually the 2:4 sparse ones, twice as high. Double-click a value to override it (e.g. a power-limited card); empty it to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU peaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>derived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your override</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none on this GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 acc.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <source>Engine</source>
        <translation>Moteur</translation>
    </message>
    <message>
        <source>GPU layers</source>
        <translation>Couches sur le GPU</translation>
    </message>
    <message>
        <source>Auto (most that fit)</source>
        <translation>Auto (le plus possible)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the command to the clipboard</source>
        <translation>Copier la commande dans le presse-papiers</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Couches</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>KV cache</source>
        <translation>Cache KV</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Overhead</source>
        <translation>Surcoût</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>How to run it</source>
        <translation>Comment l&apos;exécuter</translation>
    </message>
    <message>
        <source>Recommended: {0}</source>
        <translation>Recommandé&#xa0;: {0}</translation>
    </message>
    <message>
        <source>GPU {0}: {1}</source>
        <translation>GPU {0}&#xa0;: {1}</translation>
    </message>
    <message>
        <source>CPU (RAM)</source>
        <translation>CPU (RAM)</translation>
    </message>
    <message>
        <source>output</source>
        <translation>sortie</translation>
    </message>
</context>
<context>
    <name>Plans</name>
    <message>
        <source>desktop, dual-channel DDR4-3200</source>
        <translation>PC de bureau, DDR4-3200 double canal</translation>
    </message>
    <message>
        <source>desktop, dual-channel DDR5-6000</source>
        <translation>PC de bureau, DDR5-6000 double canal</translation>
    </message>
    <message>
        <source>laptop, dual-channel DDR5-5600</source>
        <translation>portable, DDR5-5600 double canal</translation>
    </message>
    <message>
        <source>workstation, 4-channel DDR5-4800</source>
        <translation>station de travail, DDR5-4800 quatre canaux</translation>
    </message>
    <message>
        <source>server, 8-channel DDR5-4800</source>
        <translation>serveur, DDR5-4800 huit canaux</translation>
    </message>
    <message>
        <source>server, 12-channel DDR5-4800</source>
        <translation>serveur, DDR5-4800 douze canaux</translation>
    </message>
    <message>
        <source>unified memory shared with the GPU</source>
        <translation>mémoire unifiée partagée avec le GPU</translation>
    </message>
    <message>
        <source>entered by the user</source>
        <translation>saisie par l&apos;utilisateur</translation>
    </message>
    <message>
        <source>{quant} fully on the GPU, {speed}</source>
        <translation>{quant} entièrement sur le GPU, {speed}</translation>
    </message>
    <message>
        <source>{quant} split over {gpus} GPUs (layers), {speed}</source>
        <translation>{quant} réparti sur {gpus} GPU (par couches), {speed}</translation>
    </message>
    <message>
        <source>{quant} with {cpu} of {total} layers on the CPU, {speed}</source>
        <translation>{quant} avec {cpu} couches sur {total} sur le CPU, {speed}</translation>
    </message>
    <message>
        <source>{quant} with the experts of {cpu} of {total} layers in RAM, {speed}</source>
        <translation>{quant} avec les experts de {cpu} couches sur {total} en RAM, {speed}</translation>
    </message>
    <message>
        <source>{quant}, tensor parallel over {gpus} GPUs, {speed}</source>
        <translation>{quant}, parallélisme tensoriel sur {gpus} GPU, {speed}</translation>
    </message>
    <message>
        <source>{quant} on {gpus} GPU(s) with vLLM: {seqs} sequences of {context} tokens, {throughput} in total</source>
        <translation>{quant} sur {gpus} GPU avec vLLM&#xa0;: {seqs} séquences de {context} jetons, {throughput} au total</translation>
    </message>
    <message>
        <source>{summary} — does not fit</source>
        <translation>{summary} — ne tient pas</translation>
    </message>
    <message>
        <source>Fully on the GPU</source>
        <translation>Entièrement sur le GPU</translation>
    </message>
    <message>
        <source>Layers offloaded to the CPU</source>
        <translation>Couches déchargées sur le CPU</translation>
    </message>
    <message>
        <source>MoE experts in RAM</source>
        <translation>Experts MoE en RAM</translation>
    </message>
    <message>
        <source>Layer split over GPUs</source>
        <translation>Couches réparties sur les GPU</translation>
    </message>
    <message>
        <source>Tensor parallel</source>
        <translation>Parallélisme tensoriel</translation>
    </message>
    <message>
        <source>The CPU part streams at {effective} ({bandwidth} theoretical, {platform}, at {efficiency} efficiency): an assumption, enter the bandwidth your RAM reaches to replace it</source>
        <translation>La partie CPU lit à {effective} ({bandwidth} en théorie, {platform}, à {efficiency} d&apos;efficacité)&#xa0;: une hypothèse, saisissez le débit qu&apos;atteint votre RAM pour la remplacer</translation>
    </message>
    <message>
        <source>The CPU part streams at {effective} (entered)</source>
        <translation>La partie CPU lit à {effective} (valeur saisie)</translation>
    </message>
    <message>
        <source>The part kept in RAM needs {needed}, but this computer has {ram} of RAM</source>
        <translation>La partie gardée en RAM demande {needed}, mais cet ordinateur a {ram} de RAM</translation>
    </message>
    <message>
        <source>GPU {index} ({name}) needs {needed}, {capacity} available</source>
        <translation>Le GPU {index} ({name}) demande {needed}, {capacity} disponibles</translation>
    </message>
    <message>
        <source>Ollama cannot keep only the MoE experts in RAM; llama.cpp&apos;s -ot option can, and is faster for this model</source>
        <translation>Ollama ne sait pas garder seulement les experts MoE en RAM&#x202f;; l&apos;option -ot de llama.cpp le peut, et elle est plus rapide pour ce modèle</translation>
    </message>
    <message>
        <source>llama.cpp&apos;s tensor split mode (-sm tensor) is experimental: it needs flash attention, an unquantized KV cache and --fit off</source>
        <translation>Le mode de découpage tensoriel de llama.cpp (-sm tensor) est expérimental&#xa0;: il exige la flash attention, un cache KV non quantifié et --fit off</translation>
    </message>
    <message>
        <source>Tensor parallelism splits every layer evenly: the smallest GPU sets the memory and the slowest sets the speed</source>
        <translation>Le parallélisme tensoriel découpe chaque couche à parts égales&#xa0;: le plus petit GPU fixe la mémoire et le plus lent fixe la vitesse</translation>
    </message>
    <message>
        <source>The CPU part is estimated as memory-bound; with {batch} sequences the CPU&apos;s arithmetic may also slow it down</source>
        <translation>La partie CPU est estimée limitée par la mémoire&#x202f;; avec {batch} séquences, les calculs du CPU peuvent aussi la ralentir</translation>
    </message>
    <message>
        <source>vLLM&apos;s GGUF support is experimental; it reads the tokenizer from the original repository</source>
        <translation>La prise en charge du GGUF par vLLM est expérimentale&#x202f;; il lit le tokenizer dans le dépôt d&apos;origine</translation>
    </message>
    <message>
        <source>{quant} needs a checkpoint already quantized in that format (GPTQ / AWQ / compressed-tensors); the command names a placeholder</source>
        <translation>{quant} demande des poids déjà quantifiés dans ce format (GPTQ / AWQ / compressed-tensors)&#x202f;; la commande indique un emplacement à remplacer</translation>
    </message>
    <message>
        <source>vLLM also captures CUDA graphs (a few hundred MiB per GPU) outside this budget: keep gpu_memory_utilization below 1</source>
        <translation>vLLM capture aussi des graphes CUDA (quelques centaines de Mio par GPU) hors de ce budget&#xa0;: gardez gpu_memory_utilization sous 1</translation>
    </message>
    <message>
        <source>The KV-cache pool cannot hold one sequence of {context} tokens: vLLM refuses to start</source>
        <translation>La réserve du cache KV ne contient pas une séquence de {context} jetons&#xa0;: vLLM refuse de démarrer</translation>
    </message>
    <message>
        <source>At context {context} this model needs tensor parallel {tp} ({gpus} GPUs like this one)</source>
        <translation>Avec un contexte de {context}, ce modèle demande un parallélisme tensoriel de {tp} ({gpus} GPU comme celui-ci)</translation>
    </message>
    <message>
        <source>One node is not enough at context {context}: {gpus} GPUs in {nodes} nodes (tensor parallel {tp} x pipeline parallel {pp})</source>
        <translation>Un nœud ne suffit pas avec un contexte de {context}&#xa0;: {gpus} GPU dans {nodes} nœuds (parallélisme tensoriel {tp} x pipeline {pp})</translation>
    </message>
    <message>
        <source>Even {gpus} GPUs like this one cannot hold this model at context {context}</source>
        <translation>Même {gpus} GPU comme celui-ci ne peuvent pas contenir ce modèle avec un contexte de {context}</translation>
    </message>
    <message>
        <source>These GPUs hold one sequence of at most {context} tokens</source>
        <translation>Ces GPU contiennent une séquence d&apos;au plus {context} jetons</translation>
    </message>
    <message>
        <source>GPU layers (-ngl)</source>
        <translation>Couches sur le GPU (-ngl)</translation>
    </message>
    <message>
        <source>largest k &lt;= layers + 1 for which every GPU holds its layers&apos; weights and KV cache, the compute buffer and the runtime overhead; the last k layers go to the GPUs, k = layers + 1 adds the output layer</source>
        <translation>plus grand k &lt;= couches + 1 pour lequel chaque GPU contient les poids et le cache KV de ses couches, le tampon de calcul et le surcoût du moteur&#x202f;; les k dernières couches vont aux GPU, k = couches + 1 ajoute la couche de sortie</translation>
    </message>
    <message>
        <source>{k} of {total}; the fullest GPU needs {needed} of {capacity}</source>
        <translation>{k} sur {total}&#x202f;; le GPU le plus chargé demande {needed} sur {capacity}</translation>
    </message>
    <message>
        <source>Layers whose experts stay in RAM</source>
        <translation>Couches dont les experts restent en RAM</translation>
    </message>
    <message>
        <source>smallest N for which every GPU holds all layers but the expert tensors of the first N</source>
        <translation>plus petit N pour lequel chaque GPU contient toutes les couches sauf les tenseurs d&apos;experts des N premières</translation>
    </message>
    <message>
        <source>N = {n}: {experts} of experts in RAM</source>
        <translation>N = {n}&#xa0;: {experts} d&apos;experts en RAM</translation>
    </message>
    <message>
        <source>llama.cpp llama_model::load_tensors (layer placement); docs/multi-gpu.md</source>
        <translation>llama.cpp llama_model::load_tensors (placement des couches)&#x202f;; docs/multi-gpu.md</translation>
    </message>
    <message>
        <source>RAM for the CPU part</source>
        <translation>RAM pour la partie CPU</translation>
    </message>
    <message>
        <source>input embeddings + weights (and experts) kept in RAM + their KV cache + CPU compute buffer</source>
        <translation>embeddings d&apos;entrée + poids (et experts) gardés en RAM + leur cache KV + tampon de calcul du CPU</translation>
    </message>
    <message>
        <source>{embeddings} + {weights} + {kv} + {compute} = {value}</source>
        <translation>{embeddings} + {weights} + {kv} + {compute} = {value}</translation>
    </message>
    <message>
        <source>Host memory bandwidth</source>
        <translation>Débit mémoire de l&apos;hôte</translation>
    </message>
    <message>
        <source>transfers per second x 8 B x channels x the fraction llama.cpp&apos;s CPU decode reaches</source>
        <translation>transferts par seconde x 8 o x canaux x la fraction qu&apos;atteint le décodage CPU de llama.cpp</translation>
    </message>
    <message>
        <source>{bandwidth} x {efficiency} = {value} ({platform})</source>
        <translation>{bandwidth} x {efficiency} = {value} ({platform})</translation>
    </message>
    <message>
        <source>Decode speed of the plan</source>
        <translation>Vitesse de décodage du plan</translation>
    </message>
    <message>
        <source>1 / (sum over GPUs of their part of the decode step + CPU bytes / host bandwidth + hand-overs x (latency + batch x d_model x 4 B / link bandwidth))</source>
        <translation>1 / (somme sur les GPU de leur part de l&apos;étape de décodage + octets CPU / débit de l&apos;hôte + passages x (latence + lot x d_model x 4 o / débit du lien))</translation>
    </message>
    <message>
        <source>GPUs {gpu_time} + CPU {cpu_bytes} in {cpu_time} + {hops} hand-overs in {hop_time} = {step} -&gt; {value}</source>
        <translation>GPU {gpu_time} + CPU {cpu_bytes} en {cpu_time} + {hops} passages en {hop_time} = {step} -&gt; {value}</translation>
    </message>
    <message>
        <source>engine decode formula per GPU (calibrated); host bandwidth assumption; link table</source>
        <translation>formule de décodage du moteur par GPU (calibrée)&#x202f;; hypothèse de débit de l&apos;hôte&#x202f;; table des liens</translation>
    </message>
    <message>
        <source>Tensor-parallel communication</source>
        <translation>Communication du parallélisme tensoriel</translation>
    </message>
    <message>
        <source>2 all-reduces per layer x layers x (latency + 2 (N-1)/N x batch x d_model x 2 B / link bandwidth)</source>
        <translation>2 all-reduce par couche x couches x (latence + 2 (N-1)/N x lot x d_model x 2 o / débit du lien)</translation>
    </message>
    <message>
        <source>2 x {layers} x ({latency} + {factor} x {message} / {bandwidth}) = {value} per step ({link})</source>
        <translation>2 x {layers} x ({latency} + {factor} x {message} / {bandwidth}) = {value} par étape ({link})</translation>
    </message>
    <message>
        <source>KV-cache pool per GPU</source>
        <translation>Réserve du cache KV par GPU</translation>
    </message>
    <message>
        <source>VRAM x gpu_memory_utilization - weights / (TP x PP) - activation peak - non-torch memory</source>
        <translation>VRAM x gpu_memory_utilization - poids / (TP x PP) - pic d&apos;activations - mémoire hors PyTorch</translation>
    </message>
    <message>
        <source>{vram} x {utilization} - {weights} - {activation} - {non_torch} = {value}</source>
        <translation>{vram} x {utilization} - {weights} - {activation} - {non_torch} = {value}</translation>
    </message>
    <message>
        <source>vLLM&apos;s memory profiling (weights, a dummy forward pass of max_num_batched_tokens, non-torch memory); checked against a logged A10G run (reference/vram_measurements.csv)</source>
        <translation>profilage mémoire de vLLM (poids, une passe factice de max_num_batched_tokens, mémoire hors PyTorch)&#x202f;; vérifié sur une exécution journalisée sur A10G (reference/vram_measurements.csv)</translation>
    </message>
    <message>
        <source>Concurrent sequences at this context</source>
        <translation>Séquences simultanées à ce contexte</translation>
    </message>
    <message>
        <source>floor(KV blocks / ceil(context / block size)); KV blocks = floor(pool / (block size x KV bytes per token))</source>
        <translation>plancher(blocs KV / plafond(contexte / taille de bloc))&#x202f;; blocs KV = plancher(réserve / (taille de bloc x octets KV par jeton))</translation>
    </message>
    <message>
        <source>{blocks} blocks of {block_size} tokens / {per_seq} blocks per sequence = {value}</source>
        <translation>{blocks} blocs de {block_size} jetons / {per_seq} blocs par séquence = {value}</translation>
    </message>
    <message>
        <source>Decode turns compute-bound above batch</source>
        <translation>Le décodage devient limité par le calcul au-delà du lot</translation>
    </message>
    <message>
        <source>b* = (weights read / (bandwidth x efficiency)) / (2 x active parameters / (peak x efficiency)): the roofline&apos;s ridge</source>
        <translation>b* = (poids lus / (débit x efficacité)) / (2 x paramètres actifs / (crête x efficacité))&#xa0;: le coude du roofline</translation>
    </message>
    <message>
        <source>{weights_time} / {per_seq} = {value}</source>
        <translation>{weights_time} / {per_seq} = {value}</translation>
    </message>
    <message>
        <source>Throughput at batch</source>
        <translation>Débit au lot</translation>
    </message>
    <message>
        <source>sequences / decode step time at that batch</source>
        <translation>séquences / durée d&apos;une étape de décodage à ce lot</translation>
    </message>
    <message>
        <source>{batch} / {step} = {value}</source>
        <translation>{batch} / {step} = {value}</translation>
    </message>
</context>
<context>
    <name>PlotTabs</name>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roofline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telemetry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading plots…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Quality</name>
    <message>
        <source>+{delta} PPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+{low} to +{high} PPL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference (unquantized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perplexity increase on {model}, {dataset}: {ppl} against {baseline} unquantized. Source: {title} ({url})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} Made with an importance matrix ({imatrix}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No perplexity figure was found for this format; its quality cost is not published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The unquantized weights: the baseline quality costs are measured against.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuantPlot</name>
    <message>
        <source>Quantizations of this model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total VRAM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights</source>
        <translation type="unfinished">Poids</translation>
    </message>
    <message>
        <source>Total VRAM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Resolve</name>
    <message>
        <source>NVML did not report the compute capability</source>
        <extracomment>Relative difference above which NVML&apos;s computed bandwidth replaces the datasheet&apos;s.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML did not report the core count (older driver, or a MIG instance)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML did not report the maximum SM clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no per-SM throughput table for compute capability {cc}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML did not report the memory size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML did not report the memory clock or bus width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at NVML max clock ({clock}), upper bound (NVIDIA rates peaks at a lower clock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} rated clock with the {sms} SMs NVML reports (catalogue: {catalogue_sms})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>differs from the datasheet&apos;s {datasheet} by {percent}: this board&apos;s memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot override &apos;{key}&apos;: use one of {keys}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override for &apos;{key}&apos; must be a positive number, not &apos;{value}&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RooflinePlot</name>
    <message>
        <source>Roofline (dense peaks)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arithmetic intensity (FLOP per byte moved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP16 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INT8 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP8 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FP4 tensor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ridge %1 FLOP/B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefill</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Runtime</name>
    <message>
        <source>400 MiB of CUDA context and cuBLAS handle (not in llama.cpp&apos;s logged buffers) plus the 1,024 MiB that llama.cpp&apos;s automatic fit keeps free on each GPU by default (--fit-target), so a run that fits leaves room for the display and other programs</source>
        <extracomment>CUDA context with lazy module loading and the cuBLAS handle, beyond llama.cpp&apos;s own buffers what llama.cpp&apos;s automatic fitting keeps free on every GPU by default (``--fit-target``, &quot;target margin per device ... default: 1024&quot; MiB; ggml-org/llama.cpp #16653, #18390)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CUDA context, cuBLAS/cuDNN workspaces and the caching allocator&apos;s fragmentation: PyTorch processes typically hold 0.7-1.5 GiB beyond tensors; 1 GiB assumed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Snapshot</name>
    <message>
        <source>Snapshot file {path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot file {path} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot file {path} is not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read snapshot file {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is {size}; a snapshot may be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is not UTF-8 text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON ({detail} at line {line}, column {column}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the top level must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a gpuscope snapshot (&quot;format&quot; is {found}, expected &quot;gpuscope-snapshot&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format version {version} is newer than this gpuscope reads (version 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; must be the integer 1, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be {expected}, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} = {value} is outside the plausible range {low} to {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the required field {field} is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>device index {index} appears twice in &quot;devices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} refers to device {index}, which is not in &quot;devices&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is larger than memory_total_bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a date and time like 2024-06-02T01:20:18Z, not {found}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} must be a 16-bit PCI device ID like &quot;0x2684&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[major, minor]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write snapshot file {path}: {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SnapshotCli</name>
    <message numerus="yes">
        <source>%n GPU(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n telemetry sample(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Saved {gpus} and {samples} to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing saved: no NVIDIA GPU was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} already exists; add --force to replace it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trace must be more than 0 and at most {limit} seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rate must be a number of samples per second above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVML refreshes at most {limit} times a second: recording at that rate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording {duration} of telemetry ({rate} per second); Ctrl+C stops early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped early; saving what was recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n/a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snapshot of {host}, taken {captured_at}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NVIDIA driver {driver}, CUDA {cuda}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU {index}: {name} ({brand}, PCI ID {pci}, compute capability {cc})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  CUDA cores {cores}; max clocks: SM {sm}, memory {mem}; memory bus {bus} bit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  memory {total} total, {used} used; power limit {power}; MIG {mig}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>on (%n instance(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>    {name}: {total} total, {used} used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  not available: {field} ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Telemetry: %n sample(s) over {duration}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Telemetry: none recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  GPU {index}: utilization {util}, power {power}, temperature {temp}, SM clock {clock}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Source</name>
    <message numerus="yes">
        <source>Live data from %n NVIDIA GPU(s), driver {driver}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Snapshot of {host} taken {captured_at}, driver {driver} ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SpeedPlot</name>
    <message>
        <source>Decode (generation) speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens already in context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s per sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prefill (prompt processing) speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prompt length (tokens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a text generator: see samples/s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Telemetry</name>
    <message>
        <source>No fresh data for {duration} ({reason}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU lost {duration} ago; gpuscope keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TelemetryPlot</name>
    <message>
        <source>VRAM used (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GPU utilisation (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Power (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model + other programs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No live data: detect a GPU or load a snapshot with a trace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TB/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MFLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PFLOP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TFLOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TOPS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tok/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>img/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MHz</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>°C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bits/weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source></source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>{field} must be between {low} and {high}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attention heads ({heads}) must be a multiple of KV heads ({kv}): each KV head serves a group of query heads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active experts ({active}) cannot exceed experts ({experts}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mixture-of-experts model needs at least one active expert.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sliding-window layers ({swa}) cannot exceed layers ({layers}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Verdict</name>
    <message>
        <source>Fits — {needed} of {available} ({percent}), {left} free after loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}; largest context that fits: {max_context}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fits an idle GPU — needs {needed} of {available}, but only {free} is free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does not fit — needs {needed}, {available} available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{verdict}: {hints}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{quant} fits at this context</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} × GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{k} of {n} layers on the GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>context {context} fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first}, or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>needs %n GPUs like this one</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VramBar</name>
    <message>
        <source>Total %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>used by other programs %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>free after loading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>short by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
