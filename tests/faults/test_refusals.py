"""Every refused file, through the real ``factscope add``: one line naming the file,
a non-zero exit, no traceback, and the DB directory byte-identical afterwards."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.faults.helpers import run_factscope, snapshot

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(200)
GOOD = "Officials said on Monday that 300 troops had arrived.\nThe ministry denied it.\n"

BAD_FILES = [
    ("photo.txt", PNG, "looks like a PNG image, not a text article"),
    ("paper.md", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>", "looks like a PDF document"),
    ("nul.txt", b"Some text\x00\x00\x00with NUL bytes", "contains NUL bytes"),
    ("empty.txt", b"", "empty file"),
    ("blank.md", b"   \n\n\t \r\n", "empty file"),
    ("escapes-only.txt", b"\x1b]0;title\x07\x1b[2J\n\x1b[0m", "no article text"),
    ("noise.txt", bytes(range(0x80, 0x100)) * 16, "encoding"),
    ("deep.html", b"<div>" * 20_000, "nested more than 1000 blocks deep"),
    ("slides.pptx", b"PK\x03\x04", "cannot read '.pptx' files"),
    ("notes", b"plain words", "files without a suffix"),
]


def assert_one_line_refusal(result, path: Path, reason: str) -> None:
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert lines and all(line.startswith("factscope: ") for line in lines), result.stderr
    assert any(str(path) in line and reason in line for line in lines), result.stderr


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_refused_file_leaves_the_db_byte_identical(
    corpus_db: Path, tmp_path: Path, name: str, content: bytes, reason: str
) -> None:
    bad = tmp_path / name
    bad.write_bytes(content)
    before = snapshot(corpus_db.parent)
    result = run_factscope("--db", corpus_db, "add", bad)
    assert_one_line_refusal(result, bad, reason)
    assert snapshot(corpus_db.parent) == before


def test_oversize_file_is_refused_by_the_configured_limit(corpus_db: Path, tmp_path: Path) -> None:
    big = tmp_path / "long.txt"
    big.write_text(GOOD * 100, encoding="utf-8")
    before = snapshot(corpus_db.parent)
    result = run_factscope("--db", corpus_db, "add", big, env={"FACTSCOPE_MAX_ARTICLE_BYTES": "4KB"})
    assert_one_line_refusal(result, big, "is over the 4.0 KB limit for one article")
    assert "FACTSCOPE_MAX_ARTICLE_BYTES" in result.stderr
    assert snapshot(corpus_db.parent) == before


def test_fifty_megabyte_file_is_refused_without_reading_it(corpus_db: Path, tmp_path: Path) -> None:
    huge = tmp_path / "huge.txt"
    with huge.open("wb") as fh:
        fh.truncate(50 * 1024 * 1024)  # sparse: refusing must not need the bytes
    before = snapshot(corpus_db.parent)
    result = run_factscope("--db", corpus_db, "add", huge)
    assert_one_line_refusal(result, huge, "50.0 MB is over the 5.0 MB limit")
    assert snapshot(corpus_db.parent) == before


def test_one_bad_file_in_a_batch_adds_nothing(corpus_db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(PNG)
    before = snapshot(corpus_db.parent)
    result = run_factscope("--db", corpus_db, "add", good, bad)
    assert_one_line_refusal(result, bad, "PNG image")
    assert snapshot(corpus_db.parent) == before


def test_bad_size_setting_is_one_line_and_touches_nothing(corpus_db: Path, tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    before = snapshot(corpus_db.parent)
    result = run_factscope("--db", corpus_db, "add", good, env={"FACTSCOPE_MAX_ARTICLE_BYTES": "-3"})
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert "FACTSCOPE_MAX_ARTICLE_BYTES='-3' is not a size" in result.stderr
    assert snapshot(corpus_db.parent) == before


# --- accepted with a warning: the body is still ingested ------------------------------


def stored_articles(db_path: Path) -> dict[str, object]:
    from store.corpus_db import CorpusDB

    return {a.source_file: a for a in CorpusDB.open(db_path).articles()}


def test_malformed_front_matter_is_refused_naming_file_and_line(corpus_db: Path, tmp_path: Path) -> None:
    text = "---\ntitle: Troops\nauthors: [unclosed\n---\n" + GOOD
    path = tmp_path / "front.md"
    path.write_text(text, encoding="utf-8")
    before = stored_articles(corpus_db)
    result = run_factscope("--db", corpus_db, "add", path)
    assert result.returncode != 0
    assert f"{path}:3: malformed front matter" in result.stderr or f"{path}:4: malformed front matter" in result.stderr
    assert "Traceback" not in result.stderr
    assert stored_articles(corpus_db).keys() == before.keys()  # nothing added


def test_legacy_encoding_is_reported_and_hostile_bytes_never_stored(corpus_db: Path, tmp_path: Path) -> None:
    text = "Le ministère a déclaré\x1b]52;c;cHduZWQ=\x07 que 300 soldats étaient arrivés à Koursk.\r\n"
    path = tmp_path / "fr.txt"
    path.write_bytes(text.encode("cp1252"))
    result = run_factscope("--db", corpus_db, "add", path)
    assert result.returncode == 0, result.stderr
    assert "read as cp1252" in result.stderr and "1 terminal escape sequence(s) removed" in result.stderr
    body = stored_articles(corpus_db)[str(path.resolve())].body
    assert body == "Le ministère a déclaré que 300 soldats étaient arrivés à Koursk.\n"
    assert "\x1b" not in corpus_db.read_text(encoding="utf-8")


# --- file names are untrusted too ------------------------------------------------


def test_a_hostile_file_name_sends_no_escape_to_the_terminal(corpus_db: Path, tmp_path: Path) -> None:
    import os

    path = tmp_path / os.fsdecode(b"evil\x1b]0;PWNED\x07.txt")
    path.write_text(GOOD, encoding="utf-8")
    result = run_factscope("--db", corpus_db, "add", path)
    assert result.returncode == 0, result.stderr
    assert "\x1b" not in result.stdout + result.stderr
    assert "evil\\x1b]0;PWNED\\x07.txt" in result.stdout + result.stderr
