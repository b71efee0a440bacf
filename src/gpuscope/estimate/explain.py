"""'Show the work': each estimated quantity with its formula, its numbers and its source."""

from __future__ import annotations

from dataclasses import dataclass

from gpuscope.text import QT_TRANSLATE_NOOP, Message, Template
from gpuscope.units import Quantity


@dataclass(frozen=True)
class ExplainItem:
    quantity: Template  # what it is ("KV cache")
    formula: Template  # symbolic ("2 x layers x KV heads x head dim x context x batch x bytes")
    substituted: Message  # the same with this selection's numbers
    value: Quantity
    source: Template | Message | str  # where the constants come from

    def as_json(self) -> dict[str, object]:
        from gpuscope.text import ENGLISH

        return {
            "quantity": ENGLISH.text(self.quantity),
            "formula": ENGLISH.text(self.formula),
            "substituted": self.substituted.render(),
            "value": float(self.value.value),
            "unit": self.value.kind.value,
            "source": self.source if isinstance(self.source, str) else (
                ENGLISH.text(self.source) if isinstance(self.source, Template)
                else self.source.render()),
        }


Q_WEIGHTS = QT_TRANSLATE_NOOP("Explain", "Weights")
Q_KV = QT_TRANSLATE_NOOP("Explain", "KV cache")
Q_COMPUTE = QT_TRANSLATE_NOOP("Explain", "Compute buffer")
Q_OVERHEAD = QT_TRANSLATE_NOOP("Explain", "Runtime overhead")
Q_TOTAL = QT_TRANSLATE_NOOP("Explain", "Total VRAM needed")
Q_FLOPS = QT_TRANSLATE_NOOP("Explain", "FLOPs per token")
Q_PREFILL = QT_TRANSLATE_NOOP("Explain", "Prefill speed")
Q_DECODE = QT_TRANSLATE_NOOP("Explain", "Decode speed")
Q_MAX_CONTEXT = QT_TRANSLATE_NOOP("Explain", "Largest context that fits")
Q_IMAGES = QT_TRANSLATE_NOOP("Explain", "Images per second")
Q_SAMPLES = QT_TRANSLATE_NOOP("Explain", "Samples per second")
BOUND = {"compute": QT_TRANSLATE_NOOP("Explain", "compute-bound"),
         "memory": QT_TRANSLATE_NOOP("Explain", "memory-bound")}
Q_FLOPS_IMAGE = QT_TRANSLATE_NOOP("Explain", "FLOPs per image")
Q_FLOPS_SAMPLE = QT_TRANSLATE_NOOP("Explain", "FLOPs per sample")
Q_ACTIVATIONS = QT_TRANSLATE_NOOP("Explain", "Activations")

F_WEIGHTS_GGUF = QT_TRANSLATE_NOOP(
    "Explain", "sum over tensors of elements × bits per weight of its type / 8 (llama.cpp recipe)")
F_WEIGHTS_FW = QT_TRANSLATE_NOOP(
    "Explain", "linear weights × their bits per weight (scales included) + other weights × 16 "
               "bits, / 8")
F_WEIGHTS_FILE = QT_TRANSLATE_NOOP("Explain", "sum of the tensor sizes in the file")
F_KV = QT_TRANSLATE_NOOP(
    "Explain", "batch × layers × context × KV heads × (K dim + V dim) × bytes per element")
F_KV_MLA = QT_TRANSLATE_NOOP(
    "Explain", "batch × layers × context × (latent rank + RoPE dim) × bytes per element (MLA)")
F_COMPUTE = QT_TRANSLATE_NOOP(
    "Explain", "max(micro-batch × vocabulary × 4 B, attention scores, FFN activations)")
F_COMPUTE_FW = QT_TRANSLATE_NOOP(
    "Explain", "prefill chunk × (4 × hidden + 2 × FFN) × 2 B + batch × vocabulary × 4 B")
F_OVERHEAD = QT_TRANSLATE_NOOP("Explain", "runtime constant per GPU × GPUs")
F_TOTAL = QT_TRANSLATE_NOOP("Explain", "weights + KV cache + compute buffer + overhead")
F_FLOPS = QT_TRANSLATE_NOOP(
    "Explain", "2 × active parameters in matrix products + 2 × layers × heads × (d_k + d_v) × "
               "context")
F_DECODE = QT_TRANSLATE_NOOP(
    "Explain", "1 / (family factor × (max(soft max((weights + KV) read / (bandwidth × "
               "efficiency), weights × SM cycles per weight / (SMs × clock)), batch compute) + "
               "layers × per-layer time))")
F_PREFILL = QT_TRANSLATE_NOOP(
    "Explain", "tokens / (tokens × 2 × N / (peak × efficiency) + attention + weight reads per "
               "micro-batch)")
F_MAX_CONTEXT = QT_TRANSLATE_NOOP(
    "Explain", "largest context c up to the model's maximum with total(c) <= available VRAM "
               "(bisection)")
F_IMAGES = QT_TRANSLATE_NOOP(
    "Explain", "batch / max(batch × FLOPs per image / (peak × efficiency), bytes moved / "
               "bandwidth)")
F_FLOPS_IMAGE = QT_TRANSLATE_NOOP(
    "Explain", "sum over layers of 2 × C_out × C_in/groups × k^2 × H_out × W_out")
F_FLOPS_SAMPLE = QT_TRANSLATE_NOOP("Explain", "sum over layers of 2 × inputs × outputs")
F_ACTIVATIONS = QT_TRANSLATE_NOOP("Explain", "batch × largest live activations × bytes per value")

S_RECIPE = QT_TRANSLATE_NOOP("Explain", "llama.cpp llama_tensor_get_type() rules; ggml block sizes")
S_FILE = QT_TRANSLATE_NOOP("Explain", "tensor table of the model file")
S_KV = QT_TRANSLATE_NOOP("Explain", "model architecture; llama.cpp KV cache element sizes")
S_COMPUTE = QT_TRANSLATE_NOOP(
    "Explain", "fitted to llama.cpp's logged compute buffers (70.5 MiB at 512, 164 MiB at 2048 "
               "tokens, 7B)")
S_CALIBRATION = QT_TRANSLATE_NOOP(
    "Explain", "roofline with efficiencies fitted to llama-bench results ({family} family)")
S_CALIBRATION_BORROWED = QT_TRANSLATE_NOOP(
    "Explain", "roofline with bandwidth and per-SM terms fitted across GPU families; no "
               "measurements for the {family} family itself: wider uncertainty")
S_FORMULA = QT_TRANSLATE_NOOP("Explain", "arithmetic on the model's architecture")
S_FRAMEWORK_SPEED = QT_TRANSLATE_NOOP(
    "Explain", "roofline with assumed efficiencies (GEMM 40 % of peak, 85 % of bandwidth); not "
               "calibrated")
