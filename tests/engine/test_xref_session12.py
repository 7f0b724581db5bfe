"""Rules from the stories of sealed_s12 and session 12's work on issue 12 (statements without figures,
withheld confirmations, datelines). Our own sentences."""

from __future__ import annotations

from corpus.model import Article
from corpus.pipeline import extract
from corpus.xref.features import polarity_of

from .conftest import links_of, make_article, relations_between


def _polarities(*sentences: str) -> dict[str, str]:
    title = "Ministry keeps silent on Varen report"
    article = make_article(title + "\n" + "\n".join(sentences) + "\n", published="2026-04-07", title=title)
    claims = extract([article]).claims
    return {s: next(polarity_of(c) for c in claims if s[:30] in c.text) for s in sentences}


def test_a_withheld_confirmation_is_neither_a_denial_nor_a_confirmation() -> None:
    withheld = [
        "The ministry has not confirmed the report about the Varen dam.",
        "Officials have not yet confirmed the death toll at the Varen dam.",
        "The company would neither confirm nor deny the report about the Varen dam.",
        "A spokesman declined to confirm or deny the report about the Varen dam.",
        "The ministry did not deny the report about the Varen dam.",
        "The government has yet to confirm the plan for the Varen dam.",
        "The embassy was unable to confirm the reports from the Varen dam.",
    ]
    denied = "The ministry denied the report about the Varen dam and declined to comment further."
    got = _polarities(*withheld, denied)
    assert got.pop(denied) == "deny", got  # a denial beside a withheld comment keeps its side
    assert all(p == "unconfirmed" for p in got.values()), got


def test_not_confirming_a_report_does_not_conflict_with_it() -> None:
    report = make_article(
        "Orlen may close Varen plant\nOrlen is considering closing its Varen cement plant, two people familiar "
        "with the plans told the Varen Post.\n",
        published="2026-04-06",
        outlet="Varen Post",
        title="Orlen may close Varen plant",
    )
    silent = make_article(
        "Orlen silent on Varen plant report\nOrlen has not confirmed the report that it is considering closing "
        "its Varen cement plant.\n",
        published="2026-04-07",
        outlet="Wire",
        title="Orlen silent on Varen plant report",
    )
    links = links_of(report, silent)
    assert set(relations_between(links, "is considering closing", "has not confirmed")) <= {"related"}, links


def _wire_datelined_in_orvek(more: str = "") -> Article:
    return make_article(
        "Floods kill at least 12 in northern Talmaria\nORVEK, Talmaria (Reuters) - Flash floods have killed at least "
        "12 people in northern Talmaria, the civil defence agency said on Monday.\n" + more,
        published="2026-03-02",
        outlet="Reuters",
        title="Floods kill at least 12 in northern Talmaria",
    )


def test_a_town_known_only_from_another_reports_dateline_is_that_reports_place() -> None:
    local = make_article(
        "Orvek flood toll rises to 19\nThe death toll from the floods in Orvek has risen to 19, the civil defence "
        "agency said on Tuesday.\n",
        published="2026-03-03",
        outlet="Orvek Courier",
        title="Orvek flood toll rises to 19",
    )
    links = links_of(_wire_datelined_in_orvek("About 2,000 people were evacuated from their homes in Orvek.\n"), local)
    assert relations_between(links, "killed at least 12", "risen to 19") == ["updates"], links
    # A claim placed in another town of the story is still apart from the dateline town's.
    assert set(relations_between(links, "About 2,000 people", "About 400 people")) <= {"related"}, links


def test_a_headline_naming_the_town_another_report_is_datelined_in_is_one_story() -> None:
    local = make_article(
        "Orvek shelters fill as flood deaths mount\nThe floods' death toll now stands at 19, according to the "
        "civil defence agency.\n",
        published="2026-03-03",
        outlet="Orvek Courier",
        title="Orvek shelters fill as flood deaths mount",
    )
    links = links_of(_wire_datelined_in_orvek(), local)
    assert relations_between(links, "killed at least 12", "now stands at 19") == ["updates"], links
