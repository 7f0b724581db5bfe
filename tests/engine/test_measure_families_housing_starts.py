"""Homes builders began or finished are the housing market's starts and completions (issue 13: a figure's measure),
never a count of homes a disaster hit. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Housebuilders started work on 27,400 homes between April and June.", "27,400", "housing starts"),
        ("The developer broke ground on 1,150 flats last year.", "1,150", "housing starts"),
        ("Builders completed 41,900 new homes in the first quarter.", "41,900", "housing completions"),
    ],
)
def test_homes_begun_or_finished_are_starts_or_completions(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The tornado destroyed 640 homes in the county.", "640"),
        ("The housing association owns 3,200 homes.", "3,200"),
    ],
)
def test_homes_no_builder_began_stay_homes(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure not in ("housing starts", "housing completions")
