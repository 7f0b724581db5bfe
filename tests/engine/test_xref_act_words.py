"""One act in the other words news tells it by (issue 12's statement matching): a shooting told as "opened fire",
going into care told as "was admitted to" or "entered", a death told as "to die". Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import Features, features
from corpus.xref.relations import _figures_disagree, _same_act_relation, _same_action_relation, relate
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


def _described(body: str, published: str | None, anchor: str) -> Features:
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


_FIRE_FIRST = (
    "Fire guts Saint Aldric chapel in Tolven\n"
    "Parishioners of the Saint Aldric chapel in Tolven will worship in the village school on Sunday after a fire "
    "gutted the chapel on Friday night, the parish council said.\n"
    "Fire crews from Tolven and Brisham fought the blaze for five hours.\n"
)
_FIRE_SECOND = (
    "Tolven chapel destroyed by fire\n"
    "A fire gutted the Saint Aldric chapel in Tolven on Friday night, the parish council said.\n"
    "Fire crews from Tolven and Brisham fought the blaze for five hours, and the cause is not yet known.\n"
)


def test_what_will_happen_in_another_clause_leaves_the_act_told_as_done() -> None:
    a = _described(_FIRE_FIRST, "2025-06-07", "will worship in the village school")
    b = _described(_FIRE_SECOND, "2025-06-07", "A fire gutted the Saint Aldric chapel")
    found = _same_action_relation(a, b)
    assert found is not None and found.relation == "corroborates"
    # (what will happen in the act's own clause is no report that it happened)
    c = _described(_FIRE_FIRST.replace("after a fire gutted", "as a fire may yet gut"), "2025-06-07", "will worship")
    assert _same_action_relation(c, b) is None


def test_an_age_beside_a_count_is_no_disagreement() -> None:
    a = _described(
        "Gunman kills one at Orlin depot party\n"
        "A sacked driver opened fire at the Orlin depot's Christmas party on Friday, killing one man, police said.\n",
        "2025-12-13",
        "killing one man",
    )
    b = _described(
        "Orlin depot shooting: man charged\n"
        "A 61-year-old former driver was charged with murder over the shooting at the Orlin depot's Christmas party.\n",
        "2025-12-14",
        "61-year-old former driver",
    )
    assert not _figures_disagree(a, b)
    c = _described(
        "Orlin depot shooting: man charged\n"
        "A 58-year-old former driver was charged with murder over the shooting at the Orlin depot's Christmas party.\n",
        "2025-12-14",
        "58-year-old former driver",
    )
    assert _figures_disagree(b, c)  # two ages: two men


_DOCK_FIRST = (
    "Crane topples onto freighter Osterlund at Pellin docks\n"
    "A gantry crane toppled onto the freighter Osterlund at the Pellin docks on Monday, the harbour board said.\n"
    "Two Pellin stevedores were hurt when the crane toppled during a gale.\n"
)
_DOCK_SECOND = (
    "Pellin docks closed after crane falls on Osterlund\n"
    "The Pellin docks stayed closed on Tuesday, a day after a gantry crane toppled onto the freighter Osterlund in a "
    "gale.\n"
    "The harbour board said the Osterlund would stay at the Pellin docks until the crane was cut away.\n"
)


def test_the_act_in_asides_of_both_is_related() -> None:
    first = _DOCK_FIRST + "Insurers met the owners of the Osterlund, which the gantry crane toppled onto at Pellin.\n"
    second = (
        _DOCK_SECOND
        + "The Pellin harbour master, who watched as the gantry crane toppled onto the Osterlund, has resigned.\n"
    )
    a = _described(first, "2025-05-05", "Insurers met")
    b = _described(second, "2025-05-06", "harbour master, who watched")
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "related"


_SHOOTING_FIRST = (
    "Sacked clerk opens fire at accounting firm\n"
    "The former clerk shot and killed a receptionist and wounded two partners at the suburban Harwick accounting "
    "office on Monday, a week after he lost his job there over unpaid overtime, police said.\n"
    "The gunman fled in a grey van and was arrested at a roadblock two hours later.\n"
)
_SHOOTING_SECOND = (
    "Sheriff: Tolland County accounting office shooting kills 1, injures 2\n"
    "A sacked payroll clerk opened fire at an accounting firm on Monday, the Tolland County sheriff said.\n"
    "Deputies arrested the gunman at a roadblock.\n"
)


def test_reports_sharing_a_measure_are_still_matched_by_the_act_they_tell() -> None:
    # Both count casualties, in words too unlike for the figures alone to say they are one report (one names the
    # town, the other the county); the act both tell as done, and the words beyond it, still do.
    a = _described(_SHOOTING_FIRST, None, "shot and killed a receptionist")
    b = _described(_SHOOTING_SECOND, None, "kills 1, injures 2")
    assert a.families & b.families == {"casualties"}
    found = relate(a, b)
    assert found is not None and found.relation == "corroborates"
    assert "same act (shot" in found.reason()
    # (another man named as the one hurt: no longer one report)
    c = _described(_SHOOTING_FIRST.replace("two partners", "partner Alan Brisk"), None, "shot and killed")
    d = _described(_SHOOTING_SECOND.replace("opened fire", "and his brother Ivo Marek opened fire"), None, "kills 1")
    found = relate(c, d)
    assert found is None or found.relation == "related"
