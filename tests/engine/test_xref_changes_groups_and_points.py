"""Figures compared as what they count (issue 12). Our own sentences.

- A change made to a named thing ("the scheme cut malaria cases by 72%") is compared with another report's change
  of the same thing ("cut malaria cases by 35%") as changes: two sources' sizes of one change, not a revision.
- Counts of two groups of people ("rescued 23 crew members" / "rescued 25 people" from one ship: the crew are a
  part of those aboard) are neither the same report nor its next value.
- A rate's move in basis points and one in percentage points are compared in one unit (50 bp = 0.5 pp).
"""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _pair(first: str, day1: str, second: str, day2: str, outlets: tuple[str, str] = ("Wire", "Paper")):
    return links_of(
        make_article(first, published=day1, outlet=outlets[0], title=first.split("\n")[0]),
        make_article(second, published=day2, outlet=outlets[1], title=second.split("\n")[0]),
    )


_NETS = (
    "Bed nets cut malaria in Lindu\n"
    "LINDU (Wire) - A scheme that handed out treated bed nets in Lindu province cut malaria cases by 72% in two "
    "years, the health ministry said on Tuesday.\n"
)


def test_two_sources_sizes_of_one_change_are_compared_as_changes() -> None:
    links = _pair(
        _NETS,
        "2027-06-01",
        "Lindu nets report\nThe bed net scheme in Lindu province cut malaria cases by 35%, a report by the World "
        "Health Organization said on Thursday.\n",
        "2027-06-03",
    )
    found = relations_between(links, "cut malaria cases by 35%", "cut malaria cases by 72%")
    assert found == ["conflicts"], links


def test_the_same_change_from_another_source_corroborates() -> None:
    links = _pair(
        _NETS,
        "2027-06-01",
        "Lindu nets hailed\nThe bed net scheme in Lindu province has cut malaria cases by 72%, aid agency Medra "
        "said on Thursday.\n",
        "2027-06-03",
    )
    assert relations_between(links, "has cut malaria cases by 72%", "cut malaria cases by 72% in") == [
        "corroborates"
    ], links


def test_a_change_of_another_thing_is_no_value_of_this_one() -> None:
    links = _pair(
        _NETS,
        "2027-06-01",
        "Lindu nets report\nThe bed net scheme in Lindu province cut malaria deaths by 35%, a report by the World "
        "Health Organization said on Thursday.\n",
        "2027-06-03",
    )
    found = relations_between(links, "cut malaria deaths by 35%", "cut malaria cases by 72%")
    assert not {"corroborates", "conflicts", "updates"} & set(found), links


def test_the_crew_and_everyone_aboard_are_two_groups() -> None:
    links = _pair(
        "Ship sinks off Varn\nCoastguards rescued 23 crew members from the Marla Bay after it sank off Varn on "
        "Sunday.\n",
        "2027-06-06",
        "Varn ship sinks\nCoastguards rescued 25 people from the Marla Bay after it sank off Varn on Sunday.\n",
        "2027-06-07",
    )
    found = relations_between(links, "rescued 25 people", "rescued 23 crew members")
    assert found and not {"corroborates", "conflicts", "updates"} & set(found), links


def test_basis_points_and_percentage_points_are_one_unit() -> None:
    links = _pair(
        "Tessaly raises rates\nThe central bank of Tessaly raised its main interest rate by 50 basis points on "
        "Thursday, the bank said.\n",
        "2027-06-03",
        "Tessaly rate rise\nTessaly's central bank raised its main interest rate by half a percentage point on "
        "Thursday, a bank spokesman said.\n",
        "2027-06-04",
    )
    assert relations_between(links, "by half a percentage point", "by 50 basis points") == ["corroborates"], links
