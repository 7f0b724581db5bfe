"""A headline tells its own body's news: its bound of the body's toll ("more than 200 dead" over "has risen to
217") is no earlier value of it."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_a_headlines_bound_is_no_earlier_value_of_its_own_bodys_toll() -> None:
    title = "Marven floods: more than 200 dead as crowds confront minister"
    report = make_article(
        f"{title}\n"
        "The death toll from the floods in the Marven valley has risen to 217, officials said on Sunday, as residents "
        "threw mud at the interior minister.\n",
        published="2026-11-03",
        outlet="Valley Post",
        title=title,
    )
    links = links_of(report)
    assert "updates" not in relations_between(links, "has risen to 217", "more than 200 dead"), links


def test_a_headlines_figure_rounded_down_is_no_earlier_value_of_its_own_bodys_toll() -> None:
    title = "Marven floods: death toll reaches 200"
    report = make_article(
        f"{title}\nThe death toll from the floods in the Marven valley has risen to 217, officials said on Sunday.\n",
        published="2026-11-03",
        outlet="Valley Post",
        title=title,
    )
    links = links_of(report)
    assert "updates" not in relations_between(links, "has risen to 217", "death toll reaches 200"), links
