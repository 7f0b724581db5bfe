"""News never writes a fraction unreduced or whole: "two quarters of slowing sales" and "five quarters in a row" are
periods counted, not a half or more than one whole; "three quarters of voters", "two-thirds of the homes" and
"two-fifths had no savings" stay fractions (sentences written for these tests)."""

from __future__ import annotations

import pytest

from .conftest import sentence_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "Brenmoor cut staff after two quarters of falling orders.",
        "Factory output grew for five quarters in a row.",
        "Two quarters of losses left the lender short of capital.",
    ],
)
def test_quarters_counted_are_no_fraction(sentence: str) -> None:
    assert all(unit != "fraction" for _, unit, _, _ in sentence_figures(sentence))


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("Three quarters of voters backed the plan.", "Three quarters"),
        ("Two-thirds of the homes were damaged.", "Two-thirds"),
        ("Two-fifths had no savings at all.", "Two-fifths"),
    ],
)
def test_reduced_fractions_stay_fractions(sentence: str, text: str) -> None:
    assert [(t, unit) for t, unit, _, _ in sentence_figures(sentence)] == [(text, "fraction")]
