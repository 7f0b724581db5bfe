"""The sum taken in a robbery is the haul, comparable across reports of that robbery in the same currency,
never with a robbery elsewhere (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import links_of, make_article, relations_between


def test_a_sum_taken_in_a_raid_is_what_was_stolen() -> None:
    (claim,) = extract_article(make_article("About £45,000 was taken in the raid on the Dunmere branch.\n"))[0]
    assert [q.measure for q in claim.quantities] == ["stolen"]


def test_two_reports_of_one_haul_corroborate_and_another_towns_do_not() -> None:
    first = make_article(
        "Police in Dunmere have arrested a 41-year-old man over the armed robbery of the Dunmere Savings bank on "
        "Tuesday, officers said.\nAbout £45,000 was taken in the raid on the Dunmere Savings bank.\n",
        published="2027-04-17",
        outlet="Wire One",
    )
    second = make_article(
        "A man has been charged over Tuesday's armed robbery at Dunmere Savings, police said.\n"
        "Police said around £45,000 in cash was stolen from the Dunmere Savings bank.\n",
        published="2027-04-18",
        outlet="Daily Ledger",
    )
    elsewhere = make_article(
        "Two men robbed a post office in Castlebrook on Thursday, police said.\n"
        "Police said about £45,000 in cash was stolen from the Castlebrook post office.\n",
        published="2027-04-18",
        outlet="North Desk",
    )
    links = links_of(first, second, elsewhere)
    assert relations_between(links, "taken in the raid", "in cash was stolen from the Dunmere") == ["corroborates"], (
        links
    )
    assert "corroborates" not in relations_between(links, "Castlebrook post office", "Dunmere"), links
