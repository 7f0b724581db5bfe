"""A later report that only bounds the figure an earlier one gave ("more than 1 million barrels a day" the day after
"about 1.2 million barrels a day") tells nothing new of it: it corroborates, never updates. A later bound above the
earlier figure is still its later value. Our own sentences."""

from tests.engine.conftest import links_across


def _announcement() -> tuple[str, str, str]:
    return (
        "Producers agree surprise output cut\nVIENNA, May 7 (Reuters) - Oil producers agreed on Sunday to cut output "
        "by about 1.2 million barrels a day from June, the group's secretariat said.\nPrices are expected to rise.",
        "2031-05-07",
        "Reuters",
    )


def test_a_later_bound_below_the_figure_corroborates_it() -> None:
    markets = (
        "Oil jumps after producers' cut\nOil prices rose 5% on Monday after producers announced output cuts of more "
        "than 1 million barrels a day, traders said.\nBrent crude rose to $91 a barrel.",
        "2031-05-08",
        "Associated Press",
    )
    links = links_across([_announcement(), markets])
    found = {r for r, x, y in links if "1.2 million" in x + y and "more than 1 million" in x + y}
    assert found == {"corroborates"}, links


def test_a_later_bound_above_the_figure_still_updates_it() -> None:
    markets = (
        "Producers deepen output cut\nOil producers will cut output by more than 1.5 million barrels a day from June, "
        "the group's secretariat said on Monday.\nBrent crude rose to $91 a barrel.",
        "2031-05-08",
        "Associated Press",
    )
    links = links_across([_announcement(), markets])
    found = {r for r, x, y in links if "1.2 million" in x + y and "1.5 million" in x + y}
    assert found == {"updates"}, links
