"""Read a Hugging Face model folder: ``config.json`` (+ ``generation_config.json``) and the
safetensors headers, for the exact parameter count, dtypes and weight bytes. Nothing else is read.

Transformers get a :class:`TransformerSpec` from the config, refined by the tensor names (tied
embeddings, q/k/v biases, gated FFN). Folders of CNNs or MLPs (a ResNet, an MLP export) are
recognised from their tensors. Pickled ``.bin``/``.pt`` weights are never opened.
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.classify import classify, mlp_spec
from gpuscope.models.contained import inside
from gpuscope.models.hf_config import config_params, text_config, transformer_from_config
from gpuscope.models.hf_quant import QuantInfo, is_state_tensor, quant_from_config, unpacked
from gpuscope.models.pickles import pickle_files, refuse_pickle_folder
from gpuscope.models.safetensors_reader import (
    load_json_bytes,
    read_safetensors_header,
    read_sharded,
)
from gpuscope.models.spec import Family, ModelSpec, TensorInfo, TransformerSpec
from gpuscope.models.tensor_table import active_params
from gpuscope.text import QT_TRANSLATE_NOOP
from gpuscope.units import Bytes

MAX_CONFIG = 16 * 1024 * 1024
MAX_SHARDS = 4096
_CONFIG = QT_TRANSLATE_NOOP("Import", "config.json")
_NOT_OBJECT = QT_TRANSLATE_NOOP("Import", "{name} is not a JSON object")
_NOTHING = QT_TRANSLATE_NOOP(
    "Import", "no config.json, safetensors or GGUF files: not a model folder"
)
_UNRECOGNISED = QT_TRANSLATE_NOOP(
    "Import", "the tensors match no Transformer, CNN or MLP layout, and config.json does not say"
)
_DTYPE_NAMES = {"BF16": "bf16", "F16": "f16", "F32": "f32", "F64": "f64", "F8_E4M3": "fp8",
                "F8_E5M2": "fp8", "I8": "int8", "U8": "int8"}
_TORCH_DTYPES = {"bfloat16": ("bf16", 16.0), "float16": ("f16", 16.0), "float32": ("f32", 32.0)}
_SNAPSHOT = re.compile(r"^[0-9a-f]{40}$")


def load_json_file(path: Path, limit: int = MAX_CONFIG) -> Mapping[str, Any]:
    """A JSON object from a small file, with every fault as an InputError."""
    if fe.checked_size(path) > limit:
        raise fe.file_error(path, fe.HEADER_TOO_LARGE(limit=Bytes(limit)))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise fe.os_error(path, exc) from None
    data = load_json_bytes(path, raw, _CONFIG)
    if not isinstance(data, dict):
        raise fe.file_error(path, _NOT_OBJECT(name=path.name))
    return data


def folder_tensors(folder: Path) -> tuple[TensorInfo, ...] | None:
    """Tensors of the folder's safetensors checkpoint (sharded or not); None when it has none."""
    index = folder / "model.safetensors.index.json"
    if fe.present(index):
        return read_sharded(inside(folder, index))
    files = sorted(p for p in folder.glob("*.safetensors") if p.is_file())[:MAX_SHARDS]
    if not files:
        return None
    if folder / "model.safetensors" in files:
        files = [folder / "model.safetensors"]
    else:  # Mistral repos ship consolidated.safetensors beside the HF shards: count one copy
        main = [p for p in files if not p.name.startswith(("consolidated", "adapter_model"))]
        files = main or files
    return tuple(t for p in files for t in read_safetensors_header(inside(folder, p)).tensors)


def display_name(folder: Path) -> str:
    """``org/name`` for a Hugging Face cache snapshot, else the folder's name."""
    if _SNAPSHOT.match(folder.name) and folder.parent.name == "snapshots":
        repo = folder.parent.parent.name
        if repo.startswith("models--"):
            return repo.removeprefix("models--").replace("--", "/", 1)
    return folder.name


def read_hf_folder(path: str | Path, name: str | None = None) -> ModelSpec:
    """The model in a Hugging Face folder (``config.json`` and/or ``*.safetensors``)."""
    with fe.os_errors_as_input(path):
        return _read_folder(Path(path), name)


def _read_folder(folder: Path, name: str | None) -> ModelSpec:
    cfg_path = folder / "config.json"
    # present, not is_file(): a config.json that is a pipe or a link loop is refused by name
    cfg = load_json_file(inside(folder, cfg_path)) if fe.present(cfg_path) else None
    tensors = folder_tensors(folder)
    if cfg is None and tensors is None:
        pickles = pickle_files(folder)
        if pickles:
            raise refuse_pickle_folder(folder, pickles[0])
        raise fe.file_error(folder, _NOTHING())
    quant = quant_from_config(cfg.get("quantization_config")) if cfg else None
    if tensors is not None and quant is not None:
        tensors = tuple(unpacked(t, quant) for t in tensors)
    transformer = _transformer(cfg, cfg_path, folder, tensors)
    notes = ""
    if tensors is None:
        if transformer is None:
            raise fe.file_error(folder, _NOTHING())
        params, family, mlp = config_params(transformer), Family.TRANSFORMER, None
        notes = "Parameters computed from config.json: the folder has no safetensors headers."
        if pickle_files(folder):
            notes += " Its pickled .bin/.pt weights were not opened."
    else:
        params = sum(_params(t, quant) for t in tensors)
        cls = classify(tensors, transformer)
        family = Family.TRANSFORMER if transformer is not None else cls.family
        if family is None:
            raise fe.file_error(folder, _UNRECOGNISED())
        mlp = mlp_spec(tensors) if family is Family.MLP else None
    active = None
    if transformer is not None and tensors is not None:
        active = active_params([(t.name, _params(t, quant)) for t in tensors],
                               transformer.n_experts, transformer.n_active_experts)
    file_quant, bits = _file_quantization(cfg, quant, tensors)
    return ModelSpec(
        id=f"file:{folder}", name=name or display_name(folder), family=family, params=params,
        active_params=active, transformer=transformer, mlp=mlp,
        arch=str(cfg.get("model_type", "")) if cfg else "", tensors=tensors,
        file_quantization=file_quant, source_path=str(folder),
        sources={"architecture": f"config.json in {folder.name}"} if cfg else {}, notes=notes,
        file_bits_per_weight=bits if tensors is None else None,
    )


def _params(t: TensorInfo, quant: QuantInfo | None) -> int:
    """Parameters of an unpacked tensor: scales, zero points and group indices hold none."""
    return 0 if quant is not None and is_state_tensor(t.name) else t.n_elements


def _transformer(
    cfg: Mapping[str, Any] | None, cfg_path: Path, folder: Path,
    tensors: Sequence[TensorInfo] | None,
) -> TransformerSpec | None:
    if cfg is None:
        return None
    text = text_config(cfg)
    if not any(k in text for k in ("num_hidden_layers", "n_layer", "num_layers", "n_layers")):
        return None  # a CNN (ResNet, ConvNeXt ...) or other non-Transformer config
    if tensors and _tensors_overrule(cfg, text, classify(tensors).family):
        return None  # EfficientNet's config has num_hidden_layers too: the tensors decide
    t = transformer_from_config(text, cfg_path)
    if not t.max_context:
        gen = folder / "generation_config.json"
        if fe.present(gen):
            length = load_json_file(inside(folder, gen), 1 << 20).get("max_length")
            if isinstance(length, int) and not isinstance(length, bool) and 0 < length < 1 << 32:
                t = dataclasses.replace(t, max_context=length)
    return _refine(t, tensors) if tensors else t


_HEAD_KEYS = ("num_attention_heads", "n_head", "num_heads", "n_heads")


def _tensors_overrule(cfg: Mapping[str, Any], text: Mapping[str, Any],
                      family: Family | None) -> bool:
    """Whether the tensor table outweighs config.json's Transformer: convolution kernels do; a
    plain stack of linear layers does only when the config names no attention heads and no
    quantization (a quantized checkpoint whose projections classify misses is still the
    Transformer its config describes)."""
    if family is Family.CNN:
        return True
    if family is Family.MLP:
        declared = any(k in text for k in _HEAD_KEYS) or "quantization_config" in cfg
        return not declared
    return False


def _refine(t: TransformerSpec, tensors: Sequence[TensorInfo]) -> TransformerSpec:
    """Facts the tensors state better than config defaults: tied head, biases, gated FFN."""
    names = [x.name for x in tensors]
    changes: dict[str, bool] = {}
    if not t.encoder_only and any(n.endswith(("embed_tokens.weight", "wte.weight")) for n in names):
        changes["tied_embeddings"] = not any(n.endswith("lm_head.weight") for n in names)
    if any(n.endswith(("q_proj.bias", "query.bias", "c_attn.bias", "qkv_proj.bias",
                       "query_key_value.bias")) for n in names):
        changes["attention_bias"] = True
    if any(k in n for n in names for k in (".gate_proj.", ".w1.", ".gate_up_proj", ".w3.")):
        changes["ffn_gated"] = True
    elif any(k in n for n in names for k in (".up_proj.", ".fc1.", ".c_fc.", "intermediate.dense")):
        changes["ffn_gated"] = False
    return dataclasses.replace(t, **changes)


def _file_quantization(
    cfg: Mapping[str, Any] | None, quant: QuantInfo | None, tensors: Sequence[TensorInfo] | None,
) -> tuple[str | None, float | None]:
    if quant is not None:
        return quant.id, quant.bits_per_weight
    if tensors:
        by_type: Counter[str] = Counter()
        for t in tensors:
            if len(t.shape) >= 2:
                by_type[t.dtype] += t.n_bytes
        if by_type:
            top = by_type.most_common(1)[0][0]
            return _DTYPE_NAMES.get(top, top.lower()), None
    dtype = (cfg or {}).get("torch_dtype", (cfg or {}).get("dtype"))
    return _TORCH_DTYPES.get(dtype, (None, None)) if isinstance(dtype, str) else (None, None)
