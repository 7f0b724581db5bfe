"""Session 42 (issue 14): acts that carry a stance or a message, by a named source, are its attributions — a vote
cast for or against, a letter sent urging, words offered, a case filed — and the acts that carry none stay nobody's;
a judgement said ("called the fees short-sighted", "defended the new quotas") is the judge's."""

from __future__ import annotations

import pytest

from .test_attribution_cues import _said


def _speaker(sentence: str) -> str | None:
    claims = _said(sentence)
    return claims[0][0] if claims else None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The parish council voted 7-2 against the quarry extension on Tuesday.", "parish council"),
        ("Senator Ines Gallo voted for the water bill in 2021.", "Ines Gallo"),
        ("Dock workers at Portmell have voted to strike for a week in June.", "Dock workers at Portmell"),
        ("The board voted unanimously in favour of the takeover.", "board"),
    ],
)
def test_a_vote_for_or_against_is_the_voters_stance(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "More than 30,000 people voted in the by-election.",  # no side taken
        "More farmers voted for the levy than against it.",  # a tally compared
        "The two counties last voted for a Liberal candidate in 1979.",  # a voting record
        "The ballot ended with 61 percent voting against the merger.",  # a share of a count
    ],
)
def test_a_vote_with_no_voter_taking_a_side_is_nobodys(sentence: str) -> None:
    assert _speaker(sentence) is None


def test_a_vote_told_inside_a_quotation_stays_the_quoted_speakers() -> None:
    body = (
        "Ruth Amadi said on Friday that the mayor had let the village down. "
        "''On the other hand, the mayor voted for that road. Her judgment was wrong.''"
    )
    sources = [source for _, spans in _said(body)[1:] for source, _, _ in spans]
    assert sources and "the mayor" not in sources


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Eleven GPs in the district have sent a letter to the health board urging it to keep the clinic.", "GPs"),
        ("The two councillors signed an open letter on Monday calling for a public inquiry.", "councillors"),
    ],
)
def test_a_letter_sent_with_what_it_urges_is_the_senders(sentence: str, speaker: str) -> None:
    assert speaker in (_speaker(sentence) or "")


def test_a_letter_sent_and_no_more_is_an_act() -> None:
    assert _speaker("The school sent a letter to parents on Friday.") is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The chief constable offered few details about the raid.", "chief constable"),
        ("Mayor Odile Brun offered a cautious response to the report.", "Odile Brun"),
        ("The coach offered his congratulations to the winning side.", "coach"),
    ],
)
def test_words_offered_are_the_offerers(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The bank offered 2 million euros for the building.",
        "The new exhibition offers a preview of the museum's plans.",
    ],
)
def test_things_offered_are_no_ones_words(sentence: str) -> None:
    assert _speaker(sentence) is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The harbour master, Odd Nygaard, has called the new berthing fees short-sighted.", "Odd Nygaard"),
        ("Senator Lise Moen called the talks fruitless.", "Lise Moen"),
        ("The teachers' union called the reforms misguided and rushed.", "teachers' union"),
    ],
)
def test_a_thing_called_by_a_fault_is_a_judgement_said(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_thing_named_with_called_is_no_judgement() -> None:
    assert _speaker("Skaters tried a trick called the boneless on the lower ramp.") is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The fisheries minister, Hedda Lunde, defended the new quotas on Tuesday.", "Hedda Lunde"),
        ("Parents criticised the cuts to the village school bus.", "Parents"),
        ("The mayor praised the settlement reached with the bus drivers.", "mayor"),
    ],
)
def test_a_measure_judged_is_the_judges_stance(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_title_defended_is_no_stance() -> None:
    assert _speaker("Castlerock defended their title in June.") is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Residents of Calder Street have filed a lawsuit against the waste company.", "Residents of Calder Street"),
        ("The driver's family filed a wrongful-death suit against the city.", "driver's family"),
    ],
)
def test_a_case_filed_is_the_claimants(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_a_report_filed_is_no_claim_of_the_filers() -> None:
    assert _speaker("The police filed a report on the crash.") is None
