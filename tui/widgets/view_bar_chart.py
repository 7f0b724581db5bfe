"""Horizontal bars of unicode blocks, one per reported value, readable without colour.

█ a stated value (with eighth blocks for precision), ▓ an approximate one,
░ the span of an interval or of a bound, ▸ a value open upwards (">6,000").
Bars share one linear scale per table, so two reports of the same measure
can be compared by length at a glance.
"""

from __future__ import annotations

from rich.text import Text

SOLID, APPROXIMATE, SPAN, OPEN_UP = "█", "▓", "░", "▸"
_EIGHTHS = " ▏▎▍▌▋▊▉"
LEGEND = f"{SOLID} value  {APPROXIMATE} approx.  {SPAN} range  {OPEN_UP} or more"


def _solid(cells: float) -> str:
    """``cells`` cells of █, the remainder as an eighth block; never empty for a positive value."""
    whole, eighths = int(cells), round((cells - int(cells)) * 8)
    if eighths == 8:
        whole, eighths = whole + 1, 0
    text = SOLID * whole + (_EIGHTHS[eighths] if eighths else "")
    return text or ("▏" if cells > 0 else "")


def bar(
    value: float | None,
    low: float | None,
    high: float | None,
    scale: float,
    width: int,
    approximate: bool = False,
) -> Text:
    """One bar, ``width`` cells for ``scale``; ``value`` wins over ``low``/``high``."""
    if scale <= 0 or width <= 0:
        return Text("", end="")

    def cells(number: float) -> float:
        return max(0.0, min(number, scale)) / scale * width

    text = Text(end="", no_wrap=True, overflow="crop")
    if value is not None:
        if approximate:
            text.append(APPROXIMATE * max(1 if value > 0 else 0, round(cells(value))), style="yellow")
        else:
            text.append(_solid(cells(value)), style="cyan")
        return text
    if low is not None:
        if high is None:  # the ▸ after it stays within the width: at the scale, it was cut to "…"
            text.append(_solid(min(cells(low), width - 1)), style="cyan")
            text.append(OPEN_UP, style="bold")
            return text
        if high <= low:
            text.append(_solid(cells(low)), style="cyan")
            return text
        # Whole cells up to the low end, then the range through the high end: at least one cell of
        # it, so a narrow stated range ("3,800-4,000" at a scale of 6,000) never reads as a value.
        below = int(cells(low))
        text.append(SOLID * below, style="cyan")
        text.append(SPAN * max(1, round(cells(high)) - below), style="blue")
        return text
    if high is not None:
        text.append(SPAN * max(1, round(cells(high))), style="blue")
    return text
