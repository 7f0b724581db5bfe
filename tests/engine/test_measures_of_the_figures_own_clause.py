"""What a figure counts comes from its own clause (issue 13). Our own sentences.

- A verb of harm governs the figure nearest it, not one after "and" and a new subject.
- An outcome told in a later clause with a subject of its own ("before he was shot dead") is not the figure's.
- People "treated in hospital" are the hospitalised.
- A central bank that "lifted rates" moved its interest rate.
- A level set against an earlier one of the same thing ("up from 5.8% in February", "up from a previous forecast
  of 4% to 6%") measures the same thing.
"""

from __future__ import annotations

import pytest

from .conftest import measures_in


def test_the_wounded_stay_wounded_when_the_gunman_is_shot_dead_after() -> None:
    body = "A gunman opened fire at a market on Friday, killing three people and wounding 11 before he was shot dead."
    assert measures_in(body) == ["killed", "wounded"]


def test_a_passive_verb_before_and_is_not_the_next_figures() -> None:
    body = "About 300 people were injured and some 2,400 houses were damaged by the storm."
    measures = measures_in(body)
    assert measures[0] == "wounded"
    assert measures[1] != "wounded"


def test_the_verb_nearest_the_figure_governs_it() -> None:
    assert measures_in("Soldiers killed two and arrested 17 in the raid.") == ["killed", "detained"]


def test_killed_or_wounded_is_the_casualties() -> None:
    assert measures_in("The shelling killed or wounded 63 people, the governor said.") == ["casualties"]


@pytest.mark.parametrize(
    "body",
    [
        "Twenty-two people were treated in hospital after the crash, police said.",
        "Nine workers were treated in a hospital for burns.",
    ],
)
def test_those_treated_in_hospital_are_the_hospitalised(body: str) -> None:
    assert measures_in(body)[0] == "hospitalised"


def test_treated_elsewhere_is_no_hospital_stay() -> None:
    assert "hospitalised" not in measures_in("Nine workers were treated at the scene for burns.")


@pytest.mark.parametrize(
    "body",
    [
        "The central bank lifted rates by a quarter point to 3.5 percent on Tuesday.",
        "The Fed cut rates to 4.25% in a unanimous vote.",
        "The bank held its rate at 2% for a fifth meeting.",
    ],
)
def test_a_bank_moving_its_rates_moves_the_interest_rate(body: str) -> None:
    assert "interest rate" in measures_in(body)


@pytest.mark.parametrize(
    "body",
    ["The bank said the economy would grow at a rate of 1.4% next year.", "The firm raised its rate to 6.5%."],
)
def test_other_rates_are_no_interest_rate(body: str) -> None:
    assert "interest rate" not in measures_in(body)


def test_a_level_for_a_month_set_against_the_month_before() -> None:
    body = "Unemployment reached 5.2% in June, up from 4.9% in May, the statistics agency said."
    assert measures_in(body) == ["unemployment rate", "unemployment rate"]


def test_a_forecast_set_against_the_previous_forecast() -> None:
    body = "The group now expects revenue growth of 3% to 4%, down from a previous forecast of 5% to 6%."
    assert measures_in(body) == ["growth rate", "growth rate"]


@pytest.mark.parametrize(
    "body",
    [
        "At least 40 migrants are feared to have drowned off the coast, the coastguard said.",
        "Nine people drowned when the ferry sank in a storm.",
    ],
)
def test_the_drowned_are_the_dead(body: str) -> None:
    assert measures_in(body)[0] == "killed"


def test_a_figure_followed_by_for_and_a_group_does_not_count_the_group() -> None:
    # "at 60 for miners": the age the rule sets for them, not 60 miners
    body = "The government agreed on Tuesday to keep the pension age at 60 for miners with 30 years underground."
    assert measures_in(body)[0] != "workers"


def test_a_figure_with_its_people_after_it_still_counts_them() -> None:
    body = "The mine employs 1,400 miners in two shafts, the company said."
    assert measures_in(body)[0] == "workers"


@pytest.mark.parametrize(
    "body",
    [
        "The comet has a 0.4% chance of hitting the Moon, astronomers said.",
        "Forecasters put the odds of a hurricane reaching the coast at 35%.",
        "The agency raised the probability that the volcano will erupt this year to 12%.",
    ],
)
def test_how_likely_something_is_is_a_probability(body: str) -> None:
    assert measures_in(body) == ["probability"]


def test_a_chance_told_in_another_clause_is_not_the_figures() -> None:
    assert measures_in("The odds of a recession fell, and inflation rose to 4.1% in May.") == ["inflation rate"]
