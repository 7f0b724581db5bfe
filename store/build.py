"""Building the corpus DB from articles, and keeping the default one fresh.

The default DB is built from the bundled articles on first run and rebuilt
when its fingerprint (bundled article files + sidecars + the pipeline
version) changes. A rebuild keeps the articles users added themselves and
re-extracts them with the current pipeline, so nothing they added is lost.
Builds run under the DB's write lock and re-check staleness once they hold
it, so two processes starting at once build once.
"""

from __future__ import annotations

import hashlib
import os
import warnings
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from corpus.errors import FactscopeError
from corpus.model import Article, Extraction
from store import paths, shards
from store.corpus_db import CorpusDB, WholeNeeded, check_schema, full_index, load_index
from store.corpus_index import SCHEMA_VERSION, SEGMENTED_SCHEMA, CorpusIndex, meta_doc, paused_gc, table_docs
from store.corpus_merge import AddResult
from store.errors import DamagedShard, MissingDatabase, ReadOnlyDatabase, SchemaMismatch, StoreWriteError
from store.lock import BATCH_TIMEOUT
from store.storage import AtomicJSONStorage, Tables

Progress = Callable[[int, int, str], None]
Extract = Callable[..., Extraction]


class StaleDatabaseWarning(UserWarning):
    """A stale corpus DB was opened as is because it cannot be rewritten."""


class PipelineUnavailable(FactscopeError):
    def __init__(self, detail: str) -> None:
        super().__init__(f"corpus.pipeline: cannot build the corpus DB ({detail})")


def pipeline_module() -> Any:
    try:
        from corpus import pipeline
    except ImportError as exc:
        raise PipelineUnavailable(str(exc)) from None
    return pipeline


def pipeline_version() -> str:
    from corpus.version import PIPELINE_VERSION

    return PIPELINE_VERSION


def corpus_fingerprint(version: str | None = None) -> str:
    """Hash of every bundled article file and sidecar, plus the pipeline version."""
    from corpus.loader import bundled_dir

    version = version if version is not None else pipeline_version()
    digest = hashlib.sha256()
    digest.update(f"schema={SCHEMA_VERSION}\0pipeline={version}\0".encode())
    for path in sorted(bundled_dir().iterdir()):
        if path.is_file() and path.suffix in (".txt", ".md", ".toml"):
            data = path.read_bytes()
            digest.update(f"{path.name}\0{len(data)}\0".encode())
            digest.update(data)
    return "sha256:" + digest.hexdigest()


def stale_reason(meta: dict[str, Any], fingerprint: str, version: str) -> str | None:
    """Why a DB with ``meta`` needs rebuilding, or None if it is current."""
    if meta.get("includes_bundled", True):
        if meta.get("fingerprint") != fingerprint:
            return "the bundled corpus or the extraction pipeline changed since it was built"
    elif meta.get("pipeline_version") != version:
        return "the extraction pipeline changed since it was built"
    return None


def _added_articles(path: Path, data: Tables) -> list[Article]:
    """Articles users added (not bundled) in a DB about to be rebuilt."""
    try:
        articles = [Article.from_dict(doc) for doc in table_docs(data, "articles")]
    except TypeError:  # cannot carry them over: refuse rather than drop them
        raise SchemaMismatch(path, meta_doc(data).get("schema_version"), SCHEMA_VERSION) from None
    return [a for a in articles if not a.bundled]


def _report(progress: Progress | None, done: int, total: int, label: str) -> None:
    if progress is not None:
        progress(done, total, label)


def _storage(target: Path, progress: Progress | None) -> AtomicJSONStorage:
    """Storage for a build, telling ``progress`` when it waits for another writer."""
    storage = AtomicJSONStorage(target, lock_timeout=BATCH_TIMEOUT)
    storage.on_wait = lambda: _report(progress, 0, 0, f"waiting for another factscope process writing {target.name}")
    return storage


def build_into(
    db: CorpusDB,
    articles: list[Article],
    *,
    includes_bundled: bool,
    progress: Progress | None = None,
    extract: Extract | None = None,
    version: str | None = None,
    alongside: Callable[[CorpusDB], None] | None = None,
) -> None:
    """Extract ``articles`` and store them as ``db``'s whole content; where an article
    reached a bound of ``corpus.limits`` is noted in ``db.warnings``. ``alongside(db)`` runs once
    it is committed, still under the lock, while a forked process writes the link index."""
    from corpus.parallel import beside
    from store import link_index

    described: list[Any] = []
    index, notices = fresh_index(
        db.path,
        articles,
        includes_bundled=includes_bundled,
        progress=progress,
        extract=extract,
        version=version,
        link_features=described,
    )
    _report(progress, len(articles), len(articles), f"saving {db.path.name}")

    def after(stored: CorpusIndex) -> None:
        if alongside is None:
            link_index.index_build(db.path, stored, described)
            return
        # a link index whose writer died is left to the next add, as one that failed to write
        with beside(lambda: link_index.index_build(db.path, stored, described), lambda: link_index.remove(db.path)):
            alongside(db)

    db.store_index(index, after=after)
    db.warnings.extend(notices)


def fresh_index(
    path: Path,
    articles: list[Article],
    *,
    includes_bundled: bool,
    progress: Progress | None = None,
    extract: Extract | None = None,
    version: str | None = None,
    link_features: list[Any] | None = None,
) -> tuple[CorpusIndex, list[str]]:
    """Extract ``articles`` into the whole content of a new DB, in memory (nothing is
    written), with the notices of articles that reached a bound of ``corpus.limits``;
    ``link_features`` receives the claims' link features, when the pipeline gives them."""
    extract = extract or pipeline_module().extract
    version = version if version is not None else pipeline_version()
    fingerprint = corpus_fingerprint(version) if includes_bundled else None
    _report(progress, 0, len(articles), "extracting claims")
    extraction = extract(articles, progress=progress)
    index = full_index(path, extraction, fingerprint, pipeline_version=version, includes_bundled=includes_bundled)
    if link_features is not None:
        link_features.extend(getattr(extraction, "link_features", ()))  # a test's own extract may give none
    return index, list(extraction.notices)


def build_corpus_db(
    path: Path | None = None,
    articles: list[Article] | None = None,
    *,
    progress: Progress | None = None,
    keep_added: bool = True,
    extract: Extract | None = None,
    version: str | None = None,
    alongside: Callable[[CorpusDB], None] | None = None,
) -> CorpusDB:
    """(Re)build the DB at ``path`` from ``articles`` (default: the bundled ones).

    With ``keep_added`` the articles users added to the existing DB are kept
    and re-extracted. A corrupt existing file is never overwritten. ``alongside``: see ``build_into``.
    """
    from corpus.loader import bundled_articles

    target = Path(path) if path is not None else paths.default_corpus_db_path()
    _refuse_unlocked_stranger(target)
    storage = _storage(target, progress)
    includes_bundled = articles is None
    with storage.transaction() as txn:
        existing = txn.data
        check_schema(target, existing, allow_older=True)  # never overwrite a user DB or a newer one
        chosen = bundled_articles() if articles is None else list(articles)
        if keep_added:  # those of its article files too (a catalogue's head holds the last few alone)
            chosen += _added_articles(target, shards.with_articles(target, existing))
        unique = list({a.id: a for a in chosen}.values())
        db = CorpusDB(storage, CorpusIndex(), None)
        build_into(
            db,
            unique,
            includes_bundled=includes_bundled,
            progress=progress,
            extract=extract,
            version=version,
            alongside=alongside,
        )
    return db


def _refuse_unlocked_stranger(target: Path) -> None:
    """A file no writer has locked (no lock file beside it: never written by factscope here), checked
    before its lock is taken: a corrupt or foreign file is refused with nothing made beside it.
    Readers take no lock, so this read is as safe as theirs; the writer checks again under the lock."""
    from store.atomic import read_tables
    from store.lock import lock_path_for

    path = Path(os.path.realpath(target))  # as the writer names it
    if lock_path_for(path).exists() or not path.is_file():
        return
    data, _stamp = read_tables(path)
    check_schema(path, data or {}, allow_older=True)


def ensure_corpus_db(
    path: Path | str | None = None,
    progress: Progress | None = None,
    *,
    warn: Callable[[str], None] | None = None,
    extract: Extract | None = None,
    version: str | None = None,
    opened: CorpusDB | None = None,
    catalogue_only: bool = False,
    rebuilding: Callable[[str], None] | None = None,
) -> CorpusDB:
    """The corpus DB at ``path`` (default: the user's), built or rebuilt if needed.

    Missing or empty: built from the bundled articles. Stale (fingerprint or
    older schema): rebuilt, keeping added articles; if it cannot be written,
    opened as is with a warning (in ``db.warnings`` and via ``warn``).
    Corrupt, or from a newer factscope: the one-line error, file untouched.
    ``opened``: that DB, already loaded by the caller; its meta is checked and
    the file is not read again unless it must be rebuilt (one load per process).
    ``catalogue_only``: read the catalogue alone (``CorpusDB.open_part``: claims on demand),
    as an add needs. ``rebuilding(reason)``: told why, when a DB holding articles is about to be
    extracted again (a stale or older one: as long as a build of it).
    """
    version = version if version is not None else pipeline_version()
    fingerprint = corpus_fingerprint(version)
    if opened is not None:
        target, db = opened.path, opened
    else:
        target = Path(path) if path is not None else paths.default_corpus_db_path()
        try:
            db = CorpusDB.open_part(target, lambda _articles: None) if catalogue_only else CorpusDB.open(target)
        except MissingDatabase:
            db = None
        except SchemaMismatch as exc:
            if not (isinstance(exc.found, int) and exc.found < SCHEMA_VERSION):
                raise
            return _rebuild(target, None, fingerprint, version, progress, extract, warn, str(exc), rebuilding)
    if db is not None and not db.is_empty():
        reason = stale_reason(db.meta, fingerprint, version)
        if reason is None:
            return db
        return _rebuild(target, db, fingerprint, version, progress, extract, warn, reason, rebuilding)
    return _rebuild(target, db, fingerprint, version, progress, extract, warn, "it holds no articles yet", None)


def _rebuild(
    target: Path,
    db: CorpusDB | None,
    fingerprint: str,
    version: str,
    progress: Progress | None,
    extract: Extract | None,
    warn: Callable[[str], None] | None,
    reason: str,
    rebuilding: Callable[[str], None] | None,
) -> CorpusDB:
    storage = _storage(target, progress)
    if storage.readonly and db is not None:
        return _opened_as_is(db, f"{target}: {reason}; it is read-only, so it was opened as is", warn)
    try:
        told = None if rebuilding is None else partial(rebuilding, reason)
        return _rebuilt(target, storage, fingerprint, version, progress, extract, warn, told)
    except (StoreWriteError, ReadOnlyDatabase) as exc:
        if db is None:
            raise
        # a full disk or a failing one: the stale DB still serves; the failed write changed nothing
        why = f"read-only: {exc.reason}" if isinstance(exc, ReadOnlyDatabase) else exc.reason
        message = f"{target}: {reason}; it could not be rebuilt ({why}), so it was opened as is"
        return _opened_as_is(db, message, warn)


def _opened_as_is(db: CorpusDB, message: str, warn: Callable[[str], None] | None) -> CorpusDB:
    db.warnings.append(message)
    if warn is not None:
        warn(message)
    else:
        warnings.warn(message, StaleDatabaseWarning, stacklevel=4)
    return db


def _rebuilt(
    target: Path,
    storage: AtomicJSONStorage,
    fingerprint: str,
    version: str,
    progress: Progress | None,
    extract: Extract | None,
    warn: Callable[[str], None] | None,
    rebuilding: Callable[[], None] | None = None,
) -> CorpusDB:
    from corpus.loader import bundled_articles

    with storage.transaction() as txn:
        data = txn.data
        meta = meta_doc(data)
        check_schema(target, data, allow_older=True)  # newer or foreign: never overwritten
        ours = meta.get("schema_version") in (SCHEMA_VERSION, SEGMENTED_SCHEMA)
        if ours and stale_reason(meta, fingerprint, version) is None and any(data.values()):
            with paused_gc():  # another process has just built it
                return CorpusDB(storage, load_index(target, data), txn.base)
        includes_bundled = meta.get("includes_bundled", True) if meta else True
        chosen = (bundled_articles() if includes_bundled else []) + _added_articles(
            target, shards.with_articles(target, data)
        )
        unique = list({a.id: a for a in chosen}.values())
        if rebuilding is not None:  # not when another process has just rebuilt it (above)
            rebuilding()
        fresh = CorpusDB(storage, CorpusIndex(), None)
        build_into(
            fresh, unique, includes_bundled=includes_bundled, progress=progress, extract=extract, version=version
        )
    if warn is not None:
        for notice in fresh.warnings:
            warn(notice)
    return fresh


def add_articles(
    db: CorpusDB,
    articles: list[Article],
    *,
    extend: Callable[..., Extraction] | None = None,
    progress: Callable[[int, int, str], None] | None = None,
) -> AddResult:
    """Extract and store new articles incrementally, cross-referenced with what is stored.

    Claims are extracted first, without the lock (the slow part: other writers
    need not wait for it); linking to the latest file and the write run under
    the lock, so concurrent adds see each other's articles. ``progress(done, total, label)``:
    told how the link index goes when it has to be made again (``store/link_index.py``).
    """
    if extend is not None:
        return db.update(lambda current: extend(current, articles))
    from corpus.regex_cache import compiled_once

    # the patterns compiled on first use (the gazetteer's ...): their code cached; the cyclic collector
    # paused: linking makes ~1,500 stored claims' features and links that it would scan again and again
    # (~20% of an add's linking at 100k claims), and makes no cycles worth collecting before it ends
    with compiled_once(), paused_gc():
        return _added(db, articles, progress)


def _added(db: CorpusDB, articles: list[Article], progress: Callable[[int, int, str], None] | None) -> AddResult:
    pipeline = pipeline_module()
    prepared = pipeline.prepare(articles)

    from store import link_index

    met: set[str] = set()
    described: list[Any] = []  # the new claims' link features, as linking made them

    def delta(current: CorpusIndex) -> Extraction:
        # The new claims meet only the stored claims next to them in their blocks (the link index);
        # on a catalogue alone (``current.complete`` False) nothing else of the DB is read.
        found: Extraction
        try:
            with link_index.opened(db.path, current, progress) as links:
                if links is None and not current.complete:
                    raise WholeNeeded  # a DB not in shards yet: linked against every claim
                # on a catalogue alone, only the stored articles among the new ones (extend skips
                # them) and the entities: an article file is read for an article linking meets
                existing = current.extraction() if current.complete else current.extraction_for(a.id for a in articles)
                found = pipeline.extend(
                    existing,
                    articles,
                    prepared,
                    stored=links.stored(current.articles) if links is not None else None,
                )
                met.update(links.met() if links is not None else ())
            described[:] = found.link_features
        except DamagedShard:
            raise  # the record is damaged, not the index: nothing is stored, the index kept as it is
        except link_index.FAILURES:
            link_index.remove(db.path)  # unusable: rebuilt by the next add; this one links in memory
            if not current.complete:
                raise WholeNeeded from None
            found = pipeline.extend(current.extraction(), articles, prepared)
            described[:] = found.link_features
        return found

    return db.update_index(
        delta, after=lambda stored: link_index.index_new_shards(db.path, stored, described, progress), met=met
    )
