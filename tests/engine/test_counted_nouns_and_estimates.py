"""What a figure counts when the noun after it carries modifiers the noun-phrase reader used to stop at ("two of the
stolen paintings", "120,000 U.S. vehicles", "the stolen 17th-century paintings"), what an estimate "puts at" a
count ("estimates North Korean troops in Russia at more than 3,000"), and a sum said per year by an adverb ("£58m
annually"). Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list:
    claims, _ = extract_article(Article("tc", "Desk", None, [], "2026-06-10", False, "tc.txt", sentence + "\n"))
    return [q for c in claims for q in c.quantities]


def _figure(sentence: str, text: str):
    return next(q for q in _figures(sentence) if q.text.endswith(text))


@pytest.mark.parametrize(
    "sentence, text, counted, lemma",
    [
        # a past participle not in -ed describes the noun after it; the noun is no verb before its preposition
        (
            "Detectives traced two of the stolen paintings to a warehouse in Ghent.",
            "two",
            "the stolen paintings",
            "painting",
        ),
        ("Three of the broken turbines at the site were repaired.", "Three", "the broken turbines", "turbine"),
        # a century before the noun is one of its modifiers
        (
            "Two of the stolen 17th-century tapestries were returned.",
            "Two",
            "the stolen 17th-century tapestries",
            "tapestry",
        ),
        # a place abbreviated with stops before the noun
        ("About 95,000 U.S. households lost power overnight.", "About 95,000", "U.S. households", "household"),
        ("Some 3,000 U.K. pensioners were overpaid.", "Some 3,000", "U.K. pensioners", "pensioner"),
    ],
)
def test_the_noun_counted_runs_past_its_modifiers(sentence: str, text: str, counted: str, lemma: str) -> None:
    q = _figure(sentence, text)
    assert (q.counted, q.counted_lemma) == (counted, lemma)


def test_a_noun_phrase_still_ends_before_its_verb() -> None:
    # "comes" is the verb of "60% of its income": the share is of income, not of "comes"
    q = _figure("Nearly 60% of its income comes from tourism.", "60%")
    assert q.counted_lemma == "income"


@pytest.mark.parametrize(
    "sentence, text, lemma, measure",
    [
        ("Seoul estimates North Korean troops in Russia at more than 3,000.", "more than 3,000", "troop", "troops"),
        ("Kyiv put enemy casualties near the town at about 4,000.", "about 4,000", "casualty", "casualties"),
        ("Monitors put foreign fighters in the province at 1,200.", "1,200", "fighter", "troops"),
    ],
)
def test_an_estimate_put_at_a_figure_counts_what_it_names(sentence: str, text: str, lemma: str, measure: str) -> None:
    q = _figure(sentence, text)
    assert (q.counted_lemma, q.measure) == (lemma, measure)
    assert q.unit is None  # the noun is not written with the figure


@pytest.mark.parametrize(
    "sentence, text",
    [
        ("Analysts estimate sales at 1.2 million.", "1.2 million"),  # sales are a sum's, no thing counted
        ("Police estimated the crowd at 20,000.", "20,000"),  # a singular: a crowd's size, read as its turnout
    ],
)
def test_an_estimate_of_no_plural_thing_counts_nothing_new(sentence: str, text: str) -> None:
    q = _figure(sentence, text)
    assert q.counted is None


@pytest.mark.parametrize(
    "sentence, text, unit",
    [
        ("The merger will save the two councils £58m annually.", "£58m", "GBP per year"),
        ("The licence costs $2,400 per annum, the firm said.", "$2,400", "USD per year"),
        ("She earns €900 monthly.", "€900", "EUR per month"),
    ],
)
def test_a_sum_with_an_adverb_of_its_period_is_per_that_period(sentence: str, text: str, unit: str) -> None:
    assert _figure(sentence, text).unit == unit


def test_a_period_word_before_a_noun_is_no_adverb() -> None:
    # "monthly" describes the payments: the sum is not said per month by it
    assert _figure("The fund will make $2m monthly payments to creditors.", "$2m").unit == "USD"
