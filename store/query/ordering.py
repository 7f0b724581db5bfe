"""How claims and figures are put in date order, the same in every view."""

from __future__ import annotations


def date_key(date: str | None) -> tuple[int, str]:
    """Sort key: undated last, partial ISO dates sort before the days inside them."""
    return (0, date) if date else (1, "")
