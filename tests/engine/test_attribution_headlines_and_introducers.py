"""Headlines in title case whose subject speaks, and lines that introduce who speaks next."""

from __future__ import annotations

import pytest

from corpus.extract.attribution import find_attributions, headline_as_sentence

from .conftest import claims_in


def _claim(body: str, start: str):
    return next(c for c in claims_in(body) if c.text.startswith(start))


@pytest.mark.parametrize(
    "headline, speaker",
    [
        ("Ann Lee Calls Council Vote ‘A Disgrace’ Over Harbour Budget.", "Ann Lee"),
        ("Mayor Ortiz Just Announced His Endorsement Of A Rival Candidate.", "Mayor Ortiz"),
        ("Velmar Senator Calls On Council To Resign Over Budget.", "Velmar Senator"),
        ("New Survey Shows Wide Lead For Ortiz In Harbour District.", "New Survey"),
    ],
)
def test_a_title_case_headline_is_read_with_its_verb_as_a_sentence_writes_it(headline: str, speaker: str) -> None:
    found = find_attributions(headline)
    assert found and found[0].phrase == speaker


@pytest.mark.parametrize(
    "headline",
    [
        "Calls Grow For Ann Lee To Resign Over Harbour Budget.",  # no subject before the verb
        "Billionaire Investor Ann Lee Reveals Her Pick For Mayor.",  # a description runs into the name
        "Ann Lee's Final Column Explains Why She Backs Ortiz.",  # the column's, a name further in
    ],
)
def test_a_headline_names_no_speaker_where_its_subject_cannot_be_told(headline: str) -> None:
    assert find_attributions(headline) == []


def test_a_sentence_is_no_headline() -> None:
    assert headline_as_sentence("Ann Lee calls the vote a disgrace, and Ortiz Agrees With Her.") is None


def test_a_title_case_headline_keeps_its_speaker_but_is_no_claim_to_check() -> None:
    body = (
        "The council met on Monday to vote on the harbour budget.\n\n"
        "Ann Lee Calls Council Vote ‘A Disgrace’ Over Harbour Budget.\n\n"
        "The council met again on Tuesday."
    )
    headline = _claim(body, "Ann Lee Calls")
    assert headline.speaker == "Ann Lee"
    assert headline.kind == "background"


@pytest.mark.parametrize("line", ["The mayor added:", "Lee wrote:", "She continued:"])
def test_a_line_introducing_who_speaks_next_keeps_its_speaker_as_background(line: str) -> None:
    body = f"Ann Lee, the mayor, spoke to reporters on Monday about the harbour.\n\n{line}\n\nThe bridge will reopen in May."
    introducer = _claim(body, line)
    assert introducer.speaker in ("Ann Lee", "mayor")
    assert introducer.kind == "background"
    assert _claim(body, "The bridge").speaker == introducer.speaker


def test_a_line_introducing_what_follows_with_nobody_speaking_stays_out() -> None:
    body = "The council met on Monday about the harbour.\n\nThe full list is below:\n\nThe bridge will reopen in May."
    assert [c.text for c in claims_in(body) if c.text.endswith(":")] == []
