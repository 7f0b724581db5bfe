"""What a figure measures where a verb, a move or a state names it (issue 13: a figure's measure on unseen news):
deeds done to things (recalled, approved, opened, excluded, found, damaged) and to people (charged, exchanged,
infected, rescued, put out of work), those who needed hospital care, shares that are turnout or a bank's rate, moves
by so many percent more or fewer, sums named by a sale, a box office or a budget hole, how long a thing was out of
use, and a word opening the sentence that is no subject. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        # things: the verb whose object they are
        ("The scooter maker is calling back 31,000 e-scooters over a brake fault.", "31,000", "recalled"),
        ("Lenders signed off 48,200 mortgages in April.", "48,200", "approvals"),
        ("The coffee chain will open 120 new cafes next year.", "120", "openings"),
        ("The academy permanently excluded 41 pupils last year.", "41", "exclusions"),
        ("Divers unearthed 212 fossils from the quarry floor.", "212", "found"),
        ("The storm shattered 900 greenhouse panes at the nursery.", "900", "damaged"),
        # people: what was done to them
        ("Officers charged 23 people after the match.", "23", "charged"),
        ("The warring sides swapped 140 prisoners at the border.", "140", "exchanged"),
        ("The outbreak has infected 310 people in the valley.", "310", "cases"),
        ("Lifeboat crews pulled 11 fishermen to safety.", "11", "rescued"),
        ("The carpet maker will lay off 640 workers.", "640", "jobs"),
        ("About 1,300 employees will be made redundant.", "1,300", "jobs"),
        ("The norovirus sickened 80 guests, 9 of whom needed hospital care.", "9", "hospitalised"),
    ],
)
def test_a_verb_names_what_a_count_counts(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Just 34% of registered voters cast a ballot in the by-election.", "34%", "turnout"),
        ("The central bank held borrowing costs at 4.25% on Thursday.", "4.25%", "interest rate"),
        ("Porters won a 6% uplift in wages after a long dispute.", "6%", "pay rise"),
        ("Officers recorded 9% fewer burglaries than a year earlier.", "9%", "burglaries decrease"),
        ("Households are paying 14% more for butter than in the spring.", "14%", "price increase"),
        ("Turnover at the paint and wallpaper group slipped 4%.", "4%", "revenue decrease"),
    ],
)
def test_a_percentage_is_read_by_what_it_is_of(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("A terraced house on the street changed hands for £248,000.", "£248,000", "price"),
        ("The band's stadium tour grossed $212 million in its first leg.", "$212 million", "box office"),
        ("The county faces a £61m hole in its finances.", "£61m", "shortfall"),
    ],
)
def test_a_sum_is_named_by_its_deal(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("A turbine fault has kept the hydro plant idle for 7 months.", "7 months", "outage"),
        ("Landslips will keep the coast road shut for 11 weeks.", "11 weeks", "closure"),
    ],
)
def test_how_long_a_thing_is_out_of_use(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


def test_a_word_opening_the_sentence_before_a_determiner_is_no_subject() -> None:
    q = _figure("Downriver the flood reached 5.2 metres at the weir.", "5.2 metres")
    assert q.measure != "downriver" and (q.counted or "").lower() != "downriver"
