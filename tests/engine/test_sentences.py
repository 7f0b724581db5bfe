"""Sentence splitting on news text."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


def _hard_cases() -> list[tuple[str, list[str]]]:
    path = Path(__file__).resolve().parents[1] / "data" / "sentence_cases.json"
    return [(case["text"], case["sentences"]) for case in json.loads(path.read_text(encoding="utf-8"))["cases"]]


@pytest.mark.parametrize("text, expected", _hard_cases())
def test_news_sentences(text, expected) -> None:
    assert _split(text) == expected


def test_offsets_are_relative_to_the_given_offset() -> None:
    assert split_sentences("One two. Three four.", offset=100) == [(100, 108), (109, 120)]


def test_unbalanced_quote_does_not_swallow_the_paragraph() -> None:
    text = "He said “this never closes. Then more text follows. " + "Filler sentence here. " * 60
    assert len(split_sentences(text)) > 30


@given(st.text(alphabet=st.sampled_from(list("ab .?!\"“”'\nUS")), max_size=200))
def test_spans_are_ordered_trimmed_and_inside_the_text(text) -> None:
    spans = split_sentences(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
