"""A quoted question or exclamation goes on to its speaker ('“What now?” Mr. Lee asked.'); title abbreviations
before a name ('state Del. Ana Ruiz') end no sentence; 'made the following comment:' introduces the next paragraph.
Sentences of the test's own."""

from __future__ import annotations

import pytest

from corpus.extract.sentences import split_sentences


def _split(text: str) -> list[str]:
    return [text[a:b] for a, b in split_sentences(text)]


@pytest.mark.parametrize(
    "text, sentences",
    [
        ("“What does that mean?” Mr. Okafor asked. He left.", ["“What does that mean?” Mr. Okafor asked.", "He left."]),
        ("''Who pays for it?'' Ms. Lind asked.", ["''Who pays for it?'' Ms. Lind asked."]),
        ("“Enough!” Tomas Berg shouted at the crowd.", ["“Enough!” Tomas Berg shouted at the crowd."]),
        ("“Why?” Lee asked. “Why now?”", ["“Why?” Lee asked.", "“Why now?”"]),
        ("He thanked state Del. Ana Ruiz for her support.", ["He thanked state Del. Ana Ruiz for her support."]),
        ("The team flew to Ft. Collins on Monday.", ["The team flew to Ft. Collins on Monday."]),
    ],
)
def test_a_quoted_question_goes_on_to_its_speaker(text: str, sentences: list[str]) -> None:
    assert _split(text) == sentences


@pytest.mark.parametrize(
    "text, sentences",
    [
        # guards: a new sentence after the question whose verb is no saying, and a question with no quotation
        ("“Is it over?” Nobody knew.", ["“Is it over?”", "Nobody knew."]),
        ("Who won? Lee said it was close.", ["Who won?", "Lee said it was close."]),
    ],
)
def test_a_new_sentence_after_a_question_still_starts(text: str, sentences: list[str]) -> None:
    assert _split(text) == sentences


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "On May 3, Ana Ruiz made the following comment:\n\n“Youth unemployment in the town is 30 percent.”",
            "Ana Ruiz",
        ),
        ("The mayor made the following remarks at the opening:\n\n“The bridge will carry 40,000 cars a day.”", "mayor"),
        (
            "The ministry issued the following statement:\n\n“The plant will reopen on Monday with 300 staff.”",
            "ministry",
        ),
    ],
)
def test_the_following_comment_introduces_the_next_paragraph(body: str, speaker: str) -> None:
    from corpus.extract.article import extract_article

    from .conftest import make_article

    claims, _ = extract_article(make_article(body))
    assert [c.speaker for c in claims] == [speaker, speaker]


def test_a_plural_title_is_no_part_of_the_names_nor_a_party_of_its_own() -> None:
    # guard: "Sens." no longer ends a sentence, and the title must not become a name or the party "they" is
    from corpus.extract.article import extract_article

    from .conftest import make_article

    body = (
        "Republican Sens. Ann Harlow and Joe Brandt endorsed the nominee on Monday. "
        "Last week, they praised his record on 40 cases."
    )
    claims, _ = extract_article(make_article(body))
    assert [c.speaker for c in claims][-1] == "Ann Harlow and Joe Brandt"
