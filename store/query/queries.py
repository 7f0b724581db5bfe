"""Everything the views, the CLI and the exports ask of one corpus version, computed once.

Each answer is built on first use (from any thread: two threads asking at once
build it once) and kept; a new corpus version gets a new ``CorpusQueries``.
The app builds them all in a worker soon after start-up (``build_all``), so a
view opens at once; one opened sooner waits for its answer in a worker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from typing import TypeVar, cast

from store.query.conflicts import Conflicts
from store.query.entities import EntityIndex
from store.query.figures import Measure, collect_measures
from store.query.filtering import ClaimFilter
from store.query.reader import CorpusReader
from store.query.search import ClaimScan
from store.query.sources import distinct_source_labels
from store.query.timeline import Timeline

T = TypeVar("T")
VIEWS = ("sources", "figures", "timeline", "entities")  # what build_all prepares for the views


class CorpusQueries:
    def __init__(self, corpus: CorpusReader) -> None:
        self.corpus = corpus
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
    def figures(self) -> tuple[Measure, ...]:
        return self._once("figures", lambda: collect_measures(self.corpus, self.conflicts.claim_ids))

    @property
    def timeline(self) -> Timeline:
        return self._once("timeline", lambda: Timeline.of(self.corpus, self.conflicts.claim_ids, self.claim_filter))

    @property
    def entities(self) -> EntityIndex:
        return self._once("entities", lambda: EntityIndex.of(self.corpus))

    @property
    def scan(self) -> ClaimScan:
        """Search before the engine has loaded."""
        return self._once("scan", lambda: ClaimScan(self.claim_filter, self.corpus.articles()))

    def ready(self, name: str) -> bool:
        """Whether ``name`` (one of ``VIEWS``) is built: a view opened now need not wait."""
        return name in self._built

    def build(self, name: str) -> None:
        """Build ``name`` (one of ``VIEWS``) now, in the calling thread."""
        getattr(self, {"sources": "source_labels"}.get(name, name))

    def build_all(self) -> None:
        for name in VIEWS:
            self.build(name)
