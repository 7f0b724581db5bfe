"""A count of troops where they are and a count of what befell people ("killed or wounded") are two reports, however
alike their words: never "same report" (issue 12, cause 6). Sentences written for these tests."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def test_casualties_and_a_troop_count_are_not_one_report() -> None:
    losses = make_article(
        "Norvanian President Ilse Marek said on Sunday that more than 2,000 Kovarian soldiers had been killed or "
        "wounded in the Tessa region.\n",
        published="2034-12-23",
        outlet="Capital Daily",
        title="Marek: 2,000 Kovarian soldiers killed or wounded",
    )
    troops = make_article(
        "Defence ministry spokesman Ivo Brandt said the ministry estimates that about 9,000 to 10,000 Kovarian "
        "soldiers are in the Tessa region.\n",
        published="2034-12-17",
        outlet="Agency",
        title="Kovarian soldiers in Tessa number up to 10,000",
    )
    links = links_of(losses, troops)
    assert not [r for r in relations_between(links, "killed or wounded", "9,000 to 10,000") if r != "related"]
