"""Scores and vote splits in cross-references: each report's pair is its own value."""

from __future__ import annotations

from corpus.pipeline import extract

from .conftest import make_article


def _reports(first_pair: str, second_pair: str):
    first = make_article(
        f"Harlow zoning vote\nThe Harlow planning board voted {first_pair} on Tuesday to approve the new depot after a "
        "long debate about its cost.\n",
        published="2026-06-02",
        outlet="Wire",
        title="Harlow zoning vote",
    )
    second = make_article(
        f"Harlow board backs depot\nThe Harlow planning board voted {second_pair} on Tuesday to approve the new depot "
        "after a long debate about its cost.\n",
        published="2026-06-02",
        outlet="Harlow Times",
        title="Harlow board backs depot",
    )
    return extract([first, second]).xrefs


def test_reports_worded_alike_with_different_vote_splits_are_not_one_report() -> None:
    xrefs = _reports("6-3", "7-2")
    assert xrefs, "the two reports are still linked"
    assert all(x.relation != "corroborates" for x in xrefs), xrefs
    # the same split is the same report
    assert any(x.relation == "corroborates" for x in _reports("6-3", "6-3"))
