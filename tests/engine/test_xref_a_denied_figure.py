"""A denial of a reported figure is contradicted only by a confirmation of that figure's measure or of the act it
counts: an owned failure of another kind days earlier is no confirmation of what the later denial denies."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between

STRONG = {"updates", "corroborates", "conflicts"}


def test_a_denied_figure_is_not_the_thing_a_body_owned_earlier() -> None:
    owned = make_article(
        "Harbour police admit failures\nThe head of the Marsden Harbour Police acknowledged on Tuesday that officers "
        "had failed to answer warnings from the dock workers' union hours before the fire.\n",
        published="2026-04-07",
        outlet="Harbour Gazette",
        title="Harbour police admit failures",
    )
    denial = make_article(
        "Fire inquiry widens\nA report in a weekly paper that the Marsden Harbour Police had sent more than 400 "
        "officers to the docks that night was wrong, the force said; the figure counted officers across the city.\n",
        published="2026-04-11",
        outlet="Coast Wire",
        title="Fire inquiry widens",
    )
    links = links_of(owned, denial)
    assert not STRONG & set(relations_between(links, "more than 400", "acknowledged on Tuesday")), links


def test_a_denied_figure_still_conflicts_with_a_later_confirmation_of_the_deployment() -> None:
    denial = make_article(
        "Marovia denies border build-up\nMarovia's defence ministry denied on Monday a report that it had moved 2,000 "
        "troops to the Tessel border.\n",
        published="2026-05-04",
        outlet="Coast Wire",
        title="Marovia denies border build-up",
    )
    confirmation = make_article(
        "Marovia admits troops at border\nMarovia confirmed on Thursday that its troops were stationed at the Tessel "
        "border, after weeks of denials.\n",
        published="2026-05-28",
        outlet="Harbour Gazette",
        title="Marovia admits troops at border",
    )
    links = links_of(denial, confirmation)
    assert "conflicts" in relations_between(links, "confirmed on Thursday", "denied on Monday"), links
