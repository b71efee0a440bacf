"""Wording of the GGUF header reader: the parts of a file and the problems found in them."""

from __future__ import annotations

from gpuscope.text import QT_TRANSLATE_NOOP, Template


def header_templates() -> dict[str, Template]:
    """Problem templates and part names used by the GGUF header reader."""
    return {
        "header": QT_TRANSLATE_NOOP("Import", "the file header"),
        "metadata": QT_TRANSLATE_NOOP("Import", "the metadata"),
        "tensor_table": QT_TRANSLATE_NOOP("Import", "the tensor table"),
        "tensor_data": QT_TRANSLATE_NOOP("Import", "the tensor data"),
        "kvs": QT_TRANSLATE_NOOP("Import", "metadata entries"),
        "tensors": QT_TRANSLATE_NOOP("Import", "tensors"),
        "key": QT_TRANSLATE_NOOP("Import", "a metadata key"),
        "tensor_name": QT_TRANSLATE_NOOP("Import", "a tensor name"),
        "string": QT_TRANSLATE_NOOP("Import", "a text value"),
        "array": QT_TRANSLATE_NOOP("Import", "an array"),
        "not_gguf": QT_TRANSLATE_NOOP(
            "Import", "not a GGUF file (it does not start with the GGUF magic bytes)"
        ),
        "legacy": QT_TRANSLATE_NOOP(
            "Import",
            "an old GGML/GGJT file from before GGUF (August 2023); convert it to GGUF with "
            "llama.cpp's conversion script",
        ),
        "version": QT_TRANSLATE_NOOP(
            "Import", "GGUF version {version} is not supported (versions 2 and 3 are)"
        ),
        "dup_key": QT_TRANSLATE_NOOP("Import", "metadata entry '{key}' appears twice"),
        "value_type": QT_TRANSLATE_NOOP(
            "Import", "metadata entry '{key}' has an unknown value type {type}"
        ),
        "nesting": QT_TRANSLATE_NOOP(
            "Import", "metadata entry '{key}' nests arrays more than two deep"
        ),
        "alignment": QT_TRANSLATE_NOOP(
            "Import", "general.alignment is {value}, not a positive power of two"
        ),
        "dims": QT_TRANSLATE_NOOP(
            "Import", "tensor '{name}' has {n} dimensions (1 to {limit} are valid)"
        ),
        "elements": QT_TRANSLATE_NOOP(
            "Import", "tensor '{name}' claims an absurd {count} elements"
        ),
        "block": QT_TRANSLATE_NOOP(
            "Import",
            "tensor '{name}': row length {length} is not a multiple of the {type} block size "
            "{block}",
        ),
        "misaligned": QT_TRANSLATE_NOOP(
            "Import",
            "tensor '{name}' starts at offset {offset}, not a multiple of the alignment "
            "{alignment}",
        ),
        "dup_tensor": QT_TRANSLATE_NOOP("Import", "tensor '{name}' appears twice"),
    }


T = header_templates()
