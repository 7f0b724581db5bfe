"""A rate whose sentence names "interest rate" in full is the interest rate, the same figure another report gives
of a bank's "rates" (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_interest_rate_in_full_meets_a_banks_rates() -> None:
    first = make_article(
        "The Bank of Talvia raised its main interest rate to 5.25% on Wednesday, governor Mira Sund said.",
        published="2026-02-11",
        outlet="Wire One",
        title="Talvia raises interest rate",
    )
    second = make_article(
        "Talvia's central bank lifted rates to 5.25 percent on Wednesday, its highest level since 2008.",
        published="2026-02-11",
        outlet="Wire Two",
        title="Talvia central bank lifts rates",
    )
    links = links_of(first, second)
    assert relations_between(links, "main interest rate", "lifted rates") == ["corroborates"]


def test_two_banks_rates_stay_apart() -> None:
    first = make_article(
        "The Bank of Talvia raised its main interest rate to 5.25% on Wednesday, governor Mira Sund said.",
        published="2026-02-11",
        outlet="Wire One",
        title="Talvia raises interest rate",
    )
    second = make_article(
        "Orland's central bank lifted rates to 5.25 percent on Wednesday, its highest level since 2008.",
        published="2026-02-11",
        outlet="Wire Two",
        title="Orland central bank lifts rates",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "main interest rate", "lifted rates")
