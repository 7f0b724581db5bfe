"""A denial of "the charges" answers a sentence naming a charge, not the one before it about a sentence asked
for; and planes, airliners and aircraft are one fleet counted (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_denying_the_charges_does_not_conflict_with_a_sentence_asked_for() -> None:
    article = make_article(
        "A former harbour master of Vessby was jailed for six years on Tuesday for fraud, the court said.\n"
        "Prosecutors had asked for a nine-year term. Olle Berg, 58, denied the charges throughout the trial.\n",
        published="2027-02-18",
    )
    links = links_of(article)
    assert "conflicts" not in relations_between(links, "nine-year term", "denied the charges"), links


def test_denying_the_charges_conflicts_with_the_charge_just_before() -> None:
    article = make_article(
        "Olle Berg, 58, was charged on Monday with defrauding the Vessby port of 3 million kronor, police said.\n"
        "Berg denied the charges through his lawyer.\n",
        published="2027-02-18",
    )
    links = links_of(article)
    assert relations_between(links, "was charged", "denied the charges") == ["conflicts"], links


def test_planes_and_aircraft_of_one_fleet_corroborate() -> None:
    first = make_article(
        "Chief executive Mira Lund said the merged carrier Nordvind would fly 184 planes.\n",
        published="2027-07-12",
        outlet="Wire One",
    )
    second = make_article(
        "The merged carrier Nordvind will operate about 184 aircraft, the company said.\n",
        published="2027-07-12",
        outlet="Daily Ledger",
    )
    links = links_of(first, second)
    assert relations_between(links, "184 planes", "184 aircraft") == ["corroborates"], links
