"""Measure families of sums named by a noun before or after them ("Italy's debt stands at", "a $48 million
shortfall", "the average premium fell 7% to £608") and of a percentage comparing the figure before it with another
time ("31,200 homes, 12% fewer than a year earlier"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("ts", "Desk", None, [], "2026-06-10", False, "ts.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # named before the sum
        ("Portugal's public debt stood at €271 billion at the end of March.", "€271 billion", "debt"),
        ("The firm's net debt rose to $3.4bn.", "$3.4bn", "debt"),
        ("The average home insurance premium rose 9% to £412.", "£412", "premium"),
        ("The average home insurance premium rose 9% to £412.", "9%", "insurance premium increase"),
        ("The team's payroll of $212 million is the league's highest.", "$212 million", "payroll"),
        ("Public sector borrowing reached £14.2bn in May.", "£14.2bn", "borrowing"),
        ("Cocoa futures jumped 4% to $8,900.", "$8,900", "price"),
        # named right after it, behind a determiner
        ("The county faces a $31 million shortfall next year.", "$31 million", "shortfall"),
        ("The province ended the year with a C$2.2 billion surplus.", "C$2.2 billion", "surplus"),
        ("Two tickets will share the £61m jackpot.", "£61m", "prize money"),
        ("Councillors approved a £3.4m budget for the library.", "£3.4m", "budget"),
    ],
)
def test_a_sum_takes_the_family_its_noun_names(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The firm set a $5bn sales target.", "$5bn"),  # the noun after the sum is the target, not sales
        ("The charity raised $40m, a record.", "$40m"),  # no noun names it
    ],
)
def test_a_sum_whose_phrase_ends_elsewhere_takes_no_family_from_it(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) not in ("revenue", "shortfall", "surplus", "budget")


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        (
            "Builders completed 18,400 homes in the second quarter, 9% fewer than a year earlier.",
            "9%",
            "housing completions decrease",  # (homes builders completed are completions since session 35)
        ),
        ("The clinic saw 4,100 patients in May, 15% more than in April.", "15%", "patient increase"),
        ("Police recorded 8,200 thefts last year, 7% more than in 2024.", "7%", "theft increase"),
        (
            "Cinema admissions fell to 143 million, still 11% below their pre-pandemic average.",
            "11%",
            "admission decrease",
        ),
    ],
)
def test_a_percent_comparing_the_figure_before_it_with_another_time_is_its_move(
    sentence: str, text: str, measure: str
) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("The club has 4,000 members, 20% more than the league average.", "20%"),  # another thing, not another time
        ("The firm sold 1,200 cars, 30% of them electric.", "30%"),  # a share of them
        ("The deal was worth $40m, 9% more than in 2024.", "9%"),  # a sum named by nothing gives no family
    ],
)
def test_a_percent_comparing_no_named_figure_over_time_stays_a_share(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) == "share"
