"""A poll reporting what a group holds, a headline quoting a role, a body named with its acronym, and the writer's
stance: who speaks and what is a claim, on our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article, speakers_in


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "Most farmers believe the drought will last into the autumn, according to a new poll by Harlow Research.",
            "Harlow Research",
        ),
        ("Economists had expected a smaller rise, according to a Meridian Wire survey.", "Meridian Wire survey"),
        ("Investors expect two rate cuts this year, according to a survey by the Dunmore Journal.", "Dunmore Journal"),
    ],
)
def test_a_poll_named_by_according_to_reports_what_a_group_holds(sentence, speaker) -> None:
    assert speakers_in(sentence) == [speaker]


def test_someone_who_said_something_still_speaks_before_the_record_that_tells_it() -> None:
    assert speakers_in("Ana Ruiz said the mine would close, according to a court filing seen by the Ledger.") == [
        "Ana Ruiz"
    ]


@pytest.mark.parametrize(
    "line, speaker",
    [
        ("Harbour chief: “We will not sell the port to anyone.”", "Harbour chief"),
        ("Velmar minister: “Every village will be defended.”", "Velmar minister"),
    ],
)
def test_a_headline_quoting_a_role_names_the_role(line, speaker) -> None:
    assert speakers_in(line) == [speaker]


def test_a_topic_before_a_colon_names_no_one() -> None:
    assert speakers_in("Port strike: “Every berth is empty and the cranes are still.”") in ([], [None])


@pytest.mark.parametrize(
    "body",
    [
        "The Marine Safety Board (MSB) has grounded three ferries. It said the owners had been warned in June.",
        "The Marine Safety Board has grounded three ferries. It said the owners had been warned in June.",
    ],
)
def test_it_after_a_body_is_the_body_by_its_name(body) -> None:
    assert speakers_in(body)[-1] == "Marine Safety Board"


@pytest.mark.parametrize(
    "sentence",
    [
        "Class and money have undeniably shaped the career of Mayor Ines Tolland.",
        "The council's silence inevitably raises questions about the contract.",
    ],
)
def test_the_writers_stance_on_what_is_told_is_no_claim(sentence) -> None:
    claims, _ = extract_article(make_article(sentence))
    assert all(c.kind == "background" for c in claims)


def test_a_comment_on_a_fact_told_leaves_it_a_claim() -> None:
    claims, _ = extract_article(make_article("Ironically, Harlow Steel closed the mill that built the valley."))
    assert [c.kind for c in claims] == ["statement"]
