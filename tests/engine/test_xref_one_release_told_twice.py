"""Two outlets reporting one statistics release ("the rate rose to 5.3% from 5.1%") corroborate each other:
the earlier value both name is no figure either replaces in the other, and the jobless rate is the
unemployment rate (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import links_of, make_article, relations_between


def test_the_jobless_rate_is_the_unemployment_rate() -> None:
    (claim,) = extract_article(make_article("The Ostland jobless rate climbed to 5.3 per cent in May.\n"))[0]
    assert [q.measure for q in claim.quantities] == ["unemployment rate"]


def test_one_release_told_by_two_outlets_is_corroboration_not_revision() -> None:
    wire = make_article(
        "Ostland's unemployment rate rose to 5.3% in the three months to May from 5.1% in the previous quarter, "
        "the statistics office said on Tuesday.\n",
        published="2027-06-15",
        outlet="Wire One",
    )
    paper = make_article(
        "The Ostland jobless rate climbed to 5.3 per cent in the quarter to May, official figures showed yesterday, "
        "up from 5.1 per cent.\n",
        published="2027-06-16",
        outlet="Daily Ledger",
    )
    links = links_of(wire, paper)
    assert relations_between(links, "jobless rate climbed", "unemployment rate rose") == ["corroborates"], links


def test_a_later_rate_up_from_the_earlier_one_still_updates_it() -> None:
    first = make_article(
        "Ostland's unemployment rate was 5.1% in the first quarter, the statistics office said.\n",
        published="2027-03-15",
        outlet="Wire One",
    )
    later = make_article(
        "Ostland's unemployment rate rose to 5.3% in the quarter to May, up from 5.1%, the statistics office said.\n",
        published="2027-06-15",
        outlet="Daily Ledger",
    )
    links = links_of(first, later)
    assert "corroborates" not in relations_between(links, "rose to 5.3%", "was 5.1%"), links
