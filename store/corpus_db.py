"""The corpus DB: articles, claims, entities, xrefs and meta, in one TinyDB file.

Loaded once per process into a ``CorpusIndex`` and queried in memory. Writes
(``replace_all`` for a build, ``add``/``update`` for new articles) run in one
storage transaction: under the file lock, on a fresh read of the file, with a
single atomic replace at the end, so concurrent adds all land.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from corpus.model import Article, Claim, Entity, Extraction, XRef
from store import backup
from store.atomic import FileStamp
from store.corpus_index import SCHEMA_VERSION, CorpusIndex, meta_doc, paused_gc
from store.corpus_merge import AddResult, counts, merge_delta
from store.errors import CorruptDatabase, MissingDatabase, SchemaMismatch, UnknownId
from store.lock import BATCH_TIMEOUT
from store.storage import AtomicJSONStorage, Tables
from corpus.sanitize import escape_unsafe
from store.validate import check_extraction, check_loaded

TABLES = ("articles", "claims", "entities", "xrefs", "meta")
CORPUS_KIND = "factscope.corpus"
__all__ = ["AddResult", "CorpusDB", "SCHEMA_VERSION", "TABLES", "check_schema"]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def build_index(path: Path, data: Tables) -> CorpusIndex:
    """The in-memory index of a parsed file; malformed documents fail closed."""
    try:
        index = CorpusIndex.build(data)
    except (TypeError, KeyError, AttributeError, ValueError) as exc:
        detail = escape_unsafe(" ".join(str(exc).split())[:120])
        raise CorruptDatabase(path, f"malformed document ({type(exc).__name__}: {detail})") from None
    check_loaded(path, index.articles.values(), index.claims, index.entities.values(), index.xrefs)
    return index


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
    if found == SCHEMA_VERSION or (allow_older and isinstance(found, int) and found < SCHEMA_VERSION):
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


class CorpusDB:
    """One corpus DB file, held in memory; see the module docstring."""

    def __init__(self, storage: AtomicJSONStorage, index: CorpusIndex, stamp: FileStamp | None) -> None:
        self._storage = storage
        self._index = index
        self._stamp = stamp
        self.warnings: list[str] = []  # e.g. "stale but read-only", for the UI to show

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
            return cls(storage, build_index(storage.path, data), stamp)

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

    def claims(self) -> list[Claim]:
        """Every claim, grouped by article (stored order), each group by start."""
        return list(self._index.claims.values())

    def claim(self, claim_id: str) -> Claim | None:
        return self._index.claims.get(claim_id)

    def require_claim(self, claim_id: str) -> Claim:
        """Like ``claim`` but a missing id is a one-line ``UnknownId`` error."""
        claim = self._index.claims.get(claim_id)
        if claim is None:
            raise UnknownId(self.path, "claim", claim_id)
        return claim

    def claims_for_article(self, article_id: str) -> list[Claim]:
        return list(self._index.by_article.get(article_id, ()))

    def xrefs(self) -> list[XRef]:
        return list(self._index.xrefs)

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]:
        """Xrefs where the claim is the source or the target."""
        return list(self._index.by_claim.get(claim_id, ()))

    def entities(self) -> list[Entity]:
        return list(self._index.entities.values())

    def entity(self, name: str) -> Entity | None:
        """By canonical name, or by any alias, in any case."""
        canonical = self._index.entity_name(name)
        return self._index.entities[canonical] if canonical is not None else None

    def claims_for_entity(self, name: str) -> list[Claim]:
        canonical = self._index.entity_name(name) or name
        return list(self._index.by_entity.get(canonical, ()))

    def extraction(self) -> Extraction:
        """Everything stored, as the pipeline's ``Extraction`` (for ``extend``)."""
        return self._index.extraction()

    # -- freshness ------------------------------------------------------------------
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
            self._index, self._stamp = build_index(self.path, data), stamp
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

    def store_index(self, index: CorpusIndex) -> None:
        """Replace whatever the file held with ``index`` (from ``full_index``), in one atomic write."""
        with self._storage.transaction(held=self._stamp) as txn:
            if not txn.unchanged:  # never overwrite a newer DB or another kind of file
                check_schema(self.path, txn.data, allow_older=True)
            txn.replace(index.tables(), cacheable=False)
            txn.after_commit.append(lambda stamp: self._adopt(index, stamp))

    def add(self, delta: Extraction) -> AddResult:
        """Add new articles with their claims, entities and xrefs; skip known ones."""
        return self.update(lambda _current: delta)

    def update(self, compute: Callable[[Extraction], Extraction]) -> AddResult:
        """Under the lock, on the latest file: ``compute(current) -> delta``, then store it.

        Computing the delta inside the lock (e.g. ``pipeline.extend``) means
        concurrent adds also cross-reference each other's articles.
        """
        with self._storage.transaction(held=self._stamp) as txn:
            if txn.unchanged:
                current = self._index
            else:
                with paused_gc():
                    check_schema(self.path, txn.data)
                    current = build_index(self.path, txn.data)
            delta = compute(current.extraction())
            with paused_gc():
                result, merged = merge_delta(self.path, current, delta)
            if merged is not None:
                txn.replace(merged.tables(), cacheable=False)
                txn.after_commit.append(lambda stamp: self._adopt(merged, stamp))
            elif current is not self._index:  # nothing new, but we did read a newer file
                self._adopt(current, txn.base)
        return result

    def _adopt(self, index: CorpusIndex, stamp: FileStamp | None) -> None:
        # one assignment per attribute, index first: readers see the new data at once
        self._index, self._stamp = index, stamp
