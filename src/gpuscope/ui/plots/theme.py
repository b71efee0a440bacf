"""Plot colours for the light and dark themes (colour-blind-safe Okabe-Ito palette)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PlotTheme:
    background: str
    foreground: str
    grid_alpha: float
    series: tuple[str, ...]
    ok: str
    bad: str
    warn: str
    limit: str  # total VRAM line
    free: str  # free VRAM line


LIGHT = PlotTheme("#ffffff", "#202124", 0.25,
                  ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00"),
                  "#1e7b34", "#b3261e", "#a86400", "#202124", "#5f6368")
DARK = PlotTheme("#1e1f22", "#e8eaed", 0.3,
                 ("#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00"),
                 "#81c995", "#f28b82", "#fdd663", "#e8eaed", "#9aa0a6")


def with_alpha(colour: str, alpha: int) -> tuple[int, int, int, int]:
    c = colour.lstrip("#")
    return int(c[0:2], 16), int(c[2:4], 16), int(c[4:6], 16), alpha
