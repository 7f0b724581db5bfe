"""A rise told before its size ("capped next year's rise in regulated rail fares at 3.9%") is a move of what rose,
compared with the rise told by its verb; a people plural opening a sentence that closes with "the company said"
("Rescuers had reached seven of them, the company said") is no company: the speaker is the company named before. Our
own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.xref.frames import framed

from .conftest import make_article, speaker_of


def _compared(text: str) -> set[str | None]:
    claims, _ = extract_article(make_article(text + "\n", "2032-08-31"))
    return {q.measure for c in claims for q in framed(c).quantities}


def test_a_rise_told_before_its_size_is_compared_with_the_rise_told_by_its_verb() -> None:
    capped = _compared("The council has capped next year's rise in regulated bus fares at 4.1%, the committee said.")
    announced = _compared("Regulated bus fares in Tarrow will rise by 5.2% from January 1, the operators said.")
    assert capped == announced == {"bus fares rise"}
    assert _compared("A rise in bus fares to 4% is expected.") != {"bus fares rise"}  # the level they rise to


def test_a_people_plural_opening_the_sentence_is_not_the_company() -> None:
    body = (
        "Brenmoor Mining said nine miners were trapped on Sunday.\n"
        "Rescuers had reached five of them by Monday morning, the company said.\n"
    )
    assert speaker_of(body, "Rescuers had reached") == "Brenmoor Mining"
