"""What a figure measures, named by the words right around it (issue 13: a figure's measure): a sum a court or a jury
awards, bribes named before their sum, prize money after "in", a prison term with whom it was given between, a
yearly move of a bill to its named level, how full a store of water is, and a pay offer or a rent rise named before
"of" its percentage. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _measure(sentence: str, figure: str) -> str | None:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return next(q.measure for c in claims for q in c.quantities if q.text.endswith(figure))


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("A jury awarded the widow $12 million after the crash.", "$12 million"),
        ("The tribunal awarded the nurse £28,000.", "£28,000"),
    ],
)
def test_a_sum_a_court_or_jury_awards_is_damages(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "damages"


def test_a_contract_awarded_is_no_damages() -> None:
    assert _measure("The ministry awarded the builder £2bn for the new line.", "£2bn") != "damages"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("The official took bribes worth £120,000 from contractors.", "£120,000", "bribes"),
        ("Prosecutors say he accepted kickbacks totalling $2m.", "$2m", "bribes"),
        ("The golfer won $4.2 million in prize money this season.", "$4.2 million", "prize money"),
    ],
)
def test_a_sum_named_right_before_or_after_it(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure


def test_a_prison_term_with_whom_it_was_given_between() -> None:
    assert _measure("The judge jailed the lorry driver for nine years.", "nine years") == "prison sentence"


def test_a_yearly_move_of_a_bill_takes_its_levels_family() -> None:
    sentence = "Water bills will rise by £31 a year to £503."
    assert _measure(sentence, "£503") == "price"
    assert _measure(sentence, "£31 a year") == "price"  # (was a payment per period, named by its period alone)


@pytest.mark.parametrize(
    "sentence, figure",
    [
        ("Lake levels fell to 31% of capacity after the dry winter.", "31%"),
        ("The dam is at 55% of capacity, against 80% a year ago.", "80%"),
    ],
)
def test_how_full_a_store_of_water_is(sentence: str, figure: str) -> None:
    assert _measure(sentence, figure) == "reservoir level"


def test_a_hospital_at_capacity_stores_no_water() -> None:
    assert _measure("Hospitals are running at 98% of capacity.", "98%") != "reservoir level"


@pytest.mark.parametrize(
    "sentence, figure, measure",
    [
        ("Nurses rejected a pay offer of 4.5% on Monday.", "4.5%", "pay rise"),  # as "a 4.5% pay offer" is
        ("The landlord proposed a rent increase of 12% from May.", "12%", "rent rise"),
    ],
)
def test_a_move_named_before_of_its_percentage(sentence: str, figure: str, measure: str) -> None:
    assert _measure(sentence, figure) == measure
