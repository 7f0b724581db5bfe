"""A comparison with the past makes what a speaker says checkable; a party's track record or a 'since' telling when
does not: on our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _kinds(body: str) -> list[str]:
    claims, _ = extract_article(make_article(body))
    return [c.kind for c in claims]


@pytest.mark.parametrize(
    "sentence",
    [
        "“The plan is a betrayal of her own record,” Hassan said.",  # a track record: the speaker's view of it
        "“Hassan is a friend since school days,” Ruth Calder said.",  # "since" telling when, no comparison
    ],
)
def test_a_track_record_or_a_since_of_time_makes_no_view_checkable(sentence) -> None:
    assert _kinds(sentence) == ["background"]


@pytest.mark.parametrize(
    "sentence",
    [
        "“Visitor numbers are the highest since 1990,” the tourist board said.",
        "“Prices are higher than ever,” the tourist board said.",
        "“It is his second win since the Iowa vote,” said Tom Marsh.",
        "“Sales hit a record in March,” the tourist board said.",
    ],
)
def test_a_comparison_with_the_past_stays_a_claim(sentence) -> None:
    assert _kinds(sentence) == ["statement"]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Satellite images show armoured vehicles massed near the border crossing.", "Satellite images"),
        ("Video shows the moment the footbridge gave way under the crowd.", "Video"),
        ("Satellite images published by the Orbis Group appear to show vehicles on the far bank.", "Orbis Group"),
    ],
)
def test_images_and_footage_show_what_they_report(sentence, speaker) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert [c.speaker for c in claims] == [speaker]
