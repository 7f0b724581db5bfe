"""File hygiene: no symlink followed into a private file, no FIFO that hangs a
command or gets replaced, no sidecar error that stops a batch."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from corpus.article_errors import ArticleError
from corpus.loader import read_article
from tests.faults.helpers import run_factscope, snapshot

SECRET = "-----BEGIN PRIVATE KEY-----\nThe key said 42 secrets were kept.\n"


def test_add_dir_skips_a_planted_symlink_and_the_loader_never_follows_one(tmp_path: Path) -> None:
    private = tmp_path / "private"
    private.mkdir()
    (private / "id_key.txt").write_text(SECRET, encoding="utf-8")
    incoming = tmp_path / "incoming"
    incoming.mkdir()
    (incoming / "story.txt").write_text("Storm update\nThe mayor said 120 homes lost power.\n", encoding="utf-8")
    (incoming / "looks-innocent.txt").symlink_to(private / "id_key.txt")
    with pytest.raises(ArticleError, match="is a symbolic link"):
        read_article(incoming / "looks-innocent.txt")
    db = tmp_path / "db" / "corpus.json"
    db.parent.mkdir()  # --db in a missing directory is refused (a typo must not build a corpus there)
    out = run_factscope("--db", db, "add", incoming, env={"FACTSCOPE_DATA_DIR": str(tmp_path / "data")})
    assert "Traceback" not in out.stderr
    assert "skipped" in out.stderr and "looks-innocent.txt: a symbolic link" in out.stderr
    if db.exists():
        assert b"PRIVATE KEY" not in db.read_bytes() and b"42 secrets" not in db.read_bytes()


def test_a_fifo_in_place_of_the_lock_file_is_one_line_not_a_hang(corpus_db: Path, tmp_path: Path) -> None:
    os.mkfifo(corpus_db.with_name("corpus.json.lock"))
    article = tmp_path / "story.txt"
    article.write_text("Storm update\nThe mayor said 120 homes lost power.\n", encoding="utf-8")
    before = corpus_db.read_bytes()
    out = run_factscope("--db", corpus_db, "add", article, timeout=120)  # a hang fails by timeout
    assert out.returncode != 0
    assert "lock file corpus.json.lock is not a regular file" in out.stderr
    assert "Traceback" not in out.stderr and len(out.stderr.strip().splitlines()) <= 2, out.stderr
    assert corpus_db.read_bytes() == before


def test_export_force_refuses_to_replace_a_fifo(corpus_db: Path, tmp_path: Path) -> None:
    fifo = tmp_path / "out.json"
    os.mkfifo(fifo)
    out = run_factscope("--db", corpus_db, "export", "-o", fifo, "--force", timeout=120)
    assert out.returncode != 0
    assert "is not a regular file; not replaced" in out.stderr
    assert fifo.is_fifo()


def test_a_fifo_planted_as_a_backup_does_not_hang_check_or_repair(corpus_db: Path) -> None:
    fifo = corpus_db.with_name("corpus.json.bak.1")
    os.mkfifo(fifo)
    before = snapshot(corpus_db.parent)
    out = run_factscope("--db", corpus_db, "check", timeout=120)
    assert out.returncode == 0 and "Traceback" not in out.stderr
    assert snapshot(corpus_db.parent) == before
    corpus_db.write_bytes(b'{"articles": ')
    out = run_factscope("--db", corpus_db, "check", "--repair", timeout=300)
    assert "Traceback" not in out.stderr, out.stderr
    assert out.returncode == 0, out.stdout + out.stderr  # rebuilt: the FIFO is no backup
    assert fifo.is_fifo()
