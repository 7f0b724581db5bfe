"""Session 39: a few cues of saying, judging and finding that were not read ("opined", "lauded", "discovered that",
"voiced concerns", "spoke out against"), each only where what it says is given. Every sentence is the test's own."""

from __future__ import annotations

from .conftest import claims_in, speaker_of


def test_what_investigators_discovered_is_their_finding() -> None:
    body = "Federal auditors have also discovered that the grant money was paid out twice."
    claims = claims_in(body)
    assert [c.speaker for c in claims] == ["Federal auditors"]
    assert claims[0].attributions[0].cue_kind == "found"


def test_discovering_a_thing_is_an_act() -> None:
    body = "Farmers in Ashby discovered a new market for their wool in 2019."
    assert speaker_of(body, "Farmers", claim_needed=False) is None


def test_a_governor_who_lauded_a_man_said_so() -> None:
    body = "Governor Ann Tolleson lauded Tom Clarke in her annual address to the state assembly."
    assert speaker_of(body, "Governor") == "Ann Tolleson"


def test_a_paper_that_opined_is_the_source() -> None:
    body = "The Kelby Herald opined that the new harbour tax would drive away the fishing fleet."
    assert speaker_of(body, "The Kelby Herald") == "Kelby Herald"


def test_members_who_voiced_concerns_are_the_source() -> None:
    body = "Union members voiced concerns about the pension deal at the meeting in Tarn."
    assert speaker_of(body, "Union members") == "Union members"


def test_one_who_spoke_out_against_a_plan_is_its_source() -> None:
    body = "Councillor Ruth Anselm spoke out against the new quarry at Tuesday's meeting."
    assert speaker_of(body, "Councillor") == "Ruth Anselm"
