"""Events a sentence tells, checkable as such. A report whose publication day is unknown still tells its events by
their days ("On Friday, the board named ..."): the day it names makes the event a dated one, though it cannot be placed
on a calendar. "Has fallen to his death" is a death told. Our own sentences."""

from __future__ import annotations

from corpus.extract.article import extract_article
from corpus.loader import article_id
from corpus.model import Article, is_background


def _claim_texts(body: str, published: str | None = None) -> list[str]:
    article = Article(
        id=article_id(body),
        title=None,
        outlet=None,
        authors=[],
        published=published,
        published_estimated=False,
        source_file="undated.txt",
        body=body,
    )
    return [c.text for c in extract_article(article)[0] if not is_background(c)]


def test_an_event_told_on_a_weekday_in_an_undated_report_is_a_claim() -> None:
    told = (
        "On Friday, the board behind the Dunmore regatta named retired captain Ines Marlow as its new harbour master."
    )
    assert told in _claim_texts(f"{told}\n")


def test_a_church_that_went_up_in_flames_this_weekend_is_a_claim_in_an_undated_report() -> None:
    told = "The old chapel in Dunmore went up in flames this weekend."
    assert told in _claim_texts(f"{told}\n")


def test_a_fall_to_a_death_is_an_event_told() -> None:
    told = "A second climber has fallen to his death on Mount Velmar."
    assert told in _claim_texts(f"{told}\n", published="2027-03-14")
