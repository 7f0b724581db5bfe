"""The term prosecutors ask for is a prison sentence asked for, not a time span; it never updates the sentence
given (issues 13, 12). Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.quantities import find_quantities

from .conftest import links_of, make_article, relations_between


@pytest.mark.parametrize(
    "sentence", ["Prosecutors had asked for 12 years.", "The prosecution sought nine years for each defendant."]
)
def test_a_term_prosecutors_ask_for_is_a_prison_sentence(sentence: str) -> None:
    [q] = find_quantities(sentence, 0, [])
    assert q.measure == "prison sentence"


def test_other_requests_for_years_stay_time_spans() -> None:
    [q] = find_quantities("The firm asked for 12 years to repay the loan.", 0, [])
    assert q.measure == "time span"


def test_the_sentence_given_is_no_later_value_of_the_term_asked_for() -> None:
    body = (
        "A court in Tarsk sentenced the former port director Karel Vos to seven years in prison on Friday.\n"
        "Prosecutors had asked for 12 years.\n"
    )
    links = links_of(make_article(body, published="2027-04-23"))
    assert "updates" not in relations_between(links, "seven years", "asked for 12 years"), links


def test_the_prosecutions_term_asked_for_does_not_update_the_defences() -> None:
    first = make_article(
        "Former port director Karel Vos went on trial in Tarsk on Monday, accused of taking bribes.\n"
        "His lawyers asked Judge Ana Sora for a sentence of no more than two years, arguing that Vos had cooperated "
        "with investigators.\n",
        published="2027-04-12",
        outlet="Wire One",
    )
    later = make_article(
        "A court in Tarsk sentenced the former port director Karel Vos to six years in prison on Friday for taking "
        "bribes.\n"
        "Prosecutors had asked for 11 years.\n",
        published="2027-04-23",
        outlet="Tarsk News",
    )
    links = links_of(first, later)
    assert "updates" not in relations_between(links, "no more than two years", "asked for 11 years"), links
