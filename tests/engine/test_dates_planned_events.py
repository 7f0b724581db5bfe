"""A strike, vote or protest a party plans or threatens for a day falls on that day still to come, not the year
before; one held or planned for a day already past stays in the past. Our own sentences."""

from __future__ import annotations

from .conftest import claim_dates


def test_a_planned_strike_falls_on_the_coming_day() -> None:
    assert claim_dates("The nurses' union plans a two-day strike on May 4.", "2032-04-10") == ["2032-05-04"]
    assert claim_dates("Cabin crew have threatened a walkout on 1 June.", "2032-04-10") == ["2032-06-01"]


def test_a_strike_held_on_a_day_stays_in_the_past() -> None:
    assert claim_dates("The nurses' union held a two-day strike on May 4.", "2032-04-10") == ["2031-05-04"]
    assert claim_dates("The party planned a rally on April 2 but called it off.", "2032-04-10") == ["2032-04-02"]
