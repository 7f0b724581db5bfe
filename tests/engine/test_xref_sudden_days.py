"""Two tolls of a sudden happening of one kind (a fire, a blast, a crash), each dated by its own words to its day,
more than a day apart, are two happenings: not one count told twice, however alike the words (issue 12). Our own
sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import Features, features
from corpus.xref.relations import relate

from .conftest import make_article

_HOSTEL = (
    "Fire guts Tarnow hostel, three dead\n"
    "TARNOW: Three people were killed when fire swept through a hostel in the Mościce district on Saturday night, "
    "firefighters said.\n"
    "The blaze started in a kitchen on the ground floor, a fire brigade spokesman told the Tarnow Herald.\n"
)
_WAREHOUSE = (
    "Tarnow warehouse fire kills three\n"
    "TARNOW: Three workers were killed when fire swept through a warehouse in the Mościce district on Wednesday, "
    "firefighters said.\n"
    "The blaze started in a storeroom, a fire brigade spokesman told the Tarnow Herald.\n"
)


def _described(body: str, published: str, anchor: str, outlet: str | None = None) -> Features:
    article = make_article(body, published, outlet=outlet)
    (claim,) = [c for c in extract_article(article)[0] if anchor in c.text]
    return features(claim, article)


def test_two_fires_days_apart_with_one_toll_are_not_one_count_one_fire_told_twice_is() -> None:
    hostel = _described(_HOSTEL, "2026-09-13", "Three people were killed", outlet="Tarnow Herald")
    warehouse = _described(_WAREHOUSE, "2026-09-17", "Three workers were killed")
    assert relate(hostel, warehouse) is None  # a hostel's fire on Saturday, a warehouse's on Wednesday
    again = _described(
        _HOSTEL.replace("Fire guts Tarnow hostel", "Hostel fire in Tarnow").replace(
            "on Saturday night", "late on Saturday"
        ),
        "2026-09-14",
        "Three people were killed",
        outlet="Polish Press Agency",
    )
    found = relate(hostel, again)  # the same fire's toll from another outlet the next day
    assert found is not None and found.relation == "corroborates"
