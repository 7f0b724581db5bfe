"""A link's reason shows a vague amount ("dozens", "hundreds") as the text gives it, never the bounds a
comparison gives it, as if a source had reported them (sentences written for these tests)."""

from __future__ import annotations

from .conftest import links_between, links_of, make_article


def test_dozens_injured_is_shown_as_dozens() -> None:
    first = make_article(
        "Crush at Ravenna stadium\nAt least nine people were killed and dozens injured when a crush broke out at "
        "the Ravenna stadium on Saturday, police said.\n",
        published="2026-04-11",
        outlet="Wire",
        title="Crush at Ravenna stadium",
    )
    later = make_article(
        "Ravenna toll rises\nThe death toll from Saturday's crush at the Ravenna stadium has risen to 13, the "
        "regional health service said on Monday.\n",
        published="2026-04-13",
        outlet="Daily",
        title="Ravenna toll rises",
    )
    reasons = [why for _, why in links_between(links_of(first, later), "At least nine", "has risen to 13")]
    assert reasons, reasons
    assert all("dozens wounded" in why and "12-" not in why for why in reasons), reasons
