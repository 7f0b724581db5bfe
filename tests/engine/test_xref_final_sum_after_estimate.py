"""A sum the final figures give replaces the estimate of it told a day before (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _estimate() -> object:
    return make_article(
        '"Harbour Lights" opened to $64 million in North America this weekend, according to studio estimates on '
        "Sunday.",
        published="2026-09-13",
        outlet="Trade One",
        title="Harbour Lights tops box office",
    )


def test_final_figures_update_the_estimate() -> None:
    final = make_article(
        'Final figures released on Monday showed "Harbour Lights" took in $61.2 million in North America over its '
        "opening weekend.",
        published="2026-09-14",
        outlet="Trade Two",
        title="Harbour Lights actuals",
    )
    links = links_of(_estimate(), final)
    assert relations_between(links, "opened to $64 million", "took in $61.2 million") == ["updates"]


def test_a_sum_far_from_the_estimate_is_no_final_count_of_it() -> None:
    other = make_article(
        'Final figures released on Monday showed "Harbour Lights" took in $31.5 million in Europe over its opening '
        "weekend.",
        published="2026-09-14",
        outlet="Trade Two",
        title="Harbour Lights actuals",
    )
    links = links_of(_estimate(), other)
    assert "updates" not in relations_between(links, "opened to $64 million", "took in $31.5 million")
