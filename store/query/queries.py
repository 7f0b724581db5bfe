"""Everything the views, the CLI and the exports ask of one corpus version, computed once.

Each answer is built on first use (from any thread: two threads asking at once
build it once) and kept; a new corpus version gets a new ``CorpusQueries``.
The app builds them all in a worker soon after start-up (``build_all``), so a
view opens at once; one opened sooner waits for its answer in a worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TypeVar, cast

from corpus.gcpause import paused_gc
from store.query.conflicts import Conflicts
from store.query.entities import EntityIndex
from store.query.figures import Measure, measures_of
from store.query.filtering import ClaimFilter
from store.query.reader import CorpusReader
from store.query.search import ClaimScan
from store.query.sources import distinct_source_labels
from store.query.timeline import Timeline
from store.query.view_source import ViewSource

if TYPE_CHECKING:
    from store.search import SearchIndex

T = TypeVar("T")
VIEWS = ("sources", "figures", "timeline", "entities")  # what build_all prepares for the views


class CorpusQueries:
    def __init__(self, corpus: CorpusReader, index: Callable[[], SearchIndex | None] | None = None) -> None:
        """``index``: the corpus's search index once it is loaded (its filters serve the timeline
        of a corpus read in part, whose claims are not all read)."""
        self.corpus = corpus
        self._index = index
        self._built: dict[str, object] = {}
        self._locks: dict[str, threading.Lock] = {}
        self._locks_lock = threading.Lock()
        self.builds: dict[str, int] = {}  # how often each answer was computed (once, unless a bug)

    def _once(self, name: str, build: Callable[[], T]) -> T:
        if name not in self._built:
            with self._locks_lock:
                lock = self._locks.setdefault(name, threading.Lock())
            with lock:
                if name not in self._built:
                    with paused_gc():  # an answer is thousands of lasting objects, no cycles
                        self._built[name] = build()
                    self.builds[name] = self.builds.get(name, 0) + 1
        return cast(T, self._built[name])

    @property
    def conflicts(self) -> Conflicts:
        return self._once("conflicts", lambda: Conflicts.of(self.corpus.xrefs()))

    @property
    def claim_filter(self) -> ClaimFilter:
        """The search grammar's filters over every claim."""
        return self._once("claim_filter", lambda: ClaimFilter.of(self.corpus))

    @property
    def source_labels(self) -> Mapping[str, str]:
        return self._once("sources", lambda: distinct_source_labels(self.corpus.articles()))

    @property
    def view_source(self) -> ViewSource:
        """What the figures, timeline and entities views are made from (every claim's view columns)."""
        return self._once("view_source", lambda: ViewSource.of(self.corpus))

    @property
    def figures(self) -> tuple[Measure, ...]:
        return self._once("figures", lambda: measures_of(self.view_source))

    @property
    def timeline(self) -> Timeline:
        return self._once("timeline", lambda: Timeline.of_source(self.view_source, self._timeline_filter))

    def _timeline_filter(self) -> ClaimFilter:
        """Over every claim read, or over the search index's rows while the claims are not read."""
        index = self._index() if self._index is not None else None
        if getattr(self.corpus, "complete", True) or index is None:
            return self.claim_filter
        return self._once("index_filter", lambda: ClaimFilter.over_index(index.fields, index.ids))

    @property
    def entities(self) -> EntityIndex:
        return self._once("entities", lambda: EntityIndex.of(self.corpus, self.view_source))

    @property
    def scan(self) -> ClaimScan:
        """Search before the engine has loaded."""
        return self._once("scan", lambda: ClaimScan(self.claim_filter, self.corpus.articles()))

    def ready(self, name: str) -> bool:
        """Whether ``name`` (one of ``VIEWS``) is built: a view opened now need not wait."""
        return name in self._built

    def build(self, name: str) -> None:
        """Build ``name`` (one of ``VIEWS``) now, in the calling thread."""
        for wanted in (name, "sources"):  # every view names its rows' sources: made here, not by its screen
            getattr(self, {"sources": "source_labels"}.get(wanted, wanted))
        if name != "sources" and "view_source" in self._built:
            # the model made has swept every row of the mapped view columns: their pages go back
            # to the page cache (a row read later maps its page again)
            from store.mapped import release

            release(self.view_source.rows)

    def build_all(self) -> None:
        for name in VIEWS:
            self.build(name)
