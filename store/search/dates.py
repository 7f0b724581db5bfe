"""Partial ISO dates ("2024", "2024-10", "2024-10-11") and a figure's periods ("2024-Q3",
"2024-H1": ``Quantity.period``) as day intervals.

A claim dated "2024-10" covers every day of October 2024; filters compare these
intervals, so a partial date never pretends to be more precise than it is.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

_ISO = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
_QUARTER_OR_HALF = re.compile(r"^(\d{4})-(?:[Qq]([1-4])|[Hh]([12]))$")


def date_interval(text: str | None) -> tuple[int, int] | None:
    """``(first_day, last_day)`` as ``date.toordinal()`` values, or None when not a date."""
    if not text:
        return None
    match = _ISO.match(text.strip())
    if not match:
        return _quarter_or_half(text.strip())
    year = int(match.group(1))
    month = int(match.group(2)) if match.group(2) else None
    day = int(match.group(3)) if match.group(3) else None
    try:
        if month is None:
            return date(year, 1, 1).toordinal(), date(year, 12, 31).toordinal()
        if day is None:
            last = calendar.monthrange(year, month)[1]
            return date(year, month, 1).toordinal(), date(year, month, last).toordinal()
        point = date(year, month, day).toordinal()
    except ValueError:  # month 13, day 31 of April, year 0
        return None
    return point, point


def _quarter_or_half(text: str) -> tuple[int, int] | None:
    """ "2024-Q3" (July to September), "2024-H1" (January to June); else None."""
    match = _QUARTER_OR_HALF.match(text)
    if not match:
        return None
    year, quarter, half = int(match.group(1)), match.group(2), match.group(3)
    months = 3 if quarter else 6
    first_month = (int(quarter or half) - 1) * months + 1
    last_month = first_month + months - 1
    try:
        last = calendar.monthrange(year, last_month)[1]
        return date(year, first_month, 1).toordinal(), date(year, last_month, last).toordinal()
    except ValueError:  # year 0
        return None
