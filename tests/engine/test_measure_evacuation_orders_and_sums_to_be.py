"""People "under evacuation orders" are the evacuated (not those under warnings, told only to be ready); a sum a
named noun "would be" is that noun's ("The cost of the repairs would be about $90 million": a cost). Sentences
written for these tests."""

from __future__ import annotations

import pytest

from .conftest import sentence_figures


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 14,000 people remained under evacuation orders in two valleys.",
        "About 3,500 residents are still under an evacuation order, the sheriff said.",
    ],
)
def test_people_under_evacuation_orders_are_evacuated(sentence: str) -> None:
    assert sentence_figures(sentence)[0][2] == "evacuated"


def test_people_under_evacuation_warnings_are_not_evacuated() -> None:
    assert sentence_figures("Some 2,000 people are under evacuation warnings.")[0][2] != "evacuated"


def test_a_cost_that_would_be_a_sum_is_a_cost() -> None:
    assert sentence_figures("The cost of the repairs would be about $90 million.")[0][2] == "cost"
