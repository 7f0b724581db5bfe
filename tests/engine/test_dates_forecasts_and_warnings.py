"""A weekday in a forecast or a warning said in the present lies ahead of the report."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _dates(sentence: str, published: str = "2026-05-20") -> list[str | None]:  # (a Wednesday)
    claims, _ = extract_article(Article("w1", "Weather", None, [], published, False, "w1.txt", sentence + "\n"))
    return [c.date for c in claims if c.quantities]


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Up to 40mm of rain is expected on Friday.", "2026-05-22"),
        ("Highs of 34C are forecast for Sunday.", "2026-05-24"),
        ("Forecasters warned of up to 40mm of rain on Friday.", "2026-05-22"),
        ("The agency issued a warning for gusts of 70mph on Saturday.", "2026-05-23"),
    ],
)
def test_a_weekday_forecast_or_warned_of_lies_ahead(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Police warned on Friday that 40 people had been arrested.", "2026-05-15"),
        ("Officials warned of flooding after 80mm of rain fell on Friday.", "2026-05-15"),
        ("About 30mm of rain fell on Friday.", "2026-05-15"),
    ],
)
def test_a_weekday_of_what_was_said_or_happened_lies_behind(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Wind chills could dip to minus 40F on Tuesday night, forecasters said.", "2026-05-26"),
        ("Gusts could reach 60mph on Friday.", "2026-05-22"),
        ("Crews could not restore power to 3,000 homes on Friday.", "2026-05-15"),
        ("The 12 climbers could have reached the summit on Friday.", "2026-05-15"),
    ],
)
def test_a_weekday_of_what_could_happen_lies_ahead(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


@pytest.mark.parametrize(
    "sentence, date",
    [
        ("Forecasters warned of gusts of up to 80mph and 50-70mm of rain on Friday.", "2026-05-22"),
        ("Officials warned of flooding, and 80mm of rain fell on Friday.", "2026-05-15"),
    ],
)
def test_a_weekday_ending_a_list_of_what_is_warned_of_lies_ahead(sentence: str, date: str) -> None:
    assert _dates(sentence) == [date]


def test_a_month_in_a_clause_of_time_under_reported_what_would_come_lies_ahead() -> None:
    def dated(sentence: str) -> list[str | None]:
        claims, _ = extract_article(Article("w2", None, None, [], "2026-04-08", False, "w2.txt", sentence + "\n"))
        return [c.date for c in claims]

    assert dated("Ruiz said the board would hold 12 hearings before voting in June.") == ["2026-06"]
    # what was done before a month is still of the month past
    assert dated("Ruiz said the board held 12 hearings before voting in June.") == ["2025-06"]


def test_a_start_date_in_the_next_month_lies_ahead() -> None:
    claims, _ = extract_article(
        Article(
            "w3",
            None,
            None,
            [],
            "2026-02-18",
            False,
            "w3.txt",
            "Union leader Ana Brisk said 91% of members backed a walkout starting March 4.\n",
        )
    )
    assert [c.date for c in claims] == ["2026-03-04"]
