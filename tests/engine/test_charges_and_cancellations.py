"""What is charged for a service or a supply is a price, as is a price's move told in its currency alone; things called
off are counted as cancelled. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _measure_of(sentence: str, text: str) -> str | None:
    claims, _ = extract_article(Article("cc", "Prices", None, [], "2026-10-14", False, "cc.txt", sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("Parking charges in the old town will rise to £4 an hour.", "£4 an hour", "price"),
        ("Customers pay a standing charge of 47.2p a day.", "47.2p a day", "price"),
        ("Water bills will rise to £498 from April.", "£498", "price"),
        ("Wholesale gas traded at 91p a therm, down 6p.", "6p", "price"),
        ("Nearly 900 trains were cancelled on Tuesday as drivers walked out.", "900", "cancelled"),
        ("The carrier cancelled 260 flights and stranded 9,000 travellers.", "260", "cancelled"),
        ("Some 350 ferry crossings have now been cancelled, the operator said.", "350", "cancelled"),
    ],
)
def test_a_charge_or_a_cancellation_is_named(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        ("The lender took a one-off charge of $310m in the quarter.", "$310m", "price"),
        ("She is in charge of a £2bn pension fund.", "£2bn", "price"),
        ("The carrier cancelled 260 flights and stranded 9,000 travellers.", "9,000", "cancelled"),
        ("The club sold 3,400 season tickets before the cancelled friendly.", "3,400", "cancelled"),
        # a share's price is never moved by a sum in its currency alone
        ("Earnings were 61 cents a share, up 9 cents.", "9 cents", "price"),
    ],
)
def test_what_is_no_charge_nor_called_off_keeps_its_measure(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) != measure
