"""A length measures what its words say it reaches (issue 13: a figure's measure): a distance from a named place, a
depth, an altitude, a height, a way travelled, a craft's or a structure's length. A distance is compared only with one
from the same place. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.xref.features import compared_measure

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The tremor was centred 35km south-east of the capital, officials said.", "35km", "distance from capital"),
        (
            "The comet will come within 4.2 million kilometres of Earth in May.",
            "4.2 million kilometres",
            "distance from Earth",
        ),
        (
            "Pirates seized the cargo ship 80 nautical miles off the coast of Yemen.",
            "80 nautical miles",
            "distance from coast",
        ),
        ("The fire broke out about 25 miles from Denver on Tuesday.", "25 miles", "distance from Denver"),
        (
            "The trawler sank about 40 nautical miles west of the Irish coast.",
            "40 nautical miles",
            "distance from Irish coast",
        ),
        ("The explosion was heard 15 km away from the refinery.", "15 km", "distance from refinery"),
    ],
)
def test_a_distance_names_the_place_it_is_measured_from(sentence: str, figure: str, measure: str) -> None:
    distance = _figure(sentence, figure)
    assert distance.measure == measure
    assert compared_measure(distance) == f"{measure} {distance.unit}"  # (one place's distance, in one unit)


def test_distances_from_two_places_are_never_compared() -> None:
    north = _figure("The quake struck 60km north of Ashgrove.", "60km")
    west = _figure("The quake struck 90km west of the port.", "90km")
    assert compared_measure(north) != compared_measure(west)


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Four cavers are stuck 210 metres underground after the flood.", "210 metres", "depth"),
        ("The telescope will orbit 720 km above Earth.", "720 km", "altitude"),
        ("The volcano hurled rocks 3 kilometres into the air.", "3 kilometres", "height"),
        ("The balloonists travelled 8,000 miles in nine days.", "8,000 miles", "distance travelled"),
        ("The 330-metre tanker blocked the channel for a day.", "330-metre", "length"),
    ],
)
def test_a_length_measures_where_it_reaches(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_length_after_people_counts_none_of_them() -> None:
    # (the trapped are the first figure; the depth is where they are)
    assert _figure("The 14 divers trapped 60 metres below the surface were reached.", "60 metres").measure == "depth"


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Crews will repave 30 miles of motorway this summer.", "30 miles"),  # a length of road, from no place
        ("The bones lay 12 miles from where the river once ran.", "12 miles"),  # from no place named
        ("She won the 10,000 metres in record time.", "10,000 metres"),
    ],
)
def test_a_length_of_a_thing_names_no_distance(sentence: str, figure: str) -> None:
    assert not (_figure(sentence, figure).measure or "").startswith("distance")
