"""What a figure measures where the words name it by a shape of news English (issue 13): a speed whatever went at it
(a zone's or a limit's: the speed limit), a body of water's height by a length (its level), people "murdered" (as
"murders" are counted), those a measure "would benefit", people per an area (population density), a count a verb of
change brought its object to ("cut daily transits to 18"), a sum of no other family said of a sum its subject names
("Tax receipts rose £4.8bn to £97.1bn"); a company's own quarter is no calendar quarter, and "so far this year" is
the report's year. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str, published: str = "2026-08-10"):
    claims, _ = extract_article(make_article(sentence + "\n", published=published))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The lorry was doing 71mph when it left the road.", "71mph", "speed"),
        ("Cyclists say drivers ignore the 20mph limit on the hill.", "20mph", "speed limit"),
        ("The barge drifted downstream at 6 knots.", "6 knots", "speed"),
        ("The reservoir fell to 58.4 feet by the end of August.", "58.4 feet", "reservoir level"),
        ("The river peaked at 7.2 metres overnight.", "7.2 metres", "river level"),
        ("Some 41 people were murdered in the province last year.", "41", "murder"),
        ("Gunmen murdered nine farmers in the valley.", "nine", "murder"),
        ("Around 2.8 million households would benefit from the tax rebate.", "2.8 million", "beneficiaries"),
        ("Some 900,000 carers stand to gain from the change.", "900,000", "beneficiaries"),
        ("The island has 1,130 people per square kilometre.", "1,130", "population density"),
        ("The canal authority will cut daily transits through the locks to 19.", "19", "transit"),
        ("Tax receipts climbed to £88.2bn in the first half.", "£88.2bn", "tax receipts"),
        ("The ferry line's fuel bill doubled to £41m last year.", "£41m", "fuel bill"),
    ],
)
def test_a_figure_measured_by_its_shape(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_companys_own_quarter_is_no_calendar_quarter() -> None:
    own = _figure("The retailer said sales in its second quarter rose 4%.", "4%")
    calendar = _figure("Retail sales in the second quarter rose 4%.", "4%")
    assert (own.period, calendar.period) == (None, "2026-Q2")


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Clinics have logged 3,100 measles cases so far this year.", "3,100"),
        ("The fever has now sickened 2,700 people, the total for the year so far.", "2,700"),
    ],
)
def test_the_year_so_far_is_the_reports_year(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).period == "2026"
