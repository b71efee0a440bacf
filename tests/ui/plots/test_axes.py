"""Axis helpers: a nice top holds still while the data under it moves a little."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from gpuscope.ui.plots.axes import nice_ceiling


@pytest.mark.parametrize(("value", "top"), [(0.9, 1.0), (1.0, 1.0), (1.01, 1.25), (17.3, 20.0),
                                             (26.0, 30.0), (81.0, 100.0), (0.033, 0.04)])
def test_nice_ceiling_picks_the_next_round_value(value: float, top: float) -> None:
    assert nice_ceiling(value) == pytest.approx(top)


@given(st.floats(min_value=1e-6, max_value=1e9, allow_nan=False))
def test_nice_ceiling_is_above_and_within_a_third(value: float) -> None:
    top = nice_ceiling(value)
    assert value * (1 - 1e-9) <= top <= value * 4 / 3 * (1 + 1e-9)


@pytest.mark.parametrize("bad", [0.0, -3.0, math.inf, math.nan])
def test_nice_ceiling_of_nonsense_is_one(bad: float) -> None:
    assert nice_ceiling(bad) == 1.0
