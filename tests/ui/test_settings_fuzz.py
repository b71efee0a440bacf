"""Fuzzing what the window reads back from its settings file: garbage gives typed values.

QSettings returns strings from an INI file written by another version, a user or a crash;
``settings.load()`` must give every field the type of its default and never raise.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import fields
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.fakes.hostile import budget

KEYS = ["gpu_key", "model_id", "quant", "kv_cache", "context", "batch", "prompt",
        "flash_attention", "n_gpus", "language", "theme", "hidden_plots", "unknown"]
VALUE = (st.text(max_size=30).map(lambda s: s.replace("\n", " ").replace("\r", " "))
         | st.sampled_from(["true", "false", "@Invalid()", "@Variant(\\0\\0\\0\\x7f)",
                            "@ByteArray(x)", "99999999999999999999999", "-1", "1e400", "nan",
                            '"quoted"', "a, b, c", "\\x00", "@Size(1 2)", "@Rect(1 2 3 4)"]))
LINES = st.lists(st.tuples(st.sampled_from(KEYS), VALUE), max_size=14).map(
    lambda kv: "[selection]\n" + "".join(f"{k}={v}\n" for k, v in kv))
_COUNTER = itertools.count()
_ROOT = Path(tempfile.mkdtemp(prefix="gpuscope-settings-fuzz-"))


def _load(content: bytes) -> object:
    from PySide6.QtCore import QSettings

    from gpuscope.ui import settings

    folder = _ROOT / str(next(_COUNTER))  # a new file each time: QSettings caches by path
    (folder / settings.ORG).mkdir(parents=True)
    (folder / settings.ORG / f"{settings.APP}.ini").write_bytes(content)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    return settings.load()


@budget(1.0)
@given(LINES.map(str.encode) | st.binary(max_size=600))
def test_load_gives_typed_values_whatever_the_file_holds(content: bytes) -> None:
    from gpuscope.ui import settings

    remembered = _load(content)
    defaults = settings.Remembered()
    for f in fields(settings.Remembered):
        assert type(getattr(remembered, f.name)) is type(getattr(defaults, f.name)), f.name


@pytest.mark.parametrize("value", [b"1e400", b"INF", b"-inf", b"nan"])
def test_a_number_beyond_a_float_gives_the_default(value: bytes) -> None:
    # found by test_load_gives_typed_values_whatever_the_file_holds
    from gpuscope.ui import settings

    assert _load(b"[selection]\ncontext=" + value + b"\n").context == settings.Remembered().context
