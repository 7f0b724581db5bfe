"""What a figure measures when its words say so around it (issue 13: a figure's measure): a sum someone lost, a
count whose subject carries a qualifier, a rate moved as a noun, a place a ship sank off, a percentage a named thing
stands at, people who crossed a border. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _figure(sentence: str, figure: str):
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Admissions to hospital for asthma doubled to 2,100 last winter.", "2,100"),
        ("Flu admissions to hospital rose 20% in a week to 1,870.", "1,870"),
        ("Burglaries in the city fell 4% on the year to 3,120.", "3,120"),
    ],
)
def test_a_subject_with_a_qualifier_names_what_its_level_counts(sentence: str, figure: str) -> None:
    q = _figure(sentence, figure)
    assert q.measure is not None and q.counted_lemma == q.measure


def test_a_rise_in_rates_is_the_banks_interest_rate() -> None:
    assert _figure("The bank is expected to announce a rise in rates to 4.25% on Thursday.", "4.25%").measure == (
        "interest rate"
    )


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The airline lost £140m in the six months to September.", "£140m"),
        ("Pensioners who lost £40,000 to the scam will be repaid.", "£40,000"),
    ],
)
def test_a_sum_someone_lost_is_a_loss_not_a_fall(sentence: str, figure: str) -> None:
    q = _figure(sentence, figure)
    assert (q.measure, q.change) == ("loss", "=")


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("The pound lost 1.2 cents to $1.27.", "1.2 cents"),
        ("Bitcoin lost $4,000 on Monday.", "$4,000"),
        ("The fund lost $2.3 billion, or 11.5 percent, in the year.", "$2.3 billion"),
    ],
)
def test_a_price_or_a_value_that_lost_a_sum_fell_by_it(sentence: str, figure: str) -> None:
    q = _figure(sentence, figure)
    assert q.change == "down" and q.measure != "loss"


def test_a_ship_that_sank_off_a_coast_gives_a_place_not_a_fall() -> None:
    q = _figure("The freighter sank 45 nautical miles off the coast.", "45 nautical miles")
    assert (q.measure, q.change) == ("distance from coast", "=")


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Punctuality on the line slumped to 72% in March.", "72%", "punctuality"),
        ("Customer satisfaction dropped to 64% last year.", "64%", "customer satisfaction"),
        ("Labour rose to 34% in the poll.", "34%", "share"),  # a party: a share of the vote, read elsewhere
    ],
)
def test_a_percentage_a_named_thing_stands_at_is_a_level_of_it(sentence: str, figure: str, measure: str) -> None:
    assert _figure(sentence, figure).measure == measure


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        # (who crossed into a country fled across its border, counted with those who "fled into" it)
        ("More than 1,200 people crossed into Poland overnight.", "1,200", "displaced"),
        ("Some 4,300 people have registered as refugees in the town.", "4,300", "refugees"),
        ("Some 4,300 people live in the town.", "4,300", "people"),
    ],
)
def test_people_who_crossed_a_border_fled_and_who_sought_refuge_are_refugees(
    sentence: str, figure: str, measure: str
) -> None:
    assert _figure(sentence, figure).measure == measure
