""" "In January last year" is that month of the year before the report's, and "last January" told in January is the
January a year before (told in March, it is this year's). Our own sentences."""

from tests.engine.conftest import claim_dates


def test_a_month_of_last_year() -> None:
    assert claim_dates("The insurer cut 4,300 jobs in January last year, about 8% of its staff.", "2031-01-14") == [
        "2030-01"
    ]


def test_a_month_of_next_year() -> None:
    assert claim_dates("The bridge will reopen in March next year, the council said.", "2031-06-02") == ["2032-03"]


def test_last_january_told_in_january_is_a_year_before() -> None:
    assert claim_dates("The insurer cut 4,300 jobs last January.", "2031-01-14") == ["2030-01"]
    assert claim_dates("The insurer cut 4,300 jobs last January.", "2031-03-14") == ["2031-01"]
