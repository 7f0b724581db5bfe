"""Statement matching across two articles about one event: the same act told in any clause (issue 12). Our own
sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.features import Features, features
from corpus.xref.relations import _same_act_relation
from corpus.xref.statements import action_words, event_overlap

from .conftest import make_article

_FIRST = (
    "Harbour crane collapses onto cargo ship in Velmouth\n"
    "A container crane collapsed onto the cargo ship Maren Albris at the Velmouth docks on Tuesday, "
    "the port authority said.\n"
    "The Velmouth crane toppled during a storm while unloading the Maren Albris, injuring two dock workers.\n"
    "Dock workers at Velmouth had warned about rust on the crane's legs for months.\n"
)
_SECOND = (
    "Velmouth port shut after crane falls on Maren Albris\n"
    "Velmouth port was shut on Wednesday, a day after a container crane toppled onto the Maren Albris "
    "in a storm.\n"
    "The Velmouth crane collapsed onto the ship's deck after its brakes failed, the harbour master said.\n"
    "The port authority said the docks would reopen once the crane was removed from the Maren Albris.\n"
)


def _described(body: str, published: str | None, anchor: str) -> Features:
    article = make_article(body, published)
    (claim,) = [c for c in extract_article(article)[0] if anchor in c.text]
    return features(claim, article)


def test_the_same_act_told_in_two_articles_about_one_event_corroborates_naming_the_act() -> None:
    a = _described(_FIRST, "2025-05-06", "crane collapsed onto the cargo ship")
    b = _described(_SECOND, "2025-05-07", "brakes failed")
    assert event_overlap(a, b) >= 0.3
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "corroborates"
    assert "same act (collapsed" in found.reason()


_ASIDE = (
    "The harbour master blamed worn brakes on the crane, which collapsed onto the ship's deck at the Velmouth docks."
)


def test_the_act_told_in_an_aside_of_one_is_related_naming_the_act() -> None:
    a = _described(_FIRST, "2025-05-06", "crane collapsed onto the cargo ship")
    b = _described(_SECOND.replace(_SECOND.splitlines()[2], _ASIDE), "2025-05-07", "worn brakes")
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "related"
    assert "same act (collapsed" in found.reason()


def test_the_act_alone_shared_is_no_evidence() -> None:
    a = _described(_FIRST, "2025-05-06", "crane collapsed onto the cargo ship")
    b = _described(
        _SECOND.replace(
            _SECOND.splitlines()[2], "Insurers met on Friday after the collapse was filmed by a passing ferry."
        ),
        "2025-05-07",
        "Insurers met",
    )
    assert event_overlap(a, b) >= 0.3
    assert _same_act_relation(a, b) is None


def test_a_guess_at_the_act_is_related_not_corroborated() -> None:
    a = _described(_FIRST, "2025-05-06", "crane collapsed onto the cargo ship")
    b = _described(
        _SECOND.replace("The Velmouth crane collapsed", "The Velmouth crane appears to have collapsed"),
        "2025-05-07",
        "brakes failed",
    )
    found = _same_act_relation(a, b)
    assert found is not None and found.relation == "related"


def test_an_act_done_to_other_things_is_no_match() -> None:
    first = _FIRST + "The port authority dispatched inspectors to the Velmouth docks on Tuesday.\n"
    second = _SECOND + "The owners of the Maren Albris dispatched divers to the Velmouth docks on Tuesday.\n"
    a = _described(first, "2025-05-06", "dispatched inspectors")
    b = _described(second, "2025-05-07", "dispatched divers")
    assert _same_act_relation(a, b) is None
    c = _described(second.replace("dispatched divers", "dispatched inspectors"), "2025-05-07", "dispatched inspectors")
    assert _same_act_relation(a, c) is not None


def test_one_act_in_other_words_is_one_act() -> None:
    assert action_words("Thieves stole watches from a Dorrel store") & action_words("the Dorrel jewellery heist")
    assert action_words("a tremor jolted the island") == action_words("the quake struck the island")
    assert not action_words("the council hired a lawyer") & action_words("the council sacked its lawyer")
    assert "kill" in action_words("a cyclist was fatally injured") & action_words("the cyclist died")


def test_a_word_after_the_act_that_names_no_thing_is_no_other_thing_it_was_done_to() -> None:
    from corpus.xref.statements import patient_of, stem

    collapsed = stem("collapsed")
    assert patient_of("The crane collapsed early on Tuesday", collapsed) is None  # when
    assert patient_of("The crane collapsed suddenly onto the deck", collapsed) is None  # how
    assert patient_of("The crane collapsed towards the quay", collapsed) is None  # where
    dispatched = stem("dispatched")
    assert patient_of("The port dispatched them on Tuesday", dispatched) is None  # someone told of before
    assert patient_of("The port dispatched two after the storm", dispatched) is None  # how many
    assert patient_of("The port dispatched inspectors", dispatched) == stem("inspectors")
    assert patient_of("The blast injured his family", stem("injured")) == stem("family")
    # ("collapsed early" / "collapsed suddenly": one collapse, told with other words after it)
    first = (
        _FIRST + "Dock workers said the Velmouth crane collapsed early on Tuesday while unloading the Maren Albris.\n"
    )
    second = (
        _SECOND + "The Velmouth crane collapsed suddenly while unloading the Maren Albris, the harbour master said.\n"
    )
    a = _described(first, "2025-05-06", "collapsed early")
    b = _described(second, "2025-05-07", "collapsed suddenly")
    assert _same_act_relation(a, b) is not None
