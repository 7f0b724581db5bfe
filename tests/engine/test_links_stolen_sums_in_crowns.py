"""The value of what thieves took, told in "Swedish crowns" by one report and in bare "crowns" by a later one that
names no country, is one series: the later estimate updates the first (issue 12). Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_a_later_value_in_bare_crowns_updates_one_in_swedish_crowns() -> None:
    first = make_article(
        "Thieves raid Swedish gallery\nVARBY, Sweden (Reuters) - Thieves stole three paintings from the Varby Art "
        "Gallery on Sunday. The stolen paintings are worth an estimated 12 million Swedish crowns, the gallery said.\n",
        published="2026-03-01",
        outlet="Reuters",
        title="Thieves raid Swedish gallery",
    )
    later = make_article(
        "Stolen paintings worth more than thought\nThe Varby Art Gallery now puts the value of the stolen paintings at "
        "19 million crowns.\n",
        published="2026-03-05",
        outlet="The Arts Desk",
        title="Stolen paintings worth more than thought",
    )
    found = links_between(links_of(first, later), "19 million crowns", "12 million Swedish")
    assert [rel for rel, _ in found] == ["updates"]
