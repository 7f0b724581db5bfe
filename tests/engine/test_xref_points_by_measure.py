"""A level in points is compared under its measure when the words name one: a poll's margin of error of 3 percentage
points is no value of a party's 3-point lead, nor of another poll's lead (sentences written for these tests)."""

from __future__ import annotations

from corpus.pipeline import extract
from corpus.xref.features import features

from .conftest import links_of, make_article, relations_between


def _poll(published: str, body: str) -> object:
    return make_article(
        f"Poll puts Labour ahead\n{body}\n", published=published, outlet="Daily Ledger", title="Poll puts Labour ahead"
    )


def test_a_margin_of_error_is_keyed_as_its_own_measure() -> None:
    article = _poll("2031-05-02", "The Opinium survey of 2,000 adults has a margin of error of 3 percentage points.")
    claim = next(c for c in extract([article]).claims if "margin of error" in c.text)
    figures = features(claim, article).figures
    assert "margin of error points" in figures and "percentage points" not in figures, figures


def test_a_margin_of_error_never_meets_a_lead_in_points() -> None:
    links = links_of(
        _poll("2031-05-02", "Labour leads the Conservatives by 3 percentage points, according to an Opinium poll."),
        _poll("2031-05-03", "The Opinium survey of 2,000 adults has a margin of error of 3 percentage points."),
    )
    assert not {"corroborates", "updates", "conflicts"} & set(
        relations_between(links, "leads the Conservatives by 3", "margin of error of 3")
    ), links
