"""The user's own models (Transformer, CNN, MLP), kept in ``custom_models.json`` in the user-data
folder.

The file (written atomically by :mod:`gpuscope.userdata`)::

    {"format": "gpuscope-custom-models", "version": 1,
     "models": [{"id": "my-llama", "name": "My Llama", "arch": "llama",
                 "transformer": {"n_layers": 32, "d_model": 4096, "n_heads": 32, "n_kv_heads": 8,
                                 "head_dim": 128, "ffn_dim": 14336, "vocab_size": 128256,
                                 "max_context": 131072},
                 "params": 8030261248, "notes": "..."},
                {"id": "my-mlp", "name": "My MLP", "family": "mlp",
                 "mlp": {"widths": [784, 1024, 10], "bias": true}},
                {"id": "my-cnn", "name": "My CNN", "family": "cnn",
                 "cnn": {"image_size": 224, "input_channels": 3,
                         "layers": [{"op": "conv", "out": 32, "k": 3, "stride": 2}, ...]}}]}

A bare list of model objects is accepted too. Every entry is checked: each ``transformer`` field
for its type (integers are integers, flags are true/false), then for plausibility with
:func:`gpuscope.models.validate.transformer_problems`; a ``cnn`` (the layer ops of
:mod:`gpuscope.models.cnn`) or an ``mlp`` with :mod:`gpuscope.models.arch_rules`; unknown keys are
ignored. ``family`` defaults to ``transformer``. ``params`` defaults to the count derived from the
architecture (for a CNN or an MLP it is always the walked count: the estimate uses that one).
:func:`parse_models` with ``strict=True`` raises :class:`InputError` at the first bad entry (a
file the user hands over); at start-up :func:`load_custom_models` keeps the good entries, and
when any is left out it keeps a copy of the file (``custom_models.json.corrupt-...``) and says so.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import MISSING, fields
from pathlib import Path
from types import MappingProxyType
from typing import Any

from gpuscope.errors import InputError
from gpuscope.models.arch_rules import cnn_problems, mlp_problems
from gpuscope.models.spec import CnnSpec, Family, MlpSpec, ModelSpec, TransformerSpec
from gpuscope.models.validate import transformer_problems
from gpuscope.text import QT_TRANSLATE_NOOP, Message, translate
from gpuscope.units import Count
from gpuscope.userdata import (
    CUSTOM_MODELS,
    Loaded,
    data_dir,
    read_json_or_backup,
    set_aside,
    write_json_atomic,
)

FORMAT = "gpuscope-custom-models"
VERSION = 1
MAX_MODELS = 1000
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._+-]{0,63}")

_ENTRY = QT_TRANSLATE_NOOP("CustomModels", "Custom model {index} ({id}): {problem}")
_TYPE = QT_TRANSLATE_NOOP("CustomModels", "{field} must be {expected}.")
_MISSING = QT_TRANSLATE_NOOP("CustomModels", "the field {field} is missing.")
_BAD_ID = QT_TRANSLATE_NOOP(
    "CustomModels",
    "the id must be 1 to 64 letters, digits, '.', '_', '+' or '-', starting with a letter or "
    "digit.")
_DUPLICATE = QT_TRANSLATE_NOOP("CustomModels", "another custom model already has this id.")
_FAMILY = QT_TRANSLATE_NOOP(
    "CustomModels", "the family must be “transformer”, “cnn” or “mlp”, with its architecture.")
_ACTIVE = QT_TRANSLATE_NOOP("CustomModels", "active_params cannot exceed params.")
_NOT_A_LIST = QT_TRANSLATE_NOOP(
    "CustomModels",
    "the file must hold a list of models or a gpuscope-custom-models document.")
_TOO_MANY = QT_TRANSLATE_NOOP("CustomModels", "more than 1,000 models.")
_IN_FILE = QT_TRANSLATE_NOOP("CustomModels", "Custom models file {path}: {problem}")
_EMPTY = QT_TRANSLATE_NOOP("CustomModels", "the file does not exist.")
_VERSION = QT_TRANSLATE_NOOP(
    "CustomModels",
    "custom models file version {found}: this gpuscope reads version 1 (a newer gpuscope "
    "wrote it?).")
_SKIPPED = translate(
    "CustomModels",
    "%n custom model(s) in {path} could not be read and were left out: {first} A copy of the "
    "file was kept as {backup}.", None, 1)
_TYPES = {"int": QT_TRANSLATE_NOOP("CustomModels", "a whole number"),
          "bool": QT_TRANSLATE_NOOP("CustomModels", "true or false"),
          "str": QT_TRANSLATE_NOOP("CustomModels", "text of at most {length} characters"),
          "object": QT_TRANSLATE_NOOP("CustomModels", "an object"),
          "list": QT_TRANSLATE_NOOP("CustomModels", "a list")}
_TEXT_LIMITS = {"name": 200, "arch": 64, "notes": 4000}
MAX_PARAMS = 10**14


class _Problem(Exception):
    def __init__(self, message: Message) -> None:
        self.message = message


def _type(field: str, kind: str, **args: Any) -> _Problem:
    return _Problem(_TYPE(field=field, expected=_TYPES[kind](**args)))


def _int(obj: dict[str, Any], key: str) -> int | None:
    value = obj.get(key)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PARAMS:
        raise _type(key, "int")
    return value


def _text(obj: dict[str, Any], key: str, default: str) -> str:
    value = obj.get(key, default)
    limit = _TEXT_LIMITS[key]
    if not (isinstance(value, str) and len(value) <= limit
            and (key == "notes" or value.isprintable())):
        raise _type(key, "str", length=Count(limit))
    return value


def _transformer(obj: Any) -> TransformerSpec:
    if not isinstance(obj, dict):
        raise _type("transformer", "object")
    values: dict[str, Any] = {}
    for f in fields(TransformerSpec):
        if f.name not in obj or obj[f.name] is None:
            if f.default is MISSING:
                raise _Problem(_MISSING(field=f"transformer.{f.name}"))
            continue
        value = obj[f.name]
        kind = "bool" if f.type in ("bool", bool) else "int"
        if isinstance(value, bool) != (kind == "bool") or not isinstance(value, int):
            raise _type(f"transformer.{f.name}", kind)
        values[f.name] = value
    spec = TransformerSpec(**values)
    problems = transformer_problems(spec)
    if problems:
        raise _Problem(problems[0])
    return spec


def _cnn(obj: Any) -> CnnSpec:
    if not isinstance(obj, dict):
        raise _type("cnn", "object")
    layers = obj.get("layers")
    if not isinstance(layers, list):
        raise _type("cnn.layers", "list")
    values = {}
    for key in ("image_size", "input_channels"):
        value = obj.get(key)
        if value is not None:
            if isinstance(value, bool) or not isinstance(value, int):
                raise _type(f"cnn.{key}", "int")
            values[key] = value
    ops = tuple(MappingProxyType(dict(op)) if isinstance(op, dict) else op for op in layers)
    spec = CnnSpec(layers=ops, **values)
    problems = cnn_problems(spec)
    if problems:
        raise _Problem(problems[0])
    return spec


def _mlp(obj: Any) -> MlpSpec:
    if not isinstance(obj, dict):
        raise _type("mlp", "object")
    widths, bias = obj.get("widths"), obj.get("bias", True)
    if not isinstance(widths, list):
        raise _type("mlp.widths", "list")
    if not isinstance(bias, bool):
        raise _type("mlp.bias", "bool")
    spec = MlpSpec(widths=tuple(widths), bias=bias)
    problems = mlp_problems(spec)
    if problems:
        raise _Problem(problems[0])
    return spec


def _other_family(model_id: str, family: Family, obj: dict[str, Any]) -> ModelSpec:
    """A CNN or an MLP entry: the architecture is checked, ``params`` is the walked count."""
    from gpuscope.models.cnn import cnn_profile
    from gpuscope.models.mlp import mlp_profile

    cnn = _cnn(obj.get("cnn")) if family is Family.CNN else None
    mlp = _mlp(obj.get("mlp")) if family is Family.MLP else None
    _int(obj, "params")  # typed even though the walk decides
    params = cnn_profile(cnn).params if cnn is not None else mlp_profile(mlp).params  # type: ignore[arg-type]
    return ModelSpec(id=model_id, name=_text(obj, "name", model_id), family=family,
                     params=params, cnn=cnn, mlp=mlp, arch=_text(obj, "arch", ""),
                     notes=_text(obj, "notes", ""))


def entry_to_model(obj: Any) -> ModelSpec:
    """One entry of the file as a :class:`ModelSpec`; raises ``_Problem``."""
    from gpuscope.models.params import active_param_count, transformer_param_count

    if not isinstance(obj, dict):
        raise _type("model", "object")
    model_id = obj.get("id")
    if not isinstance(model_id, str) or not _ID.fullmatch(model_id):
        raise _Problem(_BAD_ID())
    family = obj.get("family", Family.TRANSFORMER.value)
    if not isinstance(family, str) or family not in {f.value for f in Family}:
        raise _Problem(_FAMILY())
    if family != Family.TRANSFORMER.value:
        return _other_family(model_id, Family(family), obj)
    spec = _transformer(obj.get("transformer"))
    params = _int(obj, "params") or transformer_param_count(spec)
    active = _int(obj, "active_params")
    if active is None and spec.is_moe:
        active = active_param_count(spec)
    if active is not None and active > params:
        raise _Problem(_ACTIVE())
    return ModelSpec(id=model_id, name=_text(obj, "name", model_id), family=Family.TRANSFORMER,
                     params=params, active_params=active, transformer=spec,
                     arch=_text(obj, "arch", ""), notes=_text(obj, "notes", ""))


def model_to_entry(model: ModelSpec) -> dict[str, Any]:
    """The JSON entry for ``model``; InputError when it has no architecture of its family."""
    spec = {Family.TRANSFORMER: model.transformer, Family.CNN: model.cnn,
            Family.MLP: model.mlp}[model.family]
    if spec is None:
        raise InputError(_FAMILY())
    entry: dict[str, Any] = {"id": model.id, "name": model.name, "family": model.family.value}
    if model.arch:
        entry["arch"] = model.arch
    if model.cnn is not None and model.family is Family.CNN:
        entry["cnn"] = {"image_size": model.cnn.image_size,
                        "input_channels": model.cnn.input_channels,
                        "layers": [dict(op) for op in model.cnn.layers]}
    elif model.mlp is not None and model.family is Family.MLP:
        entry["mlp"] = {"widths": list(model.mlp.widths), "bias": model.mlp.bias}
    else:
        entry["transformer"] = {f.name: getattr(model.transformer, f.name)
                                for f in fields(TransformerSpec)}
    entry["params"] = model.params
    if model.active_params is not None:
        entry["active_params"] = model.active_params
    if model.notes:
        entry["notes"] = model.notes
    return entry


def parse_models(doc: Any, *, strict: bool = False) -> tuple[list[ModelSpec], list[Message]]:
    """The models in a parsed document, and one message per entry left out.

    ``strict``: raise :class:`InputError` (CLI exit 2) at the first problem instead.
    """
    items = doc
    if isinstance(doc, dict) and doc.get("format") == FORMAT:
        version = doc.get("version")
        if version != VERSION or isinstance(version, bool):
            raise InputError(_VERSION(found=str(version)[:20]))
        items = doc.get("models")
    if not isinstance(items, list):
        raise InputError(_NOT_A_LIST())
    if len(items) > MAX_MODELS:
        raise InputError(_TOO_MANY())
    models: list[ModelSpec] = []
    problems: list[Message] = []
    seen: set[str] = set()
    for index, obj in enumerate(items, start=1):
        shown = obj.get("id") if isinstance(obj, dict) and isinstance(obj.get("id"), str) else "?"
        try:
            model = entry_to_model(obj)
            if model.id.lower() in seen:
                raise _Problem(_DUPLICATE())
        except _Problem as exc:
            message = _ENTRY(index=index, id=shown[:64], problem=exc.message)
            if strict:
                raise InputError(message) from None
            problems.append(message)
            continue
        seen.add(model.id.lower())
        models.append(model)
    return models, problems


def read_models_file(path: str | Path) -> list[ModelSpec]:
    """Models from a file the user hands over: InputError (exit 2) naming it at any problem."""
    loaded = read_json_or_backup(path, None, keep=True)
    if loaded.message is not None or loaded.value is None:
        raise InputError(_IN_FILE(path=str(path), problem=loaded.message or _EMPTY()))
    try:
        return parse_models(loaded.value, strict=True)[0]
    except InputError as exc:
        raise InputError(_IN_FILE(path=str(path), problem=exc.message)) from None


def derive_id(name: str, taken: Iterable[str] = ()) -> str:
    """A valid id for a model the user named ``name``: ``my-`` and the name in ASCII letters,
    digits and dashes, made unique (case-insensitively) against ``taken`` with ``-2``, ``-3`` ...
    """
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9._+]+", "-", ascii_name.lower()).strip("-._+")
    if not slug.startswith("my-"):
        slug = f"my-{slug}" if slug else "my-model"
    base = slug[:56].rstrip("-._+")
    used = {t.lower() for t in taken}
    candidate, n = base, 1
    while candidate.lower() in used:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def custom_models_path(base: str | Path | None = None) -> Path:
    return data_dir(base) / CUSTOM_MODELS


def load_custom_models(base: str | Path | None = None) -> Loaded[list[ModelSpec]]:
    """The saved custom models; never raises (damaged files are set aside and told)."""
    path = custom_models_path(base)
    loaded = read_json_or_backup(path, None)
    if loaded.value is None:
        return Loaded([], loaded.message, loaded.backup)
    try:
        models, problems = parse_models(loaded.value)
    except InputError as exc:
        return set_aside(path, [], exc.message)
    if not problems:
        return Loaded(models)
    kept = set_aside(path, None, problems[0], copy=True)
    if kept.backup is None:
        return Loaded(models, kept.message)
    return Loaded(models, _SKIPPED(len(problems), path=str(path), first=problems[0],
                                   backup=str(kept.backup)), kept.backup)


def save_custom_models(models: list[ModelSpec], base: str | Path | None = None) -> Path:
    """Write the list atomically (GpuscopeError, exit 1, when the disk refuses)."""
    doc = {"format": FORMAT, "version": VERSION, "models": [model_to_entry(m) for m in models]}
    return write_json_atomic(custom_models_path(base), doc)


__all__ = ["FORMAT", "custom_models_path", "derive_id", "entry_to_model", "load_custom_models",
           "model_to_entry", "parse_models", "read_models_file", "save_custom_models"]
