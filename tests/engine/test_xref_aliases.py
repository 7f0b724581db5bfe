"""Names an article gives an entity itself, so reports that use either name meet (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.extract.entities import defined_acronyms, directional_short_form, initials
from corpus.xref.features import features

from .conftest import make_article


def _entities(body: str) -> list[frozenset[str]]:
    article = make_article(body)
    return [features(c, article).entities for c in extract_article(article)[0]]


def test_an_acronym_defined_in_parentheses_is_the_long_names_alias() -> None:
    assert defined_acronyms("The National Rail Safety Board (NRSB) opened an inquiry.") == {
        "National Rail Safety Board": "NRSB"
    }
    assert defined_acronyms("the UN Office for the Coordination of Humanitarian Affairs (OCHA) said") == {
        "Office for the Coordination of Humanitarian Affairs": "OCHA"
    }
    assert (
        defined_acronyms("Marta Ruiz (AP) spoke.") == {}
    )  # a short name whose initials differ: a credit, not a definition


def test_a_report_using_only_the_acronym_meets_the_one_using_the_long_name() -> None:
    (long_form,) = _entities(
        "The National Rail Safety Board (NRSB) said 12 passengers were injured near Tolva on Monday.\n"
    )
    (short_form,) = _entities("The NRSB said 12 passengers were hurt in the derailment.\n")
    assert "NRSB" in long_form & short_form
    assert initials("National Rail Safety Board") == "NRSB"


def test_the_north_is_the_one_north_the_article_names() -> None:
    assert (
        directional_short_form("Shells fired by the North landed near the coast.", {"North Korea", "Seoul"})
        == "North Korea"
    )
    assert directional_short_form("Rain fell in the North yesterday.", {"North Korea", "North Macedonia"}) is None
    assert directional_short_form("The North Atlantic route reopened.", {"North Korea"}) is None
