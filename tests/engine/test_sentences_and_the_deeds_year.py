"""A prison term told with the day between verb and term ("jailed on Friday for 12 years"), or cut for a named
person ("cut Ana Reis's sentence ... to nine years"), is a prison sentence; the year of the deed a sentence answers
for ("jailed for the 2024 theft") is not the claim's date (issues 12 and 13). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities

from .conftest import claims_in, links_of, make_article, relations_between


@pytest.mark.parametrize(
    "sentence",
    [
        "Two men were jailed on Tuesday for a total of 19 years.",
        "An appeals court cut Ana Reis's sentence for the bank fraud to nine years.",
    ],
)
def test_a_prison_term_is_a_prison_sentence(sentence: str) -> None:
    assert [q.measure for q in find_quantities(sentence, 0, []) if q.unit == "year"] == ["prison sentence"]


def test_the_deeds_year_is_not_the_claims_date() -> None:
    [claim] = claims_in("Ana Reis was jailed for 12 years for the 2024 theft of gold worth 3 million euros.\n")
    assert claim.date != "2024"


def test_one_sentence_told_by_two_reports_corroborates() -> None:
    first = make_article(
        "The ringleader, Ana Reis, was sentenced to 12 years, the court said.",
        published="2026-06-20",
        outlet="Wire One",
        title="Gold heist gang jailed in Porto",
    )
    second = make_article(
        "Ana Reis, 41, was jailed for 12 years for the 2024 theft of 3 million euros of gold, a Porto court ruled.",
        published="2026-06-20",
        outlet="Wire Two",
        title="Porto gold heist gang sentenced",
    )
    links = links_of(first, second)
    assert relations_between(links, "sentenced to 12 years", "jailed for 12 years") == ["corroborates"]
