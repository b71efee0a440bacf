"""Guards against Qt binding releases known to break gpuscope (see pyproject.toml pins)."""

from __future__ import annotations

import gc
import sys


def test_void_calls_keep_the_reference_count_of_none(qtbot) -> None:
    # PySide6 6.12.0 released a reference to None on every void method call; on Python 3.11
    # the window then aborted with "deallocating None" after a few thousand calls.
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    gc.collect()
    before = sys.getrefcount(None)
    for i in range(2000):
        label.setText(str(i))
        label.setToolTip("x")
    gc.collect()
    assert abs(sys.getrefcount(None) - before) < 200
