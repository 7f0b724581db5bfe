"""A store of water told as the subject of its level ("Lisbon's main reservoirs are down to 38 percent", "the dam
stood at 23%") and a level told as an estimate ("fell to about 31% of capacity") are the reservoir level, compared
as one series with the level told "of capacity" (sentences written for these tests)."""

from __future__ import annotations

from corpus.extract.quantities import find_quantities
from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _measures(sentence: str) -> list[tuple[str, str | None]]:
    return [(q.text, q.measure) for q in find_quantities(sentence, 0, [])]


def test_a_store_of_water_as_the_subject_of_its_level() -> None:
    assert _measures("Lisbon's main reservoirs are down to 38 percent, the utility said.") == [
        ("38 percent", "reservoir level")
    ]
    assert _measures("The dam stood at 23% on Monday.") == [("23%", "reservoir level")]
    assert _measures("This summer the reservoirs fell to about 31% of capacity.") == [("about 31%", "reservoir level")]


def test_what_a_store_of_water_does_is_no_level() -> None:
    assert _measures("Reservoir levels are down 5 percent from a year ago.")[0][1] != "reservoir level"
    assert _measures("The reservoirs supply 70 percent of the city's water.")[0][1] != "reservoir level"
    assert _measures("The dams are 40 percent owned by the state.")[0][1] != "reservoir level"


def _wire() -> Article:
    return make_article(
        "PORTO, Aug 4 (Reuters) - The reservoirs that supply Porto have fallen to 38 percent of capacity, the "
        "regional water utility said on Monday.\n",
        published="2041-08-04",
        outlet="Reuters",
        title="Porto reservoirs fall as drought deepens",
    )


def _relay() -> Article:
    return make_article(
        "Porto's main reservoirs are down to 38 percent, and hosepipe use is banned from Wednesday, Reuters "
        "reported.\n",
        published="2041-08-04",
        outlet="Porto News",
        title="Porto bans hosepipes as reservoirs drop",
    )


def _later() -> Article:
    return make_article(
        "PORTO (AFP) - The reservoirs that supply Porto have fallen to 33 percent of capacity, the regional water "
        "utility said on Tuesday.\n",
        published="2041-08-26",
        outlet="AFP",
        title="Porto reservoirs keep falling",
    )


def test_a_level_told_by_its_store_is_a_later_levels_earlier_value() -> None:
    links = links_of(_wire(), _relay(), _later())
    assert "updates" in relations_between(links, "fallen to 33 percent", "down to 38 percent"), links
