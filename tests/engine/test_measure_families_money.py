"""What a sum of money is, and money in the currencies of news from Africa, Asia, Europe and Latin America.
Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[tuple[str, str | None, str | None]]:
    claims, _ = extract_article(Article("mf", "Money", None, [], "2026-06-10", False, "mf.txt", sentence + "\n"))
    return [(q.text, q.unit, q.measure) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Workers in Oslo will get 400 krone more a month.", ("400 krone", "kroner")),
        ("A kilo of robusta beans fetched 120,000 dong on Monday.", ("120,000 dong", "VND")),
        ("The fine is 50 cedis, the court said.", ("50 cedis", "GHS")),
        ("She was paid 400 rand for the week, her employer said.", ("400 rand", "ZAR")),
        ("A bus fare is now 1,200 kyats, the operator said.", ("1,200 kyats", "MMK")),
        ("The ticket costs 12 Swiss francs, the club said.", ("12 Swiss francs", "CHF")),
        ("Each household will receive 300 Norwegian krone.", ("300 Norwegian krone", "NOK")),
    ],
)
def test_currency_names_become_iso_codes(sentence: str, expected) -> None:
    assert _figures(sentence)[0][:2] == expected


def test_a_capitalised_rand_after_a_year_is_no_money() -> None:
    assert all(unit != "ZAR" for _, unit, _ in _figures("A 2019 Rand study found 40 percent of veterans agreed."))


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Brent crude settled at $74.20 a barrel on Friday.", "price"),
        ("Petrol now costs 151.4p a litre at supermarket forecourts.", "price"),
        ("Gold traded at $2,410 an ounce in London.", "price"),
        ("Wheat fetched $231 a tonne at the port.", "price"),
        ("The county council's budget is £1.1bn for the coming year.", "budget"),
        ("The court ordered the firm to pay $12m in damages.", "damages"),
        ("The charity raised £3.4m in donations.", "donations"),
        ("Dairy farmers will receive a one-off payment of €2,500.", "payment"),
        ("The winner takes home a prize of $1.2 million.", "prize money"),
        ("The bank paid a dividend of 18 cents a share.", "dividend"),
        ("The new stadium was built at a cost of £410m.", "cost"),
        ("The airline reported a net loss of €120m for the year.", "loss"),
        ("The strike cost the port €25m in lost revenue.", "loss"),
    ],
)
def test_a_sum_has_the_family_its_words_name(sentence: str, measure: str) -> None:
    assert _figures(sentence)[0][2] == measure


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("A dozen eggs now costs $4.95 in the city.", "price"),
        ("A litre of milk costs 1.20 euros at the supermarket.", "price"),
        ("A single reactor costs about $9bn to build.", "cost"),  # what building it costs, no price
        ("A new bridge would cost $2bn, the council said.", "amount"),
    ],
)
def test_what_one_of_a_thing_costs_is_its_price(sentence: str, measure: str) -> None:
    assert [m for _, unit, m in _figures(sentence) if unit and unit.isupper()] == [measure]


def test_a_loss_braced_for_is_an_outlook() -> None:
    assert _figures("The airline is bracing for an operating loss of €300m this year.")[0][2] == "amount"


def test_a_sum_per_hour_is_no_price() -> None:
    assert _figures("She was paid 400 rand a day.")[0][2] == "payment per period"


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Teachers will get a 6.5% pay rise from September.", "pay rise"),
        ("Workers were offered a 4% wage increase.", "pay rise"),
        ("Doctors rejected a 3% pay offer.", "pay rise"),
        ("Civil servants face a 2% real-terms pay cut.", "pay cut"),
        ("The landlord imposed a 12% rent increase.", "rent rise"),
        ("The chain announced a 10% price cut.", "price cut"),
    ],
)
def test_a_move_in_percent_of_a_named_thing(sentence: str, measure: str) -> None:
    assert _figures(sentence)[0][2] == measure


def test_a_share_stays_a_share() -> None:
    assert _figures("About 40% of teachers joined the strike.")[0][2] == "share of teachers"
