"""A figure told after "part of a larger ..." is the larger whole's, not the part's (sentences written for these
tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_the_wider_wholes_figure_told_after_it_corroborates_the_whole() -> None:
    us = make_article(
        "Regulator says airbag recall covers 210,000 vehicles\nWASHINGTON, March 9 (Reuters) - Hyundai's airbag recall "
        "covers about 210,000 vehicles in the United States, the National Highway Traffic Safety Administration said "
        "on Monday.\n",
        published="2036-03-09",
        outlet="Reuters",
        title="Regulator says airbag recall covers 210,000 vehicles",
    )
    canada = make_article(
        "Hyundai recalls 18,000 vehicles in Canada\nHyundai Canada says it is recalling about 18,000 vehicles in Canada "
        "because an airbag may not deploy.\nThe recall is part of a larger one in the United States, where about "
        "210,000 vehicles are affected.\n",
        published="2036-03-10",
        outlet="CBC News",
        title="Hyundai recalls 18,000 vehicles in Canada",
    )
    links = links_of(us, canada)
    assert "corroborates" in relations_between(links, "where about 210,000", "covers about 210,000"), links
