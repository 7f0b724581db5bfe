"""A quoted title or a count of people by nationality is no person (issue 12): "the “Harbour Nights” star checked into
rehab" names a show, and "Two Canadian hikers" counts people; neither is someone another report of the same event
fails to name. Our own sentences."""

from __future__ import annotations

from .conftest import links_across

_NAMED = (
    "Quinn in rehab\nActress Mara Quinn checked into a rehab clinic in Palm Vale on Monday, her publicist said.\n",
    "2031-03-03",
    "People Daily",
)


def test_a_quoted_title_is_no_other_person() -> None:
    titled = (
        "Star in rehab\nThe “Harbour Nights” star checked into a rehab clinic in Palm Vale on Monday, her publicist "
        "said.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert [relation for relation, _, _ in links_across([_NAMED, titled])] == ["corroborates"]


def test_a_count_of_nationals_is_no_person() -> None:
    # ("Two Canadian" is no one the ranger's report fails to name)
    led = (
        "Hikers rescued\nRescuers led by ranger Tom Hale on Monday lifted two hikers off the Varn ridge after a night "
        "in the snow.\n",
        "2031-03-03",
        "Alpine News",
    )
    counted = (
        "Ridge rescue\nTwo Canadian hikers were lifted off the Varn ridge by rescuers on Monday after a night in the "
        "snow.\n",
        "2031-03-03",
        "Mountain Wire",
    )
    assert len(links_across([led, counted])) == 1


def test_a_quoted_name_of_another_person_still_parts() -> None:
    # (a guard: a person named outside quotation marks is still someone the other report does not name)
    other = (
        "Rival in rehab\nActress Dana Voss checked into a rehab clinic in Palm Vale on Monday, her publicist said.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert "corroborates" not in [relation for relation, _, _ in links_across([_NAMED, other])]
