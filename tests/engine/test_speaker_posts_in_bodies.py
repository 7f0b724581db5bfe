"""A person named after their post in a body ("The head of the country's road hauliers' association, Ion Lupu,
said") is a person, not the body: a "he said" after it is theirs. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import speaker_of


@pytest.mark.parametrize(
    "opening",
    [
        "The head of Moldova's road hauliers' association, Ion Lupu,",
        "A former chairman of Moldova's farmers' union, Ion Lupu,",
    ],
)
def test_he_after_a_post_in_a_body_is_that_person(opening: str) -> None:
    body = (
        "Prime Minister Dorin Recean said the new crossings would cut waiting times for trucks.\n\n"
        f"{opening} said the plan did not go far enough. He said his members lost about 2 million euros a month "
        "because of delays.\n"
    )
    assert speaker_of(body, "He said") == "Ion Lupu"


def test_a_body_named_after_its_kind_is_still_a_body() -> None:
    body = (
        "Prime Minister Dorin Recean said the new crossings would cut waiting times for trucks.\n\n"
        "Moldova's road hauliers' association, Transauto, said the plan did not go far enough. It said its members "
        "lost about 2 million euros a month because of delays.\n"
    )
    assert speaker_of(body, "It said") == "Transauto"
