"""A central bank's rate by its other names is its interest rate (issue 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank's main rate has been 3.75% since March.",
        "The central bank lifted its key rate to 6% on Thursday.",
        "The benchmark rate stands at 3.75%.",
        "Rate-setters left the policy rate at 3.75%.",
    ],
)
def test_a_central_banks_rate_is_the_interest_rate(sentence: str) -> None:
    [q] = find_quantities(sentence, 0, [])
    assert q.measure == "interest rate"


@pytest.mark.parametrize(
    "sentence",
    ["The main rate of sales tax is 21%.", "The main rate is 21%, the tax office said."],
)
def test_other_main_rates_stay_apart(sentence: str) -> None:
    [q] = find_quantities(sentence, 0, [])
    assert q.measure != "interest rate"
