"""Given names the lists lacked tell a person's gender (session 27): a later 'she' skips a man named with one of them
and a 'he' a woman. Every sentence is the test's own. The 'she' test passes before the change too (a guard)."""

from __future__ import annotations

import pytest

from corpus.extract.coreference import given_name_gender

from .conftest import claims_in


@pytest.mark.parametrize(
    "name, gender",
    [("Matteo Ferri", "m"), ("Recep Ozkan", "m"), ("Corey Blake", "m"), ("Maya Lindgren", "f"), ("Jacinda Moore", "f")],
)
def test_more_given_names_tell_the_gender(name: str, gender: str) -> None:
    assert given_name_gender(name) == gender


def test_a_she_skips_a_man_named_with_a_newly_listed_name() -> None:
    body = (
        "Ann Kessler, a member of the Ostra parliament, has warned of a populist wave. Matteo Ferri, the former prime "
        'minister, spoke in Velmar on Monday. "I see the same discourse everywhere," she told reporters.'
    )
    claim = next(c for c in claims_in(body) if "discourse" in c.text)
    assert claim.speaker != "Matteo Ferri"
