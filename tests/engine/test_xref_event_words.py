"""What happened, told in other words (issue 12): news English writes one event as "hanged himself" / "hung himself",
"died" / "passed away", "was shot" / "the shooting", "an earthquake" / "the quake", "foiled" / "thwarted"; two reports
of it share what happened, so they meet as one event. Our own sentences."""

from __future__ import annotations

from .conftest import links_across


def _relations(stories: list[tuple[str, str, str]]) -> list[str]:
    return [relation for relation, _, _ in links_across(stories)]


def test_hung_and_hanged_are_one_act() -> None:
    police = (
        "Tarnow suspect dies\nA man held over the bank robbery in Tarnow hanged himself in his cell on Tuesday night, "
        "police said.\n",
        "2031-05-07",
        "Reuters",
    )
    prison = (
        "Robbery suspect found dead\nThe suspect in last week's Tarnow bank robbery hung himself in his cell on "
        "Tuesday, prison officials said.\n",
        "2031-05-07",
        "Gazeta Online",
    )
    links = links_across([police, prison])
    assert [r for r, a, b in links if "hung himself" in a + b and "hanged himself" in a + b] == ["corroborates"]
    # (and the second headline's "found dead" tells the same death as "hanged himself": a death by one's own hand)
    assert {r for r, _, _ in links} == {"corroborates"}


def test_passed_away_is_died() -> None:
    wire = (
        "Marta Vell dies at 88\nThe Portuguese actress Marta Vell died on Thursday at her home in Lisbon, aged 88.\n",
        "2031-06-12",
        "AFP",
    )
    paper = (
        "Farewell to Marta Vell\nMarta Vell, the Portuguese actress, passed away at her home in Lisbon on Thursday, "
        "her agent said.\n",
        "2031-06-12",
        "Lisbon Times",
    )
    assert "corroborates" in _relations([wire, paper])


def test_shot_and_the_shooting_are_one_act() -> None:
    police = (
        "Guard killed in Midvale\nA security guard was shot dead outside the Farmers Bank in Midvale on Friday "
        "evening, police said.\n",
        "2031-02-14",
        "Midvale Post",
    )
    detectives = (
        "Midvale guard\nDetectives said the shooting of Farmers Bank guard Alan Reyes on Friday evening appeared to be "
        "a robbery gone wrong.\n",
        "2031-02-14",
        "WKRT News",
    )
    assert _relations([police, detectives]) == ["corroborates"]


def test_the_quake_is_the_earthquake() -> None:
    wire = (
        "Quake hits Kessa\nAn earthquake hit the port of Kessa on Sunday morning, damaging the old harbour wall, "
        "officials said.\n",
        "2031-08-03",
        "Reuters",
    )
    agency = (
        "Kessa harbour\nSunday's quake in Kessa was felt across northern Vorland, the seismology institute said.\n",
        "2031-08-04",
        "AP",
    )
    assert _relations([wire, agency])


def test_foiled_and_thwarted_are_one_act() -> None:
    ministry = (
        "Plot foiled\nPolice in Dorran foiled an attack on the city's central station on Monday, the interior ministry "
        "said.\n",
        "2031-09-08",
        "AFP",
    )
    paper = (
        "Dorran arrests\nOfficers thwarted a bombing at Dorran's main rail terminal on Monday and arrested two men, a "
        "ministry spokesman said.\n",
        "2031-09-08",
        "Dorran Herald",
    )
    assert _relations([ministry, paper])


def test_two_shootings_in_two_towns_are_not_one() -> None:
    # (a guard: the shared act alone makes no one event)
    midvale = (
        "Guard killed in Midvale\nA security guard was shot dead outside the Farmers Bank in Midvale on Friday "
        "evening, police said.\n",
        "2031-02-14",
        "Midvale Post",
    )
    easton = (
        "Easton shooting\nA taxi driver was shot in Easton on Tuesday night and is in a stable condition, police "
        "said.\n",
        "2031-02-18",
        "Easton Star",
    )
    assert "corroborates" not in _relations([midvale, easton])
