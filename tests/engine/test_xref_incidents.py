"""Figures of one incident told apart from running totals across sentences (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.figure_roles import INCIDENT, UNMARKED, quantity_role

from .conftest import make_article


def _roles(body: str) -> dict[str, str]:
    article = make_article(body)
    claims = extract_article(article)[0]
    return {q.text: quantity_role(c, q, article.body) for c in claims for q in c.quantities}


def test_others_after_a_sentence_telling_of_one_strike_are_that_strikes_toll() -> None:
    roles = _roles(
        "A drone strike on a depot outside Harvel killed 12 guards, the governor said.\n"
        "He said that four other guards were injured and that the depot had burned for hours.\n"
    )
    assert roles["four"] == INCIDENT


def test_others_before_a_sentence_naming_the_incident_are_its_toll() -> None:
    roles = _roles(
        "The regional governor said that five other workers were hurt.\n"
        "The blast at the Orsk mill on Tuesday killed two, the company said.\n"
    )
    assert roles["five"] == INCIDENT


def test_others_with_no_incident_near_stay_unmarked() -> None:
    roles = _roles(
        "The ministry has published its annual report on workplace safety.\n"
        "It said that five other workers were hurt in the region.\n"
    )
    assert roles["five"] == UNMARKED


def test_others_added_to_a_running_total_are_not_one_incident() -> None:
    roles = _roles(
        "A drone strike on a depot outside Harvel killed 12 guards, the governor said.\n"
        "He said 40 other guards had been wounded since the war began.\n"
    )
    assert roles["40"] != INCIDENT
