"""A figure "at the end of January" (or "as of January") is that month's, and it stays so when an earlier value and
its month follow ("..., up from 93,400 in December"); "by the end of April" is a deadline, no period. Our own
sentences (the article is published on 2025-03-04)."""

from __future__ import annotations

from .conftest import claimed_figures


def _periods(text: str) -> dict[float, str | None]:
    return {q.value: q.period for q in claimed_figures(text) if q.value is not None}


def test_a_figure_at_the_end_of_a_month_is_that_months() -> None:
    assert _periods("The council's housing waiting list stood at 9,400 at the end of January.") == {9400: "2025-01"}


def test_the_new_value_keeps_its_month_when_the_earlier_value_follows() -> None:
    assert _periods("The waiting list rose to 95,000 at the end of January, up from 93,400 in December.") == {
        95000: "2025-01",
        93400: "2024-12",
    }


def test_a_deadline_is_no_period() -> None:
    assert _periods("Ministers want the waiting list below 80,000 by the end of April.") == {80000: None}
