"""Typed quantities and their formatting with explicit units.

Figures travel through the core as :class:`Quantity` (value in base SI units: bytes, FLOP, FLOP/s,
bytes/s, tokens/s, seconds); :func:`scale` picks the display unit, shared by the English CLI
formatter below and the shell's ``QLocale`` formatter, so both print the same unit for a figure.
Binary prefixes for memory sizes (GiB), decimal for rates (GB/s, TFLOPS), as vendors quote them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from enum import Enum
from typing import Any

from gpuscope.text import QT_TRANSLATE_NOOP, Message, Renderer, Template


class Kind(Enum):
    BYTES = "bytes"
    BYTE_RATE = "bytes/s"
    FLOP = "FLOP"
    FLOP_RATE = "FLOP/s"
    OP_RATE = "OP/s"
    TOKEN_RATE = "tokens/s"
    IMAGE_RATE = "images/s"
    SAMPLE_RATE = "samples/s"
    SECONDS = "s"
    PERCENT = "%"
    COUNT = "count"
    MHZ = "MHz"
    WATTS = "W"
    CELSIUS = "°C"
    BITS_PER_WEIGHT = "bits/weight"
    RATIO = "ratio"
    PERPLEXITY = "perplexity"


@dataclass(frozen=True)
class Quantity:
    """A number with its kind of unit; ``value`` is in base units (bytes, FLOP/s, ...)."""

    value: float
    kind: Kind

    def __float__(self) -> float:
        return float(self.value)


def Bytes(v: float) -> Quantity: return Quantity(v, Kind.BYTES)  # noqa: E704, N802
def ByteRate(v: float) -> Quantity: return Quantity(v, Kind.BYTE_RATE)  # noqa: E704, N802
def Flop(v: float) -> Quantity: return Quantity(v, Kind.FLOP)  # noqa: E704, N802
def FlopRate(v: float) -> Quantity: return Quantity(v, Kind.FLOP_RATE)  # noqa: E704, N802
def OpRate(v: float) -> Quantity: return Quantity(v, Kind.OP_RATE)  # noqa: E704, N802


def PeakRate(v: float, fmt: str) -> Quantity:  # noqa: N802
    """A throughput in the unit vendors quote for number format ``fmt`` ("int8", "fp16" ...):
    integer formats in operations per second (TOPS), floating point in FLOPS."""
    return OpRate(v) if fmt.startswith("int") else FlopRate(v)
def TokenRate(v: float) -> Quantity: return Quantity(v, Kind.TOKEN_RATE)  # noqa: E704, N802
def ImageRate(v: float) -> Quantity: return Quantity(v, Kind.IMAGE_RATE)  # noqa: E704, N802
def SampleRate(v: float) -> Quantity: return Quantity(v, Kind.SAMPLE_RATE)  # noqa: E704, N802
def Seconds(v: float) -> Quantity: return Quantity(v, Kind.SECONDS)  # noqa: E704, N802
def Percent(v: float) -> Quantity: return Quantity(v, Kind.PERCENT)  # noqa: E704, N802
def Count(v: float) -> Quantity: return Quantity(v, Kind.COUNT)  # noqa: E704, N802
def Ratio(v: float) -> Quantity: return Quantity(v, Kind.RATIO)  # noqa: E704, N802
def Perplexity(v: float) -> Quantity: return Quantity(v, Kind.PERPLEXITY)  # noqa: E704, N802


@dataclass(frozen=True)
class Timestamp:
    """A moment (a snapshot's capture time) passed to a message as is: the CLI prints it as
    ISO 8601 UTC, the window in the user's locale (« 12/11/2024 03:22 UTC »)."""

    at: datetime  # aware (any zone, shown in UTC) or naive (zone unknown, shown as written)

    @classmethod
    def parse(cls, text: str | None) -> Timestamp | None:
        """``2024-11-12T03:22:39Z`` (or any ISO 8601 form); None when missing or unreadable."""
        if not text:
            return None
        try:
            return cls(datetime.fromisoformat(text.replace("Z", "+00:00")))
        except ValueError:
            return None

    def utc(self) -> datetime | None:
        """The moment in UTC; None when the zone is unknown."""
        return self.at.astimezone(timezone.utc) if self.at.tzinfo is not None else None

    def iso(self) -> str:
        utc = self.utc()
        return utc.strftime("%Y-%m-%dT%H:%M:%SZ") if utc is not None else self.at.isoformat()


U = {
    "B": QT_TRANSLATE_NOOP("Units", "B"),
    "KiB": QT_TRANSLATE_NOOP("Units", "KiB"),
    "MiB": QT_TRANSLATE_NOOP("Units", "MiB"),
    "GiB": QT_TRANSLATE_NOOP("Units", "GiB"),
    "TiB": QT_TRANSLATE_NOOP("Units", "TiB"),
    "MB/s": QT_TRANSLATE_NOOP("Units", "MB/s"),
    "GB/s": QT_TRANSLATE_NOOP("Units", "GB/s"),
    "TB/s": QT_TRANSLATE_NOOP("Units", "TB/s"),
    "MFLOP": QT_TRANSLATE_NOOP("Units", "MFLOP"),
    "GFLOP": QT_TRANSLATE_NOOP("Units", "GFLOP"),
    "TFLOP": QT_TRANSLATE_NOOP("Units", "TFLOP"),
    "PFLOP": QT_TRANSLATE_NOOP("Units", "PFLOP"),
    "GFLOPS": QT_TRANSLATE_NOOP("Units", "GFLOPS"),
    "TFLOPS": QT_TRANSLATE_NOOP("Units", "TFLOPS"),
    "GOPS": QT_TRANSLATE_NOOP("Units", "GOPS"),
    "TOPS": QT_TRANSLATE_NOOP("Units", "TOPS"),
    "tok/s": QT_TRANSLATE_NOOP("Units", "tok/s"),
    "img/s": QT_TRANSLATE_NOOP("Units", "img/s"),
    "samples/s": QT_TRANSLATE_NOOP("Units", "samples/s"),
    "ms": QT_TRANSLATE_NOOP("Units", "ms"),
    "s": QT_TRANSLATE_NOOP("Units", "s"),
    "%": QT_TRANSLATE_NOOP("Units", "%"),
    "MHz": QT_TRANSLATE_NOOP("Units", "MHz"),
    "W": QT_TRANSLATE_NOOP("Units", "W"),
    "°C": QT_TRANSLATE_NOOP("Units", "°C"),
    "bpw": QT_TRANSLATE_NOOP("Units", "bits/weight"),
    "": Template("Units", ""),  # no unit: not a message to translate
}

_KI = 1024.0


def _decimals(x: float) -> int:
    ax = abs(x)
    return 0 if ax >= 100 else 1 if ax >= 10 else 2


def scale(q: Quantity) -> tuple[float, Template, int]:
    """Display number, unit template and decimals for a quantity."""
    v, k = float(q.value), q.kind
    if k is Kind.BYTES:
        for name, f in (("TiB", _KI**4), ("GiB", _KI**3), ("MiB", _KI**2), ("KiB", _KI)):
            if abs(v) >= f:
                return v / f, U[name], 1 if name in ("GiB", "TiB") or v / f < 100 else 0
        return v, U["B"], 0
    if k is Kind.BYTE_RATE:
        if abs(v) >= 2.5e12:  # vendors quote 2,039 GB/s (A100) but 3.35 TB/s (H100)
            return v / 1e12, U["TB/s"], 2
        if abs(v) >= 1e9:
            return v / 1e9, U["GB/s"], 0 if abs(v) >= 1e11 else 1
        return v / 1e6, U["MB/s"], _decimals(v / 1e6)
    if k is Kind.FLOP:
        for name, f in (("PFLOP", 1e15), ("TFLOP", 1e12), ("GFLOP", 1e9)):
            if abs(v) >= f:
                return v / f, U[name], _decimals(v / f)
        return v / 1e6, U["MFLOP"], _decimals(v / 1e6)
    if k is Kind.FLOP_RATE:
        if abs(v) >= 1e12:
            return v / 1e12, U["TFLOPS"], 1
        return v / 1e9, U["GFLOPS"], _decimals(v / 1e9)
    if k is Kind.OP_RATE:
        if abs(v) >= 1e12:
            return v / 1e12, U["TOPS"], 1
        return v / 1e9, U["GOPS"], _decimals(v / 1e9)
    if k is Kind.TOKEN_RATE:
        return v, U["tok/s"], _decimals(v)
    if k is Kind.IMAGE_RATE:
        return v, U["img/s"], _decimals(v)
    if k is Kind.SAMPLE_RATE:
        return v, U["samples/s"], _decimals(v)
    if k is Kind.SECONDS:
        if abs(v) < 1:
            return v * 1e3, U["ms"], _decimals(v * 1e3)
        return v, U["s"], _decimals(v)
    if k is Kind.PERCENT:
        return v, U["%"], 0 if abs(v) >= 10 else 1
    if k is Kind.MHZ:
        return v, U["MHz"], 0
    if k is Kind.WATTS:
        return v, U["W"], 0
    if k is Kind.CELSIUS:
        return v, U["°C"], 0
    if k is Kind.BITS_PER_WEIGHT:
        return v, U["bpw"], 2
    if k is Kind.RATIO:
        return v, U[""], 2
    if k is Kind.PERPLEXITY:  # differences as small as q8_0's +0.003 must not read as 0.00
        return v, U[""], 3 if abs(v) < 0.1 else 2 if abs(v) < 10 else 1
    return v, U[""], 0


class PlainFormatter:
    """English, C-locale formatting for the CLI: ``24.0 GiB``, ``1,008 GB/s``, ``98,304``."""

    def number(self, value: float, decimals: int) -> str:
        return f"{value:,.{decimals}f}"

    def format_arg(self, value: Any, renderer: Renderer) -> str:
        if isinstance(value, Message):
            return renderer.render(value)
        if isinstance(value, Template):
            return renderer.text(value)
        if isinstance(value, Quantity):
            if value.kind is Kind.COUNT:
                return self.number(value.value, 0)
            number, unit, decimals = scale(value)
            unit_text = renderer.text(unit)
            sep = "" if unit_text in ("%", "") else " "
            return f"{self.number(number, decimals)}{sep}{unit_text}"
        if isinstance(value, Timestamp):
            return value.iso()
        if isinstance(value, float):
            return self.number(value, _decimals(value))
        if isinstance(value, int):
            return self.number(value, 0)
        return str(value)


def format_quantity(q: Quantity) -> str:
    """English rendering of one quantity (CLI tables, logs)."""
    from gpuscope.text import ENGLISH

    return PlainFormatter().format_arg(q, ENGLISH)
