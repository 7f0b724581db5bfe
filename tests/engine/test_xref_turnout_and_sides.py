"""A vote's turnout and the share one side won are two figures of one sentence: the turnout's rate noun is
not the side's, so a side's share never updates or corroborates a turnout (issue 12). Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def _measures(body: str) -> dict[str, str | None]:
    (claim,) = extract_article(make_article(body))[0]
    return {q.text: frame_measure(q, claim) for q in claim.quantities}


def test_a_sides_share_beside_a_turnout_is_no_turnout() -> None:
    measures = _measures("Turnout in the ferry vote was 58%, with 61% voting yes, the county clerk said.\n")
    assert measures["58%"] == "turnout rate"
    assert measures["61%"] == "yes vote share"


def test_a_rate_named_for_another_figure_leaves_this_one_its_own() -> None:
    measures = _measures(
        "Joblessness fell while unemployment eased to 5.2% and inflation held at 2.4%, the bank said.\n"
    )
    assert measures["5.2%"] == "unemployment rate"
    assert measures["2.4%"] == "inflation rate"


def test_a_side_and_a_turnout_of_two_reports_are_never_one_series() -> None:
    first = make_article(
        "Turnout in Sunday's ferry referendum in Oskarby was 57.4 percent, the county clerk said on Sunday.\n",
        published="2027-05-09",
        outlet="Wire One",
    )
    later = make_article(
        "Voters in Oskarby backed the new ferry in Sunday's referendum, with about 61% voting yes on a turnout "
        "of around 58%, local media reported.\n",
        published="2027-05-11",
        outlet="Daily Ledger",
    )
    links = links_of(first, later)
    assert all("61%" not in reason for *_, reason in links), links
    assert relations_between(links, "backed the new ferry", "Turnout in Sunday") == ["updates"], links
