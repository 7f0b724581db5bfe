"""A match's crowd told as its attendance is the crowd another report counts; an ordinal "second" before "-half"
or "-round" is no unit of time (issues 12 and 13). Our own sentences."""

from __future__ import annotations

from corpus.extract.quantities import find_quantities

from .conftest import links_of, make_article, relations_between


def test_two_second_half_goals_are_goals() -> None:
    [q] = find_quantities("Mara Lind scored two second-half goals as Vester won.", 0, [])
    assert q.value == 2.0 and q.unit != "second"


def test_seconds_are_still_seconds() -> None:
    [q] = find_quantities("She won the sprint by two seconds.", 0, [])
    assert q.unit == "second"


def _match(body: str, outlet: str, day: str = "2026-11-08") -> object:
    return make_article(body, published=day, outlet=outlet, title="Vester beat Holm 2-0")


def test_the_attendance_is_the_crowd() -> None:
    first = _match("Vester beat Holm 2-0 on Saturday. A crowd of 27,300 watched at the Quay Stadium.", "Wire One")
    second = _match("Vester beat Holm 2-0 to go second. The attendance was 27,314.", "Wire Two")
    links = links_of(first, second)
    assert relations_between(links, "A crowd of 27,300", "The attendance was") == ["corroborates"]


def test_another_matchs_crowd_is_not_this_ones() -> None:
    first = _match("Vester beat Holm 2-0 on Saturday. A crowd of 27,300 watched at the Quay Stadium.", "Wire One")
    second = _match("Holm beat Vester 1-0 on Saturday. The attendance was 27,314.", "Wire Two", day="2026-03-14")
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "A crowd of 27,300", "The attendance was")
