"""A thing viewed, streamed or downloaded so many times counts those acts (no ratio), and the year a record it beat
was set is no time of the figure. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.model import Article


def _figures(sentence: str) -> list[tuple[str, str | None, str | None]]:
    claims, _ = extract_article(Article("ta", "Music", None, [], "2026-05-12", False, "ta.txt", sentence + "\n"))
    return [(q.text, q.measure, q.period) for c in claims for q in c.quantities]


@pytest.mark.parametrize(
    "sentence, measure",
    [
        ("The video was viewed 14 million times in two days.", "views"),
        ("The trailer has been watched 9.2 million times.", "views"),
        ("The album was streamed 312 million times in its first week.", "streams"),
        ("The app has been downloaded more than 2 million times since March.", "downloads"),
    ],
)
def test_an_act_done_so_many_times_counts_the_acts(sentence: str, measure: str) -> None:
    assert _figures(sentence)[0][1] == measure


def test_so_many_times_higher_stays_a_ratio() -> None:
    assert _figures("Rents in the city are now three times higher than in 2010.")[0][1] == "ratio"


def test_the_year_a_beaten_record_was_set_is_no_period_of_the_figure() -> None:
    sentence = "The song was streamed 31 million times in its first week, beating the record set in 2022."
    assert _figures(sentence)[0][2] is None


def test_the_year_of_the_figure_itself_stays() -> None:
    assert _figures("Streams of the album reached 1.2 billion in 2025.")[0][2] == "2025"
