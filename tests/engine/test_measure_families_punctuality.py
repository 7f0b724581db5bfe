"""A share of a service's runs that kept to time is that service's punctuality (issue 13: a figure's measure), never
compared with another service's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import compared_measure

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Only 71.2% of trains arrived on time in March.", "71.2%", "train punctuality"),
        ("Just 64% of flights from the airport left on time last month.", "64%", "flight punctuality"),
        ("Some 88% of the network's services ran on time.", "88%", "service punctuality"),
    ],
)
def test_runs_that_kept_to_time_are_punctuality(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_train_punctuality_is_never_compared_with_a_flight_punctuality() -> None:
    trains = _figure("Only 71% of trains arrived on time.", "71%")
    flights = _figure("Only 71% of flights arrived on time.", "71%")
    assert compared_measure(trains) != compared_measure(flights)


def test_a_share_of_runs_that_did_something_else_stays_a_share() -> None:
    assert _figure("About 40% of trains were cancelled.", "40%").measure == "share of trains"
