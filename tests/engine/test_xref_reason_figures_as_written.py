"""A link's reason shows a figure as the text gives it: a vague amount ("dozens") never as the bounds a
comparison gives it, as if a source had reported them; a counted noun in its own plural ("620,000 vehicles",
not "vehicle"). Sentences written for these tests."""

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


def test_a_counted_noun_is_shown_as_the_claim_writes_it() -> None:
    first = make_article(
        "Orsa recalls 210,000 cars\nOrsa Motors said on Tuesday it would recall about 210,000 cars worldwide over "
        "a faulty brake sensor.\n",
        published="2026-02-03",
        outlet="Wire",
        title="Orsa recalls 210,000 cars",
    )
    later = make_article(
        "Orsa widens recall\nOrsa Motors has widened its brake sensor recall to 330,000 cars worldwide, the "
        "company said in a filing on Friday.\n",
        published="2026-03-06",
        outlet="Daily",
        title="Orsa widens recall",
    )
    reasons = [why for _, why in links_between(links_of(first, later), "about 210,000", "330,000 cars")]
    assert reasons, reasons
    assert all("330,000 cars" in why and "210,000 cars" in why for why in reasons), reasons
