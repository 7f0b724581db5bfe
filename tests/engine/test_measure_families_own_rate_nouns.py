"""A rate noun right before its percentage ("growth of 0.4%") names that figure's rate, not a rate named further back in
the sentence ("kept its main rate at 5.25%, saying growth of 0.4% ...") (issue 13). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _measure(sentence: str, figure: str) -> str | None:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text == figure)


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        (
            "The Bank of Ostra kept its main rate at 4.75%, saying growth of 0.6% showed a recovery.",
            "0.6%",
            "growth rate",
        ),
        ("The bank's key rate stays at 3%, with unemployment at 6.2% and rising.", "6.2%", "unemployment rate"),
        (
            "The Bank of Ostra kept its main rate at 4.75%, saying growth of 0.6% showed a recovery.",
            "4.75%",
            "interest rate",
        ),
    ],
)
def test_the_rate_noun_before_a_percentage_is_its_own(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


def test_a_rate_revised_down_or_up_for_its_period_is_still_that_rate() -> None:
    sentence = "Growth in the third quarter was revised down to 0.2% from an initial estimate of 0.5%."
    assert _measure(sentence, "0.2%") == "growth rate"
    assert _measure("Inflation for May was revised up to 2.9%.", "2.9%") == "inflation rate"
