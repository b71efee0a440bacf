"""Help → Concepts: a short glossary, each entry illustrated with the current GPU and model."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from gpuscope.estimate.result import Estimate
from gpuscope.ui.i18n import fmt
from gpuscope.units import ByteRate, Bytes, Count, Flop, FlopRate, OpRate, Quantity, TokenRate


class ConceptsDialog(QDialog):
    def __init__(self, parent: QWidget | None, e: Estimate | None) -> None:
        super().__init__(parent)
        self.setObjectName("conceptsDialog")
        self.setWindowTitle(self.tr("Concepts"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        lay = QVBoxLayout(self)
        lay.addWidget(self.browser)
        lay.addWidget(buttons)
        self.browser.setHtml(self.html(e))

    def entries(self, e: Estimate | None) -> list[tuple[str, str]]:
        n = {k: "?" for k in ("gpu", "model", "params", "flops", "fp32", "fp16", "fp16s",
                              "int8", "int8s", "bw", "weights", "quant", "decode", "kv",
                              "fp16a16", "bf16", "fp8", "int4", "vocab", "context", "words",
                              "max_context")}
        tokens = True  # the model reads tokens (a Transformer), or e is not known yet
        if e is not None:
            g = e.gpu

            def peak(key: str, rate: Callable[[float], Quantity] = FlopRate) -> str:
                value = g.peak(key)
                return fmt(rate(value)) if value else self.tr("not supported")

            n.update(fp16a16=peak("fp16_acc16"), bf16=peak("bf16"), fp8=peak("fp8"),
                     int4=peak("int4", OpRate), context=fmt(Count(e.workload.context)),
                     # about 0.75 English words per token (OpenAI's rule of thumb)
                     words=fmt(Count(round(e.workload.context * 0.75, -1))))
            t = e.model.transformer
            tokens = t is not None
            if t is not None:
                n.update(vocab=fmt(Count(t.vocab_size)), max_context=fmt(Count(t.max_context)))
            n.update(gpu=g.name, model=e.model.name, params=fmt(Count(e.model.params)),
                     flops=fmt(Flop(e.flops_per_token or e.flops_per_sample or 0)),
                     fp32=fmt(FlopRate(g.peak("fp32") or 0)),
                     fp16=fmt(FlopRate(g.peak("fp16") or 0)),
                     fp16s=fmt(FlopRate(g.sparse_peak("fp16") or 0)),
                     int8=fmt(OpRate(g.peak("int8") or 0)),
                     int8s=fmt(OpRate(g.sparse_peak("int8") or 0)),
                     bw=fmt(ByteRate(g.bandwidth_bytes_per_s)) if g.bandwidth_bytes_per_s
                     else "?",
                     weights=fmt(Bytes(e.memory.weights)), quant=e.quant.name,
                     decode=fmt(TokenRate(e.speed.decode_tokens_per_s or 0)),
                     kv=fmt(Bytes(e.memory.kv_cache)))

        def f(text: str) -> str:
            for key, value in n.items():
                text = text.replace("{" + key + "}", value)
            return text

        return [
            (self.tr("Transformer, CNN, MLP"), f(self.tr(
                "A Transformer (such as {model}) is a stack of self-attention blocks and linear "
                "layers; it reads text as tokens. A CNN slides small filters over an image "
                "(convolutions). An MLP is only dense layers, each connecting every input to "
                "every output."))),
            (self.tr("FLOPs per token: the 2N rule"), f(self.tr(
                "A dense layer with n inputs and m outputs costs 2 × n × m operations (a "
                "multiply and an add per weight). So a model with N parameters costs about 2N "
                "FLOPs per token: {model} has {params} parameters and needs {flops} per token "
                "here — giga-FLOPs per token, not tera-FLOPS. Attention adds a term that grows "
                "with the tokens already in context."))),
            (self.tr("FLOPS vs TOPS, dense vs sparse"), f(self.tr(
                "FLOPS count floating-point operations per second (FP32, FP16, BF16, FP8), TOPS "
                "integer ones (INT8, INT4). On {gpu}: FP32 {fp32}, FP16 tensor {fp16} dense "
                "({fp16s} with 2:4 sparsity), INT8 {int8} dense ({int8s} sparse). NVIDIA's "
                "headline figures are usually the sparse ones; real models are dense."))),
            (self.tr("CUDA, Tensor and RT cores"), f(self.tr(
                "CUDA cores do general FP32/INT32 arithmetic ({fp32} here). Tensor cores "
                "multiply small matrices in FP16, BF16, FP8, INT8 or FP4 — that is where AI "
                "throughput comes from ({fp16} FP16 here). RT cores accelerate ray tracing and "
                "are not used for AI."))),
            (self.tr("Precisions"), f(self.tr(
                "FP32 is 4 bytes per value, FP16 and BF16 2 bytes (BF16 keeps FP32's range), "
                "FP8 and INT8 1 byte, INT4 and FP4 half a byte. Fewer bits also compute faster "
                "on Tensor cores: on {gpu}, BF16 {bf16}, FP8 {fp8}, INT8 {int8}, INT4 {int4} "
                "(dense). Accumulating in FP32 is more accurate; GeForce cards do it at half "
                "speed: FP16 with FP32 accumulate {fp16}, with FP16 accumulate {fp16a16}."))),
            (self.tr("Quantization"), f(self.tr(
                "Storing weights with fewer bits: {quant} keeps {model}'s weights in {weights}. "
                "Fewer bytes mean less VRAM and faster generation, with some quality loss. "
                "GGUF types like Q4_K_M mix several block formats; gpuscope computes each "
                "tensor's type as llama.cpp does."))),
            (self.tr("Inference: prefill and decode"), f(self.tr(
                "Running a trained model. Prefill processes the prompt in parallel and is "
                "limited by compute; decode generates one token at a time and must read every "
                "weight for each token, so it is limited by memory bandwidth ({bw} here): "
                "about {decode} for this selection. The KV cache ({kv} here) stores the "
                "attention keys and values of the context."))),
            (self.tr("Tokenization"), f(self.tr(
                "Text is split into tokens — words, word pieces or characters — before the "
                "model sees it: {model} knows {vocab} different tokens (its vocabulary). English "
                "averages about 4 characters, or 0.75 words, per token; the context length "
                "counts tokens, not words: {context} tokens here, about {words} English words, "
                "up to {max_context} for this model.") if tokens else self.tr(
                "Text is split into tokens — words, word pieces or characters — before a "
                "language model sees it, and the context length counts tokens, not words. "
                "{model} reads images or feature vectors, not text: it has no tokens."))),
        ]

    def html(self, e: Estimate | None) -> str:
        parts = [f"<h2>{self.tr('Concepts')}</h2>"]
        for title, body in self.entries(e):
            parts.append(f"<h3>{title}</h3><p>{body}</p>")
        return "".join(parts)
