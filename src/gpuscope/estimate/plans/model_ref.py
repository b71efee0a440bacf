"""What to put where a command names the model.

* A model opened from a file or folder: its path (the command runs as is), when the plan uses the
  file's own quantization (another quantization is another file: placeholder).
* A preset with llama.cpp / Ollama: a GGUF file the user must supply, shown as a placeholder named
  the way GGUF uploads usually are (``<path to Llama-3.1-8B-Q4_K_M.gguf>``): gpuscope does not know
  where the user keeps it, and guessing a download repository would name files that may not exist.
* A preset with vLLM: the Hugging Face repository of the original (base) weights: the preset's
  ``repository`` source where it has one (the base model when the architecture is cited from an
  Instruct fine-tune, the current name of a renamed repository), else the repository its
  architecture is cited from (``meta-llama/Llama-3.1-8B config.json ...``); vLLM downloads it.
  Formats vLLM cannot make on load (GPTQ / AWQ int4 / int8) need a pre-quantized checkpoint:
  placeholder.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from gpuscope.models.spec import ModelSpec
from gpuscope.quantization import Quantization
from gpuscope.text import ENGLISH, QT_TRANSLATE_NOOP, Renderer

_CONFIG_REPO = re.compile(r"(?:^|; )([\w.-]+/[\w.-]+) config\.json")
_URL_REPO = re.compile(r"huggingface\.co/([\w.-]+/[\w.-]+)")
_LEAD_REPO = re.compile(r"^([\w.-]+/[\w.-]+):")
_ONLINE = {"fp16", "bf16", "fp8", "fp32"}
# placeholders read in the user's language; the command around them stays as the tool spells it
_PATH_TO = QT_TRANSLATE_NOOP("ModelRef", "<path to {file}>")
_ORIGINAL_REPO = QT_TRANSLATE_NOOP("ModelRef", "<original model repository>")
_CHECKPOINT_OF = QT_TRANSLATE_NOOP("ModelRef", "<{quant} checkpoint of {model}>")


@dataclass(frozen=True)
class ModelRef:
    value: str  # path, repository ID or placeholder text
    placeholder: bool  # the user must replace it
    tokenizer: str | None = None  # vLLM + GGUF: where the tokenizer comes from


def hf_repo(model: ModelSpec) -> str | None:
    """The original repository of a preset: its ``repository`` source, else the one its
    architecture is cited from; None if neither names one."""
    named = _LEAD_REPO.match(model.sources.get("repository", ""))
    if named:
        return named.group(1)
    cite = model.sources.get("architecture", "")
    found = _CONFIG_REPO.findall(cite)
    urls = [u for u in _URL_REPO.findall(cite) if u not in found]
    wanted = model.id.lower()
    for repo in (*found, *urls):  # a repository named after the preset wins (DeepSeek-R1 -> R1)
        if repo.split("/")[1].lower() == wanted:
            return repo
    return found[0] if found else None


def gguf_name(model: ModelSpec, quant: Quantization) -> str:
    repo = hf_repo(model)
    stem = repo.split("/")[1] if repo else model.name.replace(" ", "-")
    return f"{stem}-{(quant.ftype or quant.id).upper()}.gguf"


def _same_file(model: ModelSpec, quant: Quantization, engine: str) -> bool:
    own = (model.file_quantization or "").lower()
    if engine == "vllm" and not quant.is_gguf and not own.startswith(("q", "iq")):
        return quant.id in _ONLINE or quant.id == own  # vLLM quantizes 16-bit weights on load
    return own == quant.id


def model_ref(model: ModelSpec, quant: Quantization, engine: str,
              renderer: Renderer = ENGLISH) -> ModelRef:
    """The model argument for ``engine`` ("llama.cpp", "ollama", "vllm"); ``renderer`` words
    the placeholders."""
    path = model.source_path if _same_file(model, quant, engine) else None
    repo = hf_repo(model)
    gguf = renderer.render(_PATH_TO(file=gguf_name(model, quant)))
    if engine != "vllm":
        return ModelRef(path, False) if path else ModelRef(gguf, True)
    if quant.is_gguf:
        return ModelRef(path or gguf, not path, repo or renderer.text(_ORIGINAL_REPO))
    if path:
        return ModelRef(path, False)
    if quant.id in _ONLINE and repo:
        return ModelRef(repo, False)
    return ModelRef(renderer.render(_CHECKPOINT_OF(quant=quant.name, model=repo or model.name)),
                    True)
