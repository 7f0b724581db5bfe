"""What an add reads of the link index: only the stored claims its linking can use."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus.loader import bundled_articles, load_dir
from corpus.model import Article
from store.build import add_articles, build_corpus_db
from store.corpus_db import CorpusDB

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.fixture
def small_windows(monkeypatch: pytest.MonkeyPatch) -> None:
    """Blocks of more than 6 claims compare each with its 2 nearest, and a word 6 claims share pairs no
    one; shards of 8 claims, so that an add reads the catalogue alone, through the link index."""
    from corpus.xref import blocking, link
    from store import link_index, shards

    for module in (blocking, link, link_index):
        monkeypatch.setattr(module, "SMALL_BLOCK", 6)
        monkeypatch.setattr(module, "NEIGHBOURS", 2)
    monkeypatch.setattr(shards, "CLAIMS_PER_SHARD", 8)


def _articles() -> list[Article]:
    found = sorted(bundled_articles() + load_dir(DATA / "clusters"), key=lambda a: (a.published or "", a.id))
    assert len(found) >= 30
    return found


def test_an_add_decodes_no_claim_of_a_block_that_pairs_no_one(
    small_windows: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A block of a common word or story name grown past ``SMALL_BLOCK`` pairs no one, before the
    add or after it: its stored claims' rows next to the new ones are neither read nor decoded (they
    were, and thrown away). Its size is still told exactly, and every other block's runs come."""
    from corpus.xref.blocking import skipped_block
    from store import link_index

    articles = _articles()
    path = tmp_path / "c.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    decoded: list[str] = []
    real_decoded = link_index._decoded

    def counting(claim, *args, **kwargs):  # type: ignore[no-untyped-def]
        decoded.append(claim.id)
        return real_decoded(claim, *args, **kwargs)

    asked: list[tuple[tuple, int, int, int, int]] = []  # key, new claims, size, members in runs, decoded
    real_blocks = link_index.LinkIndex.old_blocks

    def old_blocks(self, stored_articles):  # type: ignore[no-untyped-def]
        nearby = real_blocks(self, stored_articles)

        def asking(key, new):  # type: ignore[no-untyped-def]
            before = len(decoded)
            found = nearby(key, new)
            asked.append((key, len(new), found.size, sum(map(len, found.runs)), len(decoded) - before))
            return found

        return asking

    monkeypatch.setattr(link_index, "_decoded", counting)
    monkeypatch.setattr(link_index.LinkIndex, "old_blocks", old_blocks)
    result = add_articles(CorpusDB.open_part(path, lambda _articles: None), [articles[-1]])
    assert result.claims and result.xrefs
    skipped = [row for row in asked if skipped_block(row[0], row[2] + row[1])]
    assert skipped and any(size > 6 for _key, _new, size, _runs, _decoded in skipped)
    assert [(runs, count) for _key, _new, _size, runs, count in skipped] == [(0, 0)] * len(skipped)
    paired = [row for row in asked if not skipped_block(row[0], row[2] + row[1]) and row[2]]
    assert paired and all(runs for _key, _new, _size, runs, _decoded in paired)


def test_an_add_in_small_windows_links_as_a_build_of_every_article(small_windows: None, tmp_path: Path) -> None:
    """The blocks left unread change no link: the last article added gives a build's links."""
    articles = _articles()
    built = build_corpus_db(tmp_path / "built.json", articles, keep_added=False)
    path = tmp_path / "grown.json"
    build_corpus_db(path, articles[:-1], keep_added=False)
    add_articles(CorpusDB.open_part(path, lambda _articles: None), [articles[-1]])

    def links(db: CorpusDB) -> set[tuple[str, str, str, float, str]]:
        return {(x.source, x.target, x.relation, x.score, x.reason) for x in db.xrefs()}

    assert links(CorpusDB.open(path)) == links(built)
    assert len(links(built)) > 200
