"""The bundled model catalogue (``resources/models.json``): lookup by ID, case-insensitive.

Each entry becomes a :class:`ModelSpec` whose ``sources`` map a field group (architecture,
params, active_params, flops, ...) to the citation text, and whose ``reference`` holds the
published figures the catalogue is checked against (see the file's ``conventions``).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from gpuscope.errors import NotFoundError, closest
from gpuscope.models.spec import CnnSpec, Family, MlpSpec, ModelSpec, TransformerSpec
from gpuscope.paths import resource
from gpuscope.text import QT_TRANSLATE_NOOP

CATALOGUE_FORMAT = "gpuscope-model-catalogue"
_KIND = QT_TRANSLATE_NOOP("Errors", "model")


def _citations(entry: Mapping[str, Any], table: Mapping[str, str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for group, keys in entry.get("sources", {}).items():
        keys = [keys] if isinstance(keys, str) else list(keys)
        out[group] = "; ".join(table[k] for k in keys)
    return out


def _spec(entry: Mapping[str, Any], table: Mapping[str, str]) -> ModelSpec:
    family = Family(entry["family"])
    transformer = cnn = mlp = None
    if family is Family.TRANSFORMER:
        transformer = TransformerSpec(**entry["transformer"])
    elif family is Family.CNN:
        c = entry["cnn"]
        layers = tuple(MappingProxyType(dict(op)) for op in c["layers"])
        cnn = CnnSpec(layers=layers, image_size=c.get("image_size", 224),
                      input_channels=c.get("input_channels", 3))
    else:
        m = entry["mlp"]
        mlp = MlpSpec(widths=tuple(m["widths"]), bias=m.get("bias", True))
    return ModelSpec(
        id=entry["id"],
        name=entry["name"],
        family=family,
        params=int(entry["params"]),
        active_params=entry.get("active_params"),
        transformer=transformer,
        cnn=cnn,
        mlp=mlp,
        arch=entry.get("arch", ""),
        sources=MappingProxyType(_citations(entry, table)),
        reference=MappingProxyType(dict(entry.get("reference", {}))),
        notes=entry.get("notes", ""),
    )


@cache
def _catalogue() -> dict[str, ModelSpec]:
    with open(resource("models.json"), encoding="utf-8") as f:
        doc = json.load(f)
    if doc.get("format") != CATALOGUE_FORMAT:
        raise ValueError(f"models.json: unexpected format {doc.get('format')!r}")
    table = doc["sources"]
    specs = [_spec(entry, table) for entry in doc["models"]]
    return {s.id.lower(): s for s in specs}


def all_presets() -> list[ModelSpec]:
    """Every preset, in catalogue order."""
    return list(_catalogue().values())


def preset_ids() -> list[str]:
    return [s.id for s in _catalogue().values()]


def get_preset(model_id: str) -> ModelSpec:
    """The preset named ``model_id`` (case and surrounding spaces ignored).

    Raises :class:`NotFoundError` listing the closest IDs when there is none.
    """
    spec = _catalogue().get(model_id.strip().lower())
    if spec is None:
        raise NotFoundError(_KIND(), model_id, closest(model_id, preset_ids()))
    return spec
