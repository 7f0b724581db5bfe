"""One table of the verbs that name what was done to the things or the stuff a figure counts (issue 13: a figure's
measure): each verb is flagged for a count of things, an amount of a good by mass or volume, or both, so "shipped 31
million phones" and "shipped 2 million tonnes of grain" are both shipments, while a verb of one kind names nothing of
the other. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.measures import THING_DEEDS
from corpus.xref.frames import frame_measure

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        # verbs of both kinds, told of an amount by mass or volume
        ("The dairy sold 3 million litres of milk to the cheesemakers.", "3 million litres", "sales"),
        ("The abattoir recalled 40 tonnes of minced beef.", "40 tonnes", "recalled"),
        ("Customs officers destroyed 2 tonnes of counterfeit cigarettes.", "2 tonnes", "destroyed"),
        ("Divers recovered 3 tonnes of copper cable from the harbour.", "3 tonnes", "recovered"),
        # amount-only verbs keep their families
        ("The refinery pumped 310,000 barrels a day in the spring.", "310,000 barrels a day", "output"),
        ("Coastguards intercepted 900 kilograms of heroin.", "900 kilograms", "seized"),
    ],
)
def test_a_verb_of_amounts_names_what_was_done_with_the_stuff(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        # verbs first read for amounts, now told of things too
        ("The factory exported 38,000 combine harvesters last year.", "38,000", "exports"),
        ("The island imported 1,200 electric buses in the spring.", "1,200", "imports"),
        ("The plant produced 410,000 hatchbacks in its first year.", "410,000", "output"),
        ("Growers harvested 6 million pineapples before the rains.", "6 million", "harvest"),
        # verbs of counted things added to the one table (before the figure, or as a participle after it)
        ("The ferry line called off 64 sailings because of the gales.", "64", "cancelled"),
        ("Another 220 trains have now been cancelled.", "220", "cancelled"),
        ("The bank will close 38 branches in rural towns.", "38", "closed"),
        ("Some 15 libraries were shut by the council.", "15", "closed"),
        ("About 90 chalets were reportedly destroyed by the avalanche.", "90", "destroyed"),
        ("Lenders repossessed 1,640 farms in the drought years.", "1,640", "repossessions"),
        ("Detectives recovered 310 stolen paintings from a warehouse.", "310", "recovered"),
        ("The utility installed 52,000 smart meters in the autumn.", "52,000", "installed"),
        ("Schoolchildren planted 40,000 saplings along the river.", "40,000", "planted"),
        ("Regulators approved 19 new medicines in the first half.", "19", "approvals"),
    ],
)
def test_a_verb_of_counted_things_names_their_count(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Air defences intercepted 14 drones over the capital.", "14"),  # shot down: no haul seized
        ("The shares closed 2.7% lower in Tokyo.", "2.7%"),  # a price's close, no closure
        ("The town is close to 300 homes short of its target.", "close to 300"),  # "close to": about
        ("The bakery will close 240 roles at its depots.", "240"),  # jobs cut, no places closed
        ("About 30 drones have damaged 12 substations.", "About 30"),  # an active perfect: the drones did it
    ],
)
def test_a_verb_names_nothing_outside_its_kinds(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure not in ("seized", "closed", "damaged")


def test_the_cross_references_compare_things_exported_by_the_things() -> None:
    claims, _ = extract_article(make_article("The factory exported 38,000 combine harvesters last year.\n"))
    claim = next(c for c in claims if c.quantities)
    exported = next(q for q in claim.quantities if q.text == "38,000")
    assert exported.measure in THING_DEEDS and frame_measure(exported, claim) != "exports"
