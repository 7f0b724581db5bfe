"""A figure's role in its series, from the words of its own clause (sentences written for these tests)."""

from __future__ import annotations

import pytest

from corpus.xref.figure_roles import (
    FORECAST,
    INCIDENT,
    INCREMENT,
    LIMIT,
    TOTAL,
    UNMARKED,
    figure_clause,
    figure_series_role,
)


def role_of(sentence: str, figure: str) -> str:
    start = sentence.index(figure)
    return figure_series_role(sentence, start, start + len(figure))


@pytest.mark.parametrize(
    ("sentence", "figure", "role"),
    [
        ("Three civilians were wounded in the strike on the market, the governor said.", "Three", INCIDENT),
        ("A drone attack on a bus station wounded 7 people on Monday.", "7", INCIDENT),
        ("Shelling overnight left 12 people injured in the river town.", "12", INCIDENT),
        ("Tuesday's missile barrage killed 9 people and damaged a school.", "9", INCIDENT),
        ("The blast killed 4 workers on 3 March at the depot.", "4", INCIDENT),
        ("At least 4,100 soldiers have been wounded since the war began.", "4,100", TOTAL),
        ("The death toll rose to 312 after rescuers reached the valley.", "312", TOTAL),
        ("So far 2,300 people have been evacuated from the coast.", "2,300", TOTAL),
        ("Casualties have now reached 18,000, the agency said.", "18,000", TOTAL),
        ("In total, 940 ships have passed through the strait.", "940", TOTAL),
        ("Some 5,200 people have been injured in attacks since the start of the invasion.", "5,200", TOTAL),
        ("At least 42 people have died since the floods began, officials in Valmora said.", "42", TOTAL),
        ("Some 310 homes have burned down since the wildfire broke out last week.", "310", TOTAL),
        ("The number of cholera cases has reached 1,900 since the earthquake.", "1,900", TOTAL),
        ("The number of displaced is expected to rise to more than 10,000 next month.", "10,000", FORECAST),
        ("The ministry sent an additional 3,000 troops to the border.", "3,000", INCREMENT),
        ("The army has 12,000 troops stationed along the border.", "12,000", UNMARKED),
        ("Officials said on Monday that 4,100 people had been wounded.", "4,100", UNMARKED),
        ("The ministry announced Friday that 600 prisoners were freed.", "600", UNMARKED),
        ("More than 200 people have fled since Monday, the mayor said.", "200", UNMARKED),
        ("The panel recommended that buses carry no more than 60 passengers.", "60", LIMIT),
        ("The hall, licensed for 900 people, was closed by the council.", "900", LIMIT),
        ("The camp has a capacity of 5,000 and now houses 7,400 people.", "5,000", LIMIT),
        ("The boat had a licence to carry 40 passengers but took on more than 70.", "40", LIMIT),
        ("The lorry's permit to carry 12 tonnes had expired.", "12", LIMIT),
        ("At most 40 people were on board, the coast guard said.", "40", UNMARKED),
    ],
)
def test_the_role_of_one_figure(sentence: str, figure: str, role: str) -> None:
    assert role_of(sentence, figure) == role


def test_one_sentence_holds_an_events_toll_and_the_running_total() -> None:
    sentence = "The strike on the port killed 3 people, bringing the overall toll since the war began to 4,100."
    assert role_of(sentence, "3 people") == INCIDENT
    assert role_of(sentence, "4,100") == TOTAL


def test_an_addition_and_the_new_total_in_one_sentence() -> None:
    sentence = "The navy sent another 2 frigates, bringing the total to 11."
    assert role_of(sentence, "2 frigates") == INCREMENT
    assert role_of(sentence, "11") == TOTAL


def test_the_clause_stops_where_another_figures_clause_begins() -> None:
    sentence = "Rebels freed 30 hostages on Sunday; 410 remain held across the region."
    start = sentence.index("410")
    assert figure_clause(sentence, start, start + 3).strip() == "410 remain held across the region."
    assert role_of(sentence, "30") == INCIDENT and role_of(sentence, "410") == UNMARKED


def test_a_limit_neither_conflicts_with_nor_updates_a_count() -> None:
    from .conftest import links_of, make_article, relations_between

    first = make_article(
        "Bus overturns near Lorin\nA bus carrying 74 passengers overturned near Lorin on Monday, police said.\n",
        published="2026-02-02",
        outlet="Wire",
        title="Bus overturns near Lorin",
    )
    later = make_article(
        "Lorin bus crash report\nThe inquiry into the Lorin bus crash recommends that coaches carry no more than "
        "60 passengers on mountain roads.\nThe coach was licensed for 62 passengers, the inquiry said.\n",
        published="2026-05-20",
        outlet="Daily",
        title="Lorin bus crash report",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "74 passengers", "no more than")) <= {"related"}, links
    assert set(relations_between(links, "74 passengers", "licensed for")) <= {"related"}, links


def test_the_law_s_maximum_penalty_is_no_figure_a_sentence_updates() -> None:
    from .conftest import links_of, make_article, relations_between

    verdict = make_article(
        "Builder convicted of fraud\nA jury found the builder Ivo Drax guilty of fraud on Friday. "
        "Each count carries a maximum of 12 years in prison.\n",
        published="2026-05-08",
        outlet="Wire",
        title="Builder convicted of fraud",
    )
    sentence = make_article(
        "Builder Drax jailed\nThe builder Ivo Drax was sentenced on Monday to five years in prison for fraud.\n",
        published="2026-07-13",
        outlet="Daily",
        title="Builder Drax jailed",
    )
    links = links_of(verdict, sentence)
    assert set(relations_between(links, "maximum of 12 years", "five years")) <= {"related"}, links


def test_an_age_is_never_compared_with_a_count() -> None:
    from .conftest import links_of, make_article, relations_between

    first = make_article(
        "Mumps cases rise in Elbing\nMost of the mumps cases in Elbing are in children under 9, the health board "
        "said on Monday.\nThe board has confirmed 61 cases since January.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Mumps cases rise in Elbing",
    )
    later = make_article(
        "Elbing mumps outbreak slows\nThe Elbing health board said on Tuesday that four cases had been reported "
        "in the past week.\n",
        published="2026-03-24",
        outlet="Daily",
        title="Elbing mumps outbreak slows",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "children under 9", "four cases")) <= {"related"}, links


def test_workers_laid_off_are_not_the_workers_moved_elsewhere() -> None:
    from .conftest import links_of, make_article, relations_between

    first = make_article(
        "Flood shuts Kessel mine\nThe owner of the flooded Kessel mine said on Tuesday that about 900 workers "
        "had been moved to other sites.\n",
        published="2026-04-07",
        outlet="Wire",
        title="Flood shuts Kessel mine",
    )
    later = make_article(
        "Kessel mine cuts jobs\nA union at the Kessel mine said on Monday that about 250 workers had been laid off.\n",
        published="2026-04-20",
        outlet="Daily",
        title="Kessel mine cuts jobs",
    )
    links = links_of(first, later)
    assert set(relations_between(links, "about 900 workers", "about 250 workers")) <= {"related"}, links
