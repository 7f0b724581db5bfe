"""One act in the other words news tells it by (issue 12's statement matching): a shooting told as "opened fire",
going into care told as "was admitted to" or "entered", a death told as "to die". Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import Features, features
from corpus.xref.relations import _same_act_relation
from corpus.xref.statements import action_words

from .conftest import make_article


def test_opening_fire_is_a_shooting_not_a_blaze() -> None:
    opened = action_words("A sacked driver opened fire in the Orlin depot canteen on Friday")
    assert "shoot" in opened & action_words("the shooting at the Orlin depot canteen")
    assert not opened & action_words("a blaze swept through the Orlin depot canteen")
    assert "shoot" in action_words("he gunned down two guards") & action_words("he shot two guards")


def test_going_into_care_told_three_ways_is_one_act() -> None:
    checked = action_words("The singer checked into a Marston clinic on Monday")
    assert "check" in checked & action_words("The singer was admitted to a private clinic in Marston")
    assert "check" in checked & action_words("The singer entered a rehab programme in Marston")
    # (an admission of guilt, or entering a building, is no going into care)
    assert "check" not in action_words("The singer admitted stealing the watch")
    assert "check" not in action_words("The singer entered the building by a side door")


def test_other_forms_of_one_act() -> None:
    assert "kill" in action_words("the second hiker to die on the ridge") & action_words("a hiker died on the ridge")
    assert "hit" in action_words("a quake shook the Terrin valley") & action_words("a quake struck the Terrin valley")
    assert "fire" in action_words("the burning of the chapel") & action_words("the blaze at the chapel")
    assert "arrest" in action_words("police captured the fugitive") & action_words("the fugitive was arrested")


_FIRST = (
    "Singer Mara Quell enters rehab in Marston\n"
    "Pop singer Mara Quell entered a rehab programme at the Linden Grove clinic in Marston on Monday, her "
    "agent said.\n"
    "Quell cancelled the last four dates of her Harrowgate tour last week.\n"
)
_SECOND = (
    "Mara Quell checks into Linden Grove clinic\n"
    "Mara Quell checked into the Linden Grove clinic in Marston on Monday, days after cancelling her Harrowgate "
    "tour, her agent confirmed.\n"
    "The singer's agent asked fans to respect her privacy.\n"
)


def _described(body: str, published: str, anchor: str) -> Features:
    article = make_article(body, published)
    (claim,) = [c for c in extract_article(article)[0] if anchor in c.text]
    return features(claim, article)


def test_entering_a_clinic_and_checking_into_it_are_one_act_of_one_event() -> None:
    a = _described(_FIRST, "2025-03-03", "entered a rehab programme")
    b = _described(_SECOND.replace("agent confirmed", "agent said"), "2025-03-03", "checked into the Linden Grove")
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "corroborates"
    assert "same act (checked" in found.reason()


def test_a_confirmation_of_the_act_sides_with_the_report_of_it() -> None:
    a = _described(_FIRST, "2025-03-03", "entered a rehab programme")
    b = _described(_SECOND, "2025-03-03", "checked into the Linden Grove")
    assert (a.polarity, b.polarity) == ("assert", "confirm")
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "corroborates"
