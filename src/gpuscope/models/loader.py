"""Open whatever the user points at: a GGUF file (or one part of a split GGUF), a Hugging Face
folder, a safetensors file, a folder holding one GGUF model. Pickles are refused with the reason;
anything else gets one clear message. Used by File > Open, drag-and-drop, ``gpuscope PATH`` and
``gpuscope estimate --model PATH``.
"""

from __future__ import annotations

import dataclasses
import stat
from pathlib import Path

from gpuscope.errors import GpuscopeError
from gpuscope.models import file_errors as fe
from gpuscope.models.classify import classify, mlp_spec
from gpuscope.models.contained import inside, is_inside
from gpuscope.models.gguf_reader import SPLIT_NAME, attach_projector, read_gguf
from gpuscope.models.hf_reader import read_hf_folder
from gpuscope.models.pickles import looks_pickled, pickle_files, refuse_pickle, refuse_pickle_folder
from gpuscope.models.safetensors_reader import read_safetensors_header
from gpuscope.models.spec import Family, ModelSpec
from gpuscope.text import QT_TRANSLATE_NOOP

_UNKNOWN = QT_TRANSLATE_NOOP(
    "Import",
    "not a model file gpuscope can read (GGUF, safetensors, or a Hugging Face folder with "
    "config.json)",
)
_SEVERAL = QT_TRANSLATE_NOOP(
    "Import", "this folder holds {n} GGUF models ({names}); open one of them"
)
_NO_MODEL = QT_TRANSLATE_NOOP("Import", "no GGUF, safetensors or config.json here")
_UNRECOGNISED = QT_TRANSLATE_NOOP(
    "Import", "the tensors match no Transformer, CNN or MLP layout"
)
_LEGACY_MAGIC = (b"lmgg", b"fmgg", b"tjgg", b"ggml", b"ggmf", b"ggjt")


def load_model_path(path: str | Path, projector: str | Path | None = None, *,
                    find_projector: bool = True) -> ModelSpec:
    """Read the model at ``path``; ``projector`` is an optional mmproj GGUF to attach. Without
    one, a lone GGUF file gets the single ``mmproj*.gguf`` beside it (``find_projector``)."""
    p = Path(path).expanduser()
    with fe.os_errors_as_input(p):
        st = fe.checked_stat(p)  # missing, or a symlink loop: said so, not "no such file"
        if stat.S_ISDIR(st.st_mode):
            spec = _load_folder(p, find_projector)
        elif stat.S_ISREG(st.st_mode):
            spec = _load_file(p)
            if find_projector and projector is None and spec.arch != "clip":
                spec = _sibling_projector(spec, p)
        else:  # a FIFO would block open() until a writer comes: never open one
            raise fe.file_error(p, fe.NOT_REGULAR())
    if projector is not None:
        spec = attach_projector(spec, read_gguf(projector))
    return spec


def _sibling_projector(spec: ModelSpec, p: Path) -> ModelSpec:
    """``spec`` with the one ``mmproj*.gguf`` in its folder attached (unchanged when there are
    none or several, or when it cannot be read: the model is usable without it)."""
    if not p.name.lower().endswith(".gguf") or "mmproj" in p.name.lower():
        return spec
    try:
        found = [f for f in p.parent.iterdir() if "mmproj" in f.name.lower()
                 and f.name.lower().endswith(".gguf") and fe.is_regular(f)
                 and is_inside(p.parent, f)]
    except OSError:
        return spec
    if len(found) != 1:
        return spec
    try:
        return dataclasses.replace(attach_projector(spec, read_gguf(found[0])),
                                   projector_found=True)
    except GpuscopeError:
        return spec


def _load_file(p: Path) -> ModelSpec:
    try:
        with open(p, "rb") as f:
            head = f.read(16)
    except OSError as exc:
        raise fe.os_error(p, exc) from None
    if head[:4] == b"GGUF" or head[:4] in _LEGACY_MAGIC or p.suffix.lower() == ".gguf":
        return read_gguf(p)
    if p.name in ("config.json", "model.safetensors.index.json"):
        return read_hf_folder(p.parent)
    if p.suffix.lower() == ".safetensors" or (len(head) > 8 and head[8:9] == b"{"):
        if (p.parent / "config.json").is_file():
            return read_hf_folder(p.parent)
        return read_safetensors_file(p)
    if looks_pickled(p, head):
        raise refuse_pickle(p)
    raise fe.file_error(p, _UNKNOWN())


def read_safetensors_file(p: Path) -> ModelSpec:
    """A lone safetensors file without config.json: the kind of network from its tensors."""
    tensors = read_safetensors_header(p).tensors
    cls = classify(tensors)
    if cls.family is None:
        raise fe.file_error(p, _UNRECOGNISED())
    return ModelSpec(
        id=f"file:{p}", name=p.stem, family=cls.family,
        params=sum(t.n_elements for t in tensors), tensors=tensors, source_path=str(p),
        mlp=mlp_spec(tensors) if cls.family is Family.MLP else None,
        notes="No config.json: the architecture comes from the tensor table alone.",
    )


def is_hf_folder(names: set[str]) -> bool:
    """Safetensors weights, or a config.json without GGUF files beside it (GGUF repositories
    such as TheBloke's ship the original config.json next to the quantized files)."""
    if any(n.endswith(".safetensors") for n in names):
        return True
    return "config.json" in names and not any(n.lower().endswith(".gguf") for n in names)


def group_gguf(files: list[Path]) -> tuple[list[Path], list[Path]]:
    """Split GGUF files into models (first part of each split set, or the file) and projectors."""
    models: list[Path] = []
    projectors: list[Path] = []
    seen_sets: set[str] = set()
    for f in sorted(files):
        if "mmproj" in f.name.lower():
            projectors.append(f)
            continue
        m = SPLIT_NAME.match(f.name)
        if m:
            key = f"{m['stem']}/{m['count']}"
            if key in seen_sets:
                continue
            seen_sets.add(key)
            f = f.with_name(f"{m['stem']}-00001-of-{m['count']}{f.name[-5:]}")
        models.append(f)
    return models, projectors


def _load_folder(d: Path, find_projector: bool = True) -> ModelSpec:
    ggufs = [inside(d, f) for f in d.glob("*")
             if f.suffix.lower() == ".gguf" and fe.is_regular(f)]
    if is_hf_folder({f.name for f in d.iterdir()}):
        return read_hf_folder(d)
    models, projectors = group_gguf(ggufs)
    if len(models) == 1:
        spec = read_gguf(models[0])
        if len(projectors) == 1 and find_projector:
            spec = dataclasses.replace(attach_projector(spec, read_gguf(projectors[0])),
                                       projector_found=True)
        return spec
    if models:
        names = ", ".join(m.name for m in models[:5]) + (", …" if len(models) > 5 else "")
        raise fe.file_error(d, _SEVERAL(n=str(len(models)), names=names))
    pickles = pickle_files(d)
    if pickles:
        raise refuse_pickle_folder(d, pickles[0])
    raise fe.file_error(d, _NO_MODEL())
