"""A fee is one deal's sum (issue 12): a club's fees for two players, or two players' release clauses, are two deals,
so the later is no revision of the earlier; the same fee told twice is one sum. Our own articles; the extractor's
names ("transfer fee", "fee", "release clause") are set on the sums as it sets them."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corpus.pipeline import extract_one, linked

from .conftest import make_article

_STRONG = ("corroborates", "conflicts", "updates")


def _links(stories: list[tuple[str, str, str]], name: str) -> list[tuple[str, str, str]]:
    """(relation, text, text) of every link between the stories' sum-giving claims, each sum named ``name``."""
    articles, claims, mentions = [], [], []
    for body, day, outlet in stories:
        article, found, seen, _ = extract_one(
            make_article(body, published=day, outlet=outlet, title=body.split("\n")[0])
        )
        articles.append(article)
        mentions.extend(seen)
        for c in found:
            sums = [q for q in c.quantities if q.value and q.unit in ("EUR", "GBP", "USD")]
            claims.append(replace(c, quantities=[replace(q, measure=name) if q in sums else q for q in c.quantities]))
    by_id = {c.id: c for c in claims}
    summed = {c.id for c in claims if any(q.measure == name for q in c.quantities)}
    return [
        (x.relation, by_id[x.source].text, by_id[x.target].text)
        for x in linked(articles, claims, mentions, []).xrefs
        if x.source in summed and x.target in summed
    ]


_SOLD = (
    "Estrela sell defender Matos to Moerdijk for 40 million euros\nLISBON (AFP) - Clube Estrela have agreed to sell "
    "defender Ivo Matos to Dutch club AZ Moerdijk for 40 million euros, the Portuguese club said on Tuesday.\nMatos, 24, "
    "played 38 games last season.\n",
    "2026-09-01",
    "Wire",
)
_ACCEPTED = (
    "Deadline day: every deal as it happens\n10:05 Northam City have made a formal bid for Rui Lobo, according to "
    "Portuguese media.\n15:10 Clube Estrela have accepted an offer of 45 million euros, plus up to 4 million euros in "
    "add-ons, from Northam City for Lobo, the Portuguese club said in a statement.\n21:40 Done deal: Lobo has signed a "
    "four-year contract with Northam.\n",
    "2026-08-31",
    "Sport Now",
)


@pytest.mark.parametrize("name", ["transfer fee", "fee"])
def test_one_clubs_fees_for_two_players_are_two_deals_not_a_revision(name: str) -> None:
    links = _links([_SOLD, _ACCEPTED], name)
    assert not [x for x in links if x[0] in _STRONG], links


def test_two_players_release_clauses_are_two_contracts() -> None:
    # (a guard: a release clause, new as a name, is compared as fees are)
    one = (
        "Estrela tie down Matos\nLISBON (AFP) - Clube Estrela have given defender Ivo Matos a new contract with a "
        "release clause of 90 million euros, the Portuguese club said on Tuesday.\nMatos, 24, played 38 games last "
        "season.\n",
        "2026-07-07",
        "Wire",
    )
    other = (
        "Transfer news: every deal as it happens\n10:05 Northam City are watching Rui Lobo, according to Portuguese "
        "media.\n15:10 Clube Estrela have given winger Rui Lobo a new contract with a release clause of 100 million "
        "euros, the Portuguese club said in a statement.\n",
        "2026-07-08",
        "Sport Now",
    )
    links = _links([one, other], "release clause")
    assert not [x for x in links if x[0] in _STRONG], links


def test_one_fee_told_by_two_outlets_is_one_sum() -> None:
    # (a guard: the equal sum still corroborates, now as a sum)
    paper = (
        "Matos joins Moerdijk\nAZ Moerdijk have signed defender Ivo Matos from Clube Estrela for 40 million euros, the "
        "Dutch club said on Tuesday.\n",
        "2026-09-01",
        "Paper",
    )
    links = _links([_SOLD, paper], "transfer fee")
    assert [x[0] for x in links] == ["corroborates"], links
