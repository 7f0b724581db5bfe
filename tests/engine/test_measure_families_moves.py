"""What a percentage move and the level it moved to are of, when the subject of the verb names a quantity news
reports as moving; commodities' sums as prices; money a charity raised; sums per a good. Sentences written for
these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[tuple[str, str | None, str | None]]:
    claims, _ = extract_article(Article("mv", "Markets", None, [], "2026-05-01", False, "mv.txt", sentence + "\n"))
    return [(q.text, q.unit, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Revenue at the group rose 11% in the quarter.", "revenue increase"),
        ("Industrial output grew 1.9% in July.", "industrial output increase"),
        ("Japan's exports rose 4% in June.", "exports increase"),
        ("Imports of soybeans fell 9% last month.", "imports decrease"),
        ("Rents in the city rose 9% last year.", "rent increase"),
        ("Average rents climbed 6% last year.", "rent increase"),
        ("Retail sales fell 0.4% in March.", "retail sales decrease"),
        ("Profit slumped 40% in the first half.", "profit decrease"),
        ("Shares of the carmaker fell 8% on Thursday.", "share price decrease"),
        ("Bitcoin fell 5% on Sunday.", "bitcoin price decrease"),
        ("Brent crude rose 2% on Friday.", "crude price increase"),
        ("Oil output fell 3% in May.", "oil output decrease"),
    ],
)
def test_a_move_of_a_named_quantity_is_that_quantitys(sentence: str, measure: str) -> None:
    assert _figures(sentence)[0][2] == measure


@pytest.mark.parametrize(
    "sentence",
    [
        "Tesla fell 3% on Monday.",  # a company: its shares, its sales or its value, the words do not say
        "The chain reported a 9% rise in sales.",
        "They said prices would rise, but the index fell 2% in May.",
        # a level told as so many percent higher is compared across reports: only a share price's is named
        "Revenue at the group was 11% higher in the quarter.",
    ],
)
def test_a_move_of_no_named_quantity_stays_a_percent_move(sentence: str) -> None:
    assert _figures(sentence)[0][2] in ("percent increase", "percent decrease")


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Bitcoin fell 5% to $58,400 on Sunday.", "$58,400", "price"),
        ("Shares in the lender closed 3.1% higher at 412 pence.", "412 pence", "share price"),
        ("Exports of olive oil rose 7% to €4.1bn last year.", "€4.1bn", "exports"),
        ("Ether dropped to $2,310 overnight.", "$2,310", "price"),
        ("Remittances from abroad rose to $12.4 billion last year.", "$12.4 billion", "remittances"),
        ("The country's reserves fell to $18.3 billion in May.", "$18.3 billion", "reserves"),
        ("The charity raised £1.8m at a dinner on Friday.", "£1.8m", "donations"),
        ("The appeal has raised $640,000 so far.", "$640,000", "donations"),
    ],
)
def test_the_sum_a_named_thing_stands_at(sentence: str, figure: str, measure: str) -> None:
    assert next(m for text, _, m in _figures(sentence) if text.startswith(figure)) == measure


def test_a_firm_raising_money_from_investors_is_no_donation() -> None:
    assert _figures("The startup raised $40m from investors in March.")[0][2] != "donations"


@pytest.mark.parametrize(
    "sentence, unit",
    [
        ("Silver hit $48.20 an ounce before easing.", "USD per ounce"),
        ("A flat white now costs $4.10 a cup in the city.", "USD per cup"),
        ("Gas for next-day delivery traded at 98p a therm.", "penny per therm"),
    ],
)
def test_a_sum_per_a_good_is_its_price(sentence: str, unit: str) -> None:
    assert _figures(sentence)[0][1:] == (unit, "price")


def test_a_sum_a_year_before_is_still_no_rate() -> None:
    assert _figures("Profit was $6.8 billion a year earlier.")[0][1] == "USD"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The country's reserves fell by $1.9 billion in the month to $48.2 billion.", "$1.9 billion", "reserves"),
        ("The country's reserves fell by $1.9 billion in the month to $48.2 billion.", "$48.2 billion", "reserves"),
        ("Farmgate wheat prices rose 3 cents to 88 cents a kilo in June.", "3 cents", "price"),
        ("Rents rose by £40 a month to £1,260.", "£1,260", "rent"),
        ("Shares fell 40p to 310p.", "40p", "share price"),
        ("Shares fell 40p to 310p.", "310p", "share price"),
        ("Ticket prices for the concert range from 45 to 310 euros.", "45", "price"),
        ("A sketch by the artist fetched $2.3m at auction on Friday.", "$2.3m", "price"),
        ("The storm cost the insurer $320 million.", "$320 million", "cost"),
        ("The trade deficit widened to $68.9 billion in March.", "$68.9 billion", "deficit"),
        ("The country ran a budget surplus of 2.1 billion euros last year.", "2.1 billion euros", "surplus"),
        ("His net worth is estimated at $2.1 billion.", "$2.1 billion", "net worth"),
        ("The group's market capitalisation fell to $90bn.", "$90bn", "market value"),
        ("The car has an MSRP of $45,000.", "$45,000", "price"),
    ],
)
def test_a_sum_moved_to_or_set_by_a_named_one(sentence: str, figure: str, measure: str) -> None:
    assert next(m for text, _, m in _figures(sentence) if text.startswith(figure)) == measure


def test_a_change_to_a_sum_in_another_currency_takes_no_family() -> None:
    assert [m for _, _, m in _figures("Ticket prices rose by $5 to €90.")] == ["amount", "price"]
