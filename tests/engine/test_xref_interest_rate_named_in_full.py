"""A rate whose sentence names "interest rate" in full is the interest rate, the same figure another report gives
of a bank's "rates" (issue 12). Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_of, make_article, relations_between


def _relations(country: str) -> list[str]:
    """The links between the Bank of Talvia's raise and ``country``'s central bank lifting its rates."""
    first = make_article(
        "The Bank of Talvia raised its main interest rate to 5.25% on Wednesday, governor Mira Sund said.",
        published="2026-02-11",
        outlet="Wire One",
        title="Talvia raises interest rate",
    )
    second = make_article(
        f"{country}'s central bank lifted rates to 5.25 percent on Wednesday, its highest level since 2008.",
        published="2026-02-11",
        outlet="Wire Two",
        title=f"{country} central bank lifts rates",
    )
    return relations_between(links_of(first, second), "main interest rate", "lifted rates")


def test_interest_rate_in_full_meets_a_banks_rates() -> None:
    assert _relations("Talvia") == ["corroborates"]


@pytest.mark.parametrize("country", ["Orland"])
def test_two_banks_rates_stay_apart(country: str) -> None:
    assert "corroborates" not in _relations(country)
