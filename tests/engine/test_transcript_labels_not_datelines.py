"""A transcript's speaker label ("PENCE: Well, look.") is never a dateline, and the sentences of the labelled answer
are kept, short ones too, as the labelled speaker's. Sentences written for these tests."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.datelines import dateline_at
from corpus.model import Article


def _claims(body: str):
    claims, _ = extract_article(Article("tl", "Interview", None, [], "2026-03-08", False, "tl.txt", body))
    return [(c.text, c.speaker) for c in claims]


@pytest.mark.parametrize(
    "text",
    [
        "OKONJO: Well, look. The port is busy.",
        "HALVORSEN: Yes. We shipped 40,000 tonnes.",
        "BRANDT: I think the talks will fail.",
        "DUVAL: Thank you for having me.",
        "MERCER: Senator, you voted against it twice.",
    ],
)
def test_a_label_before_spoken_words_is_no_dateline(text: str) -> None:
    assert dateline_at(text) is None


@pytest.mark.parametrize(
    "text, place",
    [
        ("NAIROBI: The central bank held its key rate at 9.75% on Tuesday.", "Nairobi"),
        ("CARACAS, May 3 (Reuters) - Officials said the blackout ended.", "Caracas"),
        ("LAGOS — Fuel queues returned on Monday.", "Lagos"),
    ],
)
def test_datelines_stay_datelines(text: str, place: str) -> None:
    found = dateline_at(text)
    assert found is not None and found.place == place


def test_a_labelled_answer_keeps_its_short_sentences() -> None:
    body = (
        "Transcript of the interview\n\n"
        "HOLLIS: Minister, the strike is in its third week.\n\n"
        "OKONJO: Well, look. It's hard. We offered the dockers a 6% raise.\n\n"
        "HOLLIS: And they said no.\n\n"
        "OKONJO: They did. Talks resume on Monday.\n"
    )
    claims = _claims(body)
    assert ("OKONJO: Well, look.", "Okonjo") in claims
    assert ("It's hard.", "Okonjo") in claims
    assert ("We offered the dockers a 6% raise.", "Okonjo") in claims
    assert ("OKONJO: They did.", "Okonjo") in claims


def test_in_a_transcript_a_label_before_a_plain_fragment_is_no_dateline_either() -> None:
    body = (
        "KEMAL: The reservoir, then.\n\n"
        "TRUSSELL: Thirty-one percent full.\n\n"
        "KEMAL: And the rain?\n\n"
        "TRUSSELL: None until March.\n"
    )
    claims = _claims(body)
    assert ("KEMAL: The reservoir, then.", "Kemal") in claims
    assert ("TRUSSELL: Thirty-one percent full.", "Trussell") in claims


def test_a_place_in_capitals_before_a_colon_and_the_writers_words_is_a_dateline_no_speaker() -> None:
    claims = _claims(
        "NAIROBI: The central bank held its key rate at 9.75% on Tuesday, officials said.\n\n"
        "The decision had been widely expected.\n"
    )
    assert claims[0] == ("The central bank held its key rate at 9.75% on Tuesday, officials said.", "officials")
    claims = _claims("KAMPALA: Police arrested 14 people after the march on Monday.\n")
    assert claims == [("Police arrested 14 people after the march on Monday.", None)]


def test_a_label_whose_paragraph_speaks_in_the_first_person_stays_a_label() -> None:
    claims = _claims("HALLORAN: The pumps failed at dawn. We lost power to 3,000 homes.\n")
    assert ("HALLORAN: The pumps failed at dawn.", "Halloran") in claims
    assert ("We lost power to 3,000 homes.", "Halloran") in claims
