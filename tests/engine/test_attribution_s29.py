"""Who said it (session 29). Every sentence is the test's own. Each case of the first group of a rule fails on the
code before its change; the guards pass before and after.

- A sentence inside a quotation opened in an earlier sentence is the quotation's words: a "he said" in it ("... and
  Tom Reyes did what he said.") names nobody, and is never carried to the whole quotation.
"""

from __future__ import annotations

import pytest

from .conftest import claims_in


def _speakers(body: str) -> list[tuple[str | None, str]]:
    return [(c.speaker, c.text) for c in claims_in(body)]


def _speaker_of(body: str, opening: str) -> str | None:
    return next(c.speaker for c in claims_in(body) if c.text.startswith(opening))


# A quotation over several sentences, typed with two apostrophes as some wires and archives do (the splitter keeps a
# quotation in “curly” or "straight" marks whole, so its sentences are one claim there).
_RUN = (
    "Tom Reyes and Senator Ann Cole wrote the bill together.\n\n''Given how stubborn he is, it was hard work,'' Ms. "
    "Cole recalled last week. ''But he was an honest man. I have worked with people who tell you one thing and do "
    "another, and Reyes did what he said. And he was very effective.''\n\nThe bill passed in May."
)
_RUN_CLOSED_BY_ITS_CUE = (
    "Mayor Rosa Diaz spoke after her deputy, Mark Wells, resigned.\n\n''Mark was new to the job. The papers wrote "
    "that he said the budget was fine. He never said that,'' Ms. Diaz said.\n\nThe council meets on Monday."
)


@pytest.mark.parametrize(
    "opening",
    ["''But he was an honest man", "I have worked with people", "And he was very effective"],
)
def test_a_said_inside_a_running_quotation_is_not_its_cue(opening):
    assert _speaker_of(_RUN, opening) == "Ann Cole"


@pytest.mark.parametrize("opening", ["''Mark was new", "The papers wrote", "He never said that"])
def test_a_quotation_closed_by_its_own_cue_is_that_speakers(opening):
    assert _speaker_of(_RUN_CLOSED_BY_ITS_CUE, opening) == "Rosa Diaz"


# A transcript: each paragraph reopens its quotation under a label; one naming no one ("VIDEO:") is a new voice, so
# the blanked sentence after it is not given the quotation of the label before (the host's).
_TRANSCRIPT = (
    'Partial transcript:\n\n"LAWSON: Minister, you sent an email that night saying it was an accident, but the '
    'families say you misled them. Listen.\n\n"VIDEO: Health Minister Paul Brandt and his aides told me it was an '
    'accident. They said they would call me back.\n\n"LAWSON: Minister, did you mislead them?\n\n"BRANDT: No. I '
    "spoke to every family myself."
)


def test_a_label_naming_no_one_opens_a_new_voice():
    assert _speaker_of(_TRANSCRIPT, "They said they would call") != "Lawson"
    assert _speaker_of(_TRANSCRIPT, "I spoke to every family") == "Paul Brandt"


GUARDS = [
    # the sentence's own cue after the quotation closes is still read
    (
        "Ann Cole led the talks.\n\n''It was hard. Very hard,'' she said. ''But we got there.''",
        "Very hard",
        "Ann Cole",
    ),
    # a new quotation reopened in a new paragraph is read as it is
    (
        "Tom Reyes spoke first.\n\n''We will win,'' he said. ''Nobody doubts it.''\n\nAnn Cole said the vote was close.",
        "Ann Cole said",
        "Ann Cole",
    ),
]


@pytest.mark.parametrize(("body", "opening", "speaker"), GUARDS)
def test_guards(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


# - A concessive clause's source, cue and what it says are kept as the sentence's spans when the sentence itself has
#   no speaker ("While critics argue that ..., the minister has backed it": the critics' words are only their clause).
@pytest.mark.parametrize(
    ("body", "source", "cue", "content"),
    [
        (
            "While critics argue that the prisoner swap rewards kidnappers, the minister has backed it.",
            "critics",
            "argue",
            "the prisoner swap rewards kidnappers",
        ),
        (
            "Although the union says the pay offer is too low, most members voted to accept it.",
            "the union",
            "says",
            "the pay offer is too low",
        ),
    ],
)
def test_a_concessive_clause_keeps_its_spans_in_a_sentence_nobody_speaks(body, source, cue, content):
    claim = claims_in(body)[0]
    assert claim.speaker is None
    (span,) = claim.attributions
    assert body[span.source_start : span.source_end] == source
    assert body[span.cue_start : span.cue_end] == cue
    assert body[span.content_start : span.content_end] == content


def test_a_sentence_with_no_source_keeps_no_span():
    assert (
        claims_in("The bridge closed on Monday after 40 years, and 2,000 drivers a day now go round.")[0].attributions
        == []
    )


# - A text published, released or issued with nothing after it of what it says, only when or where ("The watchdog
#   published its report on Monday."), is an act the writer tells: no speaker.
@pytest.mark.parametrize(
    "body",
    [
        "The watchdog published its report on Monday.",
        "The inspectorate released its findings in March.",
        "The statistics office published its annual report on Tuesday morning.",
        "The regulator released its report Tuesday.",
    ],
)
def test_a_text_published_with_nothing_of_what_it_says_names_no_speaker(body):
    assert claims_in(body)[0].speaker is None


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        ("The agency published a report that found 40 homes had failed.", "agency"),
        ("The watchdog published its report on Monday, warning that 40 care homes were unsafe.", "watchdog"),
        ("The union released a statement saying the strike would go ahead.", "union"),
        ("The regulator issued a warning on Friday that the bank was short of capital.", "regulator"),
    ],
)
def test_a_text_published_with_what_it_says_still_speaks(body, speaker):
    assert claims_in(body)[0].speaker == speaker


# - A body described by its kind as the sentence's subject ("The company cut 300 jobs") is a later "it" when no
#   named body is; a body that spoke by its name stays the one.
@pytest.mark.parametrize(
    ("body", "opening", "speaker"),
    [
        ("The company cut 300 jobs on Monday. It said demand had collapsed.", "It said", "company"),
        ("The ministry will close two schools in May. It said pupil numbers had fallen.", "It said", "ministry"),
        (
            "The regulator fined the bank on Monday. It found that 40 staff had broken the rules.",
            "It found",
            "regulator",
        ),
    ],
)
def test_a_body_acting_as_the_subject_is_a_later_it(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


@pytest.mark.parametrize(
    ("body", "opening", "speaker"),
    [
        (
            "The watchdog published its report on Monday. It found that 40 care homes had failed inspections.",
            "It found",
            "watchdog",
        ),
        (
            "Siemens Energy said on Monday that sales fell. The company cut 300 jobs. It said demand had collapsed.",
            "It said",
            "Siemens Energy",
        ),
        ("The company's chief quit on Monday. It said he had left for personal reasons.", "It said", None),
    ],
)
def test_a_body_subject_guards(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker


# - A name whose appositive says it is a body, whole (", which makes ...,", ", the scooter maker,"), is a body whatever
#   its words: a later "it" is it. Not a person whose appositive only holds a body's word ("a bank manager", "the
#   former head of the union").
@pytest.mark.parametrize(
    "body",
    [
        "Trelwyn Mobility, which makes electric scooters, said on Monday that sales fell. It said demand had collapsed.",
        "Trelwyn Mobility, the scooter maker, said on Monday that sales fell. It said demand had collapsed.",
    ],
)
def test_a_name_with_a_bodys_appositive_is_a_later_it(body):
    assert _speaker_of(body, "It said") == "Trelwyn Mobility"


@pytest.mark.parametrize(
    ("body", "opening", "speaker"),
    [
        (
            "Ann Lee, a bank manager, said on Monday that sales fell. She said demand had collapsed.",
            "She said",
            "Ann Lee",
        ),
        (
            "Tom Reyes, the former head of the union, said on Monday that talks failed. He said the offer was poor.",
            "He said",
            "Tom Reyes",
        ),
    ],
)
def test_a_person_with_a_bodys_word_in_the_appositive_stays_a_person(body, opening, speaker):
    assert _speaker_of(body, opening) == speaker
