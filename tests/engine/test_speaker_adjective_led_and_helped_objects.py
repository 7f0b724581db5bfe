"""Session 38: a name led by "a" and how the person looked ("A visibly tired Ortega arrived") is the sentence's
subject, a later "he" or "she"; the people a modal sentence's verb helps or lets do something ("The maps may help
planners decide") say nothing; and what someone was called may be a judgement in "-ing" ("called the decision
heartbreaking"). Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in


def _speaker_of(body: str, opening: str) -> str | None:
    return next((c.speaker for c in claims_in(body) if c.text.startswith(opening)), None)


def test_an_adjective_led_name_is_the_subject_a_later_he_refers_to() -> None:
    body = (
        "A visibly weary Castellano arrived at the talks after a night flight. "
        "He said his country would not accept lower catch limits."
    )
    assert _speaker_of(body, "He said") == "Castellano"


def test_a_name_after_a_body_noun_led_by_a_is_no_subject_for_he() -> None:
    body = "A senior Treasury official arrived in Brussels on Monday. He said the deal was close."
    assert _speaker_of(body, "He said") != "Treasury"


def test_the_people_a_modal_sentence_may_help_are_no_speakers() -> None:
    body = "The new noise maps were released on Friday. The maps could help councils decide where to plant trees."
    assert _speaker_of(body, "The maps could") is None


def test_the_people_a_scheme_has_helped_decide_are_no_speakers() -> None:
    body = "Since 2021 the scheme has helped young growers decide which crops to plant on 3,000 hectares."
    assert [c.speaker for c in claims_in(body)] == [None]


def test_a_tool_that_helps_firms_estimate_is_no_speaker() -> None:
    body = "The calculator helps small traders estimate their tax bill for 2026."
    assert [c.speaker for c in claims_in(body)] == [None]


def test_calling_a_decision_heartbreaking_is_a_judgement_said() -> None:
    body = (
        "Pellow Bakeries will shut its oldest shop in May. Its owner, Agnes Pellow, called the decision heartbreaking."
    )
    assert _speaker_of(body, "Its owner") == "Agnes Pellow"


def test_what_voters_think_the_mayor_said_is_not_said_by_voters_who_think_the_mayor() -> None:
    body = "Tenants who think the landlord said the rent would rise by 5% are moving out."
    assert [c.speaker for c in claims_in(body)] == [None]


def test_voters_who_think_a_whole_clause_still_say_what_follows() -> None:
    body = "Drivers who think the toll is unfair say it should be scrapped by 2027."
    assert _speaker_of(body, "Drivers") == "Drivers who think the toll is unfair"


def test_current_and_former_staff_who_spoke_with_a_paper_are_the_speakers_not_the_paper() -> None:
    body = "Current and former nurses who spoke with The Valley Herald said the ward ran out of masks in March."
    speaker = _speaker_of(body, "Current and former")
    assert speaker is not None and speaker.startswith("Current and former nurses")
