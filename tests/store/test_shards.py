"""The corpus DB as a catalogue plus immutable shard files (store/shards.py)."""

from __future__ import annotations

import os
import signal
import traceback
import zlib
from pathlib import Path

import numpy as np
import orjson
import pytest

from store.corpus_db import CorpusDB
from store.errors import CorruptDatabase
from store.shards import shard_dir
from tests.store import helpers
from tests.store.fixtures import built_db, bundled_extraction  # noqa: F401 (pytest fixtures)


def shard_files(db: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in shard_dir(db).iterdir()}


def article(n: int):
    return helpers.make_article(f"Bulletin {n}.\nCrews counted {n} homes damaged.\nOfficials said 4 roads closed.\n")


def test_an_add_writes_one_new_shard_and_the_catalogue_only(built_db: Path) -> None:
    before = shard_files(built_db)
    catalogue = orjson.loads(built_db.read_bytes())
    assert set(catalogue) == {"meta", "articles", "entities", "shards"}  # no claims in the catalogue
    db = CorpusDB.open(built_db)
    result = db.add(helpers.extract([article(1)]))
    after = shard_files(built_db)
    assert {name: after[name] for name in before} == before  # old shards untouched
    (new,) = set(after) - set(before)
    stored = orjson.loads(after[new])
    assert [c["id"] for c in stored["claims"].values()] == result.claims
    reopened = CorpusDB.open(built_db)
    assert [c.id for c in reopened.claims_for_article(result.articles[0])] == result.claims
    assert len(reopened.claims()) == len(db.claims())


def test_a_single_file_db_is_read_as_it_is_and_converted_on_its_first_write(built_db: Path) -> None:
    old = helpers.as_single_file(built_db)
    for shard in shard_dir(built_db).iterdir():
        shard.unlink()
    db = CorpusDB.open(built_db)
    claims = [c.id for c in db.claims()]
    assert claims
    result = db.add(helpers.extract([article(2)]))
    assert "shards" in orjson.loads(built_db.read_bytes())
    assert (built_db.parent / f"{built_db.name}.bak.1").read_bytes() == old  # the old file is the backup
    reopened = CorpusDB.open(built_db)
    assert [c.id for c in reopened.claims()] == claims + result.claims
    assert len(shard_files(built_db)) >= 2  # the converted claims, then the add's own


def test_a_missing_shard_fails_closed_in_one_line(built_db: Path) -> None:
    victim = next(shard_dir(built_db).iterdir())
    victim.unlink()
    with pytest.raises(CorruptDatabase, match=victim.name) as info:
        CorpusDB.open(built_db)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize("entry", ["../outside.shards/0123456789abcdef.json", "/etc/passwd", "x.shards/../../y.json"])
def test_a_catalogue_naming_a_file_outside_its_shards_is_refused(built_db: Path, entry: str) -> None:
    data = orjson.loads(built_db.read_bytes())
    data["shards"]["1"]["file"] = entry
    built_db.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="not a shard"):
        CorpusDB.open(built_db)


def test_a_build_removes_the_shards_only_a_replaced_db_had_and_keeps_its_backups(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    db = CorpusDB.open(path, create=True, backups=1)
    first = helpers.extract([article(3)])
    db.replace_all(first, None)
    one = set(shard_files(path))
    db.replace_all(helpers.extract([article(4)]), None)
    two = set(shard_files(path))
    assert one <= two  # the first build's catalogue is the backup: its shards stay
    db.replace_all(helpers.extract([article(5)]), None)
    assert not one & set(shard_files(path))  # nothing refers to them any more
    assert CorpusDB.open(path.parent / "corpus.json.bak.1").articles()  # the backup still loads


def test_a_shared_db_has_shards_as_readable_as_itself(tmp_path: Path) -> None:
    path = tmp_path / "corpus.json"
    os.chmod(tmp_path, 0o755)
    path.write_bytes(b"{}")
    os.chmod(path, 0o644)
    CorpusDB.open(path).replace_all(helpers.extract([article(6)]), None)
    assert shard_dir(path).stat().st_mode & 0o777 == 0o755
    assert all(p.stat().st_mode & 0o777 == 0o644 for p in shard_dir(path).iterdir())


def _add_killed_after(path: Path, step: str, nth: int, layout: str) -> bool:
    """An add in a forked process that is SIGKILLed right after its ``nth`` ``os.<step>`` call (no
    cleanup runs, as for `kill -9`); True if the add finished before that call came."""
    from tests.faults.fileops import fork_trial, trial_exit_code

    pid = fork_trial()
    if pid == 0:  # the child: never returns
        status = 3  # the add raised
        try:
            real = getattr(os, step)
            calls = 0

            def stopping(*args):
                nonlocal calls
                result = real(*args)
                calls += 1
                if calls == nth:
                    os.kill(os.getpid(), signal.SIGKILL)
                return result

            setattr(os, step, stopping)
            new = helpers.make_article(f"Step {step} {nth}: officials said 3 new claims were filed.\n")
            if layout in (
                "catalogue",
                "article_files",
                "unlisted_article_files",
            ):  # as `factscope add` does: the catalogue alone, linked through the link index
                from store.build import add_articles

                db = CorpusDB.open_part(path, lambda _articles: None)
                assert not db.complete
                add_articles(db, [new])
            else:
                CorpusDB.open(path).add(helpers.extract([new]))
            status = 0
        except BaseException:
            traceback.print_exc()
        finally:
            os._exit(status)
    code = trial_exit_code(pid)
    assert code in (0, -signal.SIGKILL), f"the add failed ({code}) at {step} {nth}"
    return code == 0


def _unlist_article_ids(path: Path) -> None:
    """The catalogue as written before article-file entries listed their articles' ids."""
    from store.atomic import atomic_write_bytes

    data = orjson.loads(path.read_bytes())
    for entry in data["article_files"].values():
        entry.pop("ids", None)
        entry.pop("spans", None)
    atomic_write_bytes(path, orjson.dumps(data))


@pytest.mark.parametrize("layout", ["shards", "converting", "catalogue", "article_files", "unlisted_article_files"])
def test_sigkill_after_any_write_fsync_or_replace_of_an_add_leaves_the_old_or_the_new_db(
    built_db: Path, layout: str, monkeypatch
) -> None:
    """Killed after each file operation of an add (of the conversion of a single-file DB, of an
    add that reads the catalogue alone and no article file, and of one that gives the article-file
    entries of an older catalogue their ids): the DB loads, holding the articles it had, or those
    plus the new one; nothing else."""
    files = layout in ("article_files", "unlisted_article_files")
    if layout == "catalogue" or files:  # in shards of about 20 claims: the add reads the catalogue alone
        import store.shards

        monkeypatch.setattr(store.shards, "CLAIMS_PER_SHARD", 20)
        if files:  # the articles in article files, and each add writes one of its own
            monkeypatch.setattr(store.shards, "HEAD_ARTICLES", 0)
            monkeypatch.setattr(store.shards, "ARTICLES_PER_FILE", 3)
        from corpus.pipeline import extract

        # the pipeline's modules and word tables loaded once here, not again in each forked add
        extract([helpers.make_article("Officials said 2 ferries were late.\n")])

        db = CorpusDB.open(built_db)
        db.store_index(db._index)
        assert len(shard_files(built_db)) > 2
        assert ("article_files" in orjson.loads(built_db.read_bytes())) == files
    kills = 0
    for step in ("write", "fsync", "replace"):
        for nth in range(1, 6):
            if layout == "converting":
                helpers.as_single_file(built_db)
            if layout == "unlisted_article_files":
                _unlist_article_ids(built_db)
            before = {a.id for a in CorpusDB.open(built_db).articles()}
            claims_before = {c.id for c in CorpusDB.open(built_db).claims()}
            finished = _add_killed_after(built_db, step, nth, layout)
            after = CorpusDB.open(built_db)
            now = {a.id for a in after.articles()}
            assert now == before or (len(now - before) == 1 and before < now), (step, nth)
            new_claims = {c.id for a in now - before for c in after.claims_for_article(a)}
            assert {c.id for c in after.claims()} == claims_before | new_claims, (step, nth)
            assert bool(new_claims) == (now != before), (step, nth)
            if files:  # every entry lists its ids, or (the old catalogue kept) none does
                listed = {"ids" in e for e in orjson.loads(built_db.read_bytes())["article_files"].values()}
                assert listed == {layout == "article_files" or now != before}, (step, nth)
            if finished:
                assert len(now - before) == 1, (step, nth)  # an add that finished landed
                break  # fewer calls than nth
            kills += 1
    assert kills >= 6  # each kind of call was reached, more than once


def many_shards(tmp_path: Path, monkeypatch) -> tuple[Path, list]:
    """A DB of six articles in shards of about two claims (an article never split)."""
    import store.shards

    monkeypatch.setattr(store.shards, "CLAIMS_PER_SHARD", 2)
    path = tmp_path / "corpus.json"
    articles = [article(n) for n in range(10, 16)]
    CorpusDB.open(path, create=True).replace_all(helpers.extract(articles), None)
    return path, articles


def reads_of_shards(monkeypatch) -> list[str]:
    import store.shards

    read: list[str] = []
    real = store.shards.read_shard

    def counted(db_path, entry, *more):
        read.append(entry if isinstance(entry, str) else entry["file"])
        return real(db_path, entry, *more)

    monkeypatch.setattr(store.shards, "read_shard", counted)
    return read


def test_a_part_holds_every_article_and_the_claims_of_the_one_chosen(tmp_path: Path, monkeypatch) -> None:
    path, articles = many_shards(tmp_path, monkeypatch)
    whole = CorpusDB.open(path)
    assert len(shard_files(path)) >= 3
    read = reads_of_shards(monkeypatch)
    part = CorpusDB.open_part(path, lambda found: next(a for a in found if a.id == articles[3].id))
    assert not part.complete and len(read) == 1  # one shard read
    assert [a.id for a in part.articles()] == [a.id for a in whole.articles()]
    assert part.claim_count(articles[0].id) == len(whole.claims_for_article(articles[0].id))  # from the catalogue
    assert part.claims_for_article(articles[3].id) == whole.claims_for_article(articles[3].id)
    assert len(read) == 1
    for link in part.xrefs_for_claim(whole.claims_for_article(articles[3].id)[0].id):  # links among what is read
        assert part._index.claims.get(link.source) and part._index.claims.get(link.target)
    assert part.claims_for_article(articles[0].id) == whole.claims_for_article(articles[0].id)  # read on demand
    assert len(read) == 2 and not part.complete
    assert part.claims() == whole.claims()  # a question about everything reads everything
    assert part.complete and part.xrefs() == whole.xrefs()


def test_loading_the_rest_of_a_part_gives_the_whole_db(tmp_path: Path, monkeypatch) -> None:
    path, articles = many_shards(tmp_path, monkeypatch)
    whole = CorpusDB.open(path)
    part = CorpusDB.open_part(path, lambda found: found[0])
    assert part.load_rest() and part.complete and not part.load_rest()
    assert part.claims() == whole.claims() and part.xrefs() == whole.xrefs()
    for claim in whole.claims():
        assert part.xrefs_for_claim(claim.id) == whole.xrefs_for_claim(claim.id)
    assert part.claim_count(articles[2].id) == len(whole.claims_for_article(articles[2].id))


def test_an_add_to_a_part_links_against_every_claim(tmp_path: Path, monkeypatch) -> None:
    path, _ = many_shards(tmp_path, monkeypatch)
    part = CorpusDB.open_part(path, lambda found: found[0])
    seen: list[int] = []

    def extend(current, new):
        seen.append(len(current.claims))
        return helpers.extend(current, new)

    from store.build import add_articles

    add_articles(part, [article(20)], extend=extend)
    assert seen == [len(CorpusDB.open(path).claims()) - len(CorpusDB.open(path).claims_for_article(article(20).id))]


def test_a_catalogue_with_malformed_article_counts_fails_closed(built_db: Path) -> None:
    data = orjson.loads(built_db.read_bytes())
    data["shards"]["1"]["articles"] = {"a1": "many"}
    built_db.write_bytes(orjson.dumps(data))
    with pytest.raises(CorruptDatabase, match="malformed article counts"):
        CorpusDB.open_part(built_db, lambda found: found[0])


def test_derived_files_of_a_part_are_made_shard_by_shard_never_from_a_whole_read(tmp_path: Path, monkeypatch) -> None:
    """A DB read in part whose links, claims and view files are missing (an upgrade, a deleted
    file): they are made from its shards a few at a time, equal to those of a whole read."""
    from store.claim_docs import ClaimDocs
    from store.links import LinkColumns
    from store.view_rows import ViewRows

    path, _articles = many_shards(tmp_path, monkeypatch)
    whole = CorpusDB.open(path)
    parts: list[int] = []
    link_parts: list[int] = []
    real, real_links = CorpusDB.stored_parts, CorpusDB.stored_links

    def counted(self, claims_per_part: int = 0):
        for claims, xrefs in real(self, 3):  # a few claims a part, so there are several
            parts.append(len(claims))
            yield claims, xrefs

    def counted_links(self, links_per_part: int = 0):
        for xrefs in real_links(self, 3):  # the links alone, a few a part
            link_parts.append(len(xrefs))
            yield xrefs

    monkeypatch.setattr(CorpusDB, "stored_parts", counted)
    monkeypatch.setattr(CorpusDB, "stored_links", counted_links)
    part = CorpusDB.open_part(path, lambda found: found[0])
    links, problem = LinkColumns.from_db(part)
    docs, docs_problem = ClaimDocs.from_db(part)
    views, views_problem = ViewRows.from_db(part)
    assert problem is None and docs_problem is None and views_problem is None
    assert not part.complete  # no whole read
    assert len(parts) > 2 and sum(parts) == 2 * len(whole.claims())  # the shards, once for each file
    assert len(link_parts) > 2 and sum(link_parts) == len(whole.xrefs())  # and once for the links
    made = ViewRows.of(whole.claims(), {a.id: a for a in whole.articles()}, path)
    assert views.arrays.keys() == made.arrays.keys()
    assert all(np.array_equal(views.arrays[name], made.arrays[name]) for name in made.arrays)
    assert links.all() == whole.xrefs() and len(whole.xrefs()) > 0
    for claim in whole.claims():
        assert links.of_claim(claim.id) == whole.xrefs_for_claim(claim.id)
        assert docs.claim(claim.id) == claim
    mapped, _ = LinkColumns.from_db(CorpusDB.open_part(path, lambda found: found[0]))
    assert mapped.all() == whole.xrefs()  # saved, and mapped by the next reader


def test_a_malformed_link_in_a_shard_fails_closed_when_made_by_parts(tmp_path: Path, monkeypatch) -> None:
    from store.links import LinkColumns
    from store.shards import read_shard

    path, _articles = many_shards(tmp_path, monkeypatch)
    entries = CorpusDB.open(path)._index.shards
    damaged = next(e for e in entries if e["xrefs"])
    data = read_shard(path, damaged["file"])
    data["xrefs"]["1"]["relation"] = "\x1b[31mowned"
    raw = orjson.dumps(data)
    (path.parent / damaged["file"]).write_bytes(raw)
    catalogue = orjson.loads(path.read_bytes())  # its checksum that of the malformed shard: written so
    entry = next(e for e in catalogue["shards"].values() if e["file"] == damaged["file"])
    entry.update(crc32=f"{zlib.crc32(raw):08x}", size=len(raw))
    path.write_bytes(orjson.dumps(catalogue))
    with pytest.raises(CorruptDatabase, match="unknown relation"):
        LinkColumns.from_db(CorpusDB.open_part(path, lambda found: found[0]))
