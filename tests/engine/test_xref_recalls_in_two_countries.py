"""A recall expanded to a larger number updates the first count; the same recall counted in another country is
another count, never its revision; a country named in a body's name ("Transport Canada") is still the place the
claim names; a plural acronym ("SUVs") is no name (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.extract.entities import find_entities

from .conftest import links_of, make_article, relations_between

US_FIRST = (
    "Orvane Motors is recalling about 150,000 pickup vehicles in the United States because a seat belt anchor can "
    "break, the National Highway Traffic Safety Administration said on Thursday.\n"
)
US_LATER = (
    "Orvane Motors on Tuesday expanded its recall of pickup trucks with faulty anchors to 260,000 vehicles, "
    "according to documents filed with U.S. regulators.\n"
)
CANADA = (
    "Orvane Motors is recalling about 31,000 pickup trucks in Canada over the same seat belt anchor, Transport Canada "
    "said on Friday.\n"
)


def _articles() -> list:
    return [
        make_article(US_FIRST, published="2027-06-03", outlet="Wire One"),
        make_article(US_LATER, published="2027-07-13", outlet="Daily Ledger"),
        make_article(CANADA, published="2027-06-04", outlet="North Desk"),
    ]


def test_an_expanded_recall_updates_the_first_count() -> None:
    links = links_of(*_articles())
    assert relations_between(links, "expanded its recall", "150,000") == ["updates"], links


def test_a_recall_in_another_country_is_no_revision() -> None:
    links = links_of(*_articles())
    assert "updates" not in relations_between(links, "expanded its recall", "31,000"), links
    assert "corroborates" not in relations_between(links, "150,000", "31,000"), links


def test_a_country_inside_a_bodys_name_is_still_the_claims_place() -> None:
    (claim,) = extract_article(make_article(CANADA))[0]
    assert "Canada" in claim.entities


def test_a_plural_acronym_is_no_name() -> None:
    assert [m.name for m in find_entities("Orvane sold 40,000 SUVs and 9,000 EVs last year.")] == ["Orvane"]


def test_a_worldwide_count_is_no_revision_of_one_countrys() -> None:
    first = make_article(US_FIRST, published="2027-06-03", outlet="Wire One")
    later = make_article(
        "Orvane Motors on Thursday expanded its recall to about 390,000 vehicles worldwide, the company said.\n",
        published="2027-07-13",
        outlet="Daily Ledger",
    )
    links = links_of(first, later)
    assert "updates" not in relations_between(links, "390,000", "150,000"), links
