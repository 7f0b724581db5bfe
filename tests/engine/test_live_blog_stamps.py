"""A live blog's time stamp opening an entry is no part of who speaks (sentences written for these tests)."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


@pytest.mark.parametrize(
    ("entry", "speaker"),
    [
        ("09:45 Police confirm that two men have been arrested in Dalsk.", "Police"),
        ("14:10 BST The coast guard says 12 people were rescued off Dalsk.", "coast guard"),
        ("6.15pm: Officials said the Dalsk road will reopen on Monday.", "Officials"),
    ],
)
def test_the_time_stamp_opening_an_entry_is_not_the_speaker(entry: str, speaker: str) -> None:
    claims, _ = extract_article(make_article(entry + "\n"))
    assert [c.speaker for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("**Tom Park** said the Dalsk river rose 3 metres overnight.", "Tom Park"),
        ("The mayor, *Ana Ruiz*, said 40 homes in Dalsk were flooded.", "Ana Ruiz"),
    ],
)
def test_markdown_emphasis_around_a_name_is_no_part_of_it(sentence: str, speaker: str) -> None:
    claims, _ = extract_article(make_article(sentence + "\n"))
    assert [c.speaker for c in claims] == [speaker]


def test_a_spelled_count_after_a_stamp_opens_the_sentence_and_is_a_figure() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "09:12 Seven climbers were rescued from the ridge, the mountain service said.\n"
    claims, _ = extract_article(Article("lb9", "Ridge rescue", None, [], "2026-02-01", False, "lb9.txt", body))
    assert [(q.value, q.unit) for c in claims for q in c.quantities] == [(7.0, "climber")]


def test_a_word_opening_the_entry_after_a_stamp_is_no_name() -> None:
    from corpus.extract.article import extract_article
    from corpus.model import Article

    body = "11:40 Roughly 500 flights were cancelled at the airport.\n"
    claims, _ = extract_article(Article("lb10", "Airport", None, [], "2026-02-01", False, "lb10.txt", body))
    assert claims and all("Roughly" not in c.entities for c in claims)
