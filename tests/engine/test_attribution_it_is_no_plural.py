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


def test_it_after_a_noun_opening_a_plural_subject_is_the_body_before() -> None:
    body = (
        "Headline\n"
        "Marsh Valley Water will bring in a hosepipe ban from Monday, the company said.\n\n"
        "Reservoir levels stood at 54% of capacity, against 79% a year earlier, it said.\n\n"
        "Barley prices rose 3% in the week, it said.\n"
    )
    company = speaker_of(body, "Marsh Valley Water will")
    assert company in ("company", "Marsh Valley Water")
    assert speaker_of(body, "Reservoir levels stood") == company
    assert speaker_of(body, "Barley prices rose") == company


def test_a_plural_the_word_list_lacks_is_still_a_plural_noun() -> None:
    # "diversions" is missing from the small word list though "diversion" is common: still no body
    body = (
        "Headline\n"
        "The Tarn bridge was shut on Monday, the highways agency said. "
        "Diversions will add up to 20 minutes to journeys, it said.\n"
    )
    assert speaker_of(body, "Diversions will") == "highways agency"


def test_a_given_names_plural_stays_a_name() -> None:
    body = "Headline\nLloyds will close 40 branches in the spring, it said on Tuesday.\n"
    assert speaker_of(body, "Lloyds will") == "Lloyds"
