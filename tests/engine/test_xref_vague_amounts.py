"""A vague amount ("dozens", "tens of thousands") agrees with any figure in its range: beside a figure it is
related, never a corroboration or a later value (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_dozens_do_not_corroborate_a_count() -> None:
    first = make_article(
        "The strike at the port of Tarsk entered its third day on Wednesday after talks broke down.\n"
        "Sixty-two ships are now waiting at anchor, port data show.\n",
        published="2027-06-09",
        outlet="Wire One",
    )
    later = make_article(
        "Dockworkers at Tarsk returned to work on Monday after the union accepted a 9% pay rise, ending a week-long "
        "strike that left dozens of ships stranded.\n",
        published="2027-06-14",
        outlet="Port News",
    )
    links = links_of(first, later)
    assert relations_between(links, "dozens of ships", "Sixty-two ships") in ([], ["related"]), links


def test_a_stated_range_is_still_a_figure() -> None:
    first = make_article(
        "Between 40 and 50 trucks are stuck at the Varna border crossing after customs officers walked out on "
        "Monday, customs officials said.\n",
        published="2027-06-07",
        outlet="Wire One",
    )
    later = make_article(
        "Some 45 trucks are stuck at the Varna border crossing after customs officers walked out on Monday, "
        "customs officials said.\n",
        published="2027-06-07",
        outlet="Border News",
    )
    links = links_of(first, later)
    assert not [why for _, s, t, why in links if "vague" in why], links
