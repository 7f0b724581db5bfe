"""'As X put it', an appeal going on ('is calling on'), and 'said X and others': who speaks, on our own sentences."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _said(body: str) -> list[tuple[str | None, str | None, str | None]]:
    """(speaker, source as written, cue as written) of each claim's first attribution (or of none)."""
    claims, _ = extract_article(make_article(body))
    out = []
    for claim in claims:
        first = claim.attributions[0] if claim.attributions else None
        source = body[first.source_start : first.source_end] if first and first.source_start is not None else None
        cue = body[first.cue_start : first.cue_end] if first and first.cue_start is not None else None
        out.append((claim.speaker, source, cue))
    return out


@pytest.mark.parametrize(
    "sentence, speaker, source",
    [
        (
            "As the harbour master put it, the quay cannot take another winter of storms.",
            "harbour master",
            "the harbour master",
        ),
        (
            "As one grain trader put it in a note to clients, the rally has run out of road.",
            "grain trader",
            "one grain trader",
        ),
        (
            "The quay cannot take another winter of storms, as the harbour master put it on Monday.",
            "harbour master",
            "the harbour master",
        ),
        (
            "As Councillor Ruth Okoye put it: “The bus station is a disgrace to the town.”",
            "Ruth Okoye",
            "Councillor Ruth Okoye",
        ),
    ],
)
def test_as_someone_put_it_names_who_said_it(sentence, speaker, source) -> None:
    ((got, written, cue),) = _said(sentence)
    assert (got, written, cue) == (speaker, source, "put it")


def test_as_someone_put_it_is_said_not_estimated() -> None:
    claims, _ = extract_article(
        make_article("As the harbour master put it, the quay cannot take another winter of storms.")
    )
    assert claims[0].attributions[0].cue_kind == "said"


@pytest.mark.parametrize(
    "sentence",
    [
        "He put it on the table and walked out of the meeting.",
        "The council put it to a vote in the spring.",
        "As the flood put it, nothing in the lower town was left standing.",
        # an aside inside a clause qualifies a phrase, not the sentence's claim
        "Marsh, who owed his seat to, as one aide put it, a lucky draw, left the party in 2019.",
    ],
)
def test_put_it_names_no_speaker_for_a_thing_an_object_or_an_aside(sentence) -> None:
    assert all(speaker is None for speaker, _, _ in _said(sentence))


@pytest.mark.parametrize(
    "sentence, speaker, cue",
    [
        ("The nurses' union is calling on the health board to reopen the ward.", "nurses' union", "calling on"),
        (
            "Opposition leaders were calling for a public inquiry into the contract.",
            "Opposition leaders",
            "calling for",
        ),
    ],
)
def test_an_appeal_going_on_names_its_subject(sentence, speaker, cue) -> None:
    ((got, _, got_cue),) = _said(sentence)
    assert (got, got_cue) == (speaker, cue)


def test_said_someone_and_others_names_them_after_a_quotation() -> None:
    ((speaker, source, cue),) = _said("“We were never asked,” said Maren Holt and others who live beside the quarry.")
    assert (speaker, source, cue) == ("Maren Holt and others", "Maren Holt and others", "said")
