"""Two sentences of one source that give figures of different measures are two things told, not one report told
twice (issue 12): "most of the victims were over 80" is no second source for "154 people had died". Our own
sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_an_age_told_of_the_dead_does_not_corroborate_the_toll() -> None:
    first = make_article(
        "Cold snap kills 96 in Moldova\nAt least 96 people have died of hypothermia in Moldova since the cold snap "
        "began on Friday, the health ministry said on Monday.\n\nMost of the dead were over 80, the ministry "
        "said in a statement.\n",
        published="2026-01-19",
        outlet="Balkan Wire",
        title="Cold snap kills 96 in Moldova",
    )
    later = make_article(
        "Moldova cold snap toll rises to 154\nMoldova's health ministry said on Thursday that 154 people had died in "
        "the cold snap.\n",
        published="2026-01-22",
        outlet="Chisinau Daily",
        title="Moldova cold snap toll rises to 154",
    )
    links = links_of(first, later)
    assert links_between(links, "154 people had died", "96 people have died")  # the toll is still a series
    assert all(rel != "corroborates" for rel, _ in links_between(links, "154 people had died", "over 80"))
