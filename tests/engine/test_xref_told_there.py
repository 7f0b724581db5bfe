"""A figure told "there", after a sentence naming another place, is that place's count (sentences written for these
tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

_STRONG = {"corroborates", "conflicts", "updates"}


def test_a_count_told_there_is_the_count_of_the_place_named_before() -> None:
    main = make_article(
        "Heat keeps medics busy at Brightwater Festival\nMedics treated 900 people over the weekend, most of them for "
        "heat exhaustion, and 21 were taken to hospital, the ambulance service said.\n",
        published="2034-07-10",
        outlet="Gazette",
        title="Heat keeps medics busy at Brightwater Festival",
    )
    round_up = make_article(
        "Festival round-up\nThe Brightwater Festival ended on Sunday after four days of heat.\nThe Kelderwick Folk Weekend in Tarnby, held on the same weekend, drew 30,000 people, its "
        "organisers said. Nine people were taken to hospital there.\n",
        published="2034-07-12",
        outlet="Courier",
        title="Festival round-up",
    )
    links = links_of(main, round_up)
    assert not _STRONG & set(relations_between(links, "21 were taken to hospital", "Nine people")), links
