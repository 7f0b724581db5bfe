"""What a home costs by the month or the week is its `rent` ("Renting a studio flat costs €950 a month", "Tenants pay
£310 a week for a two-bedroom house"; was `payment per month` or `payment per period`), not a mortgage's repayment nor a
gym's fee; a sum paid "in fines" is a `fine` (was `amount`); a sum per a unit of a named good is its `price` ("52 cents
per litre of milk", as "52 cents per litre" was). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("tr", "Desk", None, [], "2026-03-04", False, "tr.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("Renting a studio flat near the harbour costs €950 a month.", "€950 a month", "rent"),
        ("Tenants pay £310 a week for a two-bedroom house in the town.", "£310 a week", "rent"),
        ("Landlords in the district now ask £1,720 monthly.", "£1,720", "rent"),
        ("The council was ordered to pay £7,500 in fines for the spill.", "£7,500", "fine"),
        ("Creameries pay 52 cents per litre of milk this spring.", "52 cents per litre", "price"),
    ],
)
def test_a_homes_monthly_sum_is_rent_a_sum_in_fines_a_fine_a_sum_per_unit_of_a_good_its_price(
    sentence: str, text: str, measure: str
) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # a mortgage is repaid by the month too, on a flat as on anything
        ("Mortgage repayments on a two-bedroom flat rose to £1,350 a month.", "£1,350 a month", "payment per month"),
        # no home is told: a monthly fee stays a payment
        ("The gym charges members £45 a month.", "£45 a month", "payment per month"),
    ],
)
def test_a_monthly_sum_with_no_rented_home_is_no_rent(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure
