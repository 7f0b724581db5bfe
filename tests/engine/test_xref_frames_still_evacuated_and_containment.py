"""What a fire story's figures count: those still under evacuation orders after a contrast ("Some were allowed home,
though about 4,000 remain under evacuation orders") are the evacuated, not those allowed home; "with containment
rising to 40%" is the fire's containment. Our own sentences."""

from __future__ import annotations

from corpus.model import Article

from .conftest import links_of, make_article, relations_between


def _first() -> Article:
    return make_article(
        "The Larch Fire had burned about 9,800 acres by Friday and forced some 7,000 people to leave their homes, "
        "fire officials said.\nThe Larch Fire was 6% contained.\n",
        "2032-07-09",
        outlet="Wire",
        title="Larch Fire forces 7,000 from homes",
    )


def test_those_who_remain_under_orders_after_a_contrast_are_still_evacuated() -> None:
    later = make_article(
        "Some residents were allowed to return home on Monday, though about 4,000 remain under evacuation orders, "
        "officials said.\n",
        "2032-07-12",
        outlet="Valley News",
        title="Larch Fire: some residents return home",
    )
    links = links_of(_first(), later)
    assert relations_between(links, "about 4,000 remain", "some 7,000") == ["updates"], links


def test_containment_rising_to_a_share_is_the_fires_containment() -> None:
    later = make_article(
        "Crews made progress against the Larch Fire on Tuesday, with containment rising to 30%, officials said.\n",
        "2032-07-13",
        outlet="Valley News",
        title="Crews gain on Larch Fire",
    )
    links = links_of(_first(), later)
    assert relations_between(links, "containment rising to 30%", "6% contained") == ["updates"], links
