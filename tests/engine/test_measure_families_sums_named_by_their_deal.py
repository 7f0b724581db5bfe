"""A sum named by what is done with it: a buyback, a market value a fall wiped off, a sale at auction, an average
rent, a contract's weekly worth (issue 13: a figure's measure). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The insurer will buy back up to $3 billion of its own stock.", "$3 billion", "buyback"),
        ("The group bought back £400m of shares last year.", "£400m", "buyback"),
        ("The profit warning wiped £6bn off the retailer's market value.", "£6bn", "market value lost"),
        ("The recall knocked about $12bn off the value of the carmaker.", "about $12bn", "market value lost"),
        ("The sculpture sold at auction for $14 million.", "$14 million", "price"),
        ("Monthly rents for a one-bedroom flat average €980 in the city.", "€980", "rent"),
        ("The winger signed a new deal worth a reported £180,000 a week.", "£180,000 a week", "salary"),
    ],
)
def test_a_sum_named_by_what_is_done_with_it(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The firm will buy 300 buses for $150 million.", "$150 million"),  # a purchase, nothing bought back
        ("The sale knocked £20 off the price of each ticket.", "£20"),  # a discount, no value of a company
    ],
)
def test_a_sum_near_those_words_that_is_not_such_a_deal_stays_unnamed(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure not in ("buyback", "market value lost")
