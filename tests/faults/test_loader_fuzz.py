"""Any bytes at all, under any supported name: the loader returns a clean article or
refuses with its one-line error naming the file (and line), and never raises anything else."""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corpus.loader import ARTICLE_SUFFIXES, ArticleError, article_id, read_article
from corpus.sanitize import sanitize_text

_FRAGMENTS = st.sampled_from(
    [
        b"---\n", b"title: x\n", b"authors: [a, b\n", b"published: 2024-13-45\n", b"[[[[", b"{a: ",
        b"<!DOCTYPE html>", b"<html>", b"<p>", b"</p>", b"<script>x</script>", b"<br>", b"&amp;", b"&#x1b;",
        b"<meta charset=\"koi8-r\">", b"\xef\xbb\xbf", b"\xff\xfe", b"\x00", b"\x1b]52;c;eA==\x07", b"\x1b[2J",
        b"\r\n", b"\xe2\x80\xae", b"\xc3\xa9", b"\xe9", b"\x80\x81", b"%PDF-", b"\x89PNG\r\n\x1a\n",
        b"Officials said 300 troops arrived. ", b"\n\n",
    ]
)  # fmt: skip
FILE_BYTES = st.one_of(st.binary(max_size=400), st.lists(_FRAGMENTS, max_size=25).map(b"".join))


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(content=FILE_BYTES, suffix=st.sampled_from(ARTICLE_SUFFIXES))
def test_any_bytes_load_cleanly_or_are_refused_in_one_line(content: bytes, suffix: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"input{suffix}"
        path.write_bytes(content)
        try:
            result = read_article(path)
        except ArticleError as exc:
            message = str(exc)
            # the file, and the line where the fault is on one (broken front matter)
            assert re.match(rf"{re.escape(str(path))}(:\d+)?: ", message) and "\n" not in message
            return
    article = result.article
    assert article.body.strip() and sanitize_text(article.body) == article.body
    assert article.id == article_id(article.body)
    for text in [article.title or "", article.outlet or "", *article.authors, *map(str, result.warnings)]:
        assert "\n" not in text and sanitize_text(text) == text
