"""A running count told past a higher mark on a later day ("has passed 8,000" after "passes 7,900") is its next value,
however near; a unit's own job cuts ("Audi, a Volkswagen subsidiary, said ... it would cut 7,500 jobs") are no value of its
parent's."""

from __future__ import annotations

from .conftest import links_of, relations_between, titled_article


def test_a_count_told_past_a_higher_mark_on_a_later_day_updates_it() -> None:
    first = titled_article(
        "Sudan cholera toll passes 7,900, ministry says",
        "KHARTOUM, Feb 3 (Reuters) - At least 7,927 people have died of cholera in Sudan since August, the health "
        "ministry said on Saturday.",
        "2027-02-03",
        "Reuters",
    )
    later = titled_article(
        "Sudan ministry: cholera toll tops 8,000",
        "The cholera death toll in Sudan has passed 8,000, the health ministry said Monday, with 61 deaths over the "
        "previous day.",
        "2027-02-05",
        "Associated Press",
    )
    links = links_of(first, later)
    assert "updates" in relations_between(links, "has passed 8,000", "passes 7,900"), links
    assert "corroborates" not in relations_between(links, "has passed 8,000", "passes 7,900"), links


def test_a_units_own_job_cuts_are_no_value_of_its_parents() -> None:
    parent = titled_article(
        "Volkswagen agrees to cut 35,000 German jobs by 2030",
        "Volkswagen and the IG Metall union agreed on Friday to cut more than 35,000 jobs in Germany by 2030, avoiding "
        "immediate plant closures.\nThe carmaker said the deal would save 15 billion euros a year in the medium term.",
        "2024-12-20",
        "Handelsblatt",
    )
    capacity = titled_article(
        "VW deal keeps German plants open but cuts capacity by 734,000 cars",
        "The agreement will reduce Volkswagen's production capacity in Germany by 734,000 vehicles a year.\n"
        "Audi, a Volkswagen subsidiary, said separately in March it would cut 7,500 jobs in Germany by 2029.",
        "2024-12-21",
        "Bloomberg",
    )
    links = links_of(parent, capacity)
    assert "updates" not in relations_between(links, "more than 35,000 jobs", "cut 7,500"), links
