"""Session 42 (issue 14): acts that carry a stance or a message, by a named source, are its attributions — a vote
cast for or against, a letter sent urging, an offer of words, a demand — and the acts that carry none stay nobody's."""

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
        ("The Tannery Workers' Union is demanding a 9% pay rise.", "Tannery Workers' Union"),
        ("The fishermen's association demanded an apology from the minister.", "fishermen's association"),
    ],
)
def test_a_demand_is_the_demanders(sentence: str, speaker: str) -> None:
    assert _speaker(sentence) == speaker


def test_demanding_as_an_adjective_demands_nothing() -> None:
    body = "Nurses on the night ward say they are tired. The work is demanding and badly paid."
    assert _said(body)[1][0] is None
