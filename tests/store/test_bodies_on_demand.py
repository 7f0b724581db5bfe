"""The browser's part read holds no article bodies: each is read back from the catalogue's bytes
when asked for (store/bodies.py), and every reader and writer still sees the whole text."""

from __future__ import annotations

import dataclasses
import gc
import json
import pickle
import tracemalloc

import orjson
import pytest

from corpus.model import Article, Claim, Extraction
from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase

# quotes, a backslash, a tab, non-ASCII and an astral character: each JSON-encoded its own way
SENTENCE = 'The mayor said "the ferry to Lørnholm runs {n} times a week" \\ from {month}.\t🚢 '


def _extraction(articles: int, claims_per_article: int = 2) -> Extraction:
    made, claims = [], []
    for a in range(articles):
        texts = [SENTENCE.format(n=a + k, month=("May", "June")[k % 2]) for k in range(claims_per_article)]
        body = "".join(texts) + "x" * (a % 7)
        made.append(Article(f"a{a}", f"Ferry {a}", "Gazette", ["Desk"], "2024-05-02", False, f"a{a}.txt", body))
        offset = 0
        for k, text in enumerate(texts):
            end = offset + len(text) - 1
            claims.append(Claim(f"c{a}-{k}", f"a{a}", offset, end, body[offset:end], "statement", None, "asserted"))
            offset += len(text)
    return Extraction(made, claims, [], [])


def _stored(tmp_path, articles: int = 2000) -> tuple[Extraction, object]:
    path = tmp_path / "corpus.json"
    extraction = _extraction(articles)  # 2 claims an article, ~1,000 a shard: several shards
    CorpusDB.open(path, create=True).replace_all(extraction, None, includes_bundled=False)
    return extraction, path


def test_a_part_read_for_the_browser_holds_no_bodies_and_reads_each_whole(tmp_path) -> None:
    from store import bodies

    extraction, path = _stored(tmp_path)
    db = CorpusDB.open_part(path, lambda articles: articles[3], bodies_on_demand=True)
    assert not db.complete
    assert not any(bodies.held(a) for a in db.articles())
    expected = {a.id: a for a in extraction.articles}
    for article in db.articles():
        assert article.body == expected[article.id].body
        assert article == expected[article.id]  # every field, the body read back
        assert orjson.dumps(article) == orjson.dumps(expected[article.id])
        assert dataclasses.asdict(article) == expected[article.id].to_dict()
    article = db.article("a5")
    assert pickle.loads(pickle.dumps(article)) == expected["a5"]
    copy = dataclasses.replace(article, title="Ferry five")
    assert bodies.held(copy) and copy.body == expected["a5"].body
    # the claims read check their text against the body read back
    assert [c.text for c in db.claims_for_article("a3")] == [c.text for c in extraction.claims if c.article_id == "a3"]
    # the whole read from the part, the same
    assert db.load_rest() and len(db.claims()) == 4000


def test_without_it_the_bodies_are_held(tmp_path) -> None:
    from store import bodies

    _, path = _stored(tmp_path, 1200)
    db = CorpusDB.open_part(path, lambda _articles: None)
    assert all(bodies.held(a) for a in db.articles())


def test_the_part_holds_far_less_without_its_bodies(tmp_path) -> None:
    extraction, path = _stored(tmp_path)
    text = sum(len(a.body.encode()) for a in extraction.articles)
    del extraction
    gc.collect()
    held = {}
    for on_demand in (False, True):
        tracemalloc.start()
        try:
            before = tracemalloc.get_traced_memory()[0]
            db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=on_demand)
            db.articles()  # every article (without bodies on demand, an add's part reads them when asked)
            gc.collect()
            held[on_demand] = tracemalloc.get_traced_memory()[0] - before
        finally:
            tracemalloc.stop()
        del db
        gc.collect()
    # each body (~150 characters, a few non-ASCII: stored as 2 or 4 bytes a character) gone,
    # a span of ~100 bytes in its place
    assert held[False] - held[True] > 0.8 * text, (held, text)


def test_a_write_over_the_catalogue_leaves_the_bodies_read_readable(tmp_path) -> None:
    extraction, path = _stored(tmp_path)
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    other = CorpusDB.open(path)
    other.add(Extraction(_extraction(2001).articles[-1:], [], [], []))  # replaces the catalogue file
    assert other.article("a2000") is not None
    assert db.article("a1999").body == extraction.articles[1999].body  # the version it read


def test_an_add_through_the_part_writes_every_body_whole(tmp_path) -> None:
    _, path = _stored(tmp_path)
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    new = _extraction(2001)
    db.add(Extraction(new.articles[-1:], new.claims[-2:], [], []))
    whole = CorpusDB.open(path)
    assert {a.id: a.body for a in whole.articles()} == {a.id: a.body for a in new.articles}


def _article_files(path) -> list:
    """The files holding the articles: the catalogue's article files (store/shards.py), then the catalogue."""
    data = json.loads(path.read_text())
    entries = [data["article_files"][key] for key in sorted(data.get("article_files", {}), key=int)]
    return [path.parent / entry["file"] for entry in entries] + [path]


def test_a_catalogue_written_otherwise_keeps_its_bodies(tmp_path) -> None:
    from store import bodies

    extraction, path = _stored(tmp_path, 1200)
    files = _article_files(path)
    assert len(files) == 3  # 1,200 articles: two article files of a build, and the catalogue
    for file in files:
        file.write_text(json.dumps(json.loads(file.read_text()), indent=1))  # another writer's spacing and escaping
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    assert all(bodies.held(a) for a in db.articles())
    assert db.article("a7").body == extraction.articles[7].body
    assert db.article("a1100").body == extraction.articles[1100].body


def test_an_article_file_written_otherwise_keeps_its_own_bodies(tmp_path) -> None:
    from store import bodies

    extraction, path = _stored(tmp_path, 1200)
    second = _article_files(path)[1]  # a1000 to a1199
    second.write_text(json.dumps(json.loads(second.read_text()), indent=1))
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    assert not any(bodies.held(db.article(f"a{n}")) for n in (0, 7, 999))
    assert all(bodies.held(db.article(f"a{n}")) for n in (1000, 1100, 1199))
    for n in (0, 999, 1000, 1199):
        assert db.article(f"a{n}").body == extraction.articles[n].body


def test_a_catalogue_changed_in_place_fails_closed(tmp_path) -> None:
    _, path = _stored(tmp_path, 1200)
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    holding = _article_files(path)[1]  # the article file holding a1000 to a1199
    raw = holding.read_bytes()
    with open(holding, "r+b") as fh:  # another program rewrites the same file: the bytes move
        fh.write(b" " * 40 + raw[:-40])
    with pytest.raises(CorruptDatabase):
        _ = db.article("a1100").body


def test_the_browser_opens_its_db_with_bodies_on_demand(tmp_path) -> None:
    from store import bodies
    from tui.data import open_existing

    extraction, path = _stored(tmp_path, 1200)
    data = open_existing(path)
    assert data is not None and not any(bodies.held(a) for a in data.corpus.articles())
    assert data.corpus.article("a9").body == extraction.articles[9].body


def test_without_pread_the_bodies_are_held(tmp_path, monkeypatch) -> None:
    import os

    from store import bodies

    extraction, path = _stored(tmp_path, 1200)
    monkeypatch.delattr(os, "pread")  # a platform without it
    db = CorpusDB.open_part(path, lambda _articles: None, bodies_on_demand=True)
    assert all(bodies.held(a) for a in db.articles())
    assert db.article("a7").body == extraction.articles[7].body


def test_article_bodies_are_the_slots_own_until_one_is_left_on_disk(tmp_path) -> None:
    """A process that reads every body whole (a build) reads ``article.body`` from the slot, in C; the
    descriptor is put in place only when a part read first leaves a body on disk, and reads it whole."""
    import subprocess
    import sys
    import textwrap

    _stored(tmp_path)  # (a part read leaves bodies on disk only of a catalogue with enough of them)
    script = textwrap.dedent(
        """
        import sys
        from corpus.model import Article
        from store import bodies
        from store.corpus_db import CorpusDB

        def kind():
            return type(Article.__dict__["body"]).__name__

        before = kind()
        whole = CorpusDB.open(sys.argv[1])
        assert [a.body for a in whole.articles()] and all(bodies.held(a) for a in whole.articles())
        read_whole = kind()
        part = CorpusDB.open_part(sys.argv[1], lambda articles: articles[1], bodies_on_demand=True)
        print(before, read_whole, kind(), all(a.body.startswith("The mayor said") for a in part.articles()))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "corpus.json")], capture_output=True, text=True, check=True
    )
    assert done.stdout.split() == ["member_descriptor", "member_descriptor", "_LazyBody", "True"]
