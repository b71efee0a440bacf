"""Element-wise min/max that work on plain numbers and on numpy arrays alike.

The scalar estimate and the 256-point curves share one set of formulas; numpy is imported only when
an array actually arrives (keeps the window's first paint free of it).
"""

from __future__ import annotations

from typing import Any

Num = Any  # float | int | numpy.ndarray


def minimum(a: Num, b: Num) -> Num:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a if a < b else b
    import numpy as np

    return np.minimum(a, b)


def maximum(a: Num, b: Num) -> Num:
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a if a > b else b
    import numpy as np

    return np.maximum(a, b)
