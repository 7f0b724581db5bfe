"""Precision rules for claims and speakers, each on sentences of our own: what a rule must leave alone
beside what it corrects."""

from __future__ import annotations

import pytest

from corpus.extract.claims import certainty_of

from .conftest import claims_in


@pytest.mark.parametrize(
    "sentence",
    [
        "The council approved the budget in May after a long debate.",
        "May 5 was the day the harbour board voted to close the quay.",
        "Since May, the ferry has carried 12,000 passengers.",
    ],
)
def test_the_month_of_may_hedges_nothing(sentence: str) -> None:
    assert certainty_of(sentence) == "asserted"


@pytest.mark.parametrize(
    "sentence",
    [
        "The council may approve the budget next week.",
        "May the talks succeed where the last ones failed.",
        "Reportedly, the mill will close in May.",
    ],
)
def test_the_modal_may_and_other_hedges_still_hedge(sentence: str) -> None:
    assert certainty_of(sentence) == "hedged"


@pytest.mark.parametrize(
    "sentence",
    [
        "The port has agreed to reopen its north quay, two officials said, in a deal that could end the strike.",
        "The board fired its chief executive on Friday, a move which may delay the merger.",
        "The mill closed on Monday, which could cost 300 jobs.",
    ],
)
def test_a_modal_in_a_clause_describing_a_noun_after_the_report_hedges_nothing(sentence: str) -> None:
    assert certainty_of(sentence) == "asserted"
    # the same modal in what is reported still hedges it
    assert certainty_of("Officials said the port could reopen its north quay.") == "hedged"


def test_a_quoted_exclamation_and_its_attribution_are_one_claim_with_its_speaker() -> None:
    body = "“We will win this fight!” Ann Lee said at the rally in Velmar. The rally ended at noon."
    first = claims_in(body)[0]
    assert first.text == "“We will win this fight!” Ann Lee said at the rally in Velmar."
    assert first.speaker == "Ann Lee"


def test_a_quoted_exclamation_with_an_appositive_before_the_cue_stays_whole() -> None:
    body = "“This ferry will run again!” Ann Lee, the mayor of Velmar, said on Monday."
    (claim,) = claims_in(body)
    assert claim.text == body
    assert claim.speaker == "Ann Lee"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee condemned the warehouse on Monday.",
        "The city condemned three derelict homes near the river in Velmar.",
        "A court in Velmar condemned Tom Marsh to death in 2019.",
    ],
)
def test_condemning_a_building_or_sentencing_someone_is_an_act_not_a_statement(sentence: str) -> None:
    assert all(c.speaker is None for c in claims_in(sentence))


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Ann Lee condemned the attack on the school in Velmar.", "Ann Lee"),
        ("Ann Lee condemned the violence in Velmar.", "Ann Lee"),
    ],
)
def test_condemning_an_act_is_still_a_statement(sentence: str, speaker: str) -> None:
    assert [c.speaker for c in claims_in(sentence)] == [speaker]


@pytest.mark.parametrize(
    "body",
    [
        "BOOM: Ann Lee wins the race in Velmar by 300 votes",
        "Wow: the quay in Velmar reopens after 12 years",
    ],
)
def test_an_interjection_opening_a_kicker_is_no_speaker(body: str) -> None:
    assert [c.speaker for c in claims_in(body)] == [None]


def test_a_transcript_label_still_names_its_speaker() -> None:
    body = "SMITH: Well, look, we built 300 homes in Velmar last year."
    assert [c.speaker for c in claims_in(body)] == ["Smith"]


@pytest.mark.parametrize(
    "sentence",
    [
        "The rebels fought government troops near Velmar for three days.",
        "Rebels overthrew the governor of Velmar province last spring.",
    ],
)
def test_an_irregular_past_tells_of_an_event(sentence: str) -> None:
    claims = claims_in(sentence)
    assert [c.kind != "background" for c in claims] == [True]


def test_a_cue_that_is_an_act_decides_even_when_a_relaying_cue_comes_first() -> None:
    body = "Ann Lee said the plan was a disgrace, and Tom Marsh urged calm."
    (claim,) = claims_in(body)
    assert claim.kind != "background"
    assert [a.cue_kind for a in claim.attributions] == ["said", "urged"]


def test_a_view_relayed_by_two_cues_of_saying_stays_background() -> None:
    body = "“It is a disgrace,” Ann Lee said, and she added that she loved the town."
    assert [c.kind for c in claims_in(body)] == ["background"]


@pytest.mark.parametrize(
    "body",
    [
        "“We are pleased with the council's well-reasoned decision,” Ann Lee said.",
        "“Mostly he is a far-fetched and old-fashioned choice,” Tom Marsh said.",
    ],
)
def test_an_adjective_in_ed_is_no_act_in_a_quoted_view(body: str) -> None:
    assert [c.kind for c in claims_in(body)] == ["background"]


def test_a_past_act_in_a_quotation_is_still_checkable() -> None:
    body = "“The council approved the well-funded plan on Monday,” Ann Lee said."
    assert [c.kind for c in claims_in(body)] != ["background"]


@pytest.mark.parametrize(
    "body",
    [
        # (a date of its own: "since March" opens a period, no date of the sentence's, which is then dropped whole)
        "The harbour board's silence in March was a puzzle.",
        "Most voters in Velmar are already set in their choice for Nov. 8.",
    ],
)
def test_a_description_with_a_date_is_background(body: str) -> None:
    assert [c.kind for c in claims_in(body)] == ["background"]


@pytest.mark.parametrize(
    "body",
    [
        "The new harbour master is to take over on Jan. 1.",
        "Ann Lee came out against the ferry levy in September.",
        "The council approved the levy on Monday.",
    ],
)
def test_a_dated_event_or_schedule_is_still_a_claim(body: str) -> None:
    assert [c.kind != "background" for c in claims_in(body)] == [True]


@pytest.mark.parametrize(
    "sentence",
    [
        "An earlier report that three people had died was wrong, police said.",
        "Reports that the mayor had resigned were incorrect, his office said.",
        "The ministry said the figures were inaccurate.",
        "The minister called the allegations unfounded.",
    ],
)
def test_a_report_said_to_be_wrong_is_a_denial(sentence: str) -> None:
    [claim] = claims_in(sentence)
    assert claim.kind == "denial"


@pytest.mark.parametrize(
    "sentence",
    ["Something went wrong with the pumps, engineers said.", "Critics said the decision was wrong."],
)
def test_wrong_in_other_senses_denies_nothing(sentence: str) -> None:
    assert all(c.kind != "denial" for c in claims_in(sentence))


@pytest.mark.parametrize(
    "sentence, kind",
    [
        ("There are now 212 confirmed cases in the district.", "quantity"),
        ("Of those, 212 had been confirmed by laboratory tests.", "quantity"),
        ("There were 40 lab-confirmed infections last week.", "quantity"),
        ("The ministry confirmed that two people had died.", "confirmation"),
    ],
)
def test_a_confirmed_count_is_a_count_not_a_confirmation(sentence: str, kind: str) -> None:
    (claim,) = claims_in(sentence)
    assert claim.kind == kind


@pytest.mark.parametrize(
    "sentence",
    [
        "Ostra has lost around 40,000 troops, the official said, a figure its army has not confirmed.",
        "The army said 12 soldiers died, a claim the rebels have denied.",
        "The army says it has killed about 1,200 fighters, a figure that cannot be independently verified.",
    ],
)
def test_a_note_on_the_figure_after_a_comma_makes_the_claim_no_denial_nor_confirmation(sentence: str) -> None:
    (claim,) = claims_in(sentence)
    assert claim.kind == "quantity"


def test_not_yet_confirmed_is_no_confirmation() -> None:
    assert all(
        c.kind != "confirmation" for c in claims_in("Investigators have not yet confirmed the cause of the fire.")
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The council has yet to confirm when the bridge will reopen.",
        "Two hikers died, the police said, though the cause of death had yet to be confirmed.",
        "The names of the dead are still to be disclosed.",
    ],
)
def test_what_is_yet_to_be_confirmed_is_no_confirmation(sentence: str) -> None:
    assert all(c.kind != "confirmation" for c in claims_in(sentence))


def test_a_toll_of_those_confirmed_dead_is_a_count_not_a_confirmation() -> None:
    (claim,) = claims_in("The number of people confirmed dead after the flood has risen to 18, police said on Monday.")
    assert claim.kind == "quantity"
