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


def _air_crash() -> list[tuple[str, str, str, str]]:
    first = make_article(
        "Plane crashes in Andes\nA plane with 54 people on board crashed after take-off from Cuzco on Sunday, the "
        "civil aviation authority said.\n"
        "The jet was carrying 50 passengers and four crew, the airline said.\n"
        "At least 30 bodies have been recovered, a police official said.\n",
        published="2026-01-11",
        outlet="Wire",
        title="Plane crashes in Andes",
    )
    later = make_article(
        "Andes crash: 49 bodies found\nRescuers have recovered 49 bodies from the wreckage of a plane that crashed in "
        "the Andes on Sunday, and five people remain "
        "missing, the army said on Monday.\n",
        published="2026-01-12",
        outlet="Daily",
        title="Andes crash: 49 bodies found",
    )
    return links_of(first, later)


def test_passengers_and_crew_are_shown_as_told_not_as_a_range() -> None:
    reasons = [why for _, why in links_between(_air_crash(), "54 people on board", "50 passengers and four crew")]
    assert reasons, reasons
    assert all("50 passengers and 4 crew" in why and "54 people" in why for why in reasons), reasons
    assert not any("50-54" in why for why in reasons), reasons


def test_the_dead_are_no_count_of_those_who_remain() -> None:
    reasons = [why for _, why in links_between(_air_crash(), "recovered 49 bodies", "At least 30 bodies")]
    assert reasons, reasons
    assert not any("those who remain" in why for why in reasons), reasons


def test_an_age_is_given_not_counted() -> None:
    first = make_article(
        "Painter Ada Lorne dies at 91\nPainter Ada Lorne has died at the age of 91, her family said on Wednesday.\n",
        published="2026-02-11",
        outlet="Wire",
        title="Painter Ada Lorne dies at 91",
    )
    second = make_article(
        "Ada Lorne obituary\nAda Lorne, whose seascapes hang in the Tate, died on Tuesday aged 91.\n",
        published="2026-02-11",
        outlet="Daily",
        title="Ada Lorne obituary",
    )
    reasons = [why for _, why in links_between(links_of(first, second), "has died at the age", "died on Tuesday")]
    assert reasons, reasons
    assert all("aged 91" in why and "casualties" not in why for why in reasons), reasons


def test_a_bound_is_worded_as_the_text_words_it() -> None:
    march = make_article(
        "Thousands march in Velmar\nOrganisers said 60,000 people took part in Saturday's march in Velmar against "
        "the new media law.\n",
        published="2026-05-16",
        outlet="Wire",
        title="Thousands march in Velmar",
    )
    reply = make_article(
        "Government plays down Velmar march\nThe government spokesman said on Sunday that fewer than 15,000 people had "
        "attended Saturday's march in Velmar, dismissing the organisers' figures.\n",
        published="2026-05-17",
        outlet="Daily",
        title="Government plays down Velmar march",
    )
    reasons = [why for _, why in links_between(links_of(march, reply), "fewer than 15,000", "60,000 people")]
    assert reasons, reasons
    assert all("fewer than 15,000" in why and "up to 15,000" not in why for why in reasons), reasons
