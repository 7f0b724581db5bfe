"""Session 44 (issue 14): wrong speakers a user saw. A statement told only in a clause of time or cause after the main
clause, a participle of saying whose subject is the main clause's, "found" of a thing come upon, and a body named by a
possessive."""

from __future__ import annotations

import pytest

from .test_attribution_cues import _said


def _speaker(sentence: str) -> str | None:
    claims = _said(sentence)
    return claims[0][0] if claims else None


@pytest.mark.parametrize(
    "sentence",
    [
        "Shares of Dunlow Finance slumped 52% on Wednesday after the bank said it would need new capital.",
        "About 5,000 nurses went on strike on Monday after 88% of members rejected a pay offer.",
        "The pound slid 2 percent against the euro as traders worried that the election would be close.",
        "Shares in Corby Steel fell 9 percent as investors feared that orders would dry up.",
        "The county closed the Old Mill footbridge on Friday because inspectors said its timbers had rotted.",
        "The festival was cancelled after the organisers announced that ticket sales had collapsed.",
        # what is said inside the subordinate clause's own report is that clause's too
        "Farmers blocked the road into Kelso on Monday after the minister said she believes the quota is fair.",
    ],
)
def test_a_statement_in_a_clause_of_time_or_cause_is_not_the_main_clauses_speaker(sentence: str) -> None:
    assert _speaker(sentence) is None


def test_the_subordinate_statement_keeps_its_spans() -> None:
    claims = _said("Shares of Dunlow Finance slumped 52% on Wednesday after the bank said it would need new capital.")
    assert claims[0][0] is None
    assert ("the bank", "said", "it would need new capital") in claims[0][1]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        # the saying is the main clause; the figure is in the subordinate one
        ("The airline said on Monday it would close two bases after bookings fell 20 percent.", "airline"),
        # "as" commenting on the main clause: the main clause is what was said
        ("Inflation rose to 4 percent in May, as the central bank had predicted.", "central bank"),
        ("Exports fell for a third month, and as the ministry noted, imports rose.", "ministry"),
        # the main clause's own subject, speaking in the subordinate clause
        ("Ann Varley made the remark on Monday as she opened the new ward.", "Ann Varley"),
        # a source closing the sentence after the subordinate clause speaks for all of it
        ("Shares fell 5 percent after the bank said it would sell stock, analysts said on Monday.", "analysts"),
        # a subordinate clause's statement no longer wins over the main clause's own cue
        ("The mayor called on councillors to resign after the auditor claimed that money had gone missing.", "mayor"),
    ],
)
def test_the_main_clause_still_speaks(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_the_speaker_of_a_subordinate_clause_is_a_referent_for_the_next_pronoun() -> None:
    claims = _said(
        "The row began at the hustings, when Mara Quist called the plan reckless. She also said the costs were hidden."
    )
    assert claims[0][0] is None
    assert claims[1][0] == "Mara Quist"


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        (
            "State officials lowered the toll to 12, saying tests had shown that two people were counted twice.",
            "State officials",
        ),
        (
            "The health ministry raised the toll to 40, saying hospital records had shown more deaths.",
            "health ministry",
        ),
        (
            "The coastguard revised the number of missing to six, saying records had shown that two passengers never "
            "boarded.",
            "coastguard",
        ),
        ("Bus drivers walked out on Monday, saying they had not been paid for overtime.", "Bus drivers"),
        # a thing that happens is no party saying anything
        ("The quarrel erupted a week after the candidate entered the race, calling rivals cowards.", None),
    ],
)
def test_a_participle_of_saying_belongs_to_the_main_clauses_subject(sentence: str, speaker: str | None) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Rescue teams found the body of a fisherman on Sunday, raising the toll from the storm to 9.", None),
        ("Volunteers find body of missing swimmer, toll now 4", None),
        ("Customs officers found 30 kilograms of cocaine hidden in a shipment of bananas.", None),
        ("Police found a stolen car burnt out on the moor on Tuesday, 3 miles from the town.", None),
        # a finding told stays a cue
        ("Inspectors found that the school had failed to carry out fire drills.", "Inspectors"),
        ("An audit of the trust found serious failings in its accounts.", "audit"),
    ],
)
def test_found_of_a_thing_come_upon_is_no_cue(sentence: str, speaker: str | None) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Hartley's Analytics estimated the cost of the floods at $3 billion.", "Hartley's Analytics"),
        ("St Bride's Hospice said it would close six beds.", "St Bride's Hospice"),
        # a person after a body's or a place's possessive is the person
        ("Velmar's Anna Hollis said the vote was close.", "Anna Hollis"),
    ],
)
def test_a_body_named_by_a_possessive_keeps_its_whole_name(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("And even Ortiz tried to calm the room, noting that the vote could wait.", "Ortiz"),
        (
            "A spokesman for the Lower Tyne Estuary Pilots Association emailed members on Monday, arguing that the new "
            "fees were too low.",
            "spokesman for the Lower Tyne Estuary Pilots Association",
        ),
        # a pronoun subject before an object naming someone else ("he defended Lee's plan, saying")
        (
            "Tomas Ekberg chairs the harbour board. In a radio interview on Sunday, he defended Mr. Lee's views on "
            "Velmar, saying that as mayor, Mr. Lee would be firm with Velmar.",
            "Tomas Ekberg",
        ),
    ],
)
def test_the_main_clauses_subject_speaks_through_its_participle(sentence: str, speaker: str) -> None:
    assert _said(sentence)[-1][0] == speaker


@pytest.mark.parametrize(
    "text, speaker",
    [
        (
            "The post showed a man in a wig outside a changing room. It says: \u201cLet him in or you are a bigot.\u201d",
            "post",
        ),
        (
            "The leaflet was pushed through doors in Marsh Lane on Sunday. It says the council plans to sell the green.",
            "leaflet",
        ),
        # a body acting stays the one "it" is
        ("The ministry published a notice on its website. It says the road will reopen in March.", "ministry"),
    ],
)
def test_it_after_a_text_as_the_subject_is_that_text(text: str, speaker: str) -> None:
    assert _said(text)[-1][0] == speaker
