"""Amounts let fall ("dropped 52 centimetres of snow"), wholes after their owner in words or after "out of", and a
grid's power and energy measured. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _quantities(sentence: str):
    claims, _ = extract_article(Article("dw", "Figures", None, [], "2026-02-11", False, "dw.txt", sentence + "\n"))
    return [q for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence",
    [
        "The overnight storm dropped 41 centimetres of snow on the valley.",
        "Aircraft dropped about 12 tonnes of food over the cut-off villages.",
        "The squall line dropped nearly 3 inches of rain in an hour.",
    ],
)
def test_an_amount_of_a_thing_let_fall_is_no_fall(sentence: str) -> None:
    assert _quantities(sentence)[0].change in ("=", "~")


@pytest.mark.parametrize(
    "sentence",
    [
        "The reservoir level dropped 3 metres over the summer.",
        "Wheat prices dropped 4% of late.",
        "The index dropped 212 points.",
    ],
)
def test_a_fall_by_a_figure_stays_a_fall(sentence: str) -> None:
    assert _quantities(sentence)[0].change == "down"


@pytest.mark.parametrize(
    "sentence, counted",
    [
        ("Floodwater reached 6 of the county's twelve care homes.", ["care homes", "care homes"]),
        ("Seven out of the league's 20 clubs voted against the change.", ["clubs", "clubs"]),
        ("Three of the district's nine polling stations opened late.", ["polling stations", "polling stations"]),
    ],
)
def test_a_part_counts_what_its_whole_counts(sentence: str, counted: list[str]) -> None:
    assert [q.counted for q in _quantities(sentence)] == counted


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("Peak electricity demand hit a record 47,300 megawatts during the heatwave.", "demand"),
        ("The grid's total load reached 39 gigawatts on Monday evening.", "load"),
        ("The dam has a generating capacity of 2.2 gigawatts.", "capacity"),
        ("The offshore array will feed 850 megawatts into the grid.", "megawatt"),
        ("Households used 102 terawatt hours of power last year.", "terawatt hour"),
    ],
)
def test_a_grids_power_and_energy_are_measured(sentence: str, measure: str) -> None:
    assert _quantities(sentence)[0].measure == measure


def test_a_devices_watts_stay_unmeasured() -> None:
    assert _quantities("The 45W adapter ships with the laptop.")[0].measure is None
