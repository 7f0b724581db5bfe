"""Quantity rules: the whole after a part in words ("three of the", "none of the")."""

from __future__ import annotations

import pytest

from .conftest import claimed_figures


@pytest.mark.parametrize(
    "text, whole, measure",
    [
        ("Three of the 20 people on board were killed.", "20", "killed total"),
        ("Rebels hold eight of the 90 seats in the assembly.", "90", "seats total"),
        ("None of the 40 passengers were hurt, the airline said.", "40", "wounded total"),
    ],
)
def test_the_whole_after_a_part_in_words_is_the_total(text, whole, measure) -> None:
    (q,) = [q for q in claimed_figures(text) if q.text == whole]
    assert q.measure == measure
