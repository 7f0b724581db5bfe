"""A denial's named cause is not what it denies (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_denying_a_resignation_over_a_collapse_does_not_dispute_the_collapse() -> None:
    denial = make_article(
        "Minister denies plan to quit\nTrade minister Ilse Varga denied on Monday that she planned to resign over "
        "the collapse of the state airline Ostra Air, calling the reports false.\n",
        published="2026-06-08",
        outlet="Wire",
        title="Minister denies plan to quit",
    )
    explainer = make_article(
        "Ostra Air collapse explained\nOstra Air, the country's state airline, collapsed on June 1 after lenders "
        "refused to extend its loans.\n",
        published="2026-06-10",
        outlet="Daily",
        title="Ostra Air collapse explained",
    )
    links = links_of(denial, explainer)
    assert "conflicts" not in relations_between(links, "denied on Monday", "collapsed on June 1"), links
