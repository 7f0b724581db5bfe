"""The corpus DB: articles, claims, entities, xrefs and meta, in TinyDB files.

A catalogue file (the DB path) and shard files beside it (``store/shards.py``).
Loaded once per process into a ``CorpusIndex`` and queried in memory. Writes
(``replace_all`` for a build, ``add``/``update`` for new articles) run in one
storage transaction: under the catalogue's lock, on a fresh read, new shard
files first and one atomic replace of the catalogue at the end, so concurrent
adds all land and a crash leaves the old DB or the new one.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import orjson

from corpus.model import Article, Claim, Entity, Extraction, XRef
from corpus.sanitize import escape_unsafe
from store import backup, bodies, shards
from store.article_map import ArticleMap, in_order
from store.atomic import FileStamp, parse_tables, read_kept
from store.corpus_index import (
    READABLE_SCHEMAS,
    SCHEMA_VERSION,
    SEGMENTED_SCHEMA,
    CorpusIndex,
    claims_of,
    meta_doc,
    paused_gc,
    table_docs,
    xrefs_of,
)
from store.corpus_merge import AddResult, counts, merge_appended, merge_delta
from store.errors import CorruptDatabase, MissingDatabase, SchemaMismatch, UnknownId
from store.lock import BATCH_TIMEOUT
from store.storage import AtomicJSONStorage, Tables, Transaction
from store.validate import check_extraction, check_loaded

if TYPE_CHECKING:  # numpy, which it needs, is not imported for a first screen
    from store.links import LinkColumns

TABLES = ("articles", "claims", "entities", "xrefs", "meta")
CORPUS_KIND = "factscope.corpus"
__all__ = ["SCHEMA_VERSION", "TABLES", "AddResult", "CorpusDB", "WholeNeeded", "check_schema"]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def build_index(path: Path, data: Tables) -> CorpusIndex:
    """The in-memory index of a parsed file; malformed documents fail closed."""
    try:
        index = CorpusIndex.build(data)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        detail = escape_unsafe(" ".join(str(exc).split())[:120])
        raise CorruptDatabase(path, f"malformed document ({type(exc).__name__}: {detail})") from None
    check_loaded(path, index.articles.values(), index.claims, index.entities.values(), index.xrefs)
    return index


def load_index(
    path: Path, data: Tables, *, expanded: bool = False, read: Callable[[dict[str, Any]], bytes] | None = None
) -> CorpusIndex:
    """The index of a parsed catalogue with its article files and shards, or of a single-file DB;
    fails closed. ``expanded``: ``data``'s articles table already holds every article (a part's);
    ``read(entry)``: an article file's bytes, when the caller reads them itself."""
    files = shards.article_entries(path, data)
    if files and not expanded:
        data = shards.with_articles(path, data, read, files)
    entries = shards.shard_docs(path, data) if shards.is_catalogue(data) else None
    index = build_index(path, shards.assemble(path, data, entries))
    if entries is not None:
        index = replace(index, shards=tuple(entries), article_files=tuple(files))
    return index


@dataclass(slots=True)
class _Rest:
    """What a partly loaded DB (``CorpusDB.open_part``) has read of its catalogue's shards so far."""

    data: Tables  # the catalogue as parsed (its articles as the Articles made of them): the version the DB holds
    base: CorpusIndex  # articles, entities and meta, no claims
    counts: dict[str, int]  # claims per article, from the catalogue
    loaded: set[str] = field(default_factory=set)  # shard files read
    articles: set[str] = field(default_factory=set)  # articles whose claims are all read
    claims: list[Claim] = field(default_factory=list)
    xref_docs: list[dict[str, Any]] = field(default_factory=list)

    def index(self, path: Path) -> CorpusIndex:
        """The part read so far; links only between claims it holds."""
        claims = {claim.id for claim in self.claims}
        docs = [d for d in self.xref_docs if d.get("source") in claims and d.get("target") in claims]
        xrefs = xrefs_of(docs)
        base = self.base
        articles = base.articles
        if isinstance(articles, ArticleMap):  # the articles of the claims read, in stored order
            claimed = {claim.article_id for claim in self.claims}
            listed = [articles[article_id] for article_id in articles if article_id in claimed]
        else:
            listed = list(articles.values())
        index = CorpusIndex.from_parts(base.meta, listed, self.claims, list(base.entities.values()), xrefs)
        check_loaded(path, (), index.claims, (), xrefs)
        return replace(index, articles=articles, shards=base.shards, article_files=base.article_files, complete=False)

    def whole_data(self) -> Tables:
        """The catalogue as parsed with every article in its articles table (``load_index``'s ``expanded``)."""
        if isinstance(self.base.articles, ArticleMap):
            return {**self.data, "articles": shards.table(list(self.base.articles.values()))}
        return self.data


def _part_of(path: Path, data: Tables, read: Callable[[dict[str, Any]], bytes] | None = None) -> _Rest | None:
    """The catalogue ``data`` as a part to read from (its articles, with those of its article
    files, entities and meta, the claims counted from its shard entries); None for a single-file
    or one-shard DB, or a catalogue that does not map its articles to shards: those are read whole.
    ``read(entry)``: an article file's bytes, when the caller reads them itself."""
    entries = shards.shard_docs(path, data) if shards.is_catalogue(data) else []
    if len(entries) <= 1 or not all("articles" in entry for entry in entries):
        return None
    files = shards.article_entries(path, data)
    if read is None and files and ArticleMap.lists_ids(files):
        # each article file read when one of its articles is asked for (an add asks for a few)
        head = {name: docs for name, docs in data.items() if name not in ("shards", shards.ARTICLE_FILES)}
        base = build_index(path, head)
        articles = ArticleMap(path, files, base.articles.values())
        base = replace(base, articles=articles, shards=tuple(entries), article_files=tuple(files), complete=False)
        return _Rest(data, base, _claim_counts(entries))
    data = shards.with_articles(path, data, read, files)
    head = {name: docs for name, docs in data.items() if name not in ("shards", shards.ARTICLE_FILES)}
    base = build_index(path, head)
    base = replace(base, shards=tuple(entries), article_files=tuple(files), complete=False)
    # the articles kept as the objects just made, not also as parsed documents (the browser holds
    # the catalogue for its life: 2.2 MB less at 100k claims); a whole read and an add take them
    data = {**data, "articles": shards.table(list(base.articles.values()))}
    return _Rest(data, base, _claim_counts(entries))


def _claim_counts(entries: list[dict[str, Any]]) -> dict[str, int]:
    """Claims per article, from the catalogue's shard entries."""
    counts: dict[str, int] = {}
    for entry in entries:
        for article_id, count in (entry.get("articles") or {}).items():
            counts[article_id] = counts.get(article_id, 0) + count
    return counts


def _bodies_on_demand(
    path: Path, raw: bytes, fd: int, kept: list[tuple[Path, bytes, int, int]], articles: list[Article]
) -> None:
    """Let ``articles`` read their bodies back from the files they were parsed from: the article
    files ``kept`` (each file's path, bytes, open descriptor and article count, in the catalogue's
    order), then the catalogue's own (``raw``, ``fd``). Every descriptor is taken (closed at once
    when its articles keep their bodies: ``bodies.on_demand`` checks each span)."""
    at = 0
    for where, data, opened, count in kept:
        bodies.on_demand(where, data, opened, articles[at : at + count])
        at += count
    bodies.on_demand(path, raw, fd, articles[at:])


class WholeNeeded(Exception):
    """Raised by an update's ``compute`` that was given a catalogue alone and needs every claim."""


def check_schema(path: Path, data: Tables, *, allow_older: bool = False) -> None:
    """Accept an empty file-to-be or a corpus DB of our schema; refuse anything else.

    ``allow_older``: an older corpus DB is acceptable too (it is about to be
    rebuilt); a newer one or another kind of file (a user DB, a stranger's
    TinyDB file) never is, so nothing overwrites it.
    """
    if not any(data.get(name) for name in data):
        return
    meta = meta_doc(data)
    found = meta.get("schema_version")
    if meta.get("kind", CORPUS_KIND) != CORPUS_KIND:
        raise SchemaMismatch(path, None, SCHEMA_VERSION)
    if found in READABLE_SCHEMAS or (allow_older and isinstance(found, int) and found < SCHEMA_VERSION):
        return
    raise SchemaMismatch(path, found, SCHEMA_VERSION)


def full_index(
    path: Path,
    extraction: Extraction,
    fingerprint: str | None,
    *,
    pipeline_version: str | None,
    includes_bundled: bool,
) -> CorpusIndex:
    """The whole content of a freshly built DB, checked, in memory (nothing is written)."""
    check_extraction(path, extraction)
    meta = {
        "schema_version": SCHEMA_VERSION,
        "kind": CORPUS_KIND,
        "fingerprint": fingerprint,
        "pipeline_version": pipeline_version,
        "includes_bundled": includes_bundled,
        "built_at": _now(),
        "updated_at": _now(),
    }
    with paused_gc():
        index = CorpusIndex.from_parts(
            meta, extraction.articles, extraction.claims, extraction.entities, extraction.xrefs
        )
    index.meta["counts"] = counts(index)
    return index


def _version(stamp: FileStamp | None, claims: int) -> str | None:
    return None if stamp is None else f"{stamp.size}:{stamp.mtime_ns}:{claims}"


@dataclass(frozen=True, slots=True)
class Growth:
    """What this object's last add stored on top of the version ``base`` (a ``version_key``):
    the derived files of ``base`` plus these make the derived files of the new version."""

    base: str | None
    claims: list[Claim]  # after every claim of ``base``, in this order
    xrefs: list[XRef]  # after every xref of ``base``
    articles: list[Article]  # after every article of ``base``
    unlinked: list[XRef] = field(default_factory=list)  # xrefs of ``base`` taken back


class CorpusDB:
    """One corpus DB file, held in memory; see the module docstring."""

    def __init__(self, storage: AtomicJSONStorage, index: CorpusIndex, stamp: FileStamp | None) -> None:
        self._storage = storage
        self._index = index
        self._stamp = stamp
        self.warnings: list[str] = []  # e.g. "stale but read-only", for the UI to show
        self._rest: _Rest | None = None  # set while only a part is loaded (open_part)
        self._swap = threading.Lock()  # a part never replaces the whole (workers and the UI thread)
        self._reading = threading.Lock()  # one whole read at a time: a second caller waits for it
        self._make: Callable[[str], Claim | None] | None = None  # any claim, made alone (a part)
        self._links: LinkColumns | None = None  # every link, as columns (a part)
        self.growth: Growth | None = None  # set by an add: what it stored (for derived files)

    @classmethod
    def open(
        cls,
        path: Path | str,
        readonly: bool | None = None,
        *,
        create: bool = False,
        backups: int = backup.DEFAULT_KEEP,
        lock_timeout: float = BATCH_TIMEOUT,
    ) -> CorpusDB:
        """Load the DB at ``path``; ``create=True`` allows a missing file (empty DB)."""
        storage = AtomicJSONStorage(path, readonly=readonly, backups=backups, lock_timeout=lock_timeout)
        with paused_gc():
            data, stamp = storage.load(cache=False)
            if data is None:
                if not create:
                    raise MissingDatabase(storage.path)
                data = {}
            check_schema(storage.path, data)
            return cls(storage, load_index(storage.path, data), stamp)

    @classmethod
    def open_part(
        cls,
        path: Path | str,
        choose: Callable[[Sequence[Article]], Article | None],
        readonly: bool | None = None,
        *,
        bodies_on_demand: bool = False,
    ) -> CorpusDB:
        """Only what a first screen needs: every article, and the claims of the one ``choose``
        picks, from its shard. ``load_rest`` reads the rest; until then a question about
        claims not read yet reads them (an article's from its shard, anything else all of
        them), so every answer is right, and ``xrefs_for_claim`` gives the links among the
        claims read. A single-file or one-shard DB is loaded whole.

        ``bodies_on_demand``: the articles of a part read their bodies from the catalogue's
        bytes when asked for instead of holding them (``store/bodies.py``; the browser)."""
        storage = AtomicJSONStorage(path, readonly=readonly)
        held: list[tuple[Path, bytes, int, int]] = []  # the article files read, left open (bodies_on_demand)

        def read_open(entry: dict[str, Any]) -> bytes:
            where = storage.path.parent / entry["file"]
            try:
                raw_bytes, _stamp, opened = read_kept(where)
            except FileNotFoundError:
                raise CorruptDatabase(storage.path, f"its article file {entry['file']} is missing") from None
            held.append((where, raw_bytes, opened, entry["articles"]))
            return raw_bytes

        def close_kept() -> None:
            for _where, _raw, opened, _count in held:
                os.close(opened)
            held.clear()

        with paused_gc():
            raw, fd, stamp = b"", None, None
            if bodies_on_demand:
                try:
                    raw, kept, fd = read_kept(storage.path)
                    stamp = kept
                except FileNotFoundError:
                    raise MissingDatabase(storage.path) from None
                try:
                    data: Tables | None = parse_tables(storage.path, raw)
                except BaseException:
                    os.close(fd)
                    raise
            else:
                data, stamp = storage.load(cache=False)
            try:
                if data is None:
                    raise MissingDatabase(storage.path)
                check_schema(storage.path, data)
                rest = _part_of(storage.path, data, read_open if fd is not None else None)
            except BaseException:
                if fd is not None:
                    os.close(fd)
                close_kept()
                raise
            if rest is None:
                if fd is not None:
                    os.close(fd)
                close_kept()
                return cls(storage, load_index(storage.path, data), stamp)  # nothing to gain, or no map
            if fd is not None:  # the descriptors are theirs now (closed at once if not taken)
                _bodies_on_demand(storage.path, raw, fd, held, list(rest.base.articles.values()))
            held.clear()
            del raw, data
            db = cls(storage, rest.base, stamp)
            db._rest = rest
            chosen = choose(in_order(rest.base.articles))  # (an add's chooser reads no article file)
            if chosen is not None:
                db._read_article(chosen.id)
        return db

    @property
    def complete(self) -> bool:
        """Every claim and link is loaded (always, except for a while after ``open_part``)."""
        return self._rest is None

    def load_rest(self) -> bool:
        """Read what ``open_part`` left; True if there was anything."""
        with self._reading:
            rest = self._rest
            if rest is None:
                return False
            with paused_gc():
                index = load_index(self.path, rest.whole_data(), expanded=True)
            with self._swap:
                if self._rest is rest:
                    self._index, self._rest = index, None
        return True

    def answer_from(self, claim: Callable[[str], Claim | None], links: LinkColumns) -> None:
        """While a part is loaded: ``claim(claim_id)`` makes any claim (None: no such claim),
        so a claim not read is made alone, not by reading its shard or every one; ``links``
        answer ``xrefs_for_claim`` and ``xrefs`` in full. Both must be of this very version of
        the DB: derived files keyed by ``version_key`` (``store/claim_docs.py``, ``links.py``)."""
        self._make, self._links = claim, links

    def stored_parts(self, claims_per_part: int = 10_000) -> Iterator[tuple[list[Claim], list[XRef]]]:
        """Every claim and link stored, whole shards at a time (about ``claims_per_part`` claims),
        in stored order, checked as a load checks them: what making a derived file of a DB read
        in part needs, without every claim in memory at once. A DB read whole gives it all."""
        rest = self._rest
        if rest is None:
            yield self.claims(), self.xrefs()
            return
        claims: list[Claim] = []
        xrefs: list[XRef] = []
        taken = shards.taken_back(rest.base.shards)
        for number, entry in enumerate(rest.base.shards, 1):
            with paused_gc():
                shard = shards.read_shard(self.path, entry)
                claims += claims_of(table_docs(shard, "claims"))
                xrefs += xrefs_of(shards.linked_docs(shard, taken[entry["file"]]))
            if len(claims) >= claims_per_part or number == len(rest.base.shards):
                check_loaded(self.path, (), {c.id: c for c in claims}, (), xrefs, ends_here=False)
                yield claims, xrefs
                claims, xrefs = [], []

    def stored_links(self, links_per_part: int = 10_000) -> Iterator[list[XRef]]:
        """Every link stored, whole shards at a time (about ``links_per_part`` links), in stored
        order, checked as a load checks them, and no claim made: what the links file of a DB
        read in part is made of. A DB read whole gives them all."""
        rest = self._rest
        if rest is None:
            yield self.xrefs()
            return
        xrefs: list[XRef] = []
        taken = shards.taken_back(rest.base.shards)
        for number, entry in enumerate(rest.base.shards, 1):
            with paused_gc():
                xrefs += xrefs_of(shards.linked_docs(shards.read_shard(self.path, entry), taken[entry["file"]]))
            if len(xrefs) >= links_per_part or number == len(rest.base.shards):
                check_loaded(self.path, (), {}, (), xrefs, ends_here=False)
                yield xrefs
                xrefs = []

    def version_key(self) -> str | None:
        """The version read, as derived files beside the DB name it: size, mtime and claims."""
        return _version(self._stamp, self.claim_total())

    def claim_total(self) -> int:
        """How many claims the DB holds (from the catalogue while a part is loaded)."""
        rest = self._rest
        return sum(rest.counts.values()) if rest is not None else len(self._index.claims)

    def _whole(self) -> CorpusIndex:
        if self._rest is not None:
            self.load_rest()
        return self._index

    def _read_article(self, article_id: str) -> None:
        """Read the shards holding ``article_id``'s claims, if a part is loaded and they are not."""
        rest = self._rest
        if rest is None or article_id in rest.articles:
            return
        with self._swap, paused_gc():
            if self._rest is not rest:
                return
            taken = shards.taken_back(rest.base.shards)
            for entry in rest.base.shards:
                if article_id in (entry.get("articles") or {}) and entry["file"] not in rest.loaded:
                    shard = shards.read_shard(self.path, entry)
                    rest.claims.extend(claims_of(table_docs(shard, "claims")))
                    rest.xref_docs.extend(shards.linked_docs(shard, taken[entry["file"]]))
                    rest.loaded.add(entry["file"])
                    rest.articles.update(entry.get("articles") or {})
            rest.articles.add(article_id)
            self._index = rest.index(self.path)

    # -- identity -----------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self._storage.path

    @property
    def readonly(self) -> bool:
        return self._storage.readonly

    @property
    def storage(self) -> AtomicJSONStorage:
        return self._storage

    @property
    def meta(self) -> dict[str, Any]:
        return dict(self._index.meta)

    @property
    def fingerprint(self) -> str | None:
        return self._index.meta.get("fingerprint")

    def is_empty(self) -> bool:
        return not self._index.articles

    # -- queries (in memory); a missing id gives None -----------------------------
    def articles(self) -> list[Article]:
        return list(self._index.articles.values())

    def article(self, article_id: str) -> Article | None:
        return self._index.articles.get(article_id)

    def article_ids(self) -> Collection[str]:
        """Every article's id (read from the catalogue alone, when its article files list them)."""
        return self._index.articles.keys()

    def articles_by_id(self) -> Mapping[str, Article]:
        """Every article by id, each read when asked for (``store/article_map.py``)."""
        return self._index.articles

    def claims(self) -> list[Claim]:
        """Every claim, grouped by article (stored order), each group by start."""
        return list(self._whole().claims.values())

    def claim(self, claim_id: str) -> Claim | None:
        found = self._index.claims.get(claim_id)
        if found is not None or self._rest is None:
            return found
        make = self._make
        return make(claim_id) if make is not None else self._whole().claims.get(claim_id)

    def require_claim(self, claim_id: str) -> Claim:
        """Like ``claim`` but a missing id is a one-line ``UnknownId`` error."""
        claim = self.claim(claim_id)
        if claim is None:
            raise UnknownId(self.path, "claim", claim_id)
        return claim

    def claims_for_article(self, article_id: str) -> list[Claim]:
        self._read_article(article_id)
        return list(self._index.by_article.get(article_id, ()))

    def claim_count(self, article_id: str) -> int:
        """How many claims ``article_id`` has (from the catalogue while a part is loaded)."""
        rest = self._rest
        if rest is not None:
            return rest.counts.get(article_id, 0)
        return len(self._index.by_article.get(article_id, ()))

    def xrefs(self) -> list[XRef]:
        links = self._links
        if links is not None and self._rest is not None:
            return links.all()
        return list(self._whole().xrefs)

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]:
        """Xrefs where the claim is the source or the target (while a part is loaded without
        ``answer_from``'s links: those between claims it holds)."""
        links = self._links
        if links is not None and self._rest is not None:
            return links.of_claim(claim_id)
        return list(self._index.by_claim.get(claim_id, ()))

    def linked_claims(self, relation: str) -> frozenset[str]:
        """The claims a link of ``relation`` names at either end (from the link columns while a
        part is loaded: no link made)."""
        links = self._links
        if links is not None and self._rest is not None:
            return links.ends_of(relation)
        return frozenset(end for x in self._whole().xrefs if x.relation == relation for end in (x.source, x.target))

    def entities(self) -> list[Entity]:
        return list(self._index.entities.values())

    def entity(self, name: str) -> Entity | None:
        """By canonical name, or by any alias, in any case."""
        canonical = self._index.entity_name(name)
        return self._index.entities[canonical] if canonical is not None else None

    def claims_for_entity(self, name: str) -> list[Claim]:
        index = self._whole()
        canonical = index.entity_name(name) or name
        return list(index.by_entity.get(canonical, ()))

    def extraction(self) -> Extraction:
        """Everything stored, as the pipeline's ``Extraction`` (for ``extend``)."""
        return self._whole().extraction()

    # -- freshness ------------------------------------------------------------------
    def changed_on_disk(self) -> bool:
        """Whether another process replaced the file since it was read (a stat, no read)."""
        now = self._storage.stamp()
        return now is not None and now != self._stamp

    def reload_if_changed(self) -> bool:
        """Reload when another process replaced the file; True if it did.

        A newer file that is corrupt or of another schema raises, and this
        object keeps serving the version it had.
        """
        now = self._storage.stamp()
        if now is None or now == self._stamp:
            return False
        with paused_gc():
            data, stamp = self._storage.load(cache=False)
            if data is None:
                return False
            check_schema(self.path, data)
            index = load_index(self.path, data)
        with self._swap:
            self._index, self._stamp, self._rest = index, stamp, None
            self._make = self._links = None  # of the old version
            self.growth = None
        return True

    # -- writes ---------------------------------------------------------------------
    def replace_all(
        self,
        extraction: Extraction,
        fingerprint: str | None,
        *,
        pipeline_version: str | None = None,
        includes_bundled: bool = True,
    ) -> None:
        """Store a full build, replacing whatever the file held, in one atomic write."""
        self.store_index(
            full_index(
                self.path, extraction, fingerprint, pipeline_version=pipeline_version, includes_bundled=includes_bundled
            )
        )

    def store_index(self, index: CorpusIndex, after: Callable[[CorpusIndex], None] | None = None) -> None:
        """Replace whatever the file held with ``index`` (from ``full_index``), in one atomic write;
        ``after(stored)`` runs once it is committed, still under the lock."""
        self._rest = None  # nothing of what was there is read any more
        self.growth = None  # a build is not an add: its derived files are made whole
        with self._storage.transaction(held=self._stamp) as txn:
            written = self._discard_on_abort(txn)
            if not txn.unchanged:  # never overwrite a newer DB or another kind of file
                check_schema(self.path, txn.data, allow_older=True)
            mode = self._storage.file_mode
            docs = shards.write_shards(self.path, list(index.claims.values()), index.xrefs, mode, written)
            head, stored = self._catalogue(replace(index, shards=tuple(docs), article_files=()), written)
            txn.replace(head, cacheable=False)
            txn.after_commit.append(lambda stamp: self._adopt(stored, stamp))
            txn.after_commit.append(lambda _stamp: self._remove_unreferenced_shards([*docs, *stored.article_files]))
            if after is not None:
                txn.after_commit.append(lambda _stamp: after(stored))

    def add(self, delta: Extraction) -> AddResult:
        """Add new articles with their claims, entities and xrefs; skip known ones."""
        return self.update(lambda _current: delta)

    def update(self, compute: Callable[[Extraction], Extraction]) -> AddResult:
        """Under the lock, on the latest file: ``compute(current) -> delta``, then store it.

        Computing the delta inside the lock (e.g. ``pipeline.extend``) means
        concurrent adds also cross-reference each other's articles.
        """
        return self.update_index(lambda current: compute(current.extraction()))

    def update_index(
        self,
        compute: Callable[[CorpusIndex], Extraction],
        after: Callable[[CorpusIndex], None] | None = None,
        *,
        met: set[str] | None = None,
    ) -> AddResult:
        """``update`` with the latest index itself (its shards too) given to ``compute``;
        ``after(stored)`` runs once the new catalogue is committed, still under the lock.

        ``met``: the caller can work on a catalogue alone. On a partly loaded DB
        (``open_part``) whose latest file is a catalogue of shards, ``compute`` is then given
        the catalogue (``current.complete`` False: no claim, no link read) and fills ``met``
        with the ids of the stored claims its links may name; the add writes its own shard and
        the catalogue, reading nothing else. ``compute`` raises ``WholeNeeded`` to be given
        every claim instead."""
        if met is None:
            self._whole()  # a part loaded for a first screen: this compute needs every claim
        with self._storage.transaction(held=self._stamp) as txn:
            written = self._discard_on_abort(txn)
            rest = self._latest_part(txn) if met is not None else None
            if rest is not None:
                # no shard is read: one cut short or lost is told from its size, before anything is stored
                shards.check_shard_sizes(self.path, rest.base.shards)
                try:
                    delta = compute(rest.base)
                except WholeNeeded:
                    pass
                else:
                    return self._append(txn, rest, delta, met or set(), written, after)
            if txn.unchanged and self._rest is None:
                current = self._index
            else:
                with paused_gc():
                    check_schema(self.path, txn.data)
                    current = load_index(self.path, txn.data)
            delta = compute(current)
            with paused_gc():
                result, merged = merge_delta(self.path, current, delta)
            if merged is not None:
                stored = replace(merged, shards=self._shards_with_new(current, merged, result, written))
                head, stored = self._catalogue(stored, written)
                txn.replace(head, cacheable=False)
                growth = Growth(
                    _version(txn.base, len(current.claims)),
                    [merged.claims[claim_id] for claim_id in result.claims],
                    merged.xrefs[len(current.xrefs) - len(result.unlinked) :],
                    [merged.articles[article_id] for article_id in result.articles],
                    list(result.unlinked),
                )
                txn.after_commit.append(lambda stamp: self._adopt(stored, stamp))
                txn.after_commit.append(lambda _stamp: setattr(self, "growth", growth))
                if after is not None:
                    txn.after_commit.append(lambda _stamp: after(stored))
            elif current is not self._index:  # nothing new, but we did read a newer file
                self._adopt(current, txn.base)
        return result

    def _latest_part(self, txn: Transaction) -> _Rest | None:
        """The latest file as a catalogue to add to, if this DB is read in part and it is one."""
        rest = self._rest
        if rest is None:
            return None
        if txn.unchanged:
            return rest
        with paused_gc():
            check_schema(self.path, txn.data)
            return _part_of(self.path, txn.data)

    def _append(
        self,
        txn: Transaction,
        rest: _Rest,
        delta: Extraction,
        met: set[str],
        written: list[dict[str, Any]],
        after: Callable[[CorpusIndex], None] | None,
    ) -> AddResult:
        """Store ``delta`` on the catalogue ``rest``: one new shard, the catalogue replaced; every
        other file is left as it is."""
        current = rest.base
        result, appended = merge_appended(self.path, current, delta, met)
        if appended is None:
            if not txn.unchanged:  # nothing new, but we did read a newer file
                self._adopt_part(rest, txn.base)
            return result
        new = appended.parts
        mode = self._storage.file_mode
        entry = shards.write_shard(self.path, new.claims, new.xrefs, mode, written, new.unlinked)
        lazy = current.articles if isinstance(current.articles, ArticleMap) else None
        if lazy is not None:  # no article file is read: the head's own articles, then the new
            entries, every = list(current.article_files), None
            past = [*lazy.own(), *new.articles]
        else:
            every = [*current.articles.values(), *new.articles]  # objects
            entries = shards.listed(self.path, current.article_files, every, mode, written)
            past = every[sum(e["articles"] for e in entries) :]
        files, own = shards.head_articles(self.path, past, entries, mode, written)
        meta = {**appended.meta, "schema_version": SEGMENTED_SCHEMA if files else SCHEMA_VERSION}
        # the head (the catalogue file): its own articles, the article files naming the others
        head = shards.catalogue(
            meta,
            own,
            orjson.loads(orjson.dumps(list(appended.entities.values()))),
            [*current.shards, entry],
            files,
        )
        if lazy is not None:
            data: Tables = head
            base = CorpusIndex.from_parts(meta, [], [], list(appended.entities.values()), [])
            moved = past if len(files) > len(entries) else []  # the articles of new article files
            base = replace(base, articles=lazy.with_new(files, own, moved))
        else:
            every = every or []
            data = {**head, "articles": shards.table(every)}  # what the part holds: every article
            base = CorpusIndex.from_parts(meta, every, [], list(appended.entities.values()), [])
        base = replace(base, shards=(*current.shards, entry), article_files=tuple(files), complete=False)
        counts = dict(rest.counts)
        for claim in new.claims:
            counts[claim.article_id] = counts.get(claim.article_id, 0) + 1
        for article in new.articles:
            counts.setdefault(article.id, 0)
        grown = _Rest(data, base, counts)
        txn.replace(head, cacheable=False)  # its articles are objects: never a parsed file's tables
        growth = Growth(
            _version(txn.base, sum(rest.counts.values())),
            list(new.claims),
            list(new.xrefs),
            list(new.articles),
            list(new.unlinked),
        )
        txn.after_commit.append(lambda stamp: self._adopt_part(grown, stamp))
        txn.after_commit.append(lambda _stamp: setattr(self, "growth", growth))
        if after is not None:
            txn.after_commit.append(lambda _stamp: after(base))
        return result

    def _adopt_part(self, rest: _Rest, stamp: FileStamp | None) -> None:
        with self._swap:
            self._rest, self._index, self._stamp = rest, rest.base, stamp
            self._make = self._links = None  # of the old version

    def _shards_with_new(
        self, current: CorpusIndex, merged: CorpusIndex, result: AddResult, written: list[dict[str, Any]]
    ) -> tuple[dict[str, Any], ...]:
        """``current``'s shards plus one holding what the add brought: the add writes in
        proportion to itself. A single-file DB is converted here, on its first write."""
        mode = self._storage.file_mode
        docs = list(current.shards)
        if not docs and (current.claims or current.xrefs):
            docs = shards.write_shards(self.path, list(current.claims.values()), current.xrefs, mode, written)
        new_claims = [merged.claims[claim_id] for claim_id in result.claims]
        new_xrefs = merged.xrefs[len(current.xrefs) - len(result.unlinked) :]
        docs.append(shards.write_shard(self.path, new_claims, new_xrefs, mode, written, result.unlinked))
        return tuple(docs)

    def _discard_on_abort(self, txn: Transaction) -> list[dict[str, Any]]:
        """A list for the shards this write stores; if the write fails before its catalogue
        is replaced, they are referred to by nothing and removed (a full disk must not fill
        up further with each retry)."""
        written: list[dict[str, Any]] = []
        txn.after_abort.append(lambda: shards.discard(self.path, written))
        return written

    def _catalogue(self, index: CorpusIndex, written: list[dict[str, Any]]) -> tuple[Tables, CorpusIndex]:
        """The catalogue file's tables for ``index``, and ``index`` as stored: the articles past its
        article files in the head, or in new article files when there are more than the head holds."""
        mode = self._storage.file_mode
        articles = list(index.articles.values())
        entries = shards.listed(self.path, index.article_files, articles, mode, written)
        held = sum(entry["articles"] for entry in entries)
        if held > len(articles):
            raise ValueError("fewer articles than the article files hold")
        files, own = shards.head_articles(self.path, articles[held:], entries, mode, written)
        meta = {**index.meta, "schema_version": SEGMENTED_SCHEMA if files else SCHEMA_VERSION}
        tables = shards.catalogue(meta, own, index.entities.values(), index.shards, files)
        return tables, replace(index, meta=meta, article_files=tuple(files))

    def _remove_unreferenced_shards(self, docs: list[dict[str, Any]]) -> None:
        """After a build, under the lock: shards neither the DB nor a kept copy of it refers to."""
        keep = {doc["file"] for doc in docs} | shards.referenced(shards.kept_copies(self.path))
        shards.remove_unreferenced(self.path, keep)

    def _adopt(self, index: CorpusIndex, stamp: FileStamp | None) -> None:
        # one assignment per attribute, index first: readers see the new data at once
        self._index, self._stamp = index, stamp
        self._rest = None  # a whole index: nothing is left to read
