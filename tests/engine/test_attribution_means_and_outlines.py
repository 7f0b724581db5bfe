"""What someone said by the way they did something ("by announcing"), plans laid out and topics discussed, and a
quotation opened with a closing mark."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article
from corpus.extract.attribution import straight_quotes

from .conftest import make_article


def _speakers(body: str) -> list[str | None]:
    """Each claim's speaker; [None] when the text makes no claim at all."""
    claims, _ = extract_article(make_article(body))
    return [c.speaker for c in claims] or [None]


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("The Velmar central bank ended its meeting on Friday by announcing it would buy more bonds.", "bank"),
        ("Ann Lee began her speech to the union by slamming candidates who oppose the port.", "Ann Lee"),
        ("Tom Marsh opened his remarks by emphasizing the cost of the bridge.", "Tom Marsh"),
    ],
)
def test_a_cue_after_by_is_what_the_subject_said(sentence: str, speaker: str) -> None:
    found = _speakers(sentence)[0]
    assert found is not None and speaker in found


@pytest.mark.parametrize(
    "sentence",
    [
        "Two weeks earlier, voters in Ostra dealt a blow to the plan by rejecting a treaty.",  # a span of time acts not
        "Colleges in Velmar make up the shortfall by admitting more students from abroad.",  # letting in, not owning up
    ],
)
def test_a_means_that_is_no_saying_or_a_time_span_names_no_speaker(sentence: str) -> None:
    speaker = _speakers(sentence)[0]
    assert speaker not in ("Two", "Colleges")


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ann Lee laid out her proposals to widen the harbour on Friday.", "Ann Lee"),
        ("The mayor also outlined his plan for the ferry terminal.", "mayor"),
        ("Tom Marsh discussed the violence at the rally with reporters.", "Tom Marsh"),
        ("The advert then references the council's criticism of the port.", "advert"),
        ("Critics in Ostra derided the deal as toothless.", "Critics"),
    ],
)
def test_plans_laid_out_topics_discussed_and_derision_are_said(sentence: str, speaker: str) -> None:
    assert _speakers(sentence)[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The strategy outlined that day was notable for its caution.",
        "The outline of the plan was vague.",
        "The road was laid out in 1920.",
    ],
)
def test_an_outline_or_a_plan_outlined_is_no_speaker(sentence: str) -> None:
    assert _speakers(sentence)[0] is None


def test_a_closing_mark_opening_a_quotation_opens_it() -> None:
    assert straight_quotes("”Fear. I am afraid.") == "“Fear. I am afraid."
    assert straight_quotes("“Fear,” she said.") == "“Fear,” she said."
    body = (
        "The debate ended late on Monday.\n\n”Fear. I am truly afraid that he will win. "
        "He has spread hate.” ― Ann Lee\n\nThe vote is on Tuesday."
    )
    speakers = _speakers(body)
    assert speakers[0] is None and speakers[-1] is None
    assert speakers[1:-1] and all(s == "Ann Lee" for s in speakers[1:-1])


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("“Go back to your seat,” Tom Marsh barked at the reporter.", "Tom Marsh"),
        ("“Is that all we get?” the mayor wondered aloud.", "mayor"),
        ("“Not again,” Ann Lee sighed before leaving the hall.", "Ann Lee"),
    ],
)
def test_any_verb_right_after_a_closed_quotation_tells_who_spoke_it(sentence: str, speaker: str) -> None:
    assert _speakers(sentence)[0] == speaker


def test_a_title_in_quotation_marks_before_a_name_is_no_quotation_spoken() -> None:
    assert _speakers("The film “Harbour” Ann Lee directed ran for three hours.")[0] is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Tom Marsh fired off a series of tweets on Friday saying that the ferry was unsafe.", "Tom Marsh"),
        ("Ann Lee, a harbour pilot, then appeared on Radio Velmar and began by saying the port was safe.", "Ann Lee"),
        ("Finance Minister Ada Kalu ruled out any increase in income tax before the vote.", "Ada Kalu"),
        ("Border Watch stood by its findings.", "Border Watch"),
    ],
)
def test_texts_saying_appearances_ruling_out_and_standing_by_findings(sentence: str, speaker: str) -> None:
    assert _speakers(sentence)[0] == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "The motion was ruled out of order by the chair.",
        "The sign saying Keep Out was taken down.",
        "Tom Marsh stood by the door of the hall.",
    ],
)
def test_a_motion_out_of_order_a_sign_or_a_door_is_no_statement(sentence: str) -> None:
    assert _speakers(sentence)[0] is None


@pytest.mark.parametrize(
    "sentence, speaker",
    [
        ("Ann Lee pointed to reports that Tom Marsh called the ferry a death trap.", "Ann Lee"),
        (
            "A poll by Harlow Research released in June found that 60% of voters said the port should close.",
            "Harlow Research",
        ),
        # a clause break: the verb of saying is the sentence's own
        ("When Ostra signalled that it would sell the mill, Tom Marsh said the deal was dead.", "Tom Marsh"),
    ],
)
def test_a_verb_of_saying_inside_what_another_cue_reports_is_not_the_sentences(sentence: str, speaker: str) -> None:
    found = _speakers(sentence)[0]
    assert found is not None and speaker in found


def test_what_someone_mentioned_is_said_by_them() -> None:
    assert _speakers("Tom Marsh has mentioned refinancing the harbour loans.")[0] == "Tom Marsh"
    assert _speakers("Ann Lee also mentioned the ferry deaths in her speech.")[0] == "Ann Lee"


@pytest.mark.parametrize(
    "sentence",
    [
        "Three names prominently mentioned as possible judges are Ann Lee and Tom Marsh.",
        "The issues mentioned in the report were complex.",
        "The above-mentioned plan failed.",
    ],
)
def test_names_or_issues_mentioned_are_no_speakers(sentence: str) -> None:
    assert _speakers(sentence)[0] is None


def test_statements_issued_in_the_plural_are_said() -> None:
    assert _speakers("All three candidates issued statements condemning the attack on the ferry.")[0] == (
        "All three candidates"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "The militia ended the siege by attacking the barracks at dawn.",
        "Police began by questioning the two suspects.",
        "Velmar reacted by recalling its ambassador from Ostra.",
        "The laboratory checked its figures by repeating the count.",
    ],
)
def test_an_act_done_by_means_of_another_is_no_saying(sentence: str) -> None:
    assert _speakers(sentence)[0] is None
