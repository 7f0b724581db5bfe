"""A month a plan starts from, after two goods joined by "and" ("a tax on diesel and petrol from July"), lies ahead
of the report: "and" joining two nouns opens no clause of its own (issue 13). Our own sentences."""

from __future__ import annotations

from corpus.extract.dates import find_dates, looks_ahead


def test_a_plan_from_a_month_after_two_goods_looks_ahead() -> None:
    text = "The government plans to impose a levy on sugar and salt from October, officials said."
    [mention] = find_dates(text)
    assert looks_ahead(text, mention, "2026-03-02")


def test_and_opening_a_clause_still_breaks_it() -> None:
    text = "The ministry plans to review the rules and officials met the unions in January."
    [mention] = find_dates(text)
    assert not looks_ahead(text, mention, "2026-03-02")
