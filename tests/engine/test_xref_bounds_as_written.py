"""A bound's number is as written (issue 12): "at least 59 people were killed" on Sunday and "the number killed has
risen to 61" the next day are two values of a rising toll, so the later one updates the first, though 61 is within
5% of 59. Two sources' "at least 59" and "61" of the same day still agree. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_FIRST = (
    "Nightclub fire kills 59\nAt least 59 people were killed in a fire at a nightclub in the town of Vessa on Sunday, "
    "police said.\n"
)


def _with(second: str, day: str):
    return links_of(
        make_article(_FIRST, published="2027-03-14", outlet="Wire", title=_FIRST.split("\n")[0]),
        make_article(second, published=day, outlet="Paper", title=second.split("\n")[0]),
    )


def test_a_toll_risen_just_past_the_bound_the_next_day_updates_it() -> None:
    links = _with(
        "Vessa fire toll rises to 61\nThe number of people killed in the Vessa nightclub fire has risen to 61, the "
        "health ministry said on Monday.\n",
        "2027-03-15",
    )
    assert relations_between(links, "has risen to 61", "At least 59 people") == ["updates"], links


def test_another_sources_count_just_past_the_bound_the_same_day_corroborates() -> None:
    links = _with(
        "Vessa fire\nSixty-one people were killed in the fire at the Vessa nightclub on Sunday, the regional hospital "
        "said.\n",
        "2027-03-14",
    )
    assert relations_between(links, "Sixty-one people", "At least 59 people") == ["corroborates"], links
