"""The link index: every stored claim's link features and blocks, so an add links without reading the corpus.

A derived file beside the corpus DB (``<db>.links.sqlite``), never the record: it is rebuilt from
the shards when missing, unreadable or of another pipeline, and it says which shard files it
covers, so a DB written by a process that did not update it (or killed before it could) is caught
up by indexing just the shards it lacks. Only writers use it, under the DB's write lock.

For a new claim, an add asks each of its blocks for the old claims next to where it falls in the
block's order (``corpus.xref.blocking.Nearby``) and reads only those claims' features: the work is
in proportion to the article, and the pairs are those a build would make. It also keeps each
indexed claim's stored document and every link's ends and relation, so an add needs no claim
object but those it links against, and no stored link but those of the claims it meets: the
corpus DB's own shards are not read. It keeps too the candidate links the per-claim caps left out,
and which claims it has all of them for, so that an add weighing a claim's candidates again (a
link of it pushed out) reads them instead of relating the claim's pairs again; an add hands its
changes to them to the indexing of its shard (``keep``); a shard indexed without them (its
add killed first, an index made again) has the candidates of the claims they may have changed (of
every claim, for an index made again) weighed again, in processes (store/link_remake.py). SQLite (standard library) because the question is "the ten
members of block K just before and after position P" over a million rows, which its B-tree
answers in microseconds; see docs/storage.md for figures.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import orjson

from corpus.model import Article, Claim, XRef, is_background
from corpus.xref.blocking import (
    ADJACENT,
    NEIGHBOURS,
    SMALL_BLOCK,
    BlockKey,
    Nearby,
    OldBlocks,
    SortKey,
    block_keys,
    skipped_block,
    sort_key,
    window_partners,
)
from corpus.xref.features import Features, features
from corpus.xref.link import LeftOut, LeftOutChanges, LeftOutLink, PairKey, StaleLeftOut, Stored
from corpus.xref.stored import MalformedFeatures, article_doc, article_values, features_schema, from_doc, to_doc
from store import dumped, link_remake
from store.corpus_index import CorpusIndex, claims_of
from store.errors import CorruptDatabase, DamagedShard
from store.validate import check_loaded

SUFFIX = ".links.sqlite"
_START_OVER = 100  # shards gone from the DB past which the index is emptied rather than pruned
BATCH_SHARDS = 20  # shards indexed per transaction when many are missing (``LinkIndex.sync``)
Progress = Callable[[int, int, str], None]  # (done, total, label), as the CLI's progress reporter takes
FORMAT = 5  # the layout of the tables below (5: left_out, weighed)
_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS shards (file TEXT PRIMARY KEY);
CREATE TABLE IF NOT EXISTS claims (id TEXT PRIMARY KEY, shard TEXT NOT NULL, article TEXT NOT NULL,
                                   features BLOB NOT NULL, doc BLOB NOT NULL);
CREATE INDEX IF NOT EXISTS claims_by_shard ON claims (shard);
CREATE INDEX IF NOT EXISTS claims_by_article ON claims (article);
CREATE TABLE IF NOT EXISTS links (shard TEXT NOT NULL, source TEXT NOT NULL, target TEXT NOT NULL,
                                  relation TEXT NOT NULL, score REAL NOT NULL, rule TEXT);
CREATE INDEX IF NOT EXISTS links_by_shard ON links (shard);
CREATE INDEX IF NOT EXISTS links_by_source ON links (source);
CREATE INDEX IF NOT EXISTS links_by_target ON links (target);
CREATE TABLE IF NOT EXISTS articles (id TEXT PRIMARY KEY, features BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS blocks (key TEXT NOT NULL, position TEXT NOT NULL, claim TEXT NOT NULL,
                                   PRIMARY KEY (key, position, claim)) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS left_out (a TEXT NOT NULL, b TEXT NOT NULL, relation TEXT NOT NULL, score REAL NOT NULL,
                                     forward INTEGER NOT NULL, PRIMARY KEY (a, b)) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS left_out_by_b ON left_out (b);
CREATE TABLE IF NOT EXISTS weighed (claim TEXT PRIMARY KEY) WITHOUT ROWID;
"""
# The lookups by shard, by link end and by a left-out candidate's second claim, (statement, name): a build
# makes them after the rows (insert_all).
_SECONDARY = re.findall(r"^(CREATE INDEX IF NOT EXISTS (\w+) .*;)$", _SCHEMA, re.MULTILINE)


class BrokenLinkIndex(Exception):
    """The file is not a link index we can read: it is rebuilt."""


def index_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


@lru_cache(maxsize=65536)  # the same few block keys, asked for by claim after claim
def _key_text(key: BlockKey) -> str:
    return orjson.dumps(list(key)).decode()


def _position(key: SortKey) -> str:
    """A sort key as text that sorts the same: the claim's start zero-padded, fields split by a
    character below any printable one."""
    when, article, start, claim = key
    return f"{when}\x1f{article}\x1f{start:012d}\x1f{claim}"


def _version() -> str:
    from corpus.version import PIPELINE_VERSION

    return f"{FORMAT}/{PIPELINE_VERSION}/{features_schema()}"


def _connect(path: Path, whole: bool) -> sqlite3.Connection:
    # (closed by another thread after an add: ``close_behind``; never used by two at once)
    connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    try:
        # An add changes a few rows on pages all over a large file: with a write-ahead log, its commit
        # appends them once and waits for no disk (synchronous=NORMAL; a commit lost to a power cut is
        # a shard the next add indexes again), where a rollback journal copied each page first and
        # waited twice. A build writes a new file: its pages are new, so a rollback journal costs it
        # nothing, where a log would write them all twice (once more into the file).
        connection.execute(f"PRAGMA journal_mode={'DELETE' if whole else 'WAL'}")
        connection.execute("PRAGMA synchronous=NORMAL")
        if not whole:  # the log is copied into the file when the connection closes (``close_behind``), not
            # by the add's commit once it is 1,000 pages (which waits for the disk: 0.2 s of an add)
            connection.execute("PRAGMA wal_autocheckpoint=0")
    except BaseException:
        connection.close()
        raise
    return connection


def _usable(connection: sqlite3.Connection) -> bool:
    try:
        connection.execute("SELECT 1")
    except sqlite3.ProgrammingError:  # closed
        return False
    return True


@dataclass(frozen=True, slots=True)
class Encoded:
    """A claim's rows in the link index, as bytes and text: a build makes them where it computed the
    claim's features (corpus/parallel.py's workers), so that writing the index is inserting them."""

    claim: Claim
    features: bytes  # the claim-owned features (corpus/xref/stored.py to_doc)
    doc: bytes  # the claim's stored document
    position: str  # where it sorts in each of its blocks
    blocks: tuple[str, ...]  # its block keys
    article: bytes  # its article's shared features (article_doc)


def encode(described: Sequence[Features | Encoded]) -> list[Encoded]:
    """Each claim's ``Encoded`` rows, in order (those already encoded as they are)."""
    articles: dict[str, bytes] = {}
    out = []
    for f in described:
        if isinstance(f, Encoded):
            out.append(f)
            continue
        article = articles.get(f.article.id)
        if article is None:
            article = articles[f.article.id] = dumped.dumps(article_doc(f))
        blocks = tuple(_key_text(key) for key in block_keys(f))
        out.append(
            Encoded(f.claim, dumped.dumps(to_doc(f)), dumped.dumps(f.claim), _position(sort_key(f)), blocks, article)
        )
    return out


def _block_rows(encoded: Sequence[Encoded]) -> list[tuple[str, str, str]]:
    """Every (block key, position, claim) row of ``encoded``, in sorted order. The same list as sorting
    the rows, made by sorting the claims once and the keys once: a build's rows are ~180 a claim over
    a few thousand keys, and sorting them as tuples compared their positions ~19 times a row (a build of
    2,000 synthetic articles: 365,000 rows, 0.38 s against 0.14)."""
    by_key: dict[str, list[tuple[str, str, str]]] = {}
    for e in sorted(encoded, key=lambda e: (e.position, e.claim.id)):
        for key in e.blocks:
            rows = by_key.get(key)
            if rows is None:
                rows = by_key[key] = []
            rows.append((key, e.position, e.claim.id))
    return [row for key in sorted(by_key) for row in by_key[key]]


class LinkIndex:
    """An open link index; ``sync`` it with the DB's shards before asking it for blocks."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._db = connection
        self._read: dict[str, Features] = {}  # claims decoded during this add
        self._shared: dict[str, dict[str, Any]] = {}  # their articles' shared fields, decoded

    @classmethod
    def open(cls, db_path: Path, *, whole: bool = False) -> LinkIndex:
        """The index beside ``db_path``, created empty if missing; one of another version or
        unreadable is started afresh. ``whole``: for writing a whole new index (a build)."""
        _closed_behind()
        path = index_path(db_path)
        try:
            return cls._open(path, whole)
        except (sqlite3.DatabaseError, BrokenLinkIndex):
            _remove(path)
            return cls._open(path, whole)

    @classmethod
    def _open(cls, path: Path, whole: bool) -> LinkIndex:
        connection = _connect(path, whole)
        try:
            connection.executescript(_SCHEMA)
            found = connection.execute("SELECT value FROM meta WHERE name='version'").fetchone()
            if found is not None and found[0] != _version():
                raise BrokenLinkIndex(f"version {found[0]}")
            if found is None:
                if connection.execute("SELECT 1 FROM shards LIMIT 1").fetchone() is not None:
                    raise BrokenLinkIndex("no version")
                connection.execute("INSERT INTO meta VALUES ('version', ?)", (_version(),))
        except BaseException:
            connection.close()
            raise
        return cls(path, connection)

    def close(self) -> None:
        self._db.close()

    def for_adds(self) -> None:
        """Put a whole index just written in the journal mode adds write it in (``_connect``): the change
        writes and syncs the file (~0.3 s of wall time at 100k claims), paid here by the build, not by the
        first add after it."""
        self._db.execute("PRAGMA journal_mode=WAL")

    def close_behind(self) -> None:
        """Close in a thread of its own while this one goes on: the last connection's close copies the
        write-ahead log into the file and waits for the disk (~0.2 s of an add at 100k claims, for
        0.03 s of CPU), which an add need not wait for (the commit is in the log; another connection,
        in this process or another, reads it until then). The process waits for it before it ends,
        and opens or removes no link index before it is done (``_closed_behind``)."""
        closing = threading.Thread(target=self._db.close, name="link index close")
        closing.start()
        _closing.append(closing)

    # -- keeping up with the DB ---------------------------------------------------------
    def sync(
        self,
        db_path: Path,
        entries: Sequence[Mapping[str, Any]],
        articles: Mapping[str, Article],
        changes: LeftOutChanges | None = None,
        described: Sequence[Features] = (),
        progress: Progress | None = None,
    ) -> None:
        """Cover exactly the shard files ``entries`` lists: forget the others, index the missing
        ones (reading them; ``articles`` holds their articles). ``changes``: what the add that
        wrote the one missing shard changed of the left-out candidates; without them, the
        left-out candidates of the claims the missing shards may have changed (of every claim when
        many are missing) are weighed again (``_unweigh_around``, ``_weigh_left_out``).
        ``described``: features already made of claims of those shards (the add's linking made
        them), each used only for a claim and article equal to the stored ones.

        Many missing shards (an index made again: every claim's features computed, minutes at a
        million claims) are indexed ``BATCH_SHARDS`` at a time, each batch committed, in the
        catalogue's order: a process stopped midway leaves what it indexed for the next to go on
        from, and ``progress(done, total, label)`` is told after each batch. The shards are read
        and their claims described in processes (store/link_remake.py), the rows inserted here in
        order: the same rows. A shard missing or
        damaged is ``DamagedShard`` (the index keeps what was committed: nothing of it is lost)."""
        made = {f.claim.id: f for f in described}
        wanted = [entry["file"] for entry in entries]
        covered = {row[0] for row in self._db.execute("SELECT file FROM shards")}
        gone = covered - set(wanted)
        missing = [file for file in wanted if file not in covered]
        if not gone and not missing:
            if self._weighing():
                self._weigh_left_out(articles, progress)
            return
        if len(gone) > _START_OVER:  # ``_forget`` empties the index: every shard is indexed again
            missing = wanted
        by_file = {entry["file"]: entry for entry in entries}
        one = changes is not None and not gone and len(missing) == 1
        # every claim's left-out candidates weighed again, or those of the claims the missing shards' may change
        whole = bool(gone) or len(missing) > BATCH_SHARDS
        batches = [missing[at : at + BATCH_SHARDS] for at in range(0, len(missing), BATCH_SHARDS)] or [[]]
        claims_missing = sum(by_file[file].get("claims", 0) for file in missing)
        label = "link index made again: indexing the stored claims (once)"
        if progress is not None and len(batches) > 1:
            progress(0, claims_missing, label)
        done = 0
        context = {"db_path": db_path, "articles": articles, "made": made}
        with link_remake.pool(claims_missing, context) as run:
            for number, batch in enumerate(batches):
                with self.transaction():
                    if number == 0:
                        if gone:
                            self._forget(gone)
                        if whole:
                            self._forget_left_out()
                    indexed: set[str] = set()
                    ends: set[str] = set()  # of the links the shards stored or took back
                    # a few shards' rows at a time in memory (~17 KB a claim, most of it its block keys)
                    for at in range(0, len(batch), link_remake.SHARDS_AT_ONCE):
                        part = [by_file[f] for f in batch[at : at + link_remake.SHARDS_AT_ONCE]]
                        rows = [link_remake.rows_of(db_path, r) for r in run(link_remake.shard_rows, part)]
                        indexed |= self._index_rows(rows)
                        for shard in rows:
                            ends.update(end for x in shard.xrefs for end in (x.source, x.target))
                            ends.update(end for source, target, _relation in shard.unlinked for end in (source, target))
                        del rows
                    if one and changes is not None and indexed == changes.new_claims:
                        self._keep_left_out(changes)
                    elif not whole:
                        self._unweigh_around(indexed, ends, articles)
                done += sum(by_file[file].get("claims", 0) for file in batch)
                if progress is not None and len(batches) > 1:
                    progress(done, claims_missing, label)
        if self._weighing():
            self._weigh_left_out(articles, progress)

    def _index_rows(self, rows: Sequence[link_remake.ShardRows]) -> set[str]:
        """Index the shards' rows, in order; the ids of the claims indexed."""
        indexed: set[str] = set()
        for shard in rows:
            indexed.update(e.claim.id for e in shard.encoded)
            self.insert(shard.file, shard.encoded, shard.xrefs)
            # the links this shard's add took back (store/shards.py): gone from the earlier shards
            self._db.executemany("DELETE FROM links WHERE source=? AND target=? AND relation=?", shard.unlinked)
        return indexed

    # -- the left-out candidates when an add's changes to them are not known ----------------------
    def _weighing(self) -> bool:
        """Whether some claims' left-out candidates are still to be weighed again (``_weigh_left_out``)."""
        return self._db.execute("SELECT 1 FROM meta WHERE name='weighing'").fetchone() is not None

    def _unweigh_around(self, new: set[str], ends: set[str], articles: Mapping[str, Article]) -> None:
        """Shards indexed without their adds' changes to the left-out candidates (an add killed before it
        indexed its shard): the claims whose candidates those adds may have changed are to be weighed
        again. They are the new claims, every claim a build pairs with one (a new candidate), the ends of
        each link the shards stored or took back (a link kept or pushed out, a citation made or taken
        back), and every member of a block the new claims made large (its pairs, all made before, are
        now only neighbours'): a pair's candidate changes only with one of these."""
        stored = _IndexStored(self, articles)
        affected = set(new)
        in_block: dict[BlockKey, int] = {}
        for claim_id in sorted(new):
            f = stored.features(claim_id)
            affected.update(g.claim.id for g in stored.partners(f, {}))
            for key in block_keys(f):
                in_block[key] = in_block.get(key, 0) + 1
        for key, count in in_block.items():
            members = [
                c
                for (c,) in self._db.execute(
                    "SELECT claim FROM blocks WHERE key=? LIMIT ?", (_key_text(key), SMALL_BLOCK + count + 1)
                )
            ]
            if len(members) <= SMALL_BLOCK + count:  # small before these came
                affected.update(members)
        affected |= ends
        self._read.clear()
        self._db.executemany("DELETE FROM weighed WHERE claim=?", [(c,) for c in sorted(affected)])
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('weighing', '1')")

    def _weigh_left_out(self, articles: Mapping[str, Article], progress: Progress | None) -> None:
        """Weigh again the left-out candidates of every claim not marked weighed (store/link_remake.py), in
        processes, each task's committed in order with its claims marked; the claims taken an article at a
        time, in time order (a claim's partners are much its neighbours': decoded once, kept between claims)."""
        with self.transaction():
            self._db.execute("DROP TABLE IF EXISTS temp.pending")
            self._db.execute(
                "CREATE TEMP TABLE pending AS SELECT id FROM claims WHERE id NOT IN (SELECT claim FROM weighed)"
            )
            self._db.execute(
                "DELETE FROM left_out WHERE a IN (SELECT id FROM temp.pending) OR b IN (SELECT id FROM temp.pending)"
            )
            found = self._db.execute(
                "SELECT id, article FROM claims WHERE id IN (SELECT id FROM temp.pending)"
            ).fetchall()
            self._db.execute("DROP TABLE temp.pending")

        def in_time(row: tuple[str, str]) -> tuple[str, str, str]:  # each article's claims together, in time order
            article = articles.get(row[1])
            return ((article.published or "") if article is not None else "", row[1], row[0])

        pending = [claim_id for claim_id, _article in sorted(found, key=in_time)]
        tasks = [
            pending[at : at + link_remake.CLAIMS_PER_TASK] for at in range(0, len(pending), link_remake.CLAIMS_PER_TASK)
        ]
        label = "link index made again: weighing each claim's left-out links (once)"
        told = progress is not None and len(tasks) > 1
        if told and progress is not None:
            progress(0, len(pending), label)
        self._read.clear()
        forked = len(pending) >= link_remake.MIN_CLAIMS
        if forked:  # no connection of this process is copied into the workers (SQLite's rule): made again after
            self._db.close()
        try:
            rank = {claim_id: place for place, claim_id in enumerate(pending)}
            context: dict[str, Any] = {"index": self.path, "articles": articles, "rank": rank}
            if not forked:
                context["open"] = self
            with link_remake.pool(len(pending), context) as run:
                if forked:
                    self._db = _connect(self.path, whole=False)
                done = 0
                step = link_remake.TASKS_PER_COMMIT
                for at in range(0, len(tasks), step):
                    chunk = tasks[at : at + step]
                    found = run(link_remake.left_out_of, chunk)
                    with self.transaction():
                        self._insert_left_out([x for rows in found for x in rows])
                        self._db.executemany(
                            "INSERT OR IGNORE INTO weighed VALUES (?)", [(c,) for ids in chunk for c in ids]
                        )
                    done += sum(len(ids) for ids in chunk)
                    if told and progress is not None:
                        progress(done, len(pending), label)
        finally:
            if forked and not _usable(self._db):
                self._db = _connect(self.path, whole=False)
            self._read.clear()
        with self.transaction():
            self._db.execute("DELETE FROM meta WHERE name='weighing'")

    def _keep_left_out(self, changes: LeftOutChanges) -> None:
        self._db.executemany("DELETE FROM left_out WHERE a=? AND b=?", sorted(_ends(key) for key in changes.gone))
        self._insert_left_out(changes.left_out)
        self._db.executemany("INSERT OR IGNORE INTO weighed VALUES (?)", [(c,) for c in sorted(changes.complete)])

    def _insert_left_out(self, links: Sequence[LeftOutLink]) -> None:
        rows = []
        for x in links:
            a, b = sorted((x.source, x.target))
            rows.append((a, b, x.relation, x.score, int(x.source == a)))
        self._db.executemany("INSERT OR REPLACE INTO left_out VALUES (?, ?, ?, ?, ?)", sorted(rows))

    def _forget_left_out(self) -> None:
        """Every claim's left-out candidates to be weighed again (``_weigh_left_out``)."""
        self._db.execute("DELETE FROM left_out")
        self._db.execute("DELETE FROM weighed")
        self._db.execute("INSERT OR REPLACE INTO meta VALUES ('weighing', '1')")

    def left_out(self, claim_id: str) -> tuple[bool, list[LeftOutLink]]:
        """The claim's stored left-out candidates, and whether they are all of them."""
        complete = self._db.execute("SELECT 1 FROM weighed WHERE claim=?", (claim_id,)).fetchone() is not None
        rows = self._db.execute(
            "SELECT a, b, relation, score, forward FROM left_out WHERE a=?1"
            " UNION ALL SELECT a, b, relation, score, forward FROM left_out WHERE b=?1",
            (claim_id,),
        )
        return complete, [
            LeftOutLink(a, b, relation, score) if forward else LeftOutLink(b, a, relation, score)
            for a, b, relation, score, forward in rows
        ]

    def _forget(self, files: set[str]) -> None:
        if len(files) > _START_OVER:  # a rebuilt DB: start over rather than delete row by row
            for table in ("shards", "claims", "blocks", "articles", "links", "left_out", "weighed"):
                self._db.execute(f"DELETE FROM {table}")
            return
        for file in files:
            ids = [row[0] for row in self._db.execute("SELECT id FROM claims WHERE shard=?", (file,))]
            for claim_id in ids:
                self._db.execute("DELETE FROM blocks WHERE claim=?", (claim_id,))
            self._db.execute("DELETE FROM claims WHERE shard=?", (file,))
            self._db.execute("DELETE FROM links WHERE shard=?", (file,))
            self._db.execute("DELETE FROM shards WHERE file=?", (file,))

    def insert(self, file: str, described: Sequence[Features | Encoded], xrefs: Sequence[XRef]) -> None:
        """Index shard ``file``: its claims' features (with their documents) and its links."""
        self.insert_shards([(file, described, xrefs)])

    def insert_shards(self, parts: Sequence[tuple[str, Sequence[Features | Encoded], Sequence[XRef]]]) -> None:
        """``insert`` each (file, described, xrefs), one statement per table for them all; block rows
        in key order, so that the B-tree grows at its end (the table holds the same rows)."""
        encoded = [(file, encode(described)) for file, described, _xrefs in parts]
        self._db.executemany(
            "INSERT OR REPLACE INTO claims VALUES (?, ?, ?, ?, ?)",
            [(e.claim.id, file, e.claim.article_id, e.features, e.doc) for file, rows in encoded for e in rows],
        )
        self._db.executemany(
            "INSERT INTO links VALUES (?, ?, ?, ?, ?, ?)",
            [
                (file, x.source, x.target, x.relation, x.score, x.rule)
                for file, _described, xrefs in parts
                for x in xrefs
            ],
        )
        self._db.executemany(
            "INSERT OR IGNORE INTO blocks VALUES (?, ?, ?)", _block_rows([e for _file, rows in encoded for e in rows])
        )
        articles = {e.claim.article_id: e.article for _file, rows in encoded for e in rows}
        self._db.executemany("INSERT OR IGNORE INTO articles VALUES (?, ?)", list(articles.items()))
        self._db.executemany("INSERT OR IGNORE INTO shards VALUES (?)", [(file,) for file, _d, _x in parts])

    def insert_all(
        self, parts: Sequence[tuple[str, Sequence[Features | Encoded], Sequence[XRef]]], left_out: LeftOut
    ) -> None:
        """``insert_shards`` into an empty index, with a build's ``left_out`` candidates (all of them
        for the claims of ``parts``), in one transaction: its secondary indexes are made after the
        rows (sorting once costs less than growing them row by row)."""
        with self.transaction():
            for _statement, name in _SECONDARY:
                self._db.execute(f"DROP INDEX {name}")
            self.insert_shards(parts)
            self._insert_left_out(left_out.links)
            self._db.executemany(
                "INSERT OR IGNORE INTO weighed VALUES (?)",
                sorted((f.claim.id,) for _file, described, _xrefs in parts for f in described),
            )
            for statement, _name in _SECONDARY:
                self._db.execute(statement)

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        self._db.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK")
            raise
        self._db.execute("COMMIT")

    # -- answering an add -------------------------------------------------------------------
    def old_blocks(self, articles: Mapping[str, Article]) -> OldBlocks:
        """``OldBlocks`` over the indexed claims; ``articles``: the DB's, as loaded and checked.
        Each claim met is made from its stored document, checked as a shard's claims are."""

        def nearby(key: BlockKey, new: list[SortKey]) -> Nearby:
            text = _key_text(key)
            head = self._db.execute(
                "SELECT position, claim FROM blocks WHERE key=? ORDER BY position LIMIT ?", (text, SMALL_BLOCK + 1)
            ).fetchall()
            if len(head) + len(new) <= SMALL_BLOCK:
                return Nearby(len(head), [self._features([c for _p, c in head], articles)] if head else [])
            if skipped_block(key, len(head) + len(new)):
                # a common word's block, large once the new claims are in: it pairs no one (``candidate_pairs``),
                # and what an add parts of it is weighed from the whole stored block (``members``), if it was
                # small, or not at all: its members next to the new ones are not read (most of an add's reads)
                return Nearby(len(head), [])
            runs: list[list[tuple[str, str]]] = []
            for position in (_position(k) for k in new):
                before = self._db.execute(
                    "SELECT position, claim FROM blocks WHERE key=? AND position<? ORDER BY position DESC LIMIT ?",
                    (text, position, NEIGHBOURS),
                ).fetchall()
                after = self._db.execute(
                    "SELECT position, claim FROM blocks WHERE key=? AND position>? ORDER BY position LIMIT ?",
                    (text, position, NEIGHBOURS),
                ).fetchall()
                window = [*reversed(before), *after]
                if runs and window and runs[-1] and window[0][0] <= runs[-1][-1][0]:
                    last = runs[-1][-1][0]
                    runs[-1].extend(row for row in window if row[0] > last)
                elif window:
                    runs.append(window)
            return Nearby(len(head), [self._features([c for _p, c in run], articles) for run in runs])

        return nearby

    def _read_articles(self, ids: set[str]) -> None:
        wanted = sorted(i for i in ids if i not in self._shared)
        for lo in range(0, len(wanted), 500):
            chunk = wanted[lo : lo + 500]
            marks = ",".join("?" * len(chunk))
            for article_id, doc in self._db.execute(f"SELECT id, features FROM articles WHERE id IN ({marks})", chunk):
                try:
                    self._shared[article_id] = article_values(orjson.loads(doc))
                except (orjson.JSONDecodeError, MalformedFeatures) as exc:
                    raise BrokenLinkIndex(str(exc)[:80]) from None

    def _features(self, ids: list[str], articles: Mapping[str, Article]) -> list[Features]:
        wanted = [i for i in dict.fromkeys(ids) if i not in self._read]
        for lo in range(0, len(wanted), 500):
            chunk = wanted[lo : lo + 500]
            marks = ",".join("?" * len(chunk))
            rows = self._db.execute(f"SELECT id, features, doc FROM claims WHERE id IN ({marks})", chunk).fetchall()
            claims = _claims([(claim_id, doc) for claim_id, _described, doc in rows], self.path)
            self._read_articles({c.article_id for c in claims})
            for claim, (claim_id, described, _doc) in zip(claims, rows, strict=True):
                self._read[claim_id] = _decoded(claim, described, articles, self._shared)
        missing = [i for i in ids if i not in self._read]
        if missing:
            raise BrokenLinkIndex(f"block member {missing[0]} has no features")
        return [self._read[i] for i in ids]

    def met(self) -> set[str]:
        """The stored claims this add has met (the only old ends its new links can have)."""
        return set(self._read)

    def stored_links(self, claim_ids: Sequence[str]) -> dict[str, list[XRef]]:
        """The stored links of each claim of ``claim_ids`` (either end; those it is the source of first,
        each part in the order stored): ends, relation, score and rule, as linking weighs them (the
        reason is not kept). An add asks for a few thousand claims' links: a query per few hundred."""
        ends: dict[str, tuple[list[tuple[int, XRef]], list[tuple[int, XRef]]]] = {c: ([], []) for c in claim_ids}
        wanted = list(ends)
        for lo in range(0, len(wanted), 500):
            chunk = wanted[lo : lo + 500]
            marks = ",".join("?" * len(chunk))
            for side, query in enumerate((f"source IN ({marks})", f"target IN ({marks}) AND source<>target")):
                rows = self._db.execute(
                    f"SELECT rowid, source, target, relation, score, rule FROM links WHERE {query}", chunk
                )
                for rowid, source, target, relation, score, rule in rows:
                    ends[target if side else source][side].append(
                        (rowid, XRef(source, target, relation, score, "", rule))
                    )
        return {
            c: [x for _rowid, x in [*sorted(mine, key=_rowid), *sorted(theirs, key=_rowid)]]
            for c, (mine, theirs) in ends.items()
        }

    def stored(self, articles: Mapping[str, Article]) -> Stored:
        """What an add links against (``corpus.xref.link.Stored``); ``articles``: the DB's, as
        loaded and checked."""
        return _IndexStored(self, articles)

    def block_head(self, key: BlockKey) -> list[str]:
        """A block's first ``SMALL_BLOCK + 1`` members: all of a small block."""
        rows = self._db.execute(
            "SELECT claim FROM blocks WHERE key=? ORDER BY position LIMIT ?", (_key_text(key), SMALL_BLOCK + 1)
        )
        return [c for (c,) in rows]

    def block_rows(self, key: BlockKey, position: str, count: int) -> tuple[list[str], list[str]]:
        """Up to ``count`` members of block ``key`` on each side of ``position``, nearest first."""
        text = _key_text(key)
        down = self._db.execute(
            "SELECT claim FROM blocks WHERE key=? AND position<? ORDER BY position DESC LIMIT ?",
            (text, position, count),
        )
        up = self._db.execute(
            "SELECT claim FROM blocks WHERE key=? AND position>? ORDER BY position LIMIT ?", (text, position, count)
        )
        return [c for (c,) in down], [c for (c,) in up]

    def block_size(self, key: BlockKey) -> int:
        """A block's size, exactly up to ``SMALL_BLOCK + 1``."""
        (size,) = self._db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM blocks WHERE key=? LIMIT ?)", (_key_text(key), SMALL_BLOCK + 1)
        ).fetchone()
        return int(size)

    def between(self, key: BlockKey, first: str, last: str, limit: int) -> int:
        """How many members of a block sort strictly between two positions, exactly up to ``limit``."""
        (count,) = self._db.execute(
            "SELECT count(*) FROM (SELECT 1 FROM blocks WHERE key=? AND position>? AND position<? LIMIT ?)",
            (_key_text(key), first, last, limit),
        ).fetchone()
        return int(count)

    def article_claims(self, article_id: str) -> list[str]:
        return [c for (c,) in self._db.execute("SELECT id FROM claims WHERE article=?", (article_id,))]


class _IndexStored:
    """``corpus.xref.link.Stored`` over a link index: only the claims an add meets are read."""

    def __init__(self, index: LinkIndex, articles: Mapping[str, Article]) -> None:
        self._index = index
        self._articles = articles
        self.nearby = index.old_blocks(articles)

    def _features(self, ids: list[str]) -> list[Features]:
        return self._index._features(ids, self._articles)

    def features(self, claim_id: str) -> Features:
        return self._features([claim_id])[0]

    def links(self, claim_ids: Sequence[str]) -> dict[str, list[XRef]]:
        return self._index.stored_links(claim_ids)

    def left_out(self, claim_id: str) -> tuple[bool, list[LeftOutLink]]:
        return self._index.left_out(claim_id)

    def keep(self, changes: Callable[[], LeftOutChanges]) -> None:
        _kept[self._index.path] = changes()

    def members(self, key: BlockKey) -> list[Features]:
        return self._features(self._index.block_head(key))

    def block_size(self, key: BlockKey) -> int:
        return self._index.block_size(key)

    def between(self, key: BlockKey, first: SortKey, last: SortKey, limit: int) -> int:
        return self._index.between(key, _position(first), _position(last), limit)

    def partners(self, f: Features, new: Mapping[BlockKey, Sequence[SortKey]]) -> list[Features]:
        claims = sorted(self._features(self._index.article_claims(f.claim.article_id)), key=lambda g: g.claim.start)
        at = next(i for i, g in enumerate(claims) if g.claim.id == f.claim.id)
        found = [*claims[max(0, at - ADJACENT) : at], *claims[at + 1 : at + 1 + ADJACENT]]
        for key in block_keys(f):
            head = self._index.block_head(key)
            added = new.get(key, ())
            if len(head) <= SMALL_BLOCK:
                at = head.index(f.claim.id)
                before, after, size = head[:at], head[at + 1 :], len(head)
            else:  # large already: the members near it are enough
                down, after = self._index.block_rows(key, _position(sort_key(f)), NEIGHBOURS + len(added))
                before, size = down[::-1], len(head)
            found += window_partners(key, self._features(before), self._features(after), sort_key(f), added, size)
        return list({g.claim.id: g for g in found}.values())


def _described(made: Features | None, claim: Claim, article: Article) -> Features:
    """``claim``'s features: ``made`` if it was made of this claim and article, else made now."""
    if made is not None and made.claim == claim and made.article == article:
        return made
    return features(claim, article)


def _claims(rows: list[tuple[str, bytes]], path: Path) -> list[Claim]:
    """Block members' claims from their stored documents (id, document), checked together as a loaded
    shard's are."""
    try:
        claims = claims_of([orjson.loads(doc) for _id, doc in rows])
        check_loaded(path, (), {claim.id: claim for claim in claims}, (), [])
    except (orjson.JSONDecodeError, CorruptDatabase, TypeError, KeyError, AttributeError, ValueError) as exc:
        raise BrokenLinkIndex(str(exc)[:80]) from None
    for claim, (claim_id, _doc) in zip(claims, rows, strict=True):
        if claim.id != claim_id:
            raise BrokenLinkIndex(f"claim {claim_id} holds another's document")
    return claims


def _decoded(
    claim: Claim, doc: bytes, articles: Mapping[str, Article], shared: Mapping[str, dict[str, Any]]
) -> Features:
    if claim.article_id not in articles or claim.article_id not in shared:
        raise BrokenLinkIndex("it holds a claim the DB does not")
    try:
        return from_doc(orjson.loads(doc), claim, articles[claim.article_id], shared[claim.article_id])
    except (orjson.JSONDecodeError, MalformedFeatures, KeyError, TypeError, AttributeError, ValueError) as exc:
        raise BrokenLinkIndex(str(exc)[:80]) from None


FAILURES = (sqlite3.Error, OSError, BrokenLinkIndex, CorruptDatabase, StaleLeftOut)  # an index that fails is rebuilt
# An add's changes to the left-out candidates (by index file), from its linking to the indexing of the
# shard it wrote, after its commit (index_new_shards): the same process, under the DB's lock.
_kept: dict[Path, LeftOutChanges] = {}


def _rowid(row: tuple[int, XRef]) -> int:
    return row[0]


def _ends(key: PairKey) -> tuple[str, str]:
    a, b = sorted(key)
    return a, b


@contextlib.contextmanager
def opened(db_path: Path, current: CorpusIndex, progress: Progress | None = None) -> Iterator[LinkIndex | None]:
    """The link index brought up to date with ``current``'s shards (which may be a catalogue
    alone: no claim is needed); None (link against every claim in memory) for a DB not yet in
    shards. Raises ``FAILURES``; ``DamagedShard`` (one of them) when a shard it has to index is
    missing or damaged. ``progress``: told how an index made again goes (``LinkIndex.sync``)."""
    if not current.shards:
        yield None
        return
    links = LinkIndex.open(db_path)
    try:
        links.sync(db_path, current.shards, current.articles, progress=progress)
        yield links
    finally:
        links.close()


def remove(db_path: Path) -> None:
    """Drop the link index (the next add rebuilds it)."""
    _remove(index_path(db_path))


def index_build(db_path: Path, stored: CorpusIndex, described: Sequence[Features | Encoded | LeftOut]) -> None:
    """After a build's commit: a new index of its claims, from the features the build computed
    (claims it has none for are indexed by the next add). A failure leaves it to the next add."""
    try:
        remove(db_path)
        links = LinkIndex.open(db_path, whole=True)
        try:
            by_article: dict[str, list[Features | Encoded]] = {}
            left_out = LeftOut()
            for f in described:
                if isinstance(f, LeftOut):  # at the end: what the caps left out (corpus.pipeline.linked)
                    left_out.links += f.links
                elif f.claim.id in stored.claims:
                    by_article.setdefault(f.claim.article_id, []).append(f)
            shard_of = {a: entry["file"] for entry in stored.shards for a in entry.get("articles") or {}}
            xrefs: dict[str, list[XRef]] = {}
            for x in stored.xrefs:  # a link is stored with its source claim (store/shards.py)
                source = stored.claims.get(x.source)
                xrefs.setdefault(shard_of.get(source.article_id, "") if source else "", []).append(x)
            parts = []
            for entry in stored.shards:
                held = (entry.get("articles") or {}).items()
                if all(len(by_article.get(a, ())) == n for a, n in held):  # else the next add indexes it
                    wanted = [f for a, _n in held for f in by_article.get(a, ()) if not is_background(f.claim)]
                    parts.append((entry["file"], wanted, xrefs.get(entry["file"], ())))
            links.insert_all(parts, left_out)
            links.for_adds()
        finally:
            links.close()
    except FAILURES:
        remove(db_path)


def index_new_shards(
    db_path: Path, stored: CorpusIndex, described: Sequence[Features] = (), progress: Progress | None = None
) -> None:
    """After an add's commit: index the shard it wrote, with what its linking changed of the
    left-out candidates and the features it made of its claims (``described``: those of a claim
    and article as stored are taken, not made again). A failure leaves that to the next add: a
    shard damaged leaves the index as it was (a repair mends the shard, not the index)."""
    changes = _kept.pop(index_path(db_path), None)
    try:
        links = LinkIndex.open(db_path)
        try:
            links.sync(db_path, stored.shards, stored.articles, changes, described, progress)
        except BaseException:
            links.close()
            raise
        links.close_behind()
    except DamagedShard:
        return
    except FAILURES:
        remove(db_path)


# Connections closing in threads of their own (``LinkIndex.close_behind``).
_closing: list[threading.Thread] = []


def _closed_behind() -> None:
    """Wait for the connections closing behind: a file removed or replaced under one would have the
    new file's write-ahead log removed by its close."""
    while _closing:
        _closing.pop().join()


def _before_fork() -> None:
    """No process is forked while a connection closes behind: the child would be a copy taken while
    the closing thread held SQLite's locks (its allocator's, its files'), which no thread of the child
    ever releases, and the child's first SQLite call (a build's forked link index writer) would wait
    for ever. ``os.fork`` (multiprocessing, concurrent.futures) waits for the close first."""
    _closed_behind()


os.register_at_fork(before=_before_fork)


def _remove(path: Path) -> None:
    _closed_behind()
    for name in (path, *(path.with_name(path.name + end) for end in ("-journal", "-wal", "-shm"))):
        with contextlib.suppress(OSError):
            os.unlink(name)
