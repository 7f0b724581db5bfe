"""A body's name goes on past "for the", "of the", "on the" ("the Institute for the Study of Deserts", "the
Office of the Harbour Commissioner"): one name, and the speaker is all of it. Our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.entities import find_entities

from .conftest import speakers_in


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        (
            "According to the Institute for the Study of Deserts, the dunes moved 40 metres.",
            "Institute for the Study of Deserts",
        ),
        ("The Office of the Harbour Commissioner said the port would reopen.", "Office of the Harbour Commissioner"),
        ("The Committee on the Rights of Fishers met on Monday.", "Committee on the Rights of Fishers"),
    ],
)
def test_a_bodys_name_goes_on_past_for_the(sentence: str, name: str) -> None:
    assert name in [m.name for m in find_entities(sentence)]


def test_a_place_before_for_the_is_no_body() -> None:
    names = [m.name for m in find_entities("Team Lisbon left Marvia for the Games in Osterby on Monday.")]
    assert not any("for the" in n for n in names), names


def test_the_speaker_is_the_whole_body() -> None:
    text = (
        "According to the Institute for the Study of Deserts, a research group, the dunes moved 40 metres last year.\n"
    )
    assert speakers_in(text) == ["Institute for the Study of Deserts"]
