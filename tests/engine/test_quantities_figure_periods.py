"""A figure's period (Quantity.period): the month, quarter, half, year or week the figure is for, as against the
day it was told (the claim's date). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str, published: str) -> list[tuple[str, str | None]]:
    claims, _ = extract_article(Article("fp", "Figures", None, [], published, False, "fp.txt", sentence + "\n"))
    return [(q.text, q.period) for c in claims for q in c.quantities]


def _periods(sentence: str, published: str) -> list[str | None]:
    return [period for _, period in _figures(sentence, published)]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a month named after the figure
        ("Car sales in the state slipped 2.4% in September.", "2026-10-14", ["2026-09"]),
        ("Tourist arrivals reached 1.9 million in March 2025.", "2026-10-14", ["2025-03"]),
        # a month after the report's month is last year's
        ("Orders for machine tools rose 11% in November.", "2026-02-03", ["2025-11"]),
        # quarters and halves, with or without their year
        ("The brewer's sales fell 6% in the second quarter.", "2026-08-04", ["2026-Q2"]),
        ("Fourth-quarter profit at the lender rose to $310m.", "2026-02-03", ["2025-Q4"]),
        ("The group made a pre-tax profit of £48m in the first half of 2025.", "2026-03-03", ["2025-H1"]),
        ("Q2 deliveries came to 41,000 vehicles.", "2026-07-08", ["2026-Q2"]),
        ("Output grew 1.1% in the three months to June.", "2026-08-12", ["2026-Q2", None]),  # (the span: none)
        ("Prices rose 2.9% in the 12 months to April.", "2026-05-20", ["2026-04", None]),
        ("Wages grew 5.6% in the year to March.", "2026-05-20", ["2026-03"]),
        # a year and "last year"
        ("The charity fed 84,000 families in 2024.", "2026-01-20", ["2024"]),
        ("The airport handled 31 million passengers last year.", "2026-01-20", ["2025"]),
        # a week as the day it ends
        ("Crude inventories fell by 3.1 million barrels in the week ended May 8.", "2026-05-13", ["2026-05-08"]),
        # a period opening the sentence is every figure's
        (
            "In the first half, the insurer paid out €2.2bn in claims and took in €3.1bn.",
            "2026-08-05",
            ["2026-H1", "2026-H1"],
        ),
        # two figures, two months
        ("The jobless rate fell to 4.1% in May from 4.4% in April.", "2026-06-10", ["2026-05"]),
        ("The jobless rate was 4.1% in May, down from 4.4% in April.", "2026-06-10", ["2026-05", "2026-04"]),
        # the time it is compared with is not its own
        ("Visitor numbers in July were 9% higher than in June.", "2026-08-20", ["2026-07"]),
        # the figure set against another is the year before's when it is "a year earlier"'s
        ("Third-quarter sales rose to $9.3bn, from $8.8bn a year earlier.", "2026-10-29", ["2026-Q3", "2025-Q3"]),
    ],
)
def test_a_figure_has_the_period_it_is_for(sentence: str, published: str, expected: list[str | None]) -> None:
    assert _periods(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # no period named
        ("The council approved 240 new homes.", "2026-10-14", [None]),
        # the start of a span, a deadline, what a figure is set against: no period
        ("Since April, 2,300 people have applied.", "2026-10-14", [None]),
        ("The city wants 5,000 more trees by 2030.", "2026-10-14", [None]),
        ("Turnout was 61%, the highest since 1992.", "2026-10-14", [None]),
        ("Fares will rise 4% from January.", "2026-10-14", [None]),
        # a time after the report is what is expected then
        ("Sales are forecast to grow 3% in 2027.", "2026-10-14", [None]),
        ("The central bank sees growth slowing to 1% in the second half.", "2026-05-20", [None]),
        # when it was told is the claim's date, not the figure's period
        ("The broadcaster reported in March that 70 staff had left.", "2026-10-14", [None]),
        # a fiscal quarter is the company's own calendar
        ("Revenue rose 9% in the fiscal third quarter.", "2026-10-14", [None]),
        # a day is when a figure happened, not a period: the claim keeps it as its date
        ("Shares in the carmaker fell 5% on Tuesday.", "2026-10-14", [None]),
        # a time another clause of its own names, "now": not the earlier clause's
        ("The firm had 300 staff in 2019 and now employs 1,200.", "2026-10-14", ["2019", None]),
        # an aside about a noun holds its own time
        ("The bank cut its main rate to 3.5%, its second cut this year.", "2026-10-14", [None]),
        # a figure set against another has only its own period
        ("Membership rose to 14,000 in 2025 from 12,500.", "2026-10-14", ["2025", None]),
        # "H5" is no half
        ("The lab confirmed 12 cases of H5 flu in 2025.", "2026-10-14", ["2025"]),
    ],
)
def test_no_period_where_the_text_names_none_for_the_figure(
    sentence: str, published: str, expected: list[str | None]
) -> None:
    assert _periods(sentence, published) == expected


def test_the_claim_is_dated_the_day_the_figure_was_told() -> None:
    sentence = "Exports from the region rose 6.2% in August, the statistics office said on Wednesday."
    claims, _ = extract_article(Article("fp", "Trade", None, [], "2026-09-18", False, "fp.txt", sentence + "\n"))
    assert [c.date for c in claims] == ["2026-09-16"]
    assert [q.period for c in claims for q in c.quantities] == ["2026-08"]


def test_a_period_survives_the_store_and_the_export() -> None:
    import json

    from corpus.model import Claim, Quantity
    from store.export import QUANTITY_FIELDS

    q = Quantity("2.4%", 2.4, 2.4, 2.4, "percent", "percent decrease", period="2026-Q3")
    claim = Claim("c1", "a1", 0, 4, "text", "quantity", None, "asserted", quantities=[q])
    assert Claim.from_dict(json.loads(json.dumps(claim.to_dict()))).quantities[0].period == "2026-Q3"
    assert "period" in QUANTITY_FIELDS
