"""A clinic or a town is no person (issue 12): "checked into the Seabrook Clinic in Palm Vale" names one person, the
singer; two reports of her checking in, one naming the judge who ordered it, tell one event, not two people's.
Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import links_across

_CLINIC = (
    "Quinn in rehab\nSinger Mara Quinn checked into the Seabrook Clinic in Palm Vale on Monday, her publicist said.\n",
    "2031-03-03",
    "People Daily",
)


def test_a_clinic_and_its_town_are_no_other_people() -> None:
    judge = (
        "Quinn enters rehab\nMara Quinn checked into rehab on Monday, days after Judge Ellen Hart ordered her to seek "
        "treatment.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert [relation for relation, _, _ in links_across([_CLINIC, judge])] == ["corroborates"]


def test_another_singer_at_the_same_clinic_is_another_person() -> None:
    # (a guard: the people named still tell two happenings apart)
    other = (
        "Rival in rehab\nSinger Dana Voss checked into the Seabrook Clinic in Palm Vale on Monday, her publicist said.\n",
        "2031-03-03",
        "People Daily",
    )
    assert "corroborates" not in [relation for relation, _, _ in links_across([_CLINIC, other])]


@pytest.mark.parametrize("place", ["Harbour Light Recovery", "Seabrook Treatment Unit"])
def test_a_treatment_centre_named_without_clinic_is_no_other_person(place: str) -> None:
    # (named where no "in" or "into" tells a place: "a week after walking out of Harbour Light Recovery")
    centre = (
        f"Quinn in rehab\nSinger Mara Quinn checked into rehab on Monday, a week after walking out of {place}, her "
        "publicist said.\n",
        "2031-03-03",
        "People Daily",
    )
    judge = (
        "Quinn enters rehab\nMara Quinn checked into rehab on Monday, days after Judge Ellen Hart ordered her to seek "
        "treatment.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert [relation for relation, _, _ in links_across([centre, judge])] == ["corroborates"]
