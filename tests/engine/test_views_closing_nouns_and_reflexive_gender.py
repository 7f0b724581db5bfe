"""A view closing its sentence ("... in Ann Lee's view."), a cue word used as a noun ("She saw fear in their eyes"),
and the gender a reflexive tells ("Leslie Woods described herself as ..."). Every sentence is the test's own. Guards
that pass before the change too: literal eyes, 'raised hopes', 'Residents fear', 'Analysts doubt', and the pronoun right after a
speaker of unknown gender."""

from __future__ import annotations

import pytest

from .conftest import sources_in


@pytest.mark.parametrize(
    "body, speaker, source",
    [
        ("The new tariff was a mistake in Professor Ann Marsh's view.", "Ann Marsh", "Professor Ann Marsh"),
        ("The merger was a mistake, in the view of most economists at the bank.", "most economists at the bank", None),
        ("Karl Brandt runs the Ostra mill. The deal was fair to the workers in his opinion.", "Karl Brandt", "his"),
    ],
)
def test_a_view_closing_the_sentence_is_its_holders(body: str, speaker: str, source: str | None) -> None:
    found = sources_in(body)[-1]
    assert found[0] == speaker
    if source:
        assert found[1] == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Karl Brandt had tears in his eyes when the mill closed on Friday.",
        "Only the oldest workers were safe in his eyes, and the rest were laid off in March.",
    ],
)
def test_eyes_closing_the_sentence_hold_no_view(sentence: str) -> None:
    assert sources_in(sentence)[-1][0] in (None, "Karl Brandt")
    assert sources_in(sentence)[-1][1] != "his"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee saw fear in the eyes of the workers when the mill closed in March.",
        "Karl Brandt felt fear for his family when the floods came in March.",
        "The vote raised hopes of a deal between the two firms before the end of March.",
    ],
)
def test_a_cue_word_as_a_verbs_object_names_no_speaker(sentence: str) -> None:
    assert sources_in(sentence)[-1] == (None, None)


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Residents fear the plant will close before the winter.", "Residents"),
        ("Analysts doubt the plan will work before the election.", "Analysts"),
    ],
)
def test_a_cue_word_after_its_subject_still_speaks(sentence: str, source: str) -> None:
    assert sources_in(sentence)[-1][1] == source


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Leslie Woods paid for the trip out of her own pocket. Jordan Karim, a farmer from Ostra, sat at the back "
            "of the hall. Later she said the vote was unfair.",
            "Leslie Woods",
        ),
        (
            "Leslie Woods described herself as a veteran of two wars. Jordan Karim, a farmer from Ostra, sat at the "
            "back of the hall. Later she said the vote was unfair.",
            "Leslie Woods",
        ),
        (
            "Jordan Karim paid for the trip out of his own pocket. Leslie Woods, a farmer from Ostra, sat at the back "
            "of the hall. Later he said the vote was unfair.",
            "Jordan Karim",
        ),
    ],
)
def test_a_reflexive_in_the_subjects_clause_tells_its_gender(body: str, speaker: str) -> None:
    assert sources_in(body)[-1][0] == speaker


def test_a_pronoun_right_after_a_speaker_of_unknown_gender_is_still_that_speaker() -> None:
    body = (
        "Leslie Woods paid for the trip out of her own pocket. Jordan Karim, a farmer from Ostra, said the vote was "
        "unfair. “I was disturbed by it,” she said."
    )
    assert sources_in(body)[-1][0] == "Jordan Karim"


@pytest.mark.parametrize(
    "sentence",
    [
        "The quiet way the deal was struck added to the uncertainty over who runs the Ostra port.",
        "The storm added to the woes of farmers in the Velmar valley, who lost half the harvest.",
        "The figures include pledged delegates and those chosen at the Ostra convention.",
        "The talks include promised cuts in tariffs on steel from Velmar.",
    ],
)
def test_added_to_a_thing_and_a_cue_word_after_a_listing_verb_name_no_speaker(sentence: str) -> None:
    assert sources_in(sentence)[-1] == (None, None)


@pytest.mark.parametrize(
    "sentence, source",
    [
        ("Ann Lee added to reporters that the plan was sound.", "Ann Lee"),
        ("Karl Brandt added to the Velmar Courier that he would run again.", "Karl Brandt"),
        ("“We will win,” Karl Brandt added to the crowd.", "Karl Brandt"),
    ],
)
def test_added_to_someone_is_still_said(sentence: str, source: str) -> None:
    assert sources_in(sentence)[-1][1] == source


@pytest.mark.parametrize(
    "sentence",
    [
        "Ann Lee leads Karl Brandt by roughly 270 pledged delegates as the season ends.",
        "Karl Brandt won 40 pledged delegates in the Ostra primary on Tuesday.",
        "Eagerly anticipated and often awkward, the mayor's Christmas speech has become a staple in Velmar.",
    ],
)
def test_a_cue_word_after_a_count_or_an_adverb_names_no_speaker(sentence: str) -> None:
    assert sources_in(sentence)[-1] == (None, None)


@pytest.mark.parametrize(
    "line",
    [
        "Monday's Morning Email: The Velmar Vote And What Comes Next.",
        "Ostra News Daily: A Port at War.",
        "Delegate Update: the latest count in the Velmar race.",
    ],
)
def test_a_newsletters_or_sections_name_before_a_colon_is_no_speaker(line: str) -> None:
    assert sources_in("Ann Lee won the Velmar primary on Tuesday.\n\n" + line)[-1][0] is None
