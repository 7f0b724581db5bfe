"""A sum an investor puts in ("will invest €4bn", "an investment of $900m") is an `investment`, and one that ends a
claim or a suit ("a $250m settlement", "agreed to pay $80m to settle") a `settlement` (both were `funding` or
`amount`); what one pays for a thing is its `price`, as what one charges for it was ("paid $18m for the triptych",
not "paid £3m for the damage"). The cross-references compare an investment as they compare funding, and a settlement
as damages. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article
from corpus.xref.features import MONEY_MEASURES, PRICED_SUMS, sums_meet


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("tm", "Desk", None, [], "2026-06-10", False, "tm.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The battery maker will invest €4.2 billion in two new lines.", "€4.2 billion", "investment"),
        ("Pension funds invested $3.6bn in toll roads last year.", "$3.6bn", "investment"),
        ("The brewer announced an investment of £310m in its maltings.", "£310m", "investment"),
        ("The insurer agreed a $75 million settlement with the policyholders.", "$75 million", "settlement"),
        ("The railway will pay £48m to settle the claims of injured passengers.", "£48m", "settlement"),
        ("A gallery paid $18 million for the triptych.", "$18 million", "price"),
        ("The haulier paid £3m for the damage its lorry caused.", "£3m", "losses"),
        # spending on a thing stays the funding of it, as before
        ("The county will spend £26m on school roofs.", "£26m", "funding"),
    ],
)
def test_a_sum_invested_or_paid_to_settle_is_named_so(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


def test_the_cross_references_compare_an_investment_as_funding_and_a_settlement_as_damages() -> None:
    assert "investment" in MONEY_MEASURES and sums_meet("investment", "funding")
    assert "settlement" in PRICED_SUMS and sums_meet("settlement", "amount") and not sums_meet("settlement", "revenue")
