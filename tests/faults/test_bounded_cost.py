"""One legal input has a bounded cost: HTML that makes an HTML5 parser quadratic is
flattened first, an article's claims and links stop at a bound with a notice, a
byline cannot become 20,000 authors, and a sidecar's error is a warning."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from corpus import limits
from corpus.loader import read_article
from tests.faults.helpers import run_factscope

MB = 1024 * 1024
# CPU seconds, not wall: a loaded machine stretches the wall clock, not the work (before the bound these took minutes
# of CPU; a parse now takes about one)
PARSE_SECONDS = 20


def _page(parts: list[str]) -> str:
    return "<html><head><title>Page</title></head><body>" + "".join(parts) + "</body></html>"


def _timed_read(path: Path):
    began = time.process_time()
    result = read_article(path)
    return result, time.process_time() - began


@pytest.mark.parametrize(
    "unit",
    [
        '<b class="c{i}">word ',  # unclosed formatting tags, each different: no Noah's-ark dedup
        '<p><i data-n="{i}">word{i} ',  # the same, re-opened in every paragraph
        "<span>w ",  # deep inline nesting: a tree node per level
    ],
    ids=["unclosed-b", "unclosed-in-paragraphs", "deep-span"],
)
def test_a_four_megabyte_hostile_page_parses_in_seconds(tmp_path: Path, unit: str) -> None:
    parts, size, i = [], 0, 0
    while size < 4 * MB:
        part = unit.format(i=i)
        parts.append(part)
        size += len(part)
        i += 1
    path = tmp_path / "hostile.html"
    path.write_text(_page(parts), encoding="utf-8")
    result, seconds = _timed_read(path)
    assert seconds < PARSE_SECONDS, f"{seconds:.1f} s"
    assert "w" in result.article.body  # the text is still there
    assert any("removed before parsing" in str(w) for w in result.warnings)


def test_ordinary_inline_markup_is_parsed_as_before(tmp_path: Path) -> None:
    path = tmp_path / "fine.html"
    path.write_text(_page(["<p>The <b>mayor</b> said <i>40</i> homes <a href='x'>burned</a>.</p>"]), encoding="utf-8")
    result = read_article(path)
    assert "The mayor said 40 homes burned." in result.article.body
    assert not any("removed before parsing" in str(w) for w in result.warnings)


def test_an_article_stops_at_the_claim_and_link_bounds_with_notices(monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus.loader import article_id
    from corpus.model import Article
    from corpus.pipeline import extend, extract

    monkeypatch.setattr(limits, "MAX_EXTRACTED_CHARS", 6_000)
    monkeypatch.setattr(limits, "MAX_CLAIMS_PER_ARTICLE", 40)
    monkeypatch.setattr(limits, "MAX_LINKS_PER_ARTICLE", 30)
    lines = [f"Officials said {100 + 7 * n} homes were damaged in Millbrook on day {n % 28 + 1}." for n in range(400)]
    body = "Figures\n" + "\n".join(lines) + "\n"
    article = Article(article_id(body), "Figures", None, [], None, False, "figures.txt", body)
    other_body = "Millbrook update\nOfficials said 300 homes were damaged in Millbrook.\n"
    other = Article(article_id(other_body), "Update", None, [], None, False, "update.txt", other_body)
    base = extract([other])
    delta = extend(base, [article])
    assert len(delta.claims) == 40
    assert all(c.end <= 6_000 for c in delta.claims)
    touching = [
        x for x in delta.xrefs if x.source in {c.id for c in delta.claims} or x.target in {c.id for c in delta.claims}
    ]
    assert len(touching) <= 30
    notices = " | ".join(delta.notices)
    assert "characters were searched for claims" in notices
    assert "claims found, the first 40 kept" in notices
    assert "cross-references found, the 30 strongest kept" in notices
    for claim in delta.claims:  # offsets still point into the whole stored body
        assert body[claim.start : claim.end] == claim.text


def test_yaml_aliases_cannot_turn_a_byline_into_thousands_of_authors(tmp_path: Path) -> None:
    front = "---\nauthors: [&n A. Writer" + ",*n" * 20_000 + "]\n---\n"  # 60 KB
    path = tmp_path / "bomb.md"
    path.write_text(front + "Storm update\nThe mayor said 120 homes lost power.\n", encoding="utf-8")
    result = read_article(path)
    assert result.article.authors == ["A. Writer"]
    assert any("20,001 authors; the first 50 kept" in str(w) for w in result.warnings)


def test_a_sidecar_with_a_five_thousand_digit_integer_is_a_warning_and_the_batch_goes_on(tmp_path: Path) -> None:
    """Documented: any sidecar error is a warning and the sidecar is ignored."""
    files = tmp_path / "in"
    files.mkdir()
    (files / "ferry.txt").write_text("Ferry news\nThe operator said 12 ferries were cancelled.\n", encoding="utf-8")
    (files / "ferry.meta.toml").write_text("title = " + "9" * 5000 + "\n", encoding="utf-8")
    (files / "storm.txt").write_text("Storm update\nThe mayor said 120 homes lost power.\n", encoding="utf-8")
    (files / "storm.meta.toml").write_text('title = "Storm"\nauthors = [' + "9" * 5000 + "]\n", encoding="utf-8")
    for name in ("ferry.txt", "storm.txt"):
        result = read_article(files / name)
        assert result.article.title.endswith(("Ferry news", "Storm update", "Storm"))
    out = run_factscope("--db", tmp_path / "db.json", "add", files, env={"FACTSCOPE_DATA_DIR": str(tmp_path)})
    assert "Traceback" not in out.stderr
    assert "ferry.meta.toml: unreadable metadata" in out.stderr
    if out.returncode == 0:  # with the pipeline: both articles landed
        assert "added 2 articles" in out.stdout


def test_a_build_notes_an_article_that_reached_a_bound(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from corpus.loader import load_file
    from store.build import build_corpus_db

    monkeypatch.setattr(limits, "MAX_CLAIMS_PER_ARTICLE", 3)
    path = tmp_path / "figures.txt"
    path.write_text(
        "Figures\n" + "".join(f"Officials said {100 + n} homes were damaged on day {n + 1}.\n" for n in range(12)),
        encoding="utf-8",
    )
    db = build_corpus_db(tmp_path / "corpus.json", [load_file(path)], keep_added=False)
    assert len(db.claims()) == 3
    assert any("claims found, the first 3 kept" in w for w in db.warnings)
