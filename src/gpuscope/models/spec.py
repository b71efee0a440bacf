"""Architecture descriptions shared by presets and imported files; the engine reads only these."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from typing import Any


class Family(str, Enum):
    TRANSFORMER = "transformer"
    CNN = "cnn"
    MLP = "mlp"


@dataclass(frozen=True)
class TransformerSpec:
    """A decoder (or encoder) Transformer, in the terms of ``config.json`` / GGUF metadata."""

    n_layers: int
    d_model: int
    n_heads: int
    n_kv_heads: int
    head_dim: int
    ffn_dim: int  # dense FFN width; MoE layers use ``expert_ffn_dim``
    vocab_size: int
    max_context: int
    ffn_gated: bool = True  # SwiGLU / GeGLU (gate, up, down); False: up, down (BERT, ViT)
    tied_embeddings: bool = False
    attention_bias: bool = False  # q/k/v biases (Qwen2)
    linear_bias: bool = False  # every projection has a bias: q/k/v/o, FFN or experts, router
    qk_norm: bool = False  # per-head RMSNorm on queries and keys (Qwen3, Gemma 3)
    n_experts: int = 0  # 0: dense model
    n_active_experts: int = 0
    n_shared_experts: int = 0
    expert_ffn_dim: int = 0  # 0: same as ffn_dim
    n_dense_layers: int = 0  # leading dense layers of a MoE (DeepSeek)
    sliding_window: int = 0  # 0: none
    n_swa_layers: int = 0  # layers whose KV cache is capped at the window
    kv_lora_rank: int = 0  # MLA (DeepSeek-V2/V3): cached latent width; 0 = ordinary KV
    q_lora_rank: int = 0  # MLA: query down-projection width (DeepSeek-V3); 0 = full-rank q_proj
    qk_rope_dim: int = 0  # MLA: decoupled RoPE key width, cached beside the latent
    v_head_dim: int = 0  # 0: same as head_dim
    encoder_only: bool = False  # BERT, ViT: no KV cache, no generation
    image_size: int = 0  # ViT: input resolution (square); 0 for text models
    patch_size: int = 0
    n_channels: int = 3

    @property
    def is_moe(self) -> bool:
        return self.n_experts > 1

    @property
    def moe_ffn_dim(self) -> int:
        return self.expert_ffn_dim or self.ffn_dim

    @property
    def value_head_dim(self) -> int:
        return self.v_head_dim or self.head_dim

    @property
    def n_tokens_per_image(self) -> int:
        """Patch tokens plus the class token, for vision Transformers."""
        if not self.image_size or not self.patch_size:
            return 0
        return (self.image_size // self.patch_size) ** 2 + 1


@dataclass(frozen=True)
class CnnSpec:
    """A convolutional network as layer ops (interpreted by :mod:`gpuscope.models.cnn`)."""

    layers: tuple[Mapping[str, Any], ...]
    image_size: int = 224  # reference resolution (square)
    input_channels: int = 3


@dataclass(frozen=True)
class MlpSpec:
    """A multilayer perceptron: input width, hidden widths, output width."""

    widths: tuple[int, ...]
    bias: bool = True


@dataclass(frozen=True)
class TensorInfo:
    """One weight tensor as stored in a file (GGUF order: ``shape[0]`` is the row length)."""

    name: str
    shape: tuple[int, ...]
    dtype: str  # ggml type name (Q4_K, F16, ...) or safetensors dtype (BF16, F8_E4M3, ...)
    n_bytes: int

    @property
    def n_elements(self) -> int:
        n = 1
        for d in self.shape:
            n *= d
        return n


@dataclass(frozen=True)
class ModelSpec:
    """A model the user can estimate: a preset, an edited preset or an imported file."""

    id: str
    name: str
    family: Family
    params: int  # total parameters
    active_params: int | None = None  # per token, for MoE; None = params
    transformer: TransformerSpec | None = None
    cnn: CnnSpec | None = None
    mlp: MlpSpec | None = None
    arch: str = ""  # llama, qwen2, gemma2, ... (GGUF ``general.architecture`` names)
    tensors: tuple[TensorInfo, ...] | None = None  # exact tensor table when read from a file
    file_quantization: str | None = None  # the quantization a file is stored in
    source_path: str | None = None
    sources: Mapping[str, str] = field(default_factory=dict)
    reference: Mapping[str, float] = field(default_factory=dict)  # published figures (FLOPs ...)
    notes: str = ""
    # Imported files only (models/gguf_reader.py, hf_reader.py). A multimodal projector (mmproj
    # GGUF) whose weights load beside the model: add its tensors to memory, not to ``params``.
    projector: ModelSpec | None = None
    # True when the projector was found beside the model file (one ``mmproj*.gguf`` in its
    # folder) rather than named by the user: the explanation says so.
    projector_found: bool = False
    # Bits per weight stated by a quantization config when no tensor table gives exact bytes
    # (a Hugging Face folder with config.json but no safetensors headers).
    file_bits_per_weight: float | None = None

    @property
    def active(self) -> int:
        return self.active_params or self.params

    @property
    def editable(self) -> bool:
        """True when the model has the architecture of its family (a custom model can be made
        and saved from it); false for a model known only by its tensors."""
        spec = {Family.TRANSFORMER: self.transformer, Family.CNN: self.cnn,
                Family.MLP: self.mlp}[self.family]
        return spec is not None

    @property
    def own_quantization(self) -> str | None:
        """The catalogue ID of the quantization a model file is stored in (None for presets)."""
        from gpuscope.quantization import file_quantization_id

        gguf = bool(self.source_path and self.source_path.lower().endswith(".gguf"))
        return file_quantization_id(self.file_quantization, gguf=gguf)
