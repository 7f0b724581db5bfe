"""A summary line of an article's own (a live page's "key points" bullet, no closing stop) and the sentence further
down that it sums up are one source saying it twice: never a corroboration (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_key_points_bullet_does_not_corroborate_the_entry_it_sums_up() -> None:
    page = make_article(
        "Storm Ida live: rail lines closed as gales hit the coast\n"
        "Key points\n"
        "About 38,000 homes without power\n"
        "Gusts above 80mph on the coast\n"
        "11:40\n"
        "About 38,000 homes are without power across the region, Coastline Energy said.\n",
        published="2027-11-03",
        outlet="Coast Herald",
    )
    links = links_of(page)
    assert "corroborates" not in relations_between(links, "homes without power", "are without power across"), links


def test_two_sources_of_one_article_giving_one_count_still_corroborate() -> None:
    page = make_article(
        "Storm Ida leaves thousands in the dark\n"
        "About 38,000 homes were without power on Tuesday, Coastline Energy said.\n"
        "The regional emergency office also put the number of homes without power at about 38,000.\n",
        published="2027-11-03",
        outlet="Coast Herald",
    )
    links = links_of(page)
    assert relations_between(links, "were without power on Tuesday", "also put the number") == ["corroborates"], links
