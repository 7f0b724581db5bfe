"""A transcript's label before a short opening fragment ("BRANDT: Well, look. It is serious business.") names who
speaks in the rest of its paragraph, at the top of an article too (the quantities helper's article.py/datelines.py
reading of such a label, landed in session 25, keeps it from being taken for a dateline); a known place before a colon
stays a dateline. Every sentence is the test's own."""

from __future__ import annotations

import pytest

from .conftest import sources_in

_TRANSCRIPT = (
    "BRANDT: Well, look. It is serious business, and we will reopen every road by June.\n\n"
    "MARSH: Right. The repairs will cost the town 4 million euros."
)


def _speakers_of(body: str, *starts: str) -> list[str | None]:
    from corpus.extract.article import extract_article

    from .conftest import make_article

    claims, _ = extract_article(make_article(body))
    return [next((c.speaker for c in claims if c.text.startswith(s)), None) for s in starts]


def test_a_label_before_a_fragment_speaks_for_its_paragraph_further_down() -> None:
    body = (
        "The mayor of Velmar spoke to the Courier on Monday.\n\n"
        "The roads of the town have been closed since March.\n\n"
        "Here is part of the interview.\n\n" + _TRANSCRIPT
    )
    assert _speakers_of(body, "It is serious business", "The repairs will cost") == ["Brandt", "Marsh"]


def test_a_label_before_a_fragment_speaks_for_its_paragraph_at_the_top() -> None:
    body = "The mayor of Velmar spoke to the Courier on Monday.\n\n" + _TRANSCRIPT
    assert _speakers_of(body, "It is serious business", "The repairs will cost") == ["Brandt", "Marsh"]


@pytest.mark.parametrize("place", ["LONDON", "MOSCOW", "TEXAS", "INDIA"])
def test_a_known_place_before_a_colon_is_a_dateline_not_a_speaker(place: str) -> None:
    body = f"{place}: The city council closed the old bridge on Monday for repairs."  # a plain act, no stance
    assert sources_in(body)[0][0] is None


def test_a_surname_label_in_capitals_still_speaks() -> None:
    assert (
        sources_in("WALLACE: The council voted on Monday to close the old bridge, and I think that was wrong.")[0][0]
        == "Wallace"
    )
