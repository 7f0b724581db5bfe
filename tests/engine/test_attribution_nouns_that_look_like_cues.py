"""Who speaks when a cue word is a plural noun ("Damage estimates ranged from ...": nobody named), when a bare
plural body speaks (", utilities said."), and "Gov." before a name is a title, never a place."""

from __future__ import annotations

import pytest

from corpus.extract.entities import find_entities

from .conftest import speakers_in


@pytest.mark.parametrize(
    "sentence",
    ["Repair estimates ranged from $2 billion to $3 billion.", "Insurance estimates rose to $900 million."],
)
def test_a_plural_noun_before_a_verb_names_no_speaker(sentence: str) -> None:
    assert speakers_in(sentence) == [None]


def test_a_body_estimating_still_speaks() -> None:
    assert speakers_in("The agency estimates 40,000 homes were damaged.") == ["agency"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Power was cut to 800,000 homes, utilities said.", "utilities"),
        ("About 300 flights were cancelled, airlines said.", "airlines"),
    ],
)
def test_a_bare_plural_body_closing_the_sentence_speaks(sentence: str, speaker: str) -> None:
    assert speakers_in(sentence) == [speaker]


def test_gov_before_a_name_is_a_title_not_a_place() -> None:
    names = [m.name for m in find_entities("At least six people died, Gov. Ada Marsh said at a briefing.")]
    assert names == ["Ada Marsh"]
