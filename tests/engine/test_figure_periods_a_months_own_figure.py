"""A month named before a statistic's noun ("its July figure", "the port's June traffic", "March's total") is the
period of the figure it introduces, as "in July" after it is; a month before a day ("the July 4 parade") or before
an event's noun ("the July floods") is not. Our own sentences (the article is published on 2025-03-04)."""

from __future__ import annotations

from .conftest import claimed_figures


def _periods(text: str) -> dict[float, str | None]:
    return {q.value: q.period for q in claimed_figures(text) if q.value is not None}


def test_a_revised_months_figure_is_that_months() -> None:
    assert _periods("The port authority revised its January figure to 412,000 containers.") == {412000: "2025-01"}


def test_a_possessive_before_the_month_and_its_traffic() -> None:
    assert _periods(
        "Gdansk's December traffic of 1.9 million tonnes was the port's busiest month, the operator said."
    ) == {1900000: "2024-12"}


def test_a_months_possessive_total() -> None:
    assert _periods("February's total of 6,100 complaints was a record, the regulator said.") == {6100: "2025-02"}


def test_a_month_before_an_events_noun_gives_no_period() -> None:
    assert _periods("The January floods destroyed 6,100 homes, the regulator said.") == {6100: None}
