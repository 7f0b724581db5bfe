"""Jobs put at risk are not the cuts announced, and a source naming its own figure tells no new count
(sentences written for these tests)."""

from __future__ import annotations

from .conftest import figure_measure, links_of, make_article, relations_between


def test_jobs_put_at_risk_are_another_measure_than_jobs_cut() -> None:
    text = "Halvard will close its Korvel factory, putting 1,900 jobs at risk."
    assert figure_measure(text, "1,900", 1900, "job", "jobs", "job") == "jobs at risk"
    assert figure_measure("The closure threatens 900 jobs.", "900", 900, "job", "jobs", "job") == "jobs at risk"
    assert figure_measure("Halvard will cut 3,000 jobs.", "3,000", 3000, "job", "jobs", "job") == "jobs"


def test_a_plants_jobs_at_risk_do_not_conflict_with_the_cuts_announced() -> None:
    wire = make_article(
        "Halvard to cut 3,000 jobs\nCarmaker Halvard Motors will cut 3,000 jobs and close its plant in Korvel, the "
        "company said on Tuesday.\n",
        published="2026-10-13",
        outlet="Wire",
        title="Halvard to cut 3,000 jobs",
    )
    local = make_article(
        "Halvard to shut Korvel factory\nHalvard Motors will close its Korvel factory, putting 1,900 jobs at risk, "
        "the carmaker announced on Tuesday.\n",
        published="2026-10-13",
        outlet="Korvel News",
        title="Halvard to shut Korvel factory",
    )
    links = links_of(wire, local)
    assert set(relations_between(links, "will cut 3,000 jobs", "putting 1,900 jobs")) <= {"related"}, links


def test_a_source_naming_its_own_figure_tells_no_new_count() -> None:
    wire = make_article(
        "Halvard to cut 3,000 jobs, close Korvel plant\nKORVEL, Oct 13 (Wire) - Carmaker Halvard Motors will cut "
        "3,000 jobs and close its plant in Korvel, the company said on Tuesday.\nThe Korvel plant employs 1,900 "
        "people.\n",
        published="2026-10-13",
        outlet="Wire",
        title="Halvard to cut 3,000 jobs, close Korvel plant",
    )
    later = make_article(
        "Halvard job cuts larger than announced, union says\nThe union said on Monday that Halvard Motors' plan "
        "would cost as many as 4,200 jobs, not the 3,000 the carmaker announced last week.\nHalvard said its "
        "figure of 3,000 referred only to its own employees.\n",
        published="2026-10-20",
        outlet="Daily",
        title="Halvard job cuts larger than announced, union says",
    )
    links = links_of(wire, later)
    assert set(relations_between(links, "employs 1,900", "its figure of 3,000")) <= {"related"}, links
