"""A relay cites the claim of the cited report that states its own figure ("was sentenced to seven years, the
Associated Press reported" cites the AP's "sentenced to 84 months"), not one that shares a number the relay gives
only in a side clause ("the three years his defence had asked for"). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article


def test_a_relay_cites_the_claim_of_its_own_figure() -> None:
    links = links_of(
        make_article(
            "Brava founder jailed\nThe founder of the lender Brava, Jan Kessel, was sentenced on Wednesday to 84 "
            "months in prison for fraud.\nKessel's lawyers, who had sought three years, said they would appeal.\n",
            published="2027-04-28",
            outlet="Associated Press",
            title="Brava founder jailed",
        ),
        make_article(
            "Kessel gets seven years\nThe founder of Brava was sentenced to seven years in prison on Wednesday, the "
            "Associated Press reported, far longer than the three years his defence had asked for.\n",
            published="2027-04-29",
            outlet="Ledger Daily",
            title="Kessel gets seven years",
        ),
    )
    cited = [t for rel, s, t, _ in links if rel == "cites" and "seven years" in s]
    assert len(cited) == 1 and "84 months" in cited[0], links
