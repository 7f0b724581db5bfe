"""How many came to a gathering (the family the cross-references compare a gathering's reports by), and a month
named with a price or a schedule in the present, still to come. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _claims(sentence: str, published: str = "2026-05-01"):
    claims, _ = extract_article(Article("cw", "Town", None, [], published, False, "cw.txt", sentence + "\n"))
    return claims


def _measures(sentence: str) -> list[str | None]:
    return [q.measure for c in _claims(sentence) for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measures",
    [
        ("Police put the crowd at 35,000.", ["turnout"]),
        ("A crowd of 48,000 watched the final.", ["turnout"]),
        (
            "Organisers said 60,000 people joined the march, while police put the turnout at 25,000.",
            ["turnout", "turnout"],
        ),
        ("Nearly 2,000 turned out in the rain.", ["turnout"]),
    ],
)
def test_how_many_came_to_a_gathering_is_its_turnout(sentence: str, measures: list[str]) -> None:
    assert _measures(sentence) == measures


@pytest.mark.parametrize(
    "sentence",
    ["The stadium holds 40,000 people.", "The firm's 5,000 workers marched out.", "The club has 300 members."],
)
def test_other_counts_of_people_are_no_turnout(sentence: str) -> None:
    assert "turnout" not in _measures(sentence)


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Rooms at the hotel go for €290 a night in August.", "2026-08"),
        ("A season ticket costs £640 in August.", "2026-08"),
        # (a schedule told beside the thing it is of: "due in August")
        ("Aid groups say the rainy season, due in August, will flood 40 camps.", "2026-08"),
    ],
)
def test_a_month_named_with_a_price_in_the_present_is_the_coming_one(sentence: str, date: str) -> None:
    assert _claims(sentence)[0].date == date


@pytest.mark.parametrize(
    "sentence",
    [
        "Exports rose 6.2% in August from a year earlier.",
        "Tickets cost £20 and the show opened in August.",
        "Housing starts in August fell 3%.",
        "The first payment of $40 million, due in August, was never made.",
    ],
)
def test_a_month_of_what_happened_stays_the_last_one(sentence: str) -> None:
    assert _claims(sentence)[0].date == "2025-08"
