"""What the app reads: the corpus DB, the user DB and the search index.

Loaded in a worker after the first screen is shown (``load_app_data``), and
injectable in tests (``FactscopeApp(data=...)``). The user-DB helpers below
are the only place the app touches bookmarks and notes, so the UI code does
not depend on the store's method names.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

if TYPE_CHECKING:  # the store is imported lazily: the first screen must not wait for it
    from corpus.model import Article, Claim
    from store.corpus_db import CorpusDB
    from store.query.filtering import UserMarks
    from store.query.queries import CorpusQueries
    from store.search import SearchIndex
    from store.user_db import UnavailableUserDB, UserDB
    from tui.first_screen import FirstScreen
    from tui.widgets.sources import SourceRow

Progress = Callable[[int, int, str], None]
UserOpened = tuple["UserDB | UnavailableUserDB", "str | None"]  # the user DB, and why it is unavailable


@dataclass(slots=True)
class Derived:
    """What is worked out from one version of the corpus, later and once: the search index and
    the query layer's answers. Each slot has one writer: the index is set by the app on the UI
    thread when its worker hands it over; the answers are made by the first thread to ask
    (``queries_of``, under ``making``), so two threads asking at once share one. A new version
    of the corpus comes in a new ``AppData``, with a new ``Derived``."""

    index: SearchIndex | None = None
    models: CorpusQueries | None = None
    making: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class AppData:
    """One snapshot of what the app shows: a worker makes a new one when the corpus changes
    (a rebuild, the rest of the claims read, another process's save) and the app swaps it in
    on the UI thread; nothing replaces a part of it."""

    corpus: CorpusDB
    user: UserDB | UnavailableUserDB
    warnings: tuple[str, ...] = ()  # one line each, shown as notifications
    derived: Derived = field(default_factory=Derived)
    # the sources list's rows, made by the worker that read the corpus (None: made when shown)
    sources: Sequence[SourceRow] | None = field(default=None, repr=False)  # a worker's description reprs it

    @property
    def index(self) -> SearchIndex | None:
        return self.derived.index

    @property
    def models(self) -> CorpusQueries | None:
        return self.derived.models


def import_store() -> None:
    """Import what ``open_existing`` needs, in the calling (main) thread.

    A thread that imports waits for the GIL after each of the many small file
    reads an import makes, so while the UI thread is busy composing the first
    screen, a loader thread needed ~100 ms of wall time for ~15 ms of imports.
    """
    import store.corpus_db
    import store.user_db  # noqa: F401


def first_screen_saved(db_path: Path | None = None) -> bool:
    """Whether a first screen is saved beside the DB (``tui/first_screen.py``; of this version or
    not: the loader tells). The loader then shows it and reads the DB only once it is drawn, so
    the UI thread need not import the store's DB code before that frame (``import_store``: ~14 ms
    of its CPU, a twentieth of the first frame's)."""
    from store import paths
    from tui.first_screen import first_screen_path

    return first_screen_path(db_path if db_path is not None else paths.default_corpus_db_path()).is_file()


class FirstShown(NamedTuple):
    data: AppData  # the saved first screen, as data for the main screen alone
    user: FirstUser  # the user DB as read for it: ``opened()`` gives it to ``open_existing``, opened once
    order: ListOrder  # the sources list's order, known: pass it on too


class FirstUser:
    """The user DB while a saved first screen is shown: its bookmarks and notes as read
    (``store.user_view``, without the user DB's writer: TinyDB, the storage, its backups, ~9 ms of
    CPU before the first frame), and the user DB itself opened when ``opened()`` is asked (the
    loader, once that screen is drawn) or when anything else is asked of it (a bookmark set meanwhile:
    from then on everything is the opened DB's)."""

    def __init__(self, path: Path, view: Any) -> None:
        self._path = path
        self._view = view  # store.user_view.UserView, as read
        self._opened: UserOpened | None = None
        self._opening = threading.Lock()

    def opened(self) -> UserOpened:
        """The user DB, opened (once), and why it is unavailable (None: it is not)."""
        with self._opening:
            if self._opened is None:
                from store.user_db import open_or_unavailable

                self._opened = open_or_unavailable(self._path)
            return self._opened

    def _db(self) -> Any:
        opened = self._opened
        return opened[0] if opened is not None else None

    def bookmarks(self) -> list[Any]:
        db = self._db()
        return db.bookmarks() if db is not None else list(self._view.bookmarks.values())

    def is_bookmarked(self, claim_id: str) -> bool:
        db = self._db()
        return db.is_bookmarked(claim_id) if db is not None else claim_id in self._view.bookmarks

    def note(self, claim_id: str) -> Any:
        db = self._db()
        return db.note(claim_id) if db is not None else self._view.notes.get(claim_id)

    def notes(self) -> list[Any]:
        db = self._db()
        return db.notes() if db is not None else list(self._view.notes.values())

    def __getattr__(self, name: str) -> Any:
        # anything else (a write, the pending writes, the search history): the user DB itself
        return getattr(self.opened()[0], name)


def open_first_screen(db_path: Path | None = None) -> FirstShown | None:
    """The first screen saved beside the DB for this version of it (``tui/first_screen.py``);
    None when there is none."""
    from store import paths
    from store.errors import StoreError
    from store.user_view import read_view
    from tui.first_screen import load

    first = load(db_path if db_path is not None else paths.default_corpus_db_path())
    if first is None:
        return None
    where = paths.user_db_path()
    user = FirstUser(where, None)
    try:
        user = FirstUser(where, read_view(where)[0])
    except StoreError:
        user.opened()  # unreadable, or not a user DB: the user DB's own open says why (a stand-in)
    # ``first.corpus`` answers what the main screen asks about its one article; the app holds
    # no data until the DB is read, so nothing else asks it
    data = AppData(corpus=cast("CorpusDB", first.corpus), user=cast("UserDB", user), sources=first.rows)
    return FirstShown(data, user, ListOrder(first))


def open_existing(
    db_path: Path | None = None, user: UserOpened | None = None, order: ListOrder | None = None
) -> AppData | None:
    """The fast path to a first useful screen: open the corpus DB as it is on disk, with only
    the claims of the first article shown; the others are read on demand from the
    derived claim documents, or all at once by a view that needs every claim.

    None when there is no DB yet (first run: ``load_app_data`` builds it).
    Whether it is stale is checked afterwards by ``load_app_data`` in the
    background, because that check imports the whole extraction pipeline.
    """
    from store import paths
    from store.corpus_db import CorpusDB
    from store.corpus_index import SCHEMA_VERSION
    from store.errors import MissingDatabase, SchemaMismatch
    from store.user_db import open_or_unavailable

    path = db_path if db_path is not None else paths.default_corpus_db_path()
    order = order if order is not None else ListOrder()
    try:
        corpus = CorpusDB.open_part(path, order.first, bodies_on_demand=True)  # the rest on demand
    except MissingDatabase:
        return None
    except SchemaMismatch as exc:  # an older DB: ``load_app_data`` rebuilds it
        if isinstance(exc.found, int) and exc.found < SCHEMA_VERSION:
            return None
        raise
    if corpus.is_empty():
        return None
    settle()
    user_db, problem = user if user is not None else open_or_unavailable(paths.user_db_path())
    return AppData(corpus=corpus, user=user_db, warnings=(problem,) if problem else (), sources=order.rows(corpus))


def settle() -> None:
    """Take the corpus just loaded out of the cyclic collector's way: it lives as long as the
    data, holds no cycles (refcounting frees it when replaced), and a full collection over
    100k claims' objects cost 2.6 s, in the search index's load and at random keystrokes."""
    import gc

    gc.freeze()


class ListOrder:
    """The sources list's order of a corpus's articles, worked out once: ``first`` picks the
    article a first screen opens on (``CorpusDB.open_part``'s chooser), and ``rows`` makes the
    list's rows from the same order, in the worker, so the UI thread only shows them.
    ``shown``: the first screen saved for the DB: its rows are the DB's if it is of the version read."""

    def __init__(self, shown: FirstScreen | None = None) -> None:
        self._ordered: list[tuple[str, Article]] | None = None
        self._shown = shown

    def first(self, articles: Sequence[Article]) -> Article | None:
        from tui.widgets.sources import in_list_order

        if self._shown is not None:  # its first, unless the DB changed since (checked in ``rows``)
            wanted = self._shown.rows[0].article_id
            found = next((article for article in articles if article.id == wanted), None)
            if found is not None:
                return found
        self._ordered = in_list_order(articles)
        return self._ordered[0][1] if self._ordered else None

    def rows(self, corpus: CorpusDB) -> Sequence[SourceRow]:
        from tui.widgets.sources import in_list_order, source_rows

        if self._shown is not None and self._shown.is_of(corpus.version_key()) and self._shown.rows.intact():
            return self._shown.rows
        ordered = self._ordered if self._ordered is not None else in_list_order(corpus.articles())
        from store.query.sources import listed_claim_counts

        return source_rows(ordered, listed_claim_counts(corpus))


def sources_of(data: AppData) -> Sequence[SourceRow]:
    """The sources list's rows of ``data`` (made now if its worker did not: a test's data)."""
    return data.sources if data.sources is not None else ListOrder().rows(data.corpus)


def load_app_data(db_path: Path | None = None, progress: Progress | None = None) -> AppData:
    """Open the corpus DB, building or rebuilding it when missing or stale, and the user DB."""
    from store import paths
    from store.build import ensure_corpus_db
    from store.user_db import open_or_unavailable

    warnings: list[str] = []
    corpus = ensure_corpus_db(db_path, progress=progress, warn=warnings.append)
    settle()
    user, problem = open_or_unavailable(paths.user_db_path())  # a damaged one must not lock the corpus away
    if problem:
        warnings.append(problem)
    return AppData(corpus=corpus, user=user, warnings=tuple(warnings), sources=ListOrder().rows(corpus))


def check_fresh(data: AppData, progress: Progress | None = None) -> AppData:
    """``data`` (with any new warnings) when its corpus DB is current, else new data with the
    rebuilt DB.

    The check reads the meta already loaded: the file is not parsed a second time.
    """
    from store.build import ensure_corpus_db

    warnings: list[str] = []
    corpus = ensure_corpus_db(progress=progress, warn=warnings.append, opened=data.corpus)
    if corpus is data.corpus:
        return replace(data, warnings=(*data.warnings, *warnings)) if warnings else data
    settle()
    return AppData(corpus=corpus, user=data.user, warnings=tuple(warnings), sources=ListOrder().rows(corpus))


def build_index(data: AppData) -> tuple[SearchIndex | None, list[str]]:
    """The search index for ``data`` (None when the search engine is not installed), and one
    line for each derived file that could not be kept beside the DB.

    The derived files (every claim's document, every link, the search index) are mapped
    when saved for this version of the DB, so a corpus read in part (``open_existing``)
    makes any claim alone from them and knows every claim's links, and reads no other
    shard until an article is opened. A missing or stale file is made again from a whole
    read, and saved.
    """
    from store.claim_docs import ClaimDocs, claims_path
    from store.links import LinkColumns, links_path

    corpus = data.corpus
    links, links_problem = LinkColumns.from_db(corpus)
    docs, docs_problem = ClaimDocs.from_db(corpus)
    problems = [
        f"{path}: cannot be written ({reason})"
        for path, reason in ((links_path(corpus.path), links_problem), (claims_path(corpus.path), docs_problem))
        if reason
    ]
    if not corpus.complete:
        corpus.answer_from(docs.claim, links)
    try:
        from store.search import SearchIndex
    except ImportError:
        return None, problems
    index = SearchIndex.from_db(corpus)
    return index, [*problems, index.not_saved] if index.not_saved else problems


@dataclass(frozen=True, slots=True)
class Reloaded:
    """What another process saved since ``data`` was read (``factscope add``, another browser)."""

    data: AppData | None  # a new snapshot when the corpus changed (its index and models to build)
    user_changed: bool  # bookmarks or notes changed (the user DB object reloaded itself)


def reload_changed(data: AppData) -> Reloaded:
    """Check for, and read, what changed; for a worker thread. ``data`` is not touched:
    a changed corpus comes back as a new snapshot, so the UI thread never sees one half-read.
    A changed file that is corrupt raises (the store's one-line error) and ``data`` stays."""
    from store.corpus_db import CorpusDB

    fresh = None
    if data.corpus.changed_on_disk():
        order = ListOrder()
        corpus = CorpusDB.open_part(data.corpus.path, order.first, readonly=data.corpus.readonly, bodies_on_demand=True)
        settle()
        fresh = AppData(corpus=corpus, user=data.user, sources=order.rows(corpus))
    return Reloaded(fresh, data.user.reload_if_changed())


def queries_of(data: Any) -> CorpusQueries:
    """``data``'s query answers; data without a place for them (a test's stand-in) gets fresh ones."""
    from store.query.queries import CorpusQueries

    derived = getattr(data, "derived", None)
    if derived is None:
        return CorpusQueries(data.corpus)
    with derived.making:  # the index worker and the UI thread may ask at once: one answer set
        models = derived.models
        if models is None or models.corpus is not data.corpus:
            models = derived.models = CorpusQueries(data.corpus, lambda: derived.index)
    return models


def find_claim(data: AppData | None, claim_id: str) -> Claim | None:
    """The claim with ``claim_id``, or None (also before the data is loaded)."""
    try:
        return data.corpus.claim(claim_id) if data else None
    except (KeyError, LookupError):
        return None


def find_article(data: AppData | None, article_id: str) -> Article | None:
    """The article with ``article_id``, or None (also before the data is loaded)."""
    try:
        return data.corpus.article(article_id) if data else None
    except (KeyError, LookupError):
        return None


# -- bookmarks and notes: the one place that speaks the user DB's API ----------------
def bookmarked_ids(user: Any) -> list[str]:
    """Bookmarked claim ids, newest first."""
    return [_bookmark_id(entry) for entry in user.bookmarks()]


def bookmark_snapshots(user: Any) -> dict[str, str | None]:
    """Claim id -> the claim text saved with the bookmark (None if not saved)."""
    return {_bookmark_id(entry): getattr(entry, "claim_text", None) for entry in user.bookmarks()}


def _bookmark_id(entry: Any) -> str:
    if isinstance(entry, str):
        return entry
    if isinstance(entry, dict):
        return entry["claim_id"]
    return entry.claim_id


def is_bookmarked(user: Any, claim_id: str) -> bool:
    return user.is_bookmarked(claim_id)


def set_bookmark(user: Any, claim_id: str, on: bool, claim_text: str | None = None) -> None:
    """Add or remove a bookmark; raises the store's one-line error when the write fails.

    ``claim_text`` is kept with the bookmark so it still reads well if the
    claim later leaves the corpus.
    """
    if on:
        user.add_bookmark(claim_id, claim_text)
    else:
        user.remove_bookmark(claim_id)


def user_marks(user: Any) -> UserMarks:
    """The user's marks as the search grammar's ``is:bookmarked`` and ``is:noted`` read them."""
    if user is None:
        return {}
    return {"bookmarked": bookmarked_ids(user), "noted": noted_ids(user) if hasattr(user, "notes") else []}


def noted_ids(user: Any) -> list[str]:
    """Ids of the claims with a note, newest note first."""
    return [note.claim_id for note in user.notes()]


def note_for(user: Any, claim_id: str) -> str | None:
    note = user.note(claim_id)
    if note is None or isinstance(note, str):
        return note
    return note["text"] if isinstance(note, dict) else note.text


def pending_note(user: Any, claim_id: str) -> str | None:
    """The text of a note on ``claim_id`` whose save failed, or None: the user DB keeps
    failed writes (``pending``) and a later save of that note clears it; the one retry path."""
    for write in getattr(user, "pending", ()):
        if write.kind == "note" and write.claim_id == claim_id and write.value is not None:
            return str(write.value)
    return None


def save_note(user: Any, claim_id: str, text: str) -> None:
    """Store (or, when blank, delete) a note; raises the store's error on failure."""
    if text.strip():
        user.set_note(claim_id, text)
    else:
        user.delete_note(claim_id)
