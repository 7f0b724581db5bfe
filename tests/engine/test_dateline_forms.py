"""Datelines as US and other outlets write them: a state's abbreviation and any dash."""

from __future__ import annotations

import pytest

from corpus.extract.datelines import dateline_at


@pytest.mark.parametrize(
    ("text", "place", "region"),
    [
        ("ALBANY, N.Y. — The governor signed the budget on Friday.", "Albany", "N.Y."),
        ("FRESNO, Calif. (AP) — Growers said the frost cost them 30% of the crop.", "Fresno", "Calif."),
        ("PORTO ― Dockers walked out on Monday.", "Porto", None),
    ],
)
def test_a_dateline_with_a_state_abbreviation_or_a_horizontal_bar_is_read(text: str, place: str, region) -> None:
    dateline = dateline_at(text)
    assert dateline is not None and (dateline.place, dateline.region) == (place, region)
    assert text[dateline.end :][0].isupper()  # the report's own words begin there


def test_a_sentence_opening_with_an_acronym_and_a_name_is_no_dateline() -> None:
    assert dateline_at("NATO, Russia and Belarus held talks on Monday.") is None


@pytest.mark.parametrize("text", ["May 11 (Reuters) - Halvorsen said.", "Oct 3 (Harbour Desk) — Rates rose."])
def test_a_wire_dateline_with_no_place_is_a_dateline(text: str) -> None:
    found = dateline_at(text)
    assert found is not None and found.place is None and found.agency in ("Reuters", "Harbour Desk")


def test_a_date_with_a_bracket_but_no_dash_is_no_dateline() -> None:
    assert dateline_at("May 11 (Monday) was a holiday.") is None


@pytest.mark.parametrize(
    ("text", "place", "date"),
    [
        ("BERLIN, 2026-03-14 — German exports fell 2.1 percent in January.", "Berlin", "2026-03-14"),
        ("Lisbon, 2026-03-14 — Dockers walked out on Monday.", "Lisbon", "2026-03-14"),
        ("Lisbon, March 14 — Dockers walked out on Monday.", "Lisbon", "March 14"),
    ],
)
def test_a_dateline_with_an_iso_date_or_a_title_case_place_and_a_dash_is_read(text: str, place: str, date: str) -> None:
    dateline = dateline_at(text)
    assert dateline is not None and (dateline.place, dateline.date_text) == (place, date)
    assert text[dateline.end :][0].isupper()


def test_an_article_dated_only_by_an_iso_dateline_takes_that_date() -> None:
    from corpus.extract.datelines import infer_published

    assert infer_published("Lisbon, 2026-03-14 — Dockers walked out.\n\nThe port lost 1,200 containers.\n") == (
        "2026-03-14"
    )


@pytest.mark.parametrize("text", ["Lisbon, March 14, was the day the dockers walked out.", "Smith, 41, said 3 died."])
def test_a_title_case_place_and_a_date_without_a_dash_is_no_dateline(text: str) -> None:
    assert dateline_at(text) is None
