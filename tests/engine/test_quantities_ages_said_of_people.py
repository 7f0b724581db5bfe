"""People said to be under or over a bare number, the clause ending there, are of that age: "most of those who
died were under five" is no count of the dead, and no link may read it as one. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import claimed_figures, links_of, make_article, relations_between


@pytest.mark.parametrize(
    "sentence",
    [
        "Most of those who died were under five and had not been vaccinated, a doctor said.",
        "The three climbers who were rescued were over 60, the mountain rescue team said.",
        "All of the suspects arrested on Friday were under 18.",
    ],
)
def test_people_under_or_over_a_bare_number_is_their_age(sentence: str) -> None:
    assert all(q.unit == "year of age" or q.measure is None for q in claimed_figures(sentence))
    assert not [q for q in claimed_figures(sentence) if q.measure in ("killed", "rescued", "detained")]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Turnout was over 60 in most wards, the council said.", 60.0),
        ("Prices were under 5 euros a kilo at the market on Monday.", 5.0),
    ],
)
def test_a_bare_bound_that_goes_on_is_no_age(sentence: str, value: float) -> None:
    assert any(q.value == value and q.unit != "year of age" for q in claimed_figures(sentence))


def test_an_age_of_the_dead_is_no_earlier_toll() -> None:
    first = make_article(
        "Cholera has killed 14 people in Varna district since March, the health ministry said on Monday.\n"
        "Most of those who died were under five, district health officer Lena Marek said.\n",
        published="2027-05-03",
        outlet="AFP",
        title="Cholera kills 14 in Varna district",
    )
    later = make_article(
        "The cholera outbreak in Varna district has killed 31 people, the health ministry said on Friday.\n",
        published="2027-05-14",
        outlet="Reuters",
        title="Cholera toll in Varna district rises to 31",
    )
    links = links_of(first, later)
    assert not relations_between(links, "has killed 31 people", "Most of those who died"), links
    assert "updates" in relations_between(links, "has killed 31 people", "Cholera has killed 14"), links
