"""A 'he' or 'she' is never a thing with a name, and 'it' finds a company whose name ends in a plural trade word (session
26). Every sentence is the test's own. The guard that passes before the change too: 'she' after a judge named first."""

from __future__ import annotations

from .conftest import sources_in


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
