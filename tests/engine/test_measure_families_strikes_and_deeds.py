"""What a figure measures from the verb its counted people or things are the subject or object of (issue 13: a
figure's measure): those who stop work in a strike are strikers, whoever they are; what was done to the things
counted (destroyed, damaged, culled, seized, recalled, sold, shipped, removed, detected) names their count, while the
cross-references still compare such counts by the things. Sentences written for these tests."""

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
        ("Some 5,200 refuse collectors walked out on Tuesday over pay.", "5,200", "strikers"),
        ("About 18,000 midwives will strike for three days next month.", "18,000", "strikers"),
        ("Around 900 baggage handlers joined the walkout at the airport.", "900", "strikers"),
        ("Nearly 4,000 tram drivers stopped work at dawn.", "4,000", "strikers"),
        ("Some 650 staff are on strike at the smelter.", "650", "strikers"),
        ("A strike by 2,100 lecturers closed the campus.", "2,100", "strikers"),
        # leaving a room in protest is no strike; a ballot counts voters, not strikers
        ("Some 40 councillors walked out of the meeting.", "40", "councillor"),
        ("About 7,000 members voted to strike.", "7,000", "members"),
        # a crowd too vague to count stays a count of its noun
        ("Thousands of porters walked out at dawn.", "Thousands", "porter"),
    ],
)
def test_those_who_stop_work_in_a_strike_are_strikers(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        # the verb whose object the things are
        ("The hurricane destroyed 7,300 homes along the coast.", "7,300", "destroyed"),
        ("Hailstones damaged about 2,100 cars in the town.", "2,100", "damaged"),
        ("Vets culled 64,000 ducks after the virus reached a second farm.", "64,000", "culled"),
        ("Border guards seized 380 rifles hidden in a lorry.", "380", "seized"),
        ("The manufacturer is recalling 96,000 e-bikes over a battery fault.", "96,000", "recalled"),
        ("The studio sold 4.6 million consoles over the holidays.", "4.6 million", "sales"),
        ("The chipmaker shipped 31 million processors last quarter.", "31 million", "shipments"),
        ("The video site took down 8 million clips in the spring.", "8 million", "removed"),
        ("The new scanner detected 410 tumours that doctors had missed.", "410", "detected"),
        # the participle told of them
        ("More than 900 barns were destroyed by the fire.", "900", "destroyed"),
        ("Some 2,400 geese are to be slaughtered at the farm.", "2,400", "culled"),
        ("The single had 250,000 copies sold in its first week.", "250,000", "sales"),
        ("Officials said 1,600 homes had been damaged and 230 destroyed.", "230", "destroyed"),
    ],
)
def test_what_was_done_to_the_things_counted_names_their_count(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("A fleet of 60 lorries delivered 900 tonnes of grain to the port.", "60"),  # the lorries did it
        ("The storm damaged 2,800 km of power lines.", "2,800 km"),
    ],
)
def test_a_deed_names_no_count_of_its_doers_nor_a_length(sentence: str, figure: str) -> None:
    assert _figure(sentence, figure).measure not in THING_DEEDS


def test_the_cross_references_compare_a_count_of_things_by_the_things() -> None:
    claims, _ = extract_article(make_article("Vets culled 64,000 ducks after the virus reached a second farm.\n"))
    claim = next(c for c in claims if c.quantities)
    culled = next(q for q in claim.quantities if q.text == "64,000")
    assert culled.measure == "culled" and frame_measure(culled, claim) == "bird"  # ducks are birds to compare
