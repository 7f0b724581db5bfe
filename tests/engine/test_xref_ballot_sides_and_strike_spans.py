"""A ballot's share is one side's of one vote: "94.6% of union members voted to reject" and "About 59% of members voted
in favour" are the no and the yes of two votes, and "voted 64% to reject" is a no; "a strike of more than seven weeks"
says how long, not how many struck (issues 12, 13). Our own sentences."""

from __future__ import annotations

from .conftest import claims_in, links_of, make_article, relations_between

_STRONG = {"conflicts", "updates", "corroborates"}


def test_the_yes_share_of_a_later_vote_is_no_later_value_of_an_earlier_no_share() -> None:
    links = links_of(
        make_article(
            "Dock workers strike\nAbout 9,000 dock workers walked out on Friday after 91.2% of union members voted to "
            "reject a contract offer, the union said.\n",
            published="2034-05-12",
            outlet="Wire One",
            title="Dock workers strike",
        ),
        make_article(
            "Dock strike ends\nDock workers accepted a new contract on Monday, ending the strike, the union said.\nAbout "
            "61% of members voted in favour.\n",
            published="2034-06-20",
            outlet="Daily Two",
            title="Dock strike ends",
        ),
    )
    assert not _STRONG & set(relations_between(links, "About 61% of members", "91.2% of union members")), links


def test_a_share_between_voted_and_its_side_is_that_sides() -> None:
    from corpus.xref.frames import frame_measure

    [claim] = claims_in("The striking dockers voted 58% to reject the new offer, the union said on Wednesday.")
    [share] = [q for q in claim.quantities if q.unit == "percent"]
    assert frame_measure(share, claim) == "no vote share"


def test_a_strike_of_some_weeks_counts_no_strikers() -> None:
    [claim] = claims_in("Dockers voted to accept the offer on Monday, ending a strike of more than seven weeks.")
    [weeks] = claim.quantities
    assert weeks.unit == "week" and weeks.measure != "strikers"
    [claim] = claims_in("A strike by about 3,000 cleaners began on Monday.")
    assert [q.measure for q in claim.quantities] == ["strikers"]
