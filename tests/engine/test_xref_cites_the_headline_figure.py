"""A relay's cited claim is chosen above all by the value of the measure both count ("was sentenced to seven years,
the Associated Press reported" against the AP's "sentenced to 84 months"), never a claim that shares a number the
relay gives only in a side clause ("the three years his defence had asked for"). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_relay_does_not_cite_the_claim_of_a_side_clauses_number() -> None:
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
    assert not any("had sought three years" in t for t in cited), links
    assert relations_between(links, "seven years", "84 months") == ["corroborates"], links
