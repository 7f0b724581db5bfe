"""One vocabulary of happenings: a figure told of "a separate landslide" (any happening news names, not only
rallies, attacks and fires) is another happening's count. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_count_at_a_separate_landslide_is_not_the_storys_count() -> None:
    first = make_article(
        "Landslide buries homes in Tarsa\nA landslide buried 14 homes in the hill village of Tarsa on Sunday, "
        "district officials said.\n",
        published="2026-07-12",
        outlet="Wire",
        title="Landslide buries homes in Tarsa",
    )
    second = make_article(
        "Tarsa rescue goes on\nRescuers in Tarsa searched the mud for survivors on Monday.\n"
        "A separate landslide buried 14 homes, officials said.\n",
        published="2026-07-13",
        outlet="Daily",
        title="Tarsa rescue goes on",
    )
    links = links_of(first, second)
    assert "corroborates" not in relations_between(links, "A separate landslide", "A landslide buried"), links
