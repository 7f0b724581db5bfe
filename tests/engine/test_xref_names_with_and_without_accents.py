"""A name an outlet writes with its accents and a wire without them ("Medellín" / "Medellin") is one name: the later
acknowledgement contradicts the wire's denial (sentences written for these tests)."""

from __future__ import annotations

import pytest

from corpus.accents import unaccented
from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _wire(city: str) -> Article:
    return make_article(
        f"{city} metro halts line after substation fire\n{city.upper()}, May 3 (Reuters) - About 4,200 passengers "
        f"were led off trains on {city}'s metro on Tuesday after a fire broke out in a substation, the operator said.\n"
        f"The operator denied that the fire had been started deliberately.\n",
        published="2041-05-03",
        outlet="Reuters",
        title=f"{city} metro halts line after substation fire",
    )


def _later(city: str) -> Article:
    return make_article(
        f"{city} metro fire: 5,100 passengers evacuated\n{city.upper()} (AFP) - The operator said on Thursday that "
        f"5,100 passengers had been led off trains on {city}'s metro after the substation fire.\nThe operator "
        f"acknowledged that the fire had been started deliberately.\n",
        published="2041-05-05",
        outlet="AFP",
        title=f"{city} metro fire: 5,100 passengers evacuated",
    )


@pytest.mark.parametrize(
    ("wire", "later"), [("Medellin", "Medellín"), ("Kraków", "Krakow"), ("Zurich", "Zürich"), ("Malmö", "Malmo")]
)
def test_a_name_with_and_without_its_accents_is_one_story(wire: str, later: str) -> None:
    links = links_of(_wire(wire), _later(later))
    assert "conflicts" in relations_between(links, "acknowledged that the fire", "denied that the fire"), links


def test_another_city_is_still_another_story() -> None:
    links = links_of(_wire("Krakow"), _later("Gdańsk"))
    assert not relations_between(links, "acknowledged that the fire", "denied that the fire"), links


def test_letters_are_read_one_for_one() -> None:
    for name, plain in [("Medellín", "Medellin"), ("São Paulo", "Sao Paulo"), ("Łódź", "Lodz"), ("Tromsø", "Tromso")]:
        assert unaccented(name) == plain
    quoted = "“Zürich’s” ﬁrst"  # (quotes and a ligature are no accented letters: kept, one for one)
    assert unaccented(quoted) == "“Zurich’s” ﬁrst"
