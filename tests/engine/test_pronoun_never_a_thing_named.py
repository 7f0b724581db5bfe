"""A 'he' or 'she' is never a thing with a name, and 'it' finds a company whose name ends in a plural trade word
(session 26); a name in an absolute clause of saying ('with Ann Kessler lambasting it') or whose possessive opens the
sentence ('Tom Marsh's response has been ...') is a referent. An 'it' closing a sentence is never a count or a
determiner opening it ('Two years before ..., the council ... when it told'). Every sentence is the test's own.
Guards that pass before the change too: 'she' after a judge named first, a possessive before another name."""

from __future__ import annotations

import pytest

from .conftest import claims_in, sources_in


def test_he_is_never_an_effect_named_as_a_subject() -> None:
    body = (
        "Police chief Tom Marsh spoke in Dayton on Monday about crime.\n\n"
        "The Dayton Effect suggests that officers have pulled back since the riots.\n\n"
        '"They sue," he said.'
    )
    assert sources_in(body)[-1] == ("Tom Marsh", "he")


def test_she_is_the_woman_named_before() -> None:
    body = 'Judge Ann Kessler spoke to students on Monday.\n\n"It was a bad day for the court," she said.'
    assert sources_in(body)[-1] == ("Ann Kessler", "she")


def test_it_is_a_company_whose_name_ends_in_a_plural_trade_word() -> None:
    body = (
        "Karl Brandt spoke at the launch on Monday.\n\n"
        "Velmar Networks said on Friday that it had suspended 12,000 accounts linked to the Ostra Front since May.\n\n"
        "The Ostra Front has used the site to recruit, experts said.\n\n"
        "In a blog post on Friday, Velmar Networks said threats had long been against its rules. It added that it has "
        "worked with groups that counter recruitment."
    )
    assert sources_in(body)[-1] == ("Velmar Networks", "It")


def test_a_name_in_an_absolute_clause_of_saying_is_the_next_she() -> None:
    body = (
        "Some families would lose out, said Lena Holt, a tax expert at the Velmar institute.\n\n"
        "The plan has become a big issue in the race, with Ann Kessler — who has called for higher taxes on the rich — "
        "lambasting it.\n\n"
        '"It is trickle-down all over again," she said in the debate.'
    )
    assert sources_in(body)[-1] == ("Ann Kessler", "she")


def test_a_name_with_telling_in_an_absolute_clause_is_its_own_he() -> None:
    body = (
        "Karl Brandt, the defence minister, spoke on Monday.\n\n"
        "The attack sparked a debate, with Senator Tom Marsh telling reporters on Thursday he saw the policy as weak."
    )
    assert claims_in(body)[-1].speaker == "Tom Marsh"


def test_a_name_whose_possessive_opens_the_sentence_is_the_next_he() -> None:
    body = (
        "Karl Brandt, a former governor, said the plan would fail.\n\n"
        "Tom Marsh's response to the attacks has been controversial. He has proposed closing the border for a year."
    )
    assert sources_in(body)[-1] == ("Tom Marsh", "He")


def test_a_possessive_before_another_name_is_no_referent() -> None:
    body = (
        "Ann Kessler spoke to the council on Monday.\n\n"
        "Kessler's deputy Tom Marsh was asked about the cuts, and he said they would go ahead."
    )
    assert claims_in(body)[-1].speaker == "Tom Marsh"


@pytest.mark.parametrize(
    "body, not_speaker",
    [
        (
            "Two years before the public learned of the mayor's private server, the Velmar city council gave an "
            "incomplete answer when it told an outside group that it had no records.",
            "two",
        ),
        (
            "The cuts were announced on Monday. That is especially worrying because it threatens the work of the "
            "Velmar clinic, which treats 2,000 patients a year.",
            "that",
        ),
    ],
)
def test_it_is_never_a_count_or_a_determiner_opening_the_sentence(body: str, not_speaker: str) -> None:
    assert (claims_in(body)[-1].speaker or "").lower() != not_speaker
