"""A closing "it said" is never a plural noun that opens the content ("Dealers will ..., it said"): it is the body
that spoke before, and a later "the carmaker" is that body, not the plural (issue 14). Our own sentences."""

from __future__ import annotations

from .conftest import speaker_of

_BODY = (
    "Headline\n"
    "The utility said the outage was caused by a storm. Crews will restore power by Friday, it said.\n\n"
    "The utility said repairs would cost about $4 million.\n"
)


def test_it_after_a_plural_opening_is_the_body_before() -> None:
    assert speaker_of(_BODY, "Crews will restore") == "utility"


def test_a_description_after_it_is_not_the_plural() -> None:
    body = (
        "Headline\n"
        "The company said the outage was caused by a storm. Crews will restore power by Friday, it said.\n\n"
        "The utility said repairs would cost about $4 million.\n"
    )
    assert speaker_of(body, "The utility said repairs") not in ("Crews", None)


def test_a_name_ending_in_s_still_speaks_as_it() -> None:
    body = "Headline\nHalvorsens will close two stores in March, it said on Tuesday.\n"
    assert speaker_of(body, "Halvorsens will close") == "Halvorsens"
