"""Animals written the same in the plural are what a figure counts ("killed about 1.5 million fish", "40,000
sheep"): never people, and never a human toll's corroboration. Our own sentences."""

from __future__ import annotations

import pytest

from .conftest import figures_in, links_of, make_article, relations_between


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("A disease outbreak had killed about 1.5 million fish at three of its farms.", "fish"),
        ("The drought has killed 40,000 sheep in the region.", "sheep"),
        ("Hunters shot 1,200 deer last winter.", "deer"),
        ("Floods drowned 300 livestock in the valley.", "livestock"),
    ],
)
def test_a_figure_of_animals_counts_them(sentence: str, counted: str) -> None:
    (figure,) = [q for q in figures_in(sentence) if q.value and q.value >= 300]
    assert figure.counted == counted and figure.unit == counted


def test_animals_killed_do_not_corroborate_a_human_toll() -> None:
    people = make_article(
        "Flash floods in the Varna valley killed 40 people on Monday, officials said.\n",
        published="2027-05-03",
        outlet="Reuters",
        title="Floods kill 40 in Varna valley",
    )
    animals = make_article(
        "Flash floods in the Varna valley killed 40 sheep on Monday, farmers said.\n",
        published="2027-05-03",
        outlet="AFP",
        title="Floods hit Varna valley farms",
    )
    links = links_of(people, animals)
    assert "corroborates" not in relations_between(links, "killed 40 sheep", "killed 40 people"), links
