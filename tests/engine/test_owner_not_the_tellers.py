"""Whose figure it is comes from the words told, not from the teller: "Ukraine's military intelligence said that about
11,000 soldiers of the Korean People's Army ..." counts no Ukrainian troops (issue 12: a later count from another
country's agency then updates it). Sentences written for these tests."""

from __future__ import annotations

from corpus.extract.article import extract_article

from .conftest import make_article


def _subjects(sentence: str) -> list[str | None]:
    claims, _ = extract_article(make_article(sentence + "\n"))
    return [c.subject for c in claims if c.quantities]


def test_the_tellers_country_is_not_the_owner_of_the_figure() -> None:
    (subject,) = _subjects(
        "Ukraine's military intelligence agency said on Wednesday that about 11,000 to 12,000 soldiers of the Korean "
        "People's Army were now in Russia."
    )
    assert subject is not None and "Ukrainian" not in subject


def test_a_nationality_in_the_words_told_is_still_the_owner() -> None:
    (subject,) = _subjects("Ukraine's military said that about 3,000 North Korean soldiers had been killed or wounded.")
    assert subject is not None and subject.startswith("North Korean")
