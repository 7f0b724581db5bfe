"""A figure carries the time it is for (``Quantity.period``: "rose 3.1% in July"), apart from when
it was told (the claim's date). A measure's series is in the order of the times its figures are
for, when their words name them, else of when they were told; sources disagree only about one
time."""

from __future__ import annotations

from corpus.model import Quantity
from store.query.figures import measures_of, period_order
from tests.query.test_figures_span import _sources


def _rate(text: str, value: float, period: str | None) -> Quantity:
    return Quantity(text, value, value, value, "percent", "inflation", period=period)


def test_a_series_is_in_the_order_of_the_times_its_figures_are_for() -> None:
    reports = [  # (outlet, when told, sentence, figure): told in another order than the months they are for
        ("Wire A", "2026-09-02", "Inflation was 2.9% in August.", _rate("2.9%", 2.9, "2026-08")),
        ("Wire B", "2026-08-03", "Inflation was 3.1% in July.", _rate("3.1%", 3.1, "2026-07")),
        ("Wire C", "2026-09-01", "Inflation was 3.3% in June.", _rate("3.3%", 3.3, "2026-06")),
        ("Wire D", "2026-07-20", "Inflation is 3.4%.", _rate("3.4%", 3.4, None)),  # for when it was told
    ]
    for source in _sources(reports):
        (measure,) = measures_of(source)
        figures = list(measure.figures)
        assert [f.quantity.value for f in figures] == [3.3, 3.1, 3.4, 2.9]
        assert [f.period for f in figures] == ["2026-06", "2026-07", None, "2026-08"]
        assert [f.date for f in figures] == ["2026-09-01", "2026-08-03", "2026-07-20", "2026-09-02"]
        assert [f.when for f in figures] == ["2026-06", "2026-07", "2026-07-20", "2026-08"]
        assert measure.has_periods()
        latest = measure.latest()
        assert latest is not None and latest.quantity.value == 2.9  # for August, though told before another


def test_a_quarter_is_placed_at_its_first_month_not_after_the_year_s_months() -> None:
    assert period_order("2026-Q1") == "2026-01" and period_order("2026-Q4") == "2026-10"
    assert period_order("2026-H2") == "2026-07" and period_order("2026-07") == "2026-07"
    assert period_order("2026") == "2026" and period_order("2026-Q5") == "2026-Q5"
    reports = [
        ("Wire A", "2026-11-02", "Growth was 0.4% in the third quarter.", _rate("0.4%", 0.4, "2026-Q3")),
        ("Wire B", "2026-03-02", "Growth was 0.6% in December.", _rate("0.6%", 0.6, "2025-12")),
        ("Wire C", "2026-05-02", "Growth was 0.2% in the first quarter.", _rate("0.2%", 0.2, "2026-Q1")),
        ("Wire D", "2026-08-02", "Growth was 0.3% in May.", _rate("0.3%", 0.3, "2026-05")),
    ]
    for source in _sources(reports):
        (measure,) = measures_of(source)
        assert [f.period for f in measure.figures] == ["2025-12", "2026-Q1", "2026-05", "2026-Q3"]


def test_sources_disagree_about_one_time_not_about_two_told_the_same_day() -> None:
    same_day = [  # two months' rates told on one day are no disagreement
        ("Wire A", "2026-08-03", "Inflation was 3.1% in July.", _rate("3.1%", 3.1, "2026-07")),
        ("Wire B", "2026-08-03", "Inflation was 2.2% in June.", _rate("2.2%", 2.2, "2026-06")),
    ]
    for source in _sources(same_day):
        (measure,) = measures_of(source)
        assert measure.disagreement() is None
    one_month = [  # July's rate told on two days, differently: a disagreement about July
        ("Wire A", "2026-08-03", "Inflation was 3.1% in July.", _rate("3.1%", 3.1, "2026-07")),
        ("Wire B", "2026-08-19", "Inflation was 3.9% in July.", _rate("3.9%", 3.9, "2026-07")),
    ]
    for source in _sources(one_month):
        (measure,) = measures_of(source)
        found = measure.disagreement()
        assert found is not None and (found.when, found.low, found.high) == ("2026-07", 3.1, 3.9)


def test_a_series_without_periods_is_in_the_order_it_was_told_as_before() -> None:
    reports = [
        ("Wire A", "2026-09-02", "Inflation is 2.9%.", _rate("2.9%", 2.9, None)),
        ("Wire B", "2026-08-03", "Inflation is 3.1%.", _rate("3.1%", 3.1, None)),
    ]
    for source in _sources(reports):
        (measure,) = measures_of(source)
        assert [f.quantity.value for f in measure.figures] == [3.1, 2.9] and not measure.has_periods()
