"""Two fires (or storms) news names by their own names are two happenings: "The Lake Fire was 5% contained" never
corroborates "The Pine Hollow Fire was 5% contained" (issue 12). A claim naming the other fire, and a body named like
one ("Cal Fire"), still link. Our own sentences."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def _fire(title: str, body: str, published: str) -> object:
    return make_article(f"{title}\n{body}\n", published=published, outlet="Valley News", title=title)


def test_two_named_fires_equal_containment_is_no_corroboration() -> None:
    first = _fire(
        "Wildfire near Redding forces thousands to flee",
        "REDDING, Calif. (AP) — A fast-moving wildfire in Northern California had burned more than 8,000 acres by "
        "Tuesday evening and forced about 12,000 people to evacuate, fire officials said.\n\nThe Birch Ridge Fire was "
        "5% contained.",
        "2026-08-04",
    )
    later = _fire(
        "New fire erupts in Shasta County",
        "A new wildfire broke out near Lakehead in Shasta County on Monday and quickly burned 1,200 acres, Cal Fire said. "
        "The Kettle Fire was 5% contained.\n\nAbout 800 people were ordered to evacuate. The fire is about 30 miles "
        "north of the Birch Ridge Fire, which has burned 23,400 acres.",
        "2026-08-10",
    )
    assert links_between(links_of(first, later), "Kettle Fire was 5%", "Birch Ridge Fire was 5%") == []


def test_a_claim_naming_the_same_fire_still_updates() -> None:
    first = _fire(
        "Birch Ridge Fire grows",
        "The Birch Ridge Fire has grown to 9,000 acres, Cal Fire said on Tuesday.",
        "2026-08-04",
    )
    later = _fire(
        "New fire erupts near Lund",
        "A new fire broke out near Lund on Monday. The fire is about 20 miles north of the Birch Ridge Fire, which has "
        "burned 15,000 acres.",
        "2026-08-10",
    )
    found = links_between(links_of(first, later), "15,000 acres", "9,000 acres")
    assert [rel for rel, _ in found] == ["updates"]
