"""A name written as a thing's, or as common words, is no other person of the event (issue 12): "placed by the
Harbour City Rovers" names a team (an article before it), and a title-case headline's "Fierce Gale Wrecks
Ferries" is words its sentence-case reading writes small. Neither is someone another report of the same happening
fails to name. Our own sentences."""

from __future__ import annotations

from corpus.extract.entities import find_entities
from corpus.extract.names import with_countries
from corpus.model import Claim
from corpus.xref.features import features

from .conftest import links_across, make_article

_PLACED = (
    "Rovers place Brook on injured list\nThe Harbour City Rovers placed striker Dale Brook on the injured list on "
    "Wednesday with a knee sprain.\n",
    "2031-03-05",
    "Metro Wire",
)
# (its "Crown Cup" is taken for a person: the Rovers' report must not be the one to part them)
_STAR = (
    "Brook out\nDale Brook, one of the stars of last season's Crown Cup run, was placed on the injured list on "
    "Wednesday with a knee sprain.\n",
    "2031-03-05",
    "City Post",
)


def _across_bodies(stories: list[tuple[str, str, str]]) -> list[str]:
    return [relation for relation, a, b in links_across(stories) if "injured list on" in a and "injured list on" in b]


def test_a_team_named_after_the_is_no_other_person() -> None:
    assert _across_bodies([_PLACED, _STAR]) == ["corroborates"]


def test_a_team_named_as_a_person_in_one_report_is_named_by_the_other() -> None:
    # (one report writes the team bare, before the player, the other after "the": the same team, no one left out)
    bare = (
        "Brook out\nHarbour City Rovers striker Dale Brook was placed on the injured list on Wednesday with a knee "
        "sprain.\n",
        "2031-03-05",
        "Metro Wire",
    )
    placed_by = (
        "Brook out for season\nDale Brook, one of the stars of last season's Crown Cup run, was placed on the injured "
        "list on Wednesday by the Harbour City Rovers with a knee sprain.\n",
        "2031-03-05",
        "City Post",
    )
    assert _across_bodies([bare, placed_by]) == ["corroborates"]


def test_a_name_before_a_noun_after_the_still_tells_one_happening_from_another() -> None:
    # (a guard: "the Rennick Hale festival" names which festival, as a person's name would part two reports)
    one = (
        "Festival crowds\nThe Rennick Hale festival drew 60,000 people on Saturday, organisers said.\n",
        "2031-07-06",
        "Metro Wire",
    )
    other = (
        "Festival crowds\nThe Dova Mills festival drew 60,000 people on Saturday, organisers said.\n",
        "2031-07-06",
        "City Post",
    )
    assert "corroborates" not in [relation for relation, _, _ in links_across([one, other])]


_TITLE = "Fierce Gale Wrecks Ferries in Velmar; Ferry Captain Ines Marlow Hurt"
_BODY = (
    f"{_TITLE}\nA fierce gale wrecked two ferries in Velmar on Tuesday, injuring the ferry captain, Ines Marlow, "
    "officials said.\n"
)


def test_a_title_case_headline_s_common_words_are_no_person() -> None:
    claim = Claim(
        id="h",
        article_id="a",
        start=0,
        end=len(_TITLE),
        text=_TITLE,
        kind="quantity",
        speaker=None,
        certainty="asserted",
        entities=with_countries(find_entities(_TITLE)),
    )
    people = features(claim, make_article(_BODY, title=_TITLE)).people
    # (the words its reading writes small name no one; the captain, written with capitals, is still a person)
    assert not any("Gale" in name for name in people)
    assert any("Marlow" in name for name in people)


def _fall(name: str) -> tuple[str, str, str]:
    return (
        f"Climber killed\nThe climber {name}, 41, was killed on Sunday when he fell 80 metres from the Vesk ridge, "
        "rangers said.\n",
        "2031-02-10",
        "Alpine News",
    )


def test_a_surname_spelt_one_letter_apart_by_another_outlet_is_one_person() -> None:
    other = (
        "Fall on Vesk ridge\nEwan Tarle, a 41-year-old climber, was killed on Sunday after a fall of 80 metres from "
        "the Vesk ridge, rangers said.\n",
        "2031-02-10",
        "Mountain Wire",
    )
    assert "corroborates" in [relation for relation, _, _ in links_across([_fall("Ewan Tarl"), other])]


def test_a_surname_more_than_a_letter_apart_is_another_person() -> None:
    # (a guard: one given name does not make "Tarl" and "Tarbet" one climber)
    assert "corroborates" not in [
        relation for relation, _, _ in links_across([_fall("Ewan Tarl"), _fall("Ewan Tarbet")])
    ]


def test_a_town_named_after_city_of_or_a_bearing_is_no_person() -> None:
    city = (
        "Quake kills four\nThe quake struck the city of Vardan Osk on Tuesday, killing four people, officials said.\n",
        "2031-04-08",
        "Metro Wire",
    )
    bearing = (
        "Four dead in quake\nFour people were killed on Tuesday when the quake struck 30 miles south of Merra Dune, "
        "officials said.\n",
        "2031-04-08",
        "City Post",
    )
    assert "corroborates" in [relation for relation, _, _ in links_across([city, bearing])]
