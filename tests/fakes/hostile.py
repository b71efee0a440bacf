"""Hypothesis strategies for hostile input: any JSON value, mutations of a valid document, and
byte-level damage of a valid file; plus the budget every fuzz test in the suite runs with.

The budget is ``GPUSCOPE_FUZZ_EXAMPLES`` examples per test (default 150: the whole fuzz suite
runs in well under a minute in CI); ``benchmarks/fuzz_report.py`` runs the same tests with a
bigger budget and reports how many inputs were tried and how long it took.
"""

from __future__ import annotations

import copy
import json
import os
from collections.abc import Iterator
from typing import Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

EXAMPLES = int(os.environ.get("GPUSCOPE_FUZZ_EXAMPLES", "150"))


def budget(share: float = 1.0, deadline_ms: int = 2000) -> settings:
    """Settings for one fuzz test: ``share`` of the budget, a per-input deadline (no hang)."""
    return settings(max_examples=max(10, int(EXAMPLES * share)), deadline=deadline_ms,
                    suppress_health_check=[HealthCheck.function_scoped_fixture,
                                           HealthCheck.too_slow, HealthCheck.data_too_large])


LEAVES = (st.none() | st.booleans() | st.integers(-(2**70), 2**70)
          | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=40)
          | st.sampled_from([0, -1, 1, 2**31, 2**63, 2**64, 1e308, "", "0x2684", "NaN", "null",
                             "../../etc/passwd", "\x00", "é" * 300]))
JSON = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=6)
                    | st.dictionaries(st.text(max_size=24), inner, max_size=6), max_leaves=24)


def _paths(node: Any, prefix: tuple = ()) -> Iterator[tuple]:
    yield prefix
    if isinstance(node, dict):
        for k, v in node.items():
            yield from _paths(v, (*prefix, k))
    elif isinstance(node, list):
        for i, v in enumerate(node):
            yield from _paths(v, (*prefix, i))


def _parent(doc: Any, path: tuple) -> Any:
    for key in path[:-1]:
        doc = doc[key]
    return doc


@st.composite
def mutated(draw: st.DrawFn, doc: Any, max_edits: int = 4) -> Any:
    """``doc`` with 1 to ``max_edits`` random edits: replace a value, delete a key or item,
    add a key with any value. Keeps most of the structure, so checks deep inside are reached."""
    doc = copy.deepcopy(doc)
    for _ in range(draw(st.integers(1, max_edits))):
        paths = list(_paths(doc))[1:]
        if not paths:
            return draw(JSON)
        path = draw(st.sampled_from(paths))
        parent = _parent(doc, path)
        action = draw(st.sampled_from(["replace", "replace", "delete", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(JSON)
        elif action == "delete":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.text(max_size=12))] = draw(JSON)
        else:
            parent.append(draw(JSON))
    return doc


@st.composite
def damaged_bytes(draw: st.DrawFn, data: bytes) -> bytes:
    """``data`` truncated, with bytes flipped, inserted or deleted (what a disk or a crash does)."""
    out = bytearray(data)
    for _ in range(draw(st.integers(1, 4))):
        if not out:
            break
        at = draw(st.integers(0, len(out) - 1))
        action = draw(st.sampled_from(["truncate", "flip", "insert", "delete"]))
        if action == "truncate":
            del out[at:]
        elif action == "flip":
            out[at] = draw(st.integers(0, 255))
        elif action == "insert":
            out[at:at] = draw(st.binary(min_size=1, max_size=8))
        else:
            del out[at:at + draw(st.integers(1, 16))]
    return bytes(out)


def json_bytes(doc: Any) -> bytes:
    return json.dumps(doc).encode("utf-8")


__all__ = ["EXAMPLES", "JSON", "budget", "damaged_bytes", "json_bytes", "mutated"]
