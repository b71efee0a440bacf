"""The model family a user filters by (Llama, Qwen, Gemma, ...), from a preset ID or a file."""

from __future__ import annotations

import re

from gpuscope.models.spec import ModelSpec

#: leading word of a preset ID -> family as its makers write it
_BY_PREFIX = {
    "llama": "Llama", "codellama": "Code Llama", "mistral": "Mistral", "mixtral": "Mixtral",
    "qwen": "Qwen", "deepseek": "DeepSeek", "gemma": "Gemma", "phi": "Phi", "gpt": "gpt-oss",
    "bert": "BERT", "vit": "ViT", "resnet": "ResNet", "vgg": "VGG",
    "efficientnet": "EfficientNet", "mlp": "MLP", "falcon": "Falcon", "olmo": "OLMo",
    "granite": "Granite", "command": "Command R", "yi": "Yi", "internlm": "InternLM",
}
#: GGUF ``general.architecture`` -> family, for files whose name says little
_BY_ARCH = {
    "llama": "Llama", "qwen2": "Qwen", "qwen2moe": "Qwen", "qwen3": "Qwen", "qwen3moe": "Qwen",
    "gemma": "Gemma", "gemma2": "Gemma", "gemma3": "Gemma", "phi3": "Phi", "phi2": "Phi",
    "deepseek2": "DeepSeek", "gpt-oss": "gpt-oss", "mistral3": "Mistral", "falcon": "Falcon",
    "command-r": "Command R", "granite": "Granite", "olmo2": "OLMo", "bert": "BERT",
}
_WORD = re.compile(r"[a-z]+")


def _from_text(text: str) -> str | None:
    for word in _WORD.findall(text.lower()):
        if word in _BY_PREFIX:
            return _BY_PREFIX[word]
    return None


def model_family(model: ModelSpec) -> str:
    """``Llama``, ``Qwen``, ...; the first word of the name when gpuscope knows no better."""
    if model.source_path is None:  # a preset: its ID starts with the family
        first = _WORD.match(model.id.lower())
        if first and first.group(0) in _BY_PREFIX:
            return _BY_PREFIX[first.group(0)]
    found = _from_text(model.name) or _BY_ARCH.get(model.arch) or _from_text(model.id)
    if found:
        return found
    words = _WORD.findall(model.name.lower()) or [model.arch or "other"]
    return words[0].capitalize()
