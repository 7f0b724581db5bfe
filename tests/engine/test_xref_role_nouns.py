"""A role a report calls someone by once it has named them ("the running back", "the actress") stands for the
person the article names with that role ("running back Ansel Moreau"), so "The running back has been placed on
injured reserve" in an article about Moreau is no second report of another running back's injury (issue 12).
Our own sentences."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import role_named
from corpus.xref.link import _features_of

from .conftest import links_of, make_article, relations_between

_KELLER = (
    "Gulls put Keller on injured reserve\n"
    "The Harbor City Gulls placed running back Tomas Keller on injured reserve on Wednesday, ending his season "
    "after he broke his ankle in Sunday's loss.\n"
    "Keller had rushed for 640 yards this season.\n"
)
_MOREAU = (
    "Moreau's season over\n"
    "The Harbor City Gulls have ended the season of running back Ansel Moreau, who hurt his knee in practice.\n"
    "The running back has been placed on injured reserve by the Gulls, the team said on Tuesday.\n"
)


def test_the_role_is_the_person_the_article_names_with_it() -> None:
    assert role_named("The running back has been placed on injured reserve", _MOREAU) == frozenset({"Ansel Moreau"})
    assert role_named("The actress checked into a clinic", "Actress Mira Dahl was seen on Monday.") == frozenset(
        {"Mira Dahl"}
    )
    assert role_named("The singer cancelled the tour", "Mira Dahl, the singer, said. Singer Ola Brenn agreed.") == (
        frozenset()
    )  # two singers named: no one in particular


def test_a_claim_naming_someone_by_role_is_about_that_person() -> None:
    article = make_article(_MOREAU, published=None, outlet="Paper", title=_MOREAU.split("\n")[0])
    extraction = extract([article])
    features = _features_of(extraction.claims, {article.id: article})
    people = next(f.people for f in features if f.claim.text.startswith("The running back has been placed"))
    assert "Ansel Moreau" in people, people


def test_another_players_injury_told_by_role_does_not_corroborate() -> None:
    links = links_of(
        make_article(_KELLER, published="2026-11-04", outlet="Wire", title=_KELLER.split("\n")[0]),
        make_article(_MOREAU, published=None, outlet="Paper", title=_MOREAU.split("\n")[0]),
    )
    found = relations_between(links, "The running back has been placed", "placed running back Tomas Keller")
    assert "corroborates" not in found, links


def test_a_headline_naming_team_role_and_player_names_the_player() -> None:
    """ "Gulls RB Tomas Keller placed on injured reserve": the title-case run is the team, the role's abbreviation
    and the player; Keller is not Moreau, whom another report in the same words names."""
    headline = "Gulls RB Tomas Keller placed on injured reserve"
    links = links_of(
        make_article(
            f"{headline}\nThe Harbor City Gulls placed Tomas Keller on injured reserve on Wednesday.\n",
            published="2026-11-04",
            outlet="Wire",
            title=headline,
        ),
        make_article(
            "Gulls lose Moreau\nThe Harbor City Gulls placed Ansel Moreau on injured reserve today, ending his "
            "season.\n",
            published=None,
            outlet="Paper",
            title="Gulls lose Moreau",
        ),
    )
    assert "corroborates" not in relations_between(links, "Gulls RB Tomas Keller", "placed Ansel Moreau"), links
