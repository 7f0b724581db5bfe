"""A pronoun after a sentence whose subject opens a joined main clause (', but Karl Brandt was in Lund') or follows
its role in an appositive with a present-tense verb ('Velmar's foreign minister, Karl Brandt, plays down the
concerns') is that subject, not a speaker further back. Sentences of the test's own."""

from __future__ import annotations

import pytest

from corpus.extract.article import extract_article

from .conftest import make_article


def _speakers(body: str) -> list[str | None]:
    claims, _ = extract_article(make_article(body))
    return [c.speaker for c in claims]


@pytest.mark.parametrize(
    "body",
    [
        "Tom Reyes, a pollster, said the race was close. It is a long shot, but Karl Brandt was in Lund on Tuesday, "
        "making his pitch. “We will win here by 5,000 votes,” he said.",
        "Tom Reyes, a pollster, said the race was close. Velmar's foreign minister, Karl Brandt, plays down the "
        "concerns. The port may double in size by 2030, he says.",
        "Tom Reyes said the debate was over. The moderators were ready to move on, but Karl Brandt wasn't having it. "
        "“That is what Lund does to 40,000 workers,” he said.",
        "Tom Reyes said the plant was safe. Outside the plant, a worker named Karl Brandt has nothing but praise for "
        "his job. “The pay went up by 12 percent last year,” he said.",
    ],
)
def test_he_is_the_subject_just_before_not_an_older_speaker(body: str) -> None:
    assert _speakers(body)[-1] == "Karl Brandt"


def test_a_place_opening_a_joined_clause_is_no_referent() -> None:
    # guard: "Scarborough Reef is now ..." names no person; "he" stays with the speaker before it
    body = (
        "Admiral Tom Reyes said the navy was ready. The risk is real, and Dunmore Reef is now the likeliest flashpoint. "
        "“We train for it every week,” he said."
    )
    assert _speakers(body)[-1] == "Tom Reyes"


@pytest.mark.parametrize(
    "body, speaker",
    [
        (
            "Tom Reyes spoke first. The woman who started the petition, a retired nurse, stood up next. "
            "She said 300 people had signed it by Friday.",
            "woman who started the petition",
        ),
        (
            "Tom Reyes spoke first. A woman in the crowd shouted at the mayor. “You lied to us about the 40 jobs,” she said.",
            "woman in the crowd",
        ),
    ],
)
def test_she_is_a_woman_described_as_the_subject_just_before(body: str, speaker: str) -> None:
    assert _speakers(body)[-1] == speaker


def test_a_described_man_is_no_referent_for_she() -> None:
    # guard: the man who owns the mill is no "she"; the woman named before is
    body = "Ann Lee said the plan would fail. The man who owns the mill, a former mayor, was not there. “It will cost 40 jobs,” she said."
    assert _speakers(body)[-1] == "Ann Lee"
