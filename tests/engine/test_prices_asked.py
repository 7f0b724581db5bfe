"""What a seller asks for a thing is a price: "charges $25 for a haircut", and what one of a thing costs however many
words name it ("A large tub of premium ice cream costs $9"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measures(sentence: str) -> list[str | None]:
    claims, _ = extract_article(Article("tq", "Money", None, [], "2026-06-10", False, "tq.txt", sentence + "\n"))
    return [q.measure for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "The barber on Mill Street charges $25 for a haircut.",
        "The museum charged €18 for an adult ticket last summer.",
        "A large tub of premium ice cream costs $9.",
    ],
)
def test_what_a_seller_asks_for_a_thing_is_a_price(sentence: str) -> None:
    assert _measures(sentence) == ["price"]


def test_a_sum_charged_to_someone_in_fees_is_no_price_asked() -> None:
    assert _measures("The bank charged customers £40m in overdraft fees.") != ["price"]
