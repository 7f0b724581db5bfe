"""A full build in worker processes, with exactly the output of one process (``pipeline.extract``).

Two steps run in a pool of forked workers: extracting the claims of each article and what
cross-referencing needs to know about each claim (its features: articles are independent), and
relating the candidate pairs of claims the cross-referencer's blocking found (pairs are
independent once every claim's features are known). Everything else (blocking, capping,
entities) runs once in the parent, in the same order as in one process, so the claims, links and
entities come out identical, in the same order.

Workers are forked, so they read the articles and the pairs from the parent's memory instead of
receiving copies; only results travel back. A worker that dies (killed, out of memory) fails the
build with one line, before anything is written. Where processes cannot be forked (no "fork"
start method), or the build is small, it runs in this process.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from typing import Any

from corpus import pipeline
from corpus.errors import FactscopeError
from corpus.gcpause import paused_gc
from corpus.model import Article, Extraction, XRef
from corpus.xref.features import features as claim_features
from corpus.xref.relations import relate

Progress = Callable[[int, int, str], None]
MIN_ARTICLES = 64  # below this a pool costs more than it saves
_ARTICLES_PER_TASK = 16
_PAIRS_PER_TASK = 4000

# What forked workers read: set by the parent just before it starts a pool.
_shared: dict[str, Any] = {}


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def extract(articles: list[Article], progress: Progress | None = None, *, jobs: int | None = None) -> Extraction:
    """``pipeline.extract`` with ``jobs`` processes (default: the cores)."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 2 or len(articles) < MIN_ARTICLES or not can_fork():
        return pipeline.extract(articles, progress)
    with paused_gc():
        claims, mentions, notices, features = _extract_in_workers(articles, progress, jobs)
        relate_pairs = partial(_relate_in_workers, jobs=jobs, progress=progress)
        return pipeline.linked(articles, claims, mentions, notices, relate_pairs, features)


class WorkerDied(FactscopeError):
    def __init__(self) -> None:
        super().__init__("factscope build: a worker process died (out of memory?); nothing was written; try --jobs 1")


@contextmanager
def _pool(jobs: int, **shared: Any) -> Iterator[ProcessPoolExecutor]:
    """Forked workers that see ``shared``; a worker that dies fails the build instead of hanging it."""
    _shared.clear()
    _shared.update(shared)
    try:
        with ProcessPoolExecutor(jobs, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool
    except BrokenProcessPool:
        raise WorkerDied() from None
    finally:
        _shared.clear()


def _extract_in_workers(articles: list[Article], progress: Progress | None, jobs: int):
    tasks = [(lo, min(lo + _ARTICLES_PER_TASK, len(articles))) for lo in range(0, len(articles), _ARTICLES_PER_TASK)]
    claims: list = []
    mentions: list = []
    notices: list[str] = []
    features: list = []
    with _pool(jobs, articles=articles) as pool:
        for (lo, hi), results in zip(tasks, pool.map(_extract_range, tasks)):
            for article, (found, seen, reached, published, described) in zip(articles[lo:hi], results):
                # extract_one may infer an undated article's date from its text: as in one process
                article.published, article.published_estimated = published
                for f in described:
                    f.article = article  # not the copy that came back with it
                features.extend(described)
                claims.extend(found)
                mentions.extend(seen)
                notices.extend(reached)
            if progress is not None:
                last = articles[hi - 1]
                progress(hi, len(articles), last.title or last.source_file)
    return claims, mentions, notices, features


def _extract_range(bounds: tuple[int, int]) -> list:
    lo, hi = bounds
    out = []
    for article in _shared["articles"][lo:hi]:
        found, seen, reached = pipeline.extract_one(article)
        described = [claim_features(claim, article) for claim in found]  # sent with the claims: they stay one object
        out.append((found, seen, reached, (article.published, article.published_estimated), described))
    return out


@dataclass(slots=True)
class Related:
    """A candidate relation worked out in a worker, its link already worded (``relations.Candidate``'s fields)."""

    source: str
    target: str
    relation: str
    score: float
    xref: XRef

    def to_xref(self) -> XRef:
        return self.xref


def _relate_in_workers(pairs: list, rarity: Any, *, jobs: int, progress: Progress | None) -> list[Related | None]:
    if len(pairs) < 2 * _PAIRS_PER_TASK:
        return [_related(a, b, rarity) for a, b in pairs]
    tasks = [(lo, min(lo + _PAIRS_PER_TASK, len(pairs))) for lo in range(0, len(pairs), _PAIRS_PER_TASK)]
    out: list[Related | None] = []
    with _pool(jobs, pairs=pairs, rarity=rarity) as pool:
        for (_, hi), results in zip(tasks, pool.map(_relate_range, tasks)):
            out.extend(results)
            if progress is not None:
                progress(hi, len(pairs), "linking claims")
    return out


def _relate_range(bounds: tuple[int, int]) -> list[Related | None]:
    lo, hi = bounds
    pairs, rarity = _shared["pairs"], _shared["rarity"]
    return [_related(a, b, rarity) for a, b in pairs[lo:hi]]


def _related(a: Any, b: Any, rarity: Any) -> Related | None:
    found = relate(a, b, rarity)
    if found is None:
        return None
    return Related(found.source, found.target, found.relation, found.score, found.to_xref())
