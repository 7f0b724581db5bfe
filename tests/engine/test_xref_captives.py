"""Counts of people taken captive: those abducted, those still held and those freed are three counts of
one group, never values of one another; a revised number of the abducted updates the first; a look-alike
abduction in another country is another event. Our own sentences."""

from __future__ import annotations

from .conftest import figure_measure, links_between, links_of, make_article, relations_between


def _measure(text: str, figure: str) -> str | None:
    value = float(figure) if figure.isdigit() else 38.0
    return figure_measure(text, figure, value, "pupil", "pupil", "pupil")


def test_abducted_still_held_and_freed_are_three_measures() -> None:
    assert _measure("Gunmen abducted at least 80 pupils from a school in Ardel, police said.", "80") == "abducted"
    assert _measure("Police said 77 pupils were still being held.", "77") == "still held"
    assert _measure(
        "Thirty-eight of the pupils abducted from the Ardel school were freed on Friday.", "Thirty-eight"
    ) == ("rescued")
    raised = "Police raised the number of pupils abducted from the boarding school in Ardel to 115."
    assert _measure(raised, "115") == "abducted"


def _story() -> list:
    first = make_article(
        "Gunmen seize pupils in Ardel\nARDEL, Marenia (Reuters) - Gunmen abducted at least 80 pupils from a boarding "
        "school in Ardel on Tuesday, a police spokesman said.\n",
        published="2026-05-12",
        outlet="Reuters",
        title="Gunmen seize pupils in Ardel",
    )
    raised = make_article(
        "Ardel abduction count raised\nPolice on Thursday raised the number of pupils abducted from the boarding school "
        "in Ardel to 115, after a headcount.\n",
        published="2026-05-14",
        outlet="AFP",
        title="Ardel abduction count raised",
    )
    freed = make_article(
        "Some Ardel pupils freed\nThirty-eight of the pupils abducted from the Ardel boarding school were freed on "
        "Friday, police said.\nPolice said 77 pupils were still being held.\n",
        published="2026-05-29",
        outlet="AP",
        title="Some Ardel pupils freed",
    )
    elsewhere = make_article(
        "Gunmen seize pupils in Velka\nVELKA, Sorland (AFP) - Gunmen abducted at least 80 pupils from a village school "
        "in Velka on Wednesday, local officials said.\n",
        published="2026-05-13",
        outlet="AFP",
        title="Gunmen seize pupils in Velka",
    )
    return links_of(first, raised, freed, elsewhere)


def test_a_raised_number_of_abducted_updates_the_first_and_parts_never_conflict() -> None:
    links = _story()
    assert relations_between(links, "raised the number", "abducted at least 80 pupils") == ["updates"], links
    strong = {"conflicts", "corroborates", "updates"}
    assert not strong & set(relations_between(links, "Thirty-eight", "still being held")), links
    assert not strong & set(relations_between(links, "Thirty-eight", "raised the number")), links
    assert not strong & set(relations_between(links, "still being held", "raised the number")), links
    assert not strong & set(relations_between(links, "still being held", "abducted at least 80 pupils")), links


def test_a_capitalised_noun_opening_two_leads_is_no_place_in_common() -> None:
    links = _story()
    assert relations_between(links, "from a village school", "from a boarding school in Ardel on") == [], links


def test_other_counts_of_one_group_in_one_story_are_related() -> None:
    links = _story()
    found = links_between(links, "still being held", "Gunmen abducted at least 80")
    assert [rel for rel, _ in found] == ["related"], links
    assert "other counts of the same pupils" in found[0][1], found


def test_a_count_of_another_years_group_is_not_related_as_one_group() -> None:
    now = make_article(
        "Miners trapped in Orlo\nRescuers said 14 miners were still trapped underground on Monday.\n",
        published="2026-03-02",
        outlet="Wire",
        title="Miners trapped in Orlo",
    )
    before = make_article(
        "Orlo rescue goes on\nIt is the worst accident in the region since 2019, when 31 miners died at Tessel.\n",
        published="2026-03-03",
        outlet="Post",
        title="Orlo rescue goes on",
    )
    links = links_of(now, before)
    assert "other counts" not in str(links_between(links, "still trapped", "worst accident in the region")), links
