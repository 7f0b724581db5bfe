"""Two sources in one sentence, the second set against the first by ", while" or ", but": the sentence's first clause,
and its figure, are the first source's ("The ministry put the turnout at 1.1 million, while the union said more than
2 million had taken part") (issue 14). Our own sentences."""

from __future__ import annotations

from .conftest import speaker_of


def test_the_first_clause_source_leads_before_while() -> None:
    body = (
        "Headline\nThe transport ministry put the number of cancelled trains at 420, while the rail union said more "
        "than 900 had been cancelled.\n"
    )
    assert speaker_of(body, "The transport ministry put") == "transport ministry"


def test_a_verb_of_saying_in_the_first_clause_still_leads() -> None:
    body = "Headline\nThe mayor said the bridge was safe, but engineers argued it needed repairs.\n"
    assert speaker_of(body, "The mayor said") == "mayor"


def test_a_source_closing_a_sentence_without_contrast_still_leads() -> None:
    body = "Headline\nThe ministry put the number of cancelled trains at 420, the rail union said.\n"
    assert speaker_of(body, "The ministry put") == "rail union"
