"""A saying its subject declined to make ("would not say"), and a view held, which is no claim to check."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.attribution import find_attributions
from corpus.extract.claims import deciding_cue

from .conftest import make_article


def _claim(body: str, start: str):
    claims, _ = extract_article(make_article(body))
    return next(c for c in claims if c.text.startswith(start))


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Lee would not say whether she would run for a second term.", "Ann Lee"),
        ("The harbour board has not commented on the reason for the delay.", "harbour board"),
        ("Ortiz didn't say how many people were hurt in the fire.", "Tom Ortiz"),
        ("Ortiz isn't saying who will run the harbour next year.", "Tom Ortiz"),
    ],
)
def test_a_saying_denied_by_its_subject_names_who_declined_and_is_no_claim(sentence: str, speaker: str) -> None:
    body = f"Ann Lee and Tom Ortiz spoke in Velmar on Monday. {sentence}"
    claim = _claim(body, sentence[:12])
    assert claim.speaker == speaker
    assert claim.kind == "background"
    assert [a.cue_kind for a in claim.attributions] == ["declined"]


def test_a_denied_saying_names_its_subject_but_not_a_clause_about_people_in_general() -> None:
    assert [a.phrase for a in find_attributions("The board has not commented on the delay.")] == ["The board"]
    general = "Tax rules are a complex issue, because companies generally do not disclose their tax bills."
    assert find_attributions(general) == []


def test_another_cue_decides_over_a_denied_saying() -> None:
    assert deciding_cue(["did not mention", "warned"]) == "warned"
    assert deciding_cue(["did not mention"]) == "did not mention"


def test_a_view_held_is_no_claim_unless_it_tells_a_deed_or_a_saying() -> None:
    def kind(sentence: str) -> str:
        claim = _claim(f"Ann Lee bought the Velmar mine on Monday. {sentence}", sentence[:12])
        assert claim.speaker is not None
        return claim.kind

    # a mind: kept for its speaker, nothing to check
    assert (
        kind("Environmentalists worry that the new owner is breathing life into a polluting industry.") == "background"
    )
    assert kind("Ann Lee hopes to offset all of the emissions from the plant with credits.") == "background"
    # a view of a deed done, or a saying told beside the view: checkable
    assert kind("Investigators believe the fire was started by a delivery van.") != "background"
    assert kind("Residents said they feared further unrest over the weekend.") != "background"
