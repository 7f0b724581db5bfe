"""Two sides of a tit-for-tat told in the same words ("expelled four Delmar diplomats" / "expelling four Orvanian
diplomats"): the figures count other places' people, so the two reports never corroborate each other (issue 12).
Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _expulsions():
    first = make_article(
        "Orvania expels four Delmar diplomats\nOrvania has expelled four Delmar diplomats, accusing them of "
        "activities incompatible with their status, the foreign ministry said on Wednesday.\n",
        published="2027-06-02",
        outlet="Wire",
        title="Orvania expels four Delmar diplomats",
    )
    second = make_article(
        "Delmar hits back with expulsions\nDelmar responded on Friday by expelling four Orvanian diplomats, its "
        "foreign ministry said.\n",
        published="2027-06-04",
        outlet="Paper",
        title="Delmar hits back with expulsions",
    )
    return first, second


def test_the_other_sides_expulsion_in_the_same_words_does_not_corroborate() -> None:
    links = links_of(*_expulsions())
    assert "corroborates" not in relations_between(links, "expelling four Orvanian", "expelled four Delmar"), links


def test_the_same_expulsion_told_again_still_corroborates() -> None:
    first, _ = _expulsions()
    again = make_article(
        "Orvania orders out four envoys\nOrvania on Wednesday expelled four Delmar diplomats, the foreign ministry "
        "said, accusing them of activities incompatible with their status.\n",
        published="2027-06-03",
        outlet="Paper",
        title="Orvania orders out four envoys",
    )
    links = links_of(first, again)
    assert relations_between(links, "Orvania on Wednesday expelled", "Orvania has expelled") == ["corroborates"], links
