"""Who told a report and the rank written before a name are no other person of the event (issue 12): "according to
her publicist, Jo Marr" names the source, "Homicide Capt." is the title of the officer named after it; neither is
someone another report of the same happening fails to name. Our own sentences."""

from __future__ import annotations

from .conftest import links_across

_CHECKED_IN = (
    "Quinn in rehab\nActress Mara Quinn checked into the Palm Vale treatment clinic on Monday, her lawyer said.\n",
    "2031-03-03",
    "People Daily",
)


def test_a_source_named_in_an_according_to_phrase_is_no_other_person() -> None:
    # (the report names the actress by her role only: its one name is its source's)
    told = (
        "Star in rehab\nThe actress checked into the Palm Vale treatment clinic on Monday, according to her publicist, "
        "Jo Marr.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert [relation for relation, _, _ in links_across([_CHECKED_IN, told])] == ["corroborates"]


def test_a_source_named_before_said_is_no_other_person() -> None:
    told = (
        "Star in rehab\nThe actress checked into the Palm Vale treatment clinic on Monday, her manager Jo Marr, who "
        "drove her there, told reporters.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert [relation for relation, _, _ in links_across([_CHECKED_IN, told])] == ["corroborates"]


def test_a_rank_written_short_before_a_name_is_no_person() -> None:
    shot = (
        "Bakery shooting\nLena Holt, a suspended worker, opened fire on her co-workers at the Dorrell bakery on "
        "Thursday evening.\n",
        "2031-05-08",
        "Metro Wire",
    )
    ranked = (
        "Shots at bakery\nThe suspended worker opened fire on her co-workers at the Dorrell bakery on "
        "Thursday evening, Dorrell Homicide Capt. Ray Dunn told reporters.\n",
        "2031-05-08",
        "City Post",
    )
    assert len(links_across([shot, ranked])) == 1


def test_another_person_the_act_is_told_of_still_parts() -> None:
    # (a guard: a person named as the one the act was done to, not as its source, is still another person)
    other = (
        "Rival in rehab\nActress Dana Voss checked into the Palm Vale treatment clinic on Monday, according to her "
        "publicist.\n",
        "2031-03-03",
        "Star Wire",
    )
    assert "corroborates" not in [relation for relation, _, _ in links_across([_CHECKED_IN, other])]
