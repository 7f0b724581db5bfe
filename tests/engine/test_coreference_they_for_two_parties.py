"""A "they" after two parties that spoke together ("The union and the hospital trust issued a joint statement.
They said ...") is those two parties (issue 14). Our own sentences."""

from __future__ import annotations

from .conftest import speaker_of


def test_they_after_two_parties_speaking_together() -> None:
    body = (
        "Headline\nThe dockers' union and the port authority issued a joint statement on Friday. They said the "
        "talks had been constructive.\n"
    )
    assert speaker_of(body, "They said the talks") == "dockers' union and the port authority"


def test_they_after_a_lone_body_stays_unresolved() -> None:
    body = "Headline\nThe port authority issued a statement on Friday. They said the talks had been constructive.\n"
    assert speaker_of(body, "They said the talks") != "port authority"
