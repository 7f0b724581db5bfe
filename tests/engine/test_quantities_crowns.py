"""The Nordic and Czech currencies in English: "1.2 billion crowns" is money, "500 Swedish crowns" SEK; a bare
"three crowns" (titles, teeth) stays a count (issue 13). Our own sentences."""

from __future__ import annotations

from .conftest import make_article


def _units(sentence: str) -> list[str | None]:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article("Headline\n" + sentence + "\n"))
    return [q.unit for c in claims for q in c.quantities]


def test_a_scaled_sum_in_crowns_is_money() -> None:
    assert _units("Insurers expect storm claims to reach 1.4 billion crowns.") == ["crowns"]


def test_a_nations_crowns_are_its_currency() -> None:
    assert _units("The court fined him 800 Norwegian crowns.") == ["NOK"]


def test_crowns_won_are_no_money() -> None:
    assert _units("The skier has won four crowns in six seasons.")[0] == "crown"


def test_bare_crowns_take_the_one_country_an_article_names() -> None:
    from corpus.extract.article import extract_article

    body = (
        "Thieves raid Swedish gallery\nThieves stole three paintings from a gallery in southern Sweden on Sunday.\n\n"
        "The haul is worth around 12 million crowns, the gallery said.\n"
    )
    claims, _ = extract_article(make_article(body))
    assert [(q.unit, q.measure) for c in claims for q in c.quantities if q.value == 12e6] == [("SEK", "stolen")]


def test_an_article_naming_two_crowns_countries_keeps_the_bare_name() -> None:
    body = "Headline\nSweden and Norway both raised fees. The new fee is 2 million crowns, the agency said.\n"
    assert _units(body.split("\n", 1)[1].strip()) == ["crowns"]
