"""A denial and a confirmation sharing only one name and little else ("acknowledged the court's rulings finding
certain claims about Vantor to be false" / "the $500 million Arlo agreed to pay Vantor is among the largest
settlements") tell of other things: no contradiction, no later confirmation of what was denied. Our own sentences."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def test_a_settlements_size_is_no_confirmation_of_what_a_ruling_found_false() -> None:
    statement = make_article(
        "Arlo settles with Vantor\nArlo said in a statement that it acknowledged the court's rulings finding certain "
        "claims about Vantor to be false.\n",
        published="2026-04-18",
        outlet="Court Wire",
        title="Arlo settles with Vantor",
    )
    experts = make_article(
        "A record settlement\nThe $500 million that Arlo Corp agreed to pay Vantor is among the largest publicly "
        "disclosed settlements in a defamation case, legal experts said.\n",
        published="2026-04-19",
        outlet="Law Weekly",
        title="A record settlement",
    )
    links = links_of(statement, experts)
    assert not STRONG & set(relations_between(links, "The $500 million", "acknowledged the court")), links
