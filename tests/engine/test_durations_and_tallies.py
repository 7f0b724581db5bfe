"""One duration told in several units is one figure in its smallest unit ("four years and six months": 54 months);
a race time, in digits or in words, is a `race time` in seconds ("2:03:17": 7,397 s); a vote told as its two sides'
votes ("by 312 votes to 287") is one pair, as "312-287" is. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article, Quantity


def _quantities(sentence: str) -> list[Quantity]:
    claims, _ = extract_article(Article("td", "Sport", None, [], "2026-06-10", False, "td.txt", sentence + "\n"))
    return [q for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, text, value, unit",
    [
        ("He was jailed for four years and six months.", "four years and six months", 54, "month"),
        ("She served 12 years, eight months in prison.", "12 years, eight months", 152, "month"),
        ("The match lasted three hours and 12 minutes.", "three hours and 12 minutes", 192, "minute"),
        ("The flight took 7 hours 45 minutes.", "7 hours 45 minutes", 465, "minute"),
        ("The ferry docked an hour and 40 minutes late.", "an hour and 40 minutes", 100, "minute"),
        ("The strike lasted six weeks and three days.", "six weeks and three days", 45, "day"),
    ],
)
def test_a_duration_told_in_several_units_is_one_figure(sentence: str, text: str, value: float, unit: str) -> None:
    assert [(q.text, q.value, q.unit) for q in _quantities(sentence)] == [(text, value, unit)]


def test_a_sentence_told_in_years_and_months_is_one_prison_sentence() -> None:
    [q] = _quantities("The judge jailed him for four years and six months.")
    assert (q.value, q.unit, q.measure) == (54, "month", "prison sentence")


@pytest.mark.parametrize(
    "sentence",
    [
        "He was sentenced to 10 years and banned from driving for 15 years.",  # two spans, same unit
        "The siege lasted 3 hours and 90 minutes of talks followed.",  # 90 minutes is no part of an hour
    ],
)
def test_durations_that_are_no_parts_of_one_stay_apart(sentence: str) -> None:
    assert len([q for q in _quantities(sentence) if q.unit in ("year", "hour", "minute")]) == 2


@pytest.mark.parametrize(
    "sentence, text, seconds",
    [
        ("He won the marathon in 2:03:17, a course record.", "2:03:17", 7397),
        ("She ran the mile in 3:59.84 on Friday.", "3:59.84", 239.84),
        ("Kenya's Faith Chebet won the 1,500m in 3:51.29.", "3:51.29", 231.29),
        ("She finished in two hours, three minutes and 17 seconds.", "two hours, three minutes and 17 seconds", 7397),
        ("She clocked 10.91 seconds in the heats.", "10.91 seconds", 10.91),
    ],
)
def test_a_race_time_is_one_race_time_in_seconds(sentence: str, text: str, seconds: float) -> None:
    timed = [q for q in _quantities(sentence) if q.text == text]
    assert [(q.value, q.unit, q.measure) for q in timed] == [(seconds, "second", "race time")]


def test_the_same_time_in_digits_and_in_words_is_one_value() -> None:
    [digits] = [q for q in _quantities("He won in 2:05:09.") if q.unit == "second"]
    [words] = [q for q in _quantities("He won in two hours, five minutes and nine seconds.") if q.unit == "second"]
    assert digits.value == words.value == 7509


@pytest.mark.parametrize(
    "sentence",
    [
        "The clock read 10:42:07 GMT when the blast hit.",
        "The first call came at 10:42:07 on Sunday.",
        "The meeting began at 10:30 and ended at 12:15.",
    ],
)
def test_a_time_of_day_is_no_race_time(sentence: str) -> None:
    assert not [q for q in _quantities(sentence) if q.unit == "second"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Djokovic needed four hours and 12 minutes to beat the qualifier.",
        "The team finished the job in three hours.",
        "The match lasted three hours and 12 minutes.",
    ],
)
def test_a_duration_not_raced_is_no_race_time(sentence: str) -> None:
    assert all(q.measure != "race time" for q in _quantities(sentence))


@pytest.mark.parametrize(
    "sentence, text, pair",
    [
        ("The motion was carried by 312 votes to 287.", "312 votes to 287", [312, 287]),
        ("MPs backed the bill by 320 votes to 204 on Tuesday.", "320 votes to 204", [320, 204]),
        ("The amendment was defeated by 14 votes to 11.", "14 votes to 11", [14, 11]),
    ],
)
def test_a_vote_told_in_votes_to_votes_is_one_pair(sentence: str, text: str, pair: list[int]) -> None:
    assert [(q.text, q.pair, q.value) for q in _quantities(sentence)] == [(text, pair, None)]


def test_a_tally_in_votes_and_in_digits_is_one_pair() -> None:
    [words] = _quantities("The motion was carried by 312 votes to 287.")
    [digits] = _quantities("The motion was carried 312-287.")
    assert words.pair == digits.pair


def test_a_count_of_votes_rising_to_another_is_no_pair() -> None:
    quantities = _quantities("Her share rose from 312 votes to 287 seats.")
    assert all(q.pair is None for q in quantities)
