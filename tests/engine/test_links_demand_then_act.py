"""A demand that someone act and the act itself are two reports: "called on the minister to resign" never
corroborates "the minister resigned" (issue 12), whether matched by their words or by their act. Our own
sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_call_to_resign_is_no_second_source_of_the_resignation() -> None:
    first = make_article(
        "Minister under pressure\nOpposition parties on Tuesday called on Transport Minister Ada Lind to resign after a "
        "newspaper reported that her husband's firm had won a road contract.\n",
        published="2026-03-10",
        outlet="Nordic Wire",
        title="Minister under pressure",
    )
    later = make_article(
        "Transport minister Lind resigns\nTransport Minister Ada Lind resigned on Friday, days after reports that her "
        "husband's firm had won a road contract.\n",
        published="2026-03-13",
        outlet="Reuters",
        title="Transport minister Lind resigns",
    )
    found = links_between(links_of(first, later), "resigned on Friday", "called on Transport")
    assert all(rel != "corroborates" for rel, _ in found)
    found = links_between(links_of(first, later), "Lind resigns", "called on Transport")
    assert all(rel != "corroborates" for rel, _ in found)


def test_two_calls_to_resign_still_corroborate() -> None:
    first = make_article(
        "Minister under pressure\nOpposition parties on Tuesday called on Transport Minister Ada Lind to resign over a "
        "road contract won by her husband's firm.\n",
        published="2026-03-10",
        outlet="Nordic Wire",
        title="Minister under pressure",
    )
    second = make_article(
        "Calls grow for Lind to go\nOpposition parties on Tuesday urged Transport Minister Ada Lind to resign over a "
        "road contract won by her husband's firm.\n",
        published="2026-03-10",
        outlet="Daily Ledger",
        title="Calls grow for Lind to go",
    )
    found = links_between(links_of(first, second), "urged Transport", "called on Transport")
    assert [rel for rel, _ in found] == ["corroborates"]


def test_a_demand_stops_only_the_act_it_demands() -> None:
    # "urged Norland to end its embargo" demands an end, not what the embargo is said to be: a claim agreeing with
    # its other words is still free to corroborate it
    from corpus.extract.article import extract_article
    from corpus.xref.features import features
    from corpus.xref.relations import demand_then_act

    def one(text: str) -> object:
        article = make_article(f"Headline\n{text}\n", title="Headline")
        claims, _ = extract_article(article)
        return features(claims[0], article)

    demand = one("The State Department urged Norland to end its grain embargo, noting it breaks trade rules.")
    assert not demand_then_act(demand, one("The grain embargo breaks trade rules, the trade body said."))
    assert demand_then_act(demand, one("Norland ended its grain embargo on Friday."))
