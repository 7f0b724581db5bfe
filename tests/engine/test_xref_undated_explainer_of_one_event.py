"""An undated explainer (no date in its front matter) whose whole text is about the event a dated wire reports, and
whose lead names the wire's ship or place, is of that story: a sum it restates in other words corroborates the
wire's, though no day says the two were written days apart. Not so a case it recalls from another year (sentences
written for these tests)."""

from __future__ import annotations

from .conftest import links_of, make_article, relations_between


def _wire() -> object:
    return make_article(
        "Fire forces crew off car carrier near Azores\nPONTA DELGADA, March 3 (Reuters) - A fire broke out on the car "
        "carrier Nordic Aurora about 90 nautical miles off the Azores on Monday, forcing its 22 crew to abandon ship, "
        "the Portuguese navy said.\nThe vessel was carrying 3,100 new cars from Bremerhaven to Baltimore.\nThe cargo "
        "was insured for about 140 million euros, the shipowner said.\n",
        published="2031-03-03",
        outlet="Reuters",
        title="Fire forces crew off car carrier near Azores",
    )


def _explainer(paid: str) -> object:
    return make_article(
        "Why car carriers keep catching fire\nThe Nordic Aurora burned for a week off the Azores before it sank.\nIts "
        f"crew of 22 was rescued by a passing tanker.\n{paid}\nElectric car batteries make such fires hard to put "
        "out.\n",
        published=None,
        outlet="Shipping Explained",
        title="Why car carriers keep catching fire",
    )


def test_a_sum_an_undated_explainer_restates_corroborates_the_wires() -> None:
    links = links_of(
        _wire(),
        _explainer(
            "Underwriters paid out about 140 million euros for the 3,100 cars it carried, a newsletter reported."
        ),
    )
    assert "corroborates" in relations_between(links, "paid out about 140 million", "insured for about 140"), links


def test_a_count_recalled_from_another_year_is_not_that_story() -> None:
    links = links_of(
        _wire(),
        _explainer("It was the worst such fire since 2027, when 25 crew had to abandon another carrier off Spain."),
    )
    assert not relations_between(links, "when 25 crew had to abandon", "forcing its 22 crew"), links
