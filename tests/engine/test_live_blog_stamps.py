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
