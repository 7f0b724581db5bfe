"""A move by so many percent of a figure the sentence names: told as the change of a named sum or count before it
("a profit of $412 million, down 18%"), restating a move in another unit ("rose $140, or 1.6%, to ..."), or of a
currency named as the subject of the verb ("Sterling fell 0.4% to $1.27"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[tuple[str, str | None, str | None, str]]:
    claims, _ = extract_article(Article("tp", "Markets", None, [], "2026-08-20", False, "tp.txt", sentence + "\n"))
    return [(q.text, q.unit, q.measure, q.change) for c in claims for q in c.quantities]


def _measure_of(sentence: str, text: str) -> str | None:
    return next(m for t, _, m, _ in _figures(sentence) if t.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, measure",
    [
        # the change of a named sum, told after it in its clause
        (
            "Halcyon Foods reported a first-half profit of $412 million on Tuesday, down 18% from a year earlier.",
            "18%",
            "profit decrease",
        ),
        ("The retailer posted annual revenue of £2.3bn, up 7% on the previous year.", "7%", "revenue increase"),
        # a move told in a currency, then in percent
        ("Copper rose $140, or 1.6%, to $8,920 a tonne.", "1.6%", "copper price increase"),
        ("Shares in Orvane fell 42 pence, or 3.9%, to 1,036p.", "3.9%", "share price decrease"),
        # a currency's move: its exchange rate, and the level it moved to
        ("Sterling fell 0.4% to $1.27 after the data.", "0.4%", "exchange rate decrease"),
        ("Sterling fell 0.4% to $1.27 after the data.", "$1.27", "exchange rate"),
        ("The euro rose 0.6% to $1.0915 on Thursday.", "0.6%", "exchange rate increase"),
        # a move told by "go up", and the object of a verb of change, a plural with no determiner or with its place
        ("Rail fares in Wales will go up by 4.6% in March.", "4.6%", "rail fare increase"),
        ("The airline will cut fares by 10% on domestic routes.", "10%", "fare decrease"),
        ("The province will raise the minimum wage in Cebu by 6.5% next year.", "6.5%", "minimum wage increase"),
        # nouns in -ing that move: no gerund
        ("Consumer spending rose 3.2% in May.", "3.2%", "consumer spending increase"),
        ("Mortgage lending fell 12% in June.", "12%", "mortgage lending decrease"),
    ],
)
def test_a_percent_move_of_a_named_figure_is_that_figures_move(sentence: str, text: str, measure: str) -> None:
    assert _measure_of(sentence, text) == measure


@pytest.mark.parametrize(
    "sentence, text",
    [
        # another clause, another subject: no change of the sum before it
        ("Profit was $412 million, while margins rose 2%.", "2%"),
        ("Revenue reached £2.3bn and staff numbers rose 7%.", "7%"),
        # a sum named by nothing gives no family to a percent move
        ("The firm paid $40m, up 12% on last year.", "12%"),
        # a company is no currency, nor its shares' price
        ("Euro Pacific fell 3% to $41.20.", "3%"),
        # a pronoun or a count is no object that moves
        ("The company will cut it by 5%.", "5%"),
        # a gerund is no quantity that moves
        ("Walking rose 4% in the survey.", "4%"),
    ],
)
def test_a_percent_move_of_nothing_named_stays_a_percent_move(sentence: str, text: str) -> None:
    assert _measure_of(sentence, text) in ("percent increase", "percent decrease")
