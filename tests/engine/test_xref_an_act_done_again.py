"""An act the later report tells as done again ("walked out again on Wednesday", "in the latest round"), weeks after
the other report, is another time the act was done: no corroboration of the first."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_a_strike_told_as_done_again_weeks_later_is_another_strike() -> None:
    first = titled_article(
        "Teachers' strike: thousands of schools in England closed",
        "Around 23,000 schools in England were fully or partly closed on Wednesday as teachers walked out over pay, "
        "the Department for Education said.\nThe National Education Union said 300,000 of its members had taken part "
        "in the strike.",
        "2023-02-01",
        "BBC News",
    )
    again = titled_article(
        "Teachers strike again as Budget unveiled",
        "Teachers in England walked out again on Wednesday, with the National Education Union saying more than "
        "200,000 members had joined the strike in the latest round.\nAround 133,000 civil servants also stayed away, "
        "the PCS union said.",
        "2023-03-15",
        "Sky News",
    )
    links = links_of(first, again)
    assert "corroborates" not in relations_between(links, "walked out again", "thousands of schools"), links


def test_the_same_strike_told_by_two_reports_still_corroborates() -> None:
    first = titled_article(
        "Nurses' strike: hundreds of clinics in Wales closed",
        "Around 400 clinics in Wales were fully or partly closed on Tuesday as nurses walked out over pay, the health "
        "board said.",
        "2027-02-09",
        "Cardiff Daily",
    )
    same = titled_article(
        "Welsh nurses walk out over pay",
        "Nurses in Wales walked out over pay on Tuesday, closing hundreds of clinics, their union said.",
        "2027-02-09",
        "Valleys News",
    )
    links = links_of(first, same)
    assert "corroborates" in relations_between(links, "Nurses in Wales walked out", "clinics in Wales closed"), links
