"""A bare number set against a count after a comma ("more than the roughly 900 it announced", "not 25 as first
reported", "well above the 300 the firm gave") is the same count told before: it takes that count's unit and
measure, so the cross-references can read it as the figure replaced. A plan's size told with "will"/"would" is
measured by its subject as a done move is ("Job cuts will reach 6,000"). Sentences written for these tests."""

from __future__ import annotations

from .conftest import sentence_figures


def test_the_earlier_announcement_counts_what_the_new_count_counts() -> None:
    figures = sentence_figures(
        "Dalvik Foods will close about 1,100 roles, more than the roughly 900 it announced in May."
    )
    assert [(text, unit, measure) for text, unit, measure, _ in figures] == [
        ("about 1,100", "role", "role"),
        ("roughly 900", "role", "role"),
    ]


def test_a_count_first_reported_otherwise_counts_the_same() -> None:
    figures = sentence_figures("Police said 31 people were detained, not 25 as first reported.")
    assert [(unit, measure) for _, unit, measure, _ in figures] == [("people", "detained"), ("people", "detained")]


def test_a_figure_feared_by_others_counts_the_same() -> None:
    figures = sentence_figures("The mill will cut 400 jobs, fewer than the 650 the union feared.")
    assert [measure for _, _, measure, _ in figures] == ["jobs", "jobs"]


def test_a_number_of_another_thing_keeps_its_own_noun() -> None:
    figures = sentence_figures("The yard built 12 ferries, more than the 9 tugs it launched.")
    assert [unit for _, unit, _, _ in figures] == ["ferry", "tug"]


def test_a_plans_size_is_measured_by_its_subject() -> None:
    figures = sentence_figures("The union said the company's job cuts would reach about 2,000.")
    assert [measure for _, _, measure, _ in figures] == ["jobs"]
