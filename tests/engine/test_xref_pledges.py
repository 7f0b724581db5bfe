"""A pledge or a conditional plan ("would build 100,000 homes if elected") is no count of what was done: it never
conflicts with one (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_pledge_does_not_conflict_with_a_count() -> None:
    body = (
        "Housing Minister Aoife Kerr told the Senate on Tuesday that 31,000 new homes were completed last year, the "
        "highest number since 2008.\n"
        "Opposition leader Tom Reid said rents had risen 9% in a year.\n"
        "His party would build 90,000 homes in five years if elected, he added.\n"
    )
    links = links_of(make_article(body, published="2027-03-10"))
    assert "conflicts" not in relations_between(links, "31,000 new homes", "90,000 homes"), links


def test_two_counts_of_completed_homes_still_compare() -> None:
    body = (
        "Housing Minister Aoife Kerr told parliament on Tuesday that 31,000 new homes were completed last year.\n"
        "Opposition leader Tom Reid said only 24,000 new homes were completed last year.\n"
    )
    links = links_of(make_article(body, published="2027-03-10"))
    assert relations_between(links, "31,000 new homes", "24,000 new homes") == ["conflicts"], links
