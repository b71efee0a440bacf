"""Replay every hostile file in ``corpus/``: each must be refused with one clear InputError."""

from __future__ import annotations

from pathlib import Path

import pytest

from gpuscope.errors import InputError

from ._fuzz import check_config, check_file_bytes
from .make_corpus import files

CORPUS = Path(__file__).parent / "corpus"
NAMES = sorted(p.name for p in CORPUS.iterdir() if p.is_file() and p.name != "README.md")


def test_corpus_is_complete() -> None:
    assert set(files()) <= set(NAMES), "run tests/models/make_corpus.py to regenerate corpus/"


@pytest.mark.parametrize("name", NAMES)
def test_hostile_file_is_refused_cleanly(name: str) -> None:
    data = (CORPUS / name).read_bytes()
    is_config = name.endswith(".json")
    result = check_config(data) if is_config else check_file_bytes(data, name)
    assert isinstance(result, InputError), f"{name} was accepted as a model"
    text = result.message.render()
    assert "config.json" in text or name in text, text  # the message names the file
