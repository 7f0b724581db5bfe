"""One told as the next of its kind is another event (issue 12): "A second hospital trust said a cyber attack had
forced it to cancel 1,200 appointments" is no report of the first trust's 1,200 cancelled, however alike the words.
Our own sentences."""

from __future__ import annotations

from .conftest import links_across

_FIRST = (
    "Cyber attack hits Marlow hospitals\nA cyber attack on Marlow Valley NHS Trust has forced the cancellation of about "
    "1,200 operations and appointments, the trust said on Wednesday.\n",
    "2031-04-02",
    "PA",
)


def test_a_second_of_its_kind_is_another_event() -> None:
    second = (
        "Another trust attacked\nA second hospital trust, North Fenshire, said on Friday a cyber attack had forced it "
        "to cancel 1,200 appointments.\n",
        "2031-04-04",
        "PA",
    )
    links = links_across([_FIRST, second])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_the_same_attack_told_again_is_the_same_report() -> None:
    # (a guard: the first trust's cancellations told by another outlet)
    again = (
        "Marlow hospitals cancel operations\nThe cyber attack on Marlow Valley NHS Trust forced it to cancel 1,200 "
        "operations and appointments, the trust said.\n",
        "2031-04-03",
        "BBC",
    )
    links = links_across([_FIRST, again])
    # (the headlines, "Cyber attack hits Marlow hospitals" and "Marlow hospitals cancel operations", are related to
    # them: a headline tells its story short)
    assert [relation for relation, x, y in links if "1,200" in x and "1,200" in y] == ["corroborates"], links


def test_a_second_death_is_no_report_of_the_first() -> None:
    first = (
        "Measles toll\nA child died of measles in Karn, the first death in the Dovra outbreak, hospital officials said "
        "on Wednesday.\n",
        "2031-03-04",
        "AFP",
    )
    second = (
        "Measles live\n10:15 The health office has confirmed 38 new measles cases in the past week.\n11:05 A second "
        "child has died of the disease, the hospital in Karn said.\n",
        "2031-03-09",
        "Dovra Post",
    )
    links = links_across([first, second])
    assert links and all(relation == "related" for relation, _, _ in links), links


def test_the_same_days_report_of_a_second_win_is_the_same_report() -> None:
    # (a guard: "a second victory" told the same day as the fight's other report is that fight)
    one = (
        "Marsh keeps title\nIvo Marsh retained his WBA and IBF heavyweight titles with a second victory over Dan Kell "
        "on Saturday.\n",
        "2031-07-06",
        "AP",
    )
    other = (
        "Marsh stops Kell\nIvo Marsh stopped Dan Kell in the sixth round to retain his WBA and IBF heavyweight titles "
        "on Saturday.\n",
        "2031-07-06",
        "Reuters",
    )
    links = links_across([one, other])
    assert [relation for relation, _, _ in links] == ["corroborates"], links
