"""The time of something else a claim names is not when it happened or was told: a comparison point ("down three
points from the previous poll in September"), a plan's or budget's year ("the budget for next year"), a term's end
("a contract until 2032"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _claims(sentence: str, published: str):
    claims, _ = extract_article(Article("nw", "Dates", None, [], published, False, "nw.txt", sentence + "\n"))
    return claims


def _date(sentence: str, published: str) -> str | None:
    claims = _claims(sentence, published)
    assert claims, sentence
    return claims[0].date


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a comparison point named by a noun, not a figure
        ("Backing for the mayor slipped to 38%, down four points from the previous poll in June.", "2026-08-04", None),
        ("The rate was unchanged from the last survey in March, at 12.5%.", "2026-05-11", None),
        ("Ticket sales were 9% higher than the same month in 2025.", "2026-05-11", None),
        ("Sales rose 6% since the last count in February, the union said on Monday.", "2026-05-13", "2026-05-11"),
        # a year a change is set against with "on", and an earlier reading named with its figure
        ("Attendance was 61.4%, up 2.2 points on 2022.", "2026-05-11", None),
        ("Exports were 6% down on last year.", "2026-05-11", None),
        ("Takings reached £4.1m, a 7% increase on last year.", "2026-05-11", None),
        (
            "Trust in the police stood at 54% in the latest poll, down from 58% in the previous one in March.",
            "2026-06-10",
            None,
        ),
        # a plan's or a budget's time
        ("The county board approved the spending plan for next year.", "2026-11-18", None),
        ("Lawmakers passed the budget for the fiscal year 2027 on Thursday.", "2026-06-26", "2026-06-25"),
        ("The club confirmed next year's fixtures.", "2026-06-17", None),
        ("Ministers approved plans for 2030 to cut emissions by 55%.", "2026-06-17", None),
        ("The board set targets for next year on Monday.", "2026-06-17", "2026-06-15"),
        # a term's end
        ("The goalkeeper has signed a contract until 2031.", "2026-07-02", None),
        ("The federation banned the sprinter until March 2029.", "2026-04-08", None),
        ("The bank extended the loan to June 2030 on Friday.", "2026-04-08", "2026-04-03"),
        ("The landlord agreed a lease running through 2040.", "2026-04-08", None),
    ],
)
def test_a_time_of_something_else_does_not_date_the_claim(sentence: str, published: str, expected) -> None:
    assert _date(sentence, published) == expected


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # the claim's own times stay
        ("The family fled from the village in September.", "2026-10-13", "2026-09"),
        ("He was held until Tuesday, when he was released.", "2026-10-15", "2026-10-13"),
        ("The council approved the budget on Tuesday.", "2026-02-26", "2026-02-24"),
        ("The parcel fell from the plane on Saturday.", "2026-02-26", "2026-02-21"),
        ("The survey was carried out in March.", "2026-05-11", "2026-03"),
        ("Shares in the miner rose 3% on May 4.", "2026-05-11", "2026-05-04"),
    ],
)
def test_the_claims_own_time_still_dates_it(sentence: str, published: str, expected) -> None:
    assert _date(sentence, published) == expected


def test_a_plans_year_is_no_figures_period() -> None:
    claims = _claims("Prices rose 3.4% in April, above the central bank's 2% target for 2026.", "2026-05-20")
    assert [(q.text, q.period) for c in claims for q in c.quantities] == [("3.4%", "2026-04"), ("2%", None)]


def test_a_comparison_point_is_no_figures_period() -> None:
    claims = _claims(
        "Support for the coalition fell to 31%, down two points from the previous poll in May.", "2026-07-07"
    )
    assert [(q.text, q.period) for c in claims for q in c.quantities] == [("31%", None), ("two points", None)]


@pytest.mark.parametrize(
    "sentence, published, expected",
    [
        # a change told new value first: a month or a year right after it is the earlier value's
        ("Approval of the plan fell to 38% from 45% in August.", "2026-10-06", [None]),
        ("Vacancies dropped to 812,000 from 840,000 in June, the agency said.", "2026-10-06", [None]),
        # a quarter or a half is the change's; a time opening the sentence or told in the change is its own
        ("Sales rose to £2.2bn from £1.9bn in the third quarter.", "2026-11-05", ["2026-Q3"]),
        ("In August, approval fell to 38% from 45%.", "2026-10-06", ["2026-08"]),
        ("The rate fell from 3.1% in March to 2.4% in June.", "2026-10-06", ["2026-06"]),
        ("Approval fell to 38% in September from 45% in August.", "2026-10-06", ["2026-09"]),
    ],
)
def test_the_time_after_a_change_told_new_value_first_is_the_earlier_values(sentence, published, expected) -> None:
    claims = _claims(sentence, published)
    assert [q.period for c in claims for q in c.quantities] == expected


def test_an_earlier_readings_time_is_its_figures_period_not_the_claims_date() -> None:
    claims = _claims("Trust stood at 54% in the latest poll, down from 58% in the previous one in March.", "2026-06-10")
    assert [(c.date, [(q.text, q.period) for q in c.quantities]) for c in claims] == [
        (None, [("54%", None), ("58%", "2026-03")])
    ]


@pytest.mark.parametrize(
    "sentence, published",
    [
        ("Orsa Motors has widened its brake recall to 380,000 cars, adding models built in 2019.", "2026-03-06"),
        ("The recall covers vans made between 2018 and 2021, about 45,000 in all.", "2026-03-06"),
        ("Inspectors will check 12,000 homes constructed before 1975 for asbestos.", "2026-03-06"),
    ],
)
def test_when_the_things_counted_were_made_is_no_time_of_the_claim_or_its_figure(sentence: str, published: str) -> None:
    (claim,) = _claims(sentence, published)
    assert claim.date in (None, published)
    assert [q.period for q in claim.quantities if q.value and q.value > 2100] == [None]


def test_sales_in_a_year_keep_that_year() -> None:
    (claim,) = _claims("The carmaker sold 1.4 million vehicles in 2025.", "2026-03-06")
    assert [q.period for q in claim.quantities] == ["2025"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The Greens rose to 17% in the monthly poll, up three points from January.",
        "Car sales reached 88,000, down 4% on March.",
        "Arrivals stand at 8,400, up 9% on the same point last year.",
        "Exports fell 6% compared with the same period of 2025.",
        "The town has built nine new schools, not six as announced in March.",
    ],
)
def test_the_time_a_change_is_measured_from_dates_nothing(sentence: str) -> None:
    (claim,) = _claims(sentence, "2026-04-06")
    assert claim.date is None
    assert all(q.period is None for q in claim.quantities)


def test_the_day_of_a_move_still_dates_it() -> None:
    (claim,) = _claims("Velmar shares closed up 14% on Wednesday.", "2026-03-06")
    assert claim.date == "2026-03-04"


@pytest.mark.parametrize(
    ("sentence", "period"),
    [
        ("Velmar's jobless rate fell to 7.2% in April-June, the statistics office said.", "2026-Q2"),
        ("Exports rose 3% in January-June, customs data showed.", "2026-H1"),
    ],
)
def test_months_told_as_a_span_are_the_quarter_or_half_they_make(sentence: str, period: str) -> None:
    (claim,) = _claims(sentence, "2026-07-24")
    assert claim.date is None
    assert [q.period for q in claim.quantities] == [period]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mara Quinn, the singer who topped the charts in 1985, has died, her agent said.",
        "Mara Quinn, the pop singer whose records sold millions in the 1980s, has died, her agent said.",
        "Mara Quinn, the 1980s pop singer, has died, her agent said.",
    ],
)
def test_the_time_of_a_noun_set_beside_a_name_is_not_the_claims(sentence: str) -> None:
    # (what the singer did then describes her; the news is that she has died)
    assert _date(sentence, "2026-05-05") is None


def test_a_decade_the_claim_is_about_is_still_its_time() -> None:
    # (a guard: not set beside a name)
    assert _date("In the 1980s, Mara Quinn topped the charts, her agent said.", "2026-05-05") == "1980"
