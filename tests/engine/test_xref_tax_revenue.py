"""Tax revenue growing by a percentage is no tax rate: a tax raised to a rate does not update it (issue 12). Our own
sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.frames import frame_measure

from .conftest import links_of, make_article, relations_between


def test_a_tax_rate_does_not_update_the_growth_of_tax_revenue() -> None:
    first = make_article(
        "Finance Minister Eva Kral blamed a slowdown in tax revenue, which grew 1.8% in the first quarter "
        "against 4.2% a year earlier.\n",
        published="2027-04-14",
        outlet="Wire One",
    )
    later = make_article(
        "The government on Tuesday raised the tax on tobacco to 25% from 19%, Finance Minister Eva Kral said.\n",
        published="2027-06-01",
        outlet="Daily Ledger",
    )
    links = links_of(first, later)
    assert "updates" not in relations_between(links, "tax revenue", "tax on tobacco"), links


def test_a_pre_tax_profit_is_no_tax_rate() -> None:
    article = make_article("Pre-tax profit at Velmar rose 12% to 480 million euros, the company said.\n")
    (claim,) = extract_article(article)[0]
    assert all(frame_measure(q, claim) != "tax rate" for q in claim.quantities)
