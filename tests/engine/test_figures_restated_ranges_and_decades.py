"""A count restated by another source "lower" or "higher" takes what the count before it counted; a cost told as a
range is a cost; a deficit or a debt in percent is of the economy's output; a decade that dates a thing ("the 1960s
bridge") is not the claim's date. Our own sentences."""

from __future__ import annotations

from .conftest import claim_dates, claimed_figures, sentence_figures


def test_another_sources_lower_figure_counts_what_the_count_before_it_counted() -> None:
    found = claimed_figures(
        "The nurses' union says some 6,500 of its members joined the walkout.\n"
        "The health board put the figure lower, at around 4,800, and said most clinics had stayed open."
    )
    restated = next(q for q in found if q.value == 4800)
    assert restated.measure == next(q for q in found if q.value == 6500).measure == "strikers"


def test_a_higher_figure_restated_after_a_comma_too() -> None:
    found = claimed_figures(
        "Police said about 9,000 people joined the march.\nOrganisers put the number higher, at 25,000."
    )
    assert next(q for q in found if q.value == 25000).measure == next(q for q in found if q.value == 9000).measure


def test_a_cost_told_as_a_range_is_a_cost() -> None:
    assert [m for _, _, m, _ in sentence_figures("Repairs to the pier will cost between £12m and £15m.")] == ["cost"]
    assert [m for _, _, m, _ in sentence_figures("An audit puts the cost of the upgrade at between $4m and $6m.")] == [
        "cost"
    ]


def test_a_decade_describing_a_thing_is_not_the_claims_date() -> None:
    assert claim_dates("About 9,000 cars a day use the 1970s flyover, the council said.", "2031-05-04") == [None]
    assert claim_dates("The theatre will demolish its 1930s annexe next month.", "2031-05-04") != ["1930"]


def test_a_decade_as_a_time_still_dates_the_claim() -> None:
    assert claim_dates("House prices in the town doubled in the 1980s.", "2031-05-04") == ["1980"]


def test_a_deficit_or_debt_in_percent_is_of_the_economys_output() -> None:
    assert [m for _, _, m, _ in sentence_figures("The watchdog estimated the deficit would be 3.4% next year.")] == [
        "deficit to gdp"
    ]
    assert [m for _, _, m, _ in sentence_figures("Public debt stood at 88% in June.")] == ["debt to gdp"]
    # (a move of the deficit is no level of it)
    assert [m for _, _, m, _ in sentence_figures("The deficit rose 5% last year.")] != ["deficit to gdp"]
