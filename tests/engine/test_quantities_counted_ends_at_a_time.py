"""What "one" counts ends where a time begins: "one man two days ago" counts a man, not "man two days" in days;
"one support last year" counts a support (issue 13). Our own sentences."""

from __future__ import annotations

from .conftest import make_article


def _figures(sentence: str) -> list[tuple[str, str | None, str | None]]:
    from corpus.extract.article import extract_article

    claims, _ = extract_article(make_article("Headline\n" + sentence + "\n", published="2026-03-16"))
    return [(q.text, q.unit, q.counted) for c in claims for q in c.quantities]


def test_a_count_then_a_span_ago() -> None:
    assert _figures("Police detained one driver three days ago.") == [("one", "driver", "driver")]


def test_a_count_then_last_year() -> None:
    assert _figures("Engineers found rust on one girder last year.") == [("one", "girder", "girder")]


def test_last_before_a_noun_is_still_counted() -> None:
    assert _figures("The board gave one last chance to the manager.")[0][2] == "last chance"
