"""A toll stays a toll when the clause names jobs as the quarrel's cause, and a result polls foresee is a forecast,
never a value of the result (sentences written for these tests)."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import features

from .conftest import make_article


def _families_and_role(sentence: str) -> tuple[frozenset[str], str]:
    article = make_article(f"Report\n{sentence}\n", published="2041-07-20", outlet="Wire", title="Report")
    claim = next(c for c in extract([article]).claims if c.quantities)
    found = features(claim, article)
    return found.families, found.role


def test_a_toll_in_a_clause_about_government_jobs_is_a_toll() -> None:
    families, _ = _families_and_role("Clashes over government jobs quotas left 150 people dead, officials said.")
    assert "jobs" not in families
    assert "casualties" in families


def test_a_toll_named_after_a_quarrel_over_jobs_is_a_toll() -> None:
    families, _ = _families_and_role("Students protesting over government jobs said 150 people had been killed.")
    assert families == frozenset({"casualties"})


def test_seats_polls_foresee_are_a_forecast() -> None:
    _, role = _families_and_role(
        "Voters went to the polls on Thursday in an election that surveys forecast would give the Liberals a "
        "majority of more than 40 seats."
    )
    assert role == "forecast"


def test_seats_exit_polls_project_a_party_to_win_are_a_forecast() -> None:
    _, role = _families_and_role("Exit polls projected the Conservatives to win 320 seats.")
    assert role == "forecast"
