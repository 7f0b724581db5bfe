"""A race time in digits is one figure, a `race time` in seconds ("2:03:17": 7,397 s), as one told in seconds after
a verb of racing is ("clocked 10.91 seconds"); a duration told in several units keeps its parts, as news datasets
write them; a vote told as its two sides' votes ("by 312 votes to 287") keeps its two figures, as news datasets
write them. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article, Quantity


def _quantities(sentence: str) -> list[Quantity]:
    claims, _ = extract_article(Article("td", "Sport", None, [], "2026-06-10", False, "td.txt", sentence + "\n"))
    return [q for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, parts",
    [
        ("He was jailed for four years and six months.", [(4, "year"), (6, "month")]),
        ("She finished in two hours, three minutes and 17 seconds.", [(2, "hour"), (3, "minute"), (17, "second")]),
    ],
)
def test_a_duration_told_in_several_units_keeps_its_parts(sentence: str, parts: list[tuple[float, str]]) -> None:
    # (as news datasets write them: each part a figure; none of them a race time)
    quantities = _quantities(sentence)
    assert [(q.value, q.unit) for q in quantities] == parts
    assert all(q.measure != "race time" for q in quantities)


@pytest.mark.parametrize(
    "sentence, text, seconds",
    [
        ("He won the marathon in 2:03:17, a course record.", "2:03:17", 7397),
        ("She ran the mile in 3:59.84 on Friday.", "3:59.84", 239.84),
        ("Kenya's Faith Chebet won the 1,500m in 3:51.29.", "3:51.29", 231.29),
        ("He won the 100m final in 9.91 seconds.", "9.91 seconds", 9.91),
        ("She clocked 10.91 seconds in the heats.", "10.91 seconds", 10.91),
    ],
)
def test_a_race_time_is_one_race_time_in_seconds(sentence: str, text: str, seconds: float) -> None:
    timed = [q for q in _quantities(sentence) if q.text == text]
    assert [(q.value, q.unit, q.measure) for q in timed] == [(seconds, "second", "race time")]


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
        "The talks lasted three hours.",
    ],
)
def test_a_duration_not_raced_is_no_race_time(sentence: str) -> None:
    assert all(q.measure != "race time" for q in _quantities(sentence))


@pytest.mark.parametrize(
    "sentence, values",
    [
        ("The motion was carried by 312 votes to 287.", [312, 287]),
        ("MPs backed the bill by 320 votes to 204 on Tuesday.", [320, 204]),
        ("The amendment was defeated by 14 votes to 11.", [14, 11]),
    ],
)
def test_a_vote_told_in_votes_to_votes_keeps_both_figures(sentence: str, values: list[int]) -> None:
    assert [(q.value, q.unit, q.pair) for q in _quantities(sentence)] == [(v, "vote", None) for v in values]


def test_a_count_of_votes_rising_to_another_is_no_pair() -> None:
    quantities = _quantities("Her share rose from 312 votes to 287 seats.")
    assert all(q.pair is None for q in quantities)


def test_a_live_blogs_stamp_is_no_figure() -> None:
    assert [q.text for q in _quantities("12:05:33 Police said two people were hurt.")] == ["two"]


def test_a_time_in_digits_with_no_race_named_is_a_duration_but_no_race_time() -> None:
    [q] = _quantities("The album runs 1:02:33.")
    assert (q.value, q.unit) == (3753, "second") and q.measure != "race time"
