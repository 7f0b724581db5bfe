"""An area a fire burned (issue 13: a figure's measure), compared as any area is. Sentences written for these
tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import compared_measure

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The blaze has charred more than 9,000 acres of forest.", "9,000 acres"),
        ("Firefighters said the fire had consumed 1,200 hectares by Sunday.", "1,200 hectares"),
        ("The 800-acre fire destroyed two barns.", "800-acre"),
        ("The bushfire burned through 3,400 hectares of scrub overnight.", "3,400 hectares"),
    ],
)
def test_an_area_a_fire_burned(sentence: str, figure: str) -> None:
    area = _figure(sentence, figure)
    assert area.measure == "area burned"
    assert compared_measure(area) == "area"  # (compared with any area burned, in any unit of area, as before)


def test_an_area_flooded_is_no_area_burned() -> None:
    assert _figure("Floods have covered 40,000 hectares of farmland.", "40,000 hectares").measure != "area burned"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Growers have sown 2.1 million acres of winter barley.", "2.1 million acres"),
        ("Farmers planted a record 41 million hectares of maize this spring.", "41 million hectares"),
    ],
)
def test_an_area_sown_is_area_planted_never_an_area_burned(sentence: str, figure: str) -> None:
    planted = _figure(sentence, figure)
    assert planted.measure == "area planted"
    assert compared_measure(planted) == f"area planted {planted.unit}"  # (not "area", which burned land is)
