"""Evacuees are the displaced ("the number of evacuees rose to about 6,800" is the next value of "more than 3,000
people were forced to leave their homes"), and a forecast is a forecast however many words name what will rise
("expected the number of people forced from their homes to rise to as many as 10,000"): a count reported the
next day is no later value of it. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, second: str) -> list[tuple[str, str, str, str]]:
    return links_of(
        make_article(
            f"Volcano erupts on Tarel\n{first}\n",
            published="2026-06-01",
            outlet="Wire",
            title="Volcano erupts on Tarel",
        ),
        make_article(f"Tarel evacuees\n{second}\n", published="2026-06-02", outlet="Paper", title="Tarel evacuees"),
    )


def test_evacuees_are_the_displaced() -> None:
    links = _pair(
        "The volcano on Tarel island erupted on Tuesday, forcing more than 3,000 people to leave their homes, the "
        "disaster agency said.",
        "The number of evacuees on Tarel island rose to about 6,800 on Wednesday, the disaster agency said.",
    )
    assert relations_between(links, "6,800", "3,000") == ["updates"], links


def test_a_long_forecast_is_not_updated_by_the_next_days_count() -> None:
    links = _pair(
        "The disaster agency on Tarel island said it expected the number of people forced from their homes to "
        "rise to as many as 10,000 if the eruptions continued.",
        "More than 3,000 people on Tarel island had fled their homes by Wednesday, the disaster agency said.",
    )
    assert "updates" not in relations_between(links, "3,000", "10,000"), links
