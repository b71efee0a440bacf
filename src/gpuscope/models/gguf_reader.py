"""Read a GGUF model (llama.cpp, Ollama, LM Studio) into a :class:`ModelSpec`, header only.

Exact weight bytes come from the tensor table (each tensor's ggml type and shape), so mixed
quantizations such as Q4_K_M are exact. Split files (``name-00001-of-00003.gguf``) are read as one
model; a multimodal projector (``mmproj``, ``general.architecture = "clip"``) is read on its own and
can be attached to the language model it serves (:func:`attach_projector`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from pathlib import Path
from typing import Any

from gpuscope.models import file_errors as fe
from gpuscope.models.contained import inside
from gpuscope.models.ggml_types import file_type_name
from gpuscope.models.gguf_arch import Meta, transformer_from_gguf
from gpuscope.models.gguf_header import GgufHeader, read_header
from gpuscope.models.spec import Family, ModelSpec, TensorInfo, TransformerSpec
from gpuscope.models.tensor_table import active_params
from gpuscope.text import QT_TRANSLATE_NOOP

SPLIT_NAME = re.compile(r"^(?P<stem>.+)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$", re.IGNORECASE)
MAX_SPLITS = 1000

_NO_ARCH = QT_TRANSLATE_NOOP("Import", "the metadata has no general.architecture")
_MISSING_PART = QT_TRANSLATE_NOOP(
    "Import", "part {no} of {count} of this split model is missing ({name})"
)
_BAD_SPLIT = QT_TRANSLATE_NOOP(
    "Import", "the split parts disagree: {name} says it is part {no} of {count}"
)
_DUP_ACROSS = QT_TRANSLATE_NOOP("Import", "tensor '{name}' appears in two parts of the split model")
_NOT_PROJECTOR = QT_TRANSLATE_NOOP(
    "Import", "not a multimodal projector (its architecture is '{arch}', not 'clip')"
)


def split_parts(path: Path) -> list[Path]:
    """All parts of a split GGUF named like ``path``; ``[path]`` for an ordinary file."""
    m = SPLIT_NAME.match(path.name)
    if not m:
        return [path]
    count = int(m["count"])
    if not 1 <= count <= MAX_SPLITS or not 1 <= int(m["no"]) <= count:
        return [path]
    ext = path.name[-5:]
    return [path.with_name(f"{m['stem']}-{i:05d}-of-{count:05d}{ext}") for i in range(1, count + 1)]


def read_gguf(path: str | Path, projector: str | Path | None = None) -> ModelSpec:
    """The model in a GGUF file (any part of a split model names the whole model)."""
    path = Path(path)
    parts = [p if p == path else inside(path.parent, p) for p in split_parts(path)]
    with fe.os_errors_as_input(path):
        headers = [_read_part(p, i, len(parts)) for i, p in enumerate(parts, 1)]
    spec = spec_from_headers(headers, parts[0])
    if projector is not None:
        spec = attach_projector(spec, read_gguf(projector))
    return spec


def _read_part(path: Path, no: int, count: int) -> GgufHeader:
    if count > 1 and not path.exists():
        missing = _MISSING_PART(no=str(no), count=str(count), name=path.name)
        raise fe.file_error(path.parent, missing)
    header = read_header(path)
    if count > 1:
        split_no = header.metadata.get("split.no")
        split_count = header.metadata.get("split.count")
        if (split_no is not None and split_no != no - 1) or (
            split_count is not None and split_count != count
        ):
            raise fe.file_error(path, _BAD_SPLIT(name=path.name, no=str(split_no), count=str(
                split_count)))
    return header


def spec_from_headers(headers: list[GgufHeader], path: Path) -> ModelSpec:
    """Combine the headers of one model's parts (metadata comes from the first part)."""
    meta = headers[0].metadata
    arch = meta.get("general.architecture")
    if not isinstance(arch, str) or not arch:
        raise fe.file_error(path, _NO_ARCH())
    seen: set[str] = set()
    tensors: list[TensorInfo] = []
    counts: list[tuple[str, int]] = []
    for h in headers:
        for t in h.tensors:
            if t.name in seen:
                raise fe.file_error(h.path, _DUP_ACROSS(name=t.name))
            seen.add(t.name)
            tensors.append(TensorInfo(t.name, t.shape, t.type_name, t.n_bytes))
            counts.append((t.name, t.n_elements))
    all_tensors = [t for h in headers for t in h.tensors]
    if arch == "clip":
        transformer = _vision(meta, path)
        active = None
    else:
        transformer = transformer_from_gguf(meta, arch, all_tensors, path)
        active = active_params(counts, transformer.n_experts, transformer.n_active_experts)
    name = meta.get("general.name")
    stem = SPLIT_NAME.sub(r"\g<stem>", path.name).removesuffix(".gguf")
    return ModelSpec(
        id=f"file:{path}", name=name if isinstance(name, str) and name.strip() else stem,
        family=Family.TRANSFORMER, params=sum(n for _, n in counts), active_params=active,
        transformer=transformer, arch=arch, tensors=tuple(tensors),
        file_quantization=file_type_name(meta.get("general.file_type")) or _dominant(tensors),
        source_path=str(path), sources={"architecture": f"GGUF metadata of {path.name}"},
    )


def _dominant(tensors: list[TensorInfo]) -> str | None:
    """The ggml type holding most bytes of the 2-D weights, when ``general.file_type`` is absent."""
    by_type: Counter[str] = Counter()
    for t in tensors:
        if len(t.shape) >= 2:
            by_type[t.dtype] += t.n_bytes
    return by_type.most_common(1)[0][0].lower() if by_type else None


def _vision(meta: dict[str, Any], path: Path) -> TransformerSpec | None:
    """The vision encoder of a ``clip`` projector file (None for audio-only projectors)."""
    m = Meta(meta, "clip.vision", path)
    n_layers = m.get("block_count", 0)
    d_model = m.get("embedding_length", 0)
    if not n_layers or not d_model:
        return None
    heads = m.get("attention.head_count", 0)
    image, patch = m.get("image_size", 0), m.get("patch_size", 0)
    tokens = (image // patch) ** 2 + 1 if image and patch else 0
    return TransformerSpec(
        n_layers=n_layers, d_model=d_model, n_heads=heads, n_kv_heads=heads,
        head_dim=d_model // heads if heads else 0, ffn_dim=m.get("feed_forward_length", 0),
        vocab_size=0, max_context=tokens, ffn_gated=False, encoder_only=True, image_size=image,
        patch_size=patch,
    )


def attach_projector(model: ModelSpec, projector: ModelSpec) -> ModelSpec:
    """The language model with its multimodal projector, whose weights load beside it."""
    if projector.arch != "clip":
        raise fe.file_error(projector.source_path or projector.name,
                            _NOT_PROJECTOR(arch=projector.arch))
    return dataclasses.replace(model, projector=projector)
