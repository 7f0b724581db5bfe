"""Datelines, ISO dates in text and the date of an undated report (issue 13), on sentences of our own."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.datelines import dateline_at, infer_published, infer_published_from
from corpus.extract.dates import find_dates, resolve
from corpus.model import Article
from corpus.pipeline import extract_one


def _article(body: str, published: str | None = None) -> Article:
    return Article("t1", "Harbour talks resume", None, [], published, False, "t1.txt", body)


@pytest.mark.parametrize(
    "text, place, date, agency",
    [
        ("VALMORA — Dock workers walked out on Monday.", "Valmora", None, None),
        ("PORT MERIDIA, March 4. /TASS/. The ministry said talks would resume.", "Port Meridia", "March 4", "TASS"),
        ("LINDAU, Oct 11 (Reuters) - The council approved the budget.", "Lindau", "Oct 11", "Reuters"),
        ("OSTRAVA NOVA, Drusia (AP) — A fire swept through a depot.", "Ostrava Nova", None, "AP"),
        # a place in title case, with both a date and an agency; a press release's wire between slashes
        ("Port Meridia, March 4 (TASS) - The ministry said talks would resume.", "Port Meridia", "March 4", "TASS"),
        ("LINDAU, Drusia, March 3, 2025 /PRNewswire/ -- The company said.", "Lindau", "March 3, 2025", "PRNewswire"),
    ],
)
def test_a_dateline_gives_place_date_and_agency(text, place, date, agency) -> None:
    found = dateline_at(text)
    assert found is not None
    assert (found.place, found.date_text, found.agency) == (place, date, agency)
    assert text[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "text, region",
    [
        ("OSTRAVA NOVA, Drusia (AP) — A fire swept through a depot.", "Drusia"),
        ("HALBERG, Maryland (AP) - The county said 40 homes flooded.", "Maryland"),  # starts like "Mar"
        ("KELSO, Augusta Province — Crews cleared the road.", "Augusta Province"),  # like "Aug"
        ("LINDAU, Decatur, Oct 11 (Reuters) - The council met.", "Decatur"),  # like "Dec"
        ("LINDAU, Oct 11 (Reuters) - The council approved the budget.", None),  # a month, no region
    ],
)
def test_a_dateline_keeps_its_region_and_a_month_is_no_region(text, region) -> None:
    found = dateline_at(text)
    assert found is not None and found.region == region
    assert text[found.end :][:1].isupper()


@pytest.mark.parametrize(
    "text",
    [
        "NATO said on Monday it would send 300 troops.",
        "The UN - and its agencies - agreed.",
        "Officials — not all of them — agreed.",
        "Valmora, March 4 is when the talks open, officials said.",  # title case: a date alone is not enough
    ],
)
def test_capitalised_openings_are_not_datelines(text) -> None:
    assert dateline_at(text) is None


def test_a_dateline_is_never_a_claim_nor_a_figure() -> None:
    body = "Harbour talks resume\n\nPORT MERIDIA, March 4. /TASS/. The ministry said 40 ships were waiting.\n"
    claims, _ = extract_article(_article(body, "2025-03-04"))
    assert [c.text for c in claims] == ["The ministry said 40 ships were waiting."]
    body = "Harbour talks resume\n\nLINDAU, Oct 11 (Reuters) - Officials said 1,500 workers joined the strike.\n"
    (claim,) = extract_article(_article(body, "2025-10-11"))[0]
    assert [q.value for q in claim.quantities] == [1500]
    assert claim.date is None  # the report's date, not the date of what it reports


def test_an_undated_article_gets_an_estimated_date_from_its_text() -> None:
    article, claims, _, _ = extract_one(
        _article("Harbour talks resume\n\ndate 2025-03-04\nOfficials said on Monday that 12 ships had left.\n")
    )
    assert (article.published, article.published_estimated) == ("2025-03-04", True)
    assert claims[0].date == "2025-03-03" and claims[0].date_estimated
    assert infer_published("VALMORA, May 2 (AP) - The vote was held on April 30, 2025.\n") == "2025-05-02"
    assert infer_published("The port reopened on June 3, 2024, after the storm of May 28, 2024.") == "2024-06-03"
    assert infer_published("Officials hope to finish by March 1, 2031; work began on May 2, 2025.") == "2025-05-02"
    assert infer_published("No date here at all.") is None


def test_iso_dates_in_text_date_the_claim() -> None:
    text = "On 2024-10-30 the ministry said 40 soldiers had arrived."
    (mention,) = [d for d in find_dates(text) if d.kind == "iso"]
    assert resolve(mention, None, False) == ("2024-10-30", False)
    (claim,) = extract_article(_article("Harbour talks resume\n\n" + text + "\n", "2024-11-02"))[0]
    assert claim.date == "2024-10-30"
    assert [q.value for q in claim.quantities] == [40]


def test_a_date_line_at_the_top_is_no_claim_and_leaves_the_next_sentence_whole() -> None:
    body = "Harbour talks resume\n\ndate 2025-03-04\nOfficials said on Monday that 12 ships had left.\n"
    claims, _ = extract_article(_article(body))
    assert [c.text for c in claims] == ["Officials said on Monday that 12 ships had left."]


def test_a_datelines_place_is_not_whose_figures_they_are() -> None:
    body = (
        "Harbour talks resume\n\nKYIV, Ukraine (AP) — At least 40 soldiers were killed in the attack, officials said.\n"
    )
    (claim,) = extract_article(_article(body, "2025-03-04"))[0]
    assert claim.subject == "casualties"  # not "Ukrainian casualties": Kyiv is where the report was filed
    body = "Harbour talks resume\n\nAt least 40 Ukrainian soldiers were killed in the attack, officials said.\n"
    (claim,) = extract_article(_article(body, "2025-03-04"))[0]
    assert claim.subject == "Ukrainian casualties"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("The audit, dated 25/03/2025, was leaked.", "2025-03-25"),  # a part over 12 is the day
        ("The audit, dated 03/25/2025, was leaked.", "2025-03-25"),
        ("The filing of 3.12.2025 was late.", "2025-12-03"),  # dots: day.month.year
        ("The audit, dated 03/04/2025, was leaked.", "2025"),  # British or American: only the year is sure
    ],
)
def test_numeric_dates_are_dates(text, iso) -> None:
    (mention,) = find_dates(text)
    assert (mention.kind, resolve(mention, None, False)) == ("numeric", (iso, False))


def test_a_decade_is_an_estimated_date_and_a_version_number_none() -> None:
    (mention,) = find_dates("In the 1990s, 300 mills closed.")
    assert (mention.text, resolve(mention, None, False)) == ("1990s", ("1990", True))
    assert find_dates("Version 1.2.2025 of the app shipped.") == []


def test_an_undated_report_with_a_numeric_date_line() -> None:
    assert infer_published("Harbour talks\n\nPublished: 25/03/2025\nThe council met on Monday.\n") == "2025-03-25"
    assert infer_published("Harbour talks\n\nPublished: 03/04/2025\nIt was founded on May 2, 2021.\n") == "2025"


@pytest.mark.parametrize(
    "text, iso",
    [
        ("Posted 2025-06-14T09:30:00Z by the desk.", "2025-06-14"),  # a timestamp: its day
        ("The order of 2025/06/14 was lifted.", "2025-06-14"),  # year first, slashes
        ("The order of 2025.06.14 was lifted.", "2025-06-14"),  # year first, dots
    ],
)
def test_timestamps_and_year_first_dates_are_full_dates(text, iso) -> None:
    (mention,) = find_dates(text)
    assert (mention.kind, resolve(mention, None, False)) == ("iso", (iso, False))


def test_a_version_string_is_no_year_first_date() -> None:
    assert [d.kind for d in find_dates("Firmware 2025.06.14.2 shipped.")] == []


def test_a_timestamp_line_dates_an_undated_report_and_its_relative_dates() -> None:
    body = "Harbour talks resume\n\n2025-06-14T09:30:00Z\nThe council said yesterday that 12 ships had left.\n"
    article, (claim,), _, _ = extract_one(_article(body))
    assert (article.published, article.published_estimated) == ("2025-06-14", True)
    assert (claim.date, claim.date_estimated) == ("2025-06-13", True)
    assert [q.value for q in claim.quantities] == [12]


@pytest.mark.parametrize(
    "sentence, date, estimated",
    [
        ("Police said three days ago that 12 people were arrested.", "2025-03-02", False),
        ("The ministry said two weeks ago that 12 drones were downed.", "2025-02", True),  # the month it falls in
        ("Officials said five years ago that 40 mines would close.", "2020", True),
        ("Six months ago the firm cut 300 jobs.", "2024-09", True),
    ],
)
def test_days_and_weeks_ago_resolve_against_the_report_date(sentence, date, estimated) -> None:
    (claim,) = extract_article(_article("Harbour talks resume\n\n" + sentence + "\n", "2025-03-05"))[0]
    assert (claim.date, claim.date_estimated) == (date, estimated)


def test_a_weekday_in_a_report_dated_only_by_its_latest_date_falls_on_or_after_it() -> None:
    body = (
        "Harbour talks resume\n\nOfficials said on Tuesday that 40 drones were downed.\n"
        "The attack came a day after talks on 2024-11-18 failed.\n"
    )
    article, claims, _, _ = extract_one(_article(body))
    assert (article.published, article.published_estimated) == ("2024-11-18", True)  # a Monday
    assert (claims[0].date, claims[0].date_estimated) == ("2024-11-19", True)
    # the same report with that date stored as estimated before reads the same
    claims, _ = extract_article(article)
    assert claims[0].date == "2024-11-19"


def test_a_weekday_in_a_report_dated_by_a_date_line_falls_before_it() -> None:
    article = _article("Harbour talks resume\n\ndate 2025-03-05\nThe council said on Tuesday that 12 ships had left.\n")
    (claim,) = extract_article(article)[0]
    assert claim.date == "2025-03-04"
    assert infer_published_from("The port reopened on June 3, 2024, after the storm.") == ("2024-06-03", True)
    assert infer_published_from("date 2025-03-05\nThe council met.") == ("2025-03-05", False)


@pytest.mark.parametrize(
    "header",
    [
        "By Lena Varga | Harbour Courier | 14 February 2026",
        "February 14, 2026 — Harbour Courier",
        "Updated: Feb. 14, 2026 · By Lena Varga and Tom Ries",
    ],
)
def test_a_byline_with_a_date_dates_the_report_and_is_no_claim(header: str) -> None:
    # 14 February 2026 was a Saturday: "on Friday" is the day before it, not the week after.
    body = f"Ferry fares to rise\n\n{header}\n\nThe operator said on Friday that fares would rise by 8% in April.\n"
    article, claims, _, _ = extract_one(_article(body))
    assert (article.published, article.published_estimated) == ("2026-02-14", True)
    assert [c.text for c in claims] == ["The operator said on Friday that fares would rise by 8% in April."]
    assert claims[0].date == "2026-02-13"


def test_a_sentence_with_a_date_is_no_byline() -> None:
    body = "Ferry fares to rise\n\nThe port reopened on February 14, 2026.\n\nThe operator said on Friday that fares rose.\n"
    article = _article(body)
    claims, _ = extract_article(article)
    assert claims[0].text == "The port reopened on February 14, 2026."
    assert claims[1].date == "2026-02-20"  # only the latest date the text names: the report came after it


def test_until_the_end_of_a_month_after_the_report_is_ahead() -> None:
    (mention,) = find_dates("Clinics will open on Saturdays until the end of March.")
    assert resolve(mention, "2026-02-14", False) == ("2026-03", False)
    (mention,) = find_dates("The clinic closed at the end of March.")
    assert resolve(mention, "2026-02-14", False) == ("2025-03", False)


@pytest.mark.parametrize(
    "line, text, speaker",
    [
        (
            "LINDAU, March 3 (Reuters) - Train drivers walked out on Monday in a row over pay, the union said.",
            "Train drivers walked out on Monday in a row over pay, the union said.",
            "union",
        ),
        (
            "OSTRAVA NOVA (AP) — Hospital cleaners ended their strike after two weeks, the union said.",
            "Hospital cleaners ended their strike after two weeks, the union said.",
            "union",
        ),
        (
            "LINDAU, March 3 (Reuters) - The union said train drivers walked out on Monday.",
            "The union said train drivers walked out on Monday.",
            "union",
        ),
    ],
)
def test_a_claim_after_a_dateline_is_the_reports_own_words(line: str, text: str, speaker: str) -> None:
    body = "Rail strike spreads\n\n" + line + "\n"
    (claim,) = extract_article(_article(body, "2025-03-03"))[0]
    assert claim.text == text and body[claim.start : claim.end] == text
    assert claim.entities == []  # "Train", "Hospital": the first word of the report's own words, no name
    assert claim.speaker == speaker  # the dateline's date is no part of who speaks
