"""A full build in several processes, with exactly the output of one process (``pipeline.extract``).

Two steps are shared out: extracting the claims of each article and what cross-referencing needs
to know about each claim (its features: articles are independent), and relating the candidate
pairs of claims the cross-referencer's blocking found (pairs are independent once every claim's
features are known). Everything else (blocking, capping, entities) runs once in this process, in
the same order as in one process, so the claims, links and entities come out identical, in the
same order.

With ``jobs`` N, this process works through the tasks alongside N - 1 forked workers, taking them
from the front of the queue while the workers take them from the back: its own share costs
nothing to hand over. The pairs are handed out as blocking finds them: the workers relate the
first while this process finds the rest and works out the links no relation decides. Workers are forked, so they read the articles and the pairs from this
process's memory instead of receiving copies, and send back only what the parent lacks, as
compact as says it (claims and features without the article; a related pair as a tuple, an
unrelated one not at all). A worker that dies (killed, out of memory) fails the build with one
line, before anything is written. Where processes cannot be forked (no "fork" start method), or
the build is small, it runs in this process.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import operator
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, replace
from functools import partial
from multiprocessing.reduction import ForkingPickler
from typing import Any

from corpus import pipeline
from corpus.errors import FactscopeError
from corpus.extract.entities import Mention
from corpus.gcpause import paused_gc
from corpus.model import Article, AttributionSpan, Claim, Extraction, Quantity, XRef
from corpus.xref.blocking import block_keys
from corpus.xref.features import Features
from corpus.xref.features import features as claim_features
from corpus.xref.relations import Candidate, relate

Progress = Callable[[int, int, str], None]
MIN_ARTICLES = 64  # below this a pool costs more than it saves
_ARTICLES_PER_TASK = 4
_PAIRS_PER_TASK = 1000
# Tasks handed to each worker at a time: while this process works through one of its own (it hands out
# more only between them) a worker has three more to go on with, so it never waits for this one. None is
# ever taken back with ``Future.cancel``: a cancelled future makes the pool's shutdown hang for good on
# Python 3.11 before 3.11.4 (CPython issue 94440; Debian's python3 is 3.11.2).
_QUEUED_PER_WORKER = 4
# ... and before ``meanwhile`` (the links no relation decides, ~0.15 ms an article), which hands out none.
_QUEUED_BEFORE_MEANWHILE = 16

# What forked workers read: set by the parent just before it starts a pool.
_shared: dict[str, Any] = {}

Task = tuple[int, int]  # (lo, hi): a slice of the shared articles
Pair = tuple[Features, Features]


def _by_fields(cls: type) -> None:
    """Pickle ``cls`` (a dataclass whose every field is an argument of its ``__init__``) as its class and
    its field values, made again by calling the class: a slotted dataclass otherwise crosses as a list of
    values set one ``object.__setattr__`` at a time after listing its fields (``dataclasses``'
    ``__setstate__``), a third more CPU for a worker's results each way (claims, their features and
    link index rows). Only pickling between processes (``ForkingPickler``) is changed."""
    if cls in _FAST or not dataclasses.is_dataclass(cls):
        return
    fields = dataclasses.fields(cls)
    if len(fields) < 2 or not all(f.init for f in fields):
        return
    values = operator.attrgetter(*(f.name for f in fields))
    ForkingPickler.register(cls, lambda obj: (cls, values(obj)))
    _FAST.add(cls)


_FAST: set[type] = set()
for _cls in (Claim, Quantity, AttributionSpan, Mention, Features):
    _by_fields(_cls)


def default_jobs() -> int:
    """The cores this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not Linux
        return max(1, os.cpu_count() or 1)


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


Encode = Callable[[list[Features]], list[Any]]


def extract(
    articles: list[Article], progress: Progress | None = None, *, jobs: int | None = None, encode: Encode | None = None
) -> Extraction:
    """``pipeline.extract`` with ``jobs`` processes (default: the cores). ``encode``: what the caller
    makes of each article's claim features (the store's link index rows), made by whichever process
    extracted the article; the extraction's ``link_features`` are then what it made, in order."""
    jobs = default_jobs() if jobs is None else jobs
    if jobs < 2 or len(articles) < MIN_ARTICLES or not can_fork():
        return pipeline.extract(articles, progress)
    with paused_gc():
        dated, claims, mentions, notices, features, encoded = _extract_shared(articles, progress, jobs, encode)
        relate_pairs = partial(_relate_shared, jobs=jobs, progress=progress, features=features)
        extraction = pipeline.linked(dated, claims, mentions, notices, relate_pairs, features)
    if encode is not None:  # what encode made of the features, then what else linking gave (pipeline.linked)
        extraction = replace(extraction, link_features=[*encoded, *extraction.link_features[len(features) :]])
    return extraction


@contextmanager
def beside(work: Callable[[], None], failed: Callable[[], None]) -> Iterator[None]:
    """``work`` in a forked process while the block runs in this one, waited for at its end (even if
    the block fails), and ``failed()`` here if it did not end well; where processes cannot be forked,
    ``work`` runs here first. ``work`` leaves nothing this process needs but files."""
    if not can_fork():
        work()
        yield
        return
    sys.stdout.flush()  # else the forked copy of an unwritten buffer would be written twice
    sys.stderr.flush()
    process = multiprocessing.get_context("fork").Process(target=work, daemon=True)
    process.start()
    try:
        yield
    finally:
        process.join()
        if process.exitcode != 0:
            failed()


class WorkerDied(FactscopeError):
    def __init__(self) -> None:
        super().__init__("factscope build: a worker process died (out of memory?); nothing was written; try --jobs 1")


@contextmanager
def _pool(workers: int, **shared: Any) -> Iterator[ProcessPoolExecutor]:
    """Forked workers that see ``shared``; a worker that dies fails the build instead of hanging it."""
    _shared.clear()
    _shared.update(shared)
    try:
        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("fork")) as pool:
            yield pool
    except BrokenProcessPool:
        raise WorkerDied() from None
    finally:
        _shared.clear()


Pack = Callable[[Any], Any]


def _in_worker(run: Callable[[Any], Any], task: Any, pack: Pack | None) -> Any:
    """What a worker process runs for one task (the parent calls ``run`` itself)."""
    return run(task) if pack is None else pack(run(task))


def _shared_out(
    run: Callable[[Any], Any],
    tasks: Iterable[Any],
    jobs: int,
    done: Callable[[Any], None],
    meanwhile: Callable[[], None] | None = None,
    packed: tuple[Pack, Pack] | None = None,
    **shared: Any,
) -> list[Any]:
    """``[run(task) for task in tasks]``, computed here and in ``jobs - 1`` forked workers that see
    ``shared``; ``done(task)`` as each ends. ``tasks`` may be made as they are handed out (the
    workers start on the first while this process makes the rest); then ``meanwhile()`` runs here
    while the workers go on, before this process takes its own share. ``packed``: (pack, unpack),
    what a worker's result crosses as (``pack``, in the worker) and is made again from (here)."""
    pack, unpack = packed if packed is not None else (None, None)
    results: dict[int, Any] = {}
    waiting: deque[tuple[int, Any]] = deque()
    with _pool(jobs - 1, **shared) as pool:
        running: dict[Future[Any], tuple[int, Any]] = {}

        def hand_out(per_worker: int = _QUEUED_PER_WORKER) -> None:
            while waiting and len(running) < (jobs - 1) * per_worker:
                i, task = waiting.pop()  # workers from the back, this process from the front
                running[pool.submit(_in_worker, run, task, pack)] = (i, task)

        def collect(finished: set[Future[Any]]) -> None:
            for future in finished:
                i, task = running.pop(future)
                result = future.result()  # a dead worker: BrokenProcessPool
                results[i] = result if unpack is None else unpack(result)
                done(task)

        for i, task in enumerate(tasks):
            waiting.append((i, task))
            collect({f for f in running if f.done()})
            hand_out()
        if meanwhile is not None:
            hand_out(_QUEUED_BEFORE_MEANWHILE)
            meanwhile()
        while waiting:
            i, task = waiting.popleft()
            results[i] = run(task)
            done(task)
            collect({f for f in running if f.done()})
            hand_out()
        while running:
            collect(wait(running, return_when=FIRST_COMPLETED).done)
    return [results[i] for i in range(len(results))]


def _counter(
    progress: Progress | None, total: Callable[[], int], size: Callable[[Any], int], label: Callable[[Any], str]
) -> Callable[[Any], None]:
    """Reports how many items are done of ``total()`` (tasks end out of order), with ``label(task)`` of the
    last one."""
    count = 0

    def done(task: Any) -> None:
        nonlocal count
        count += size(task)
        if progress is not None:
            progress(count, total(), label(task))

    return done


def _extract_shared(
    articles: list[Article], progress: Progress | None, jobs: int, encode: Encode | None
) -> tuple[list, list, list, list, list, list]:
    def last_of(task: Task) -> str:
        return articles[task[1] - 1].title or articles[task[1] - 1].source_file

    done = _counter(progress, lambda: len(articles), lambda task: task[1] - task[0], last_of)
    tasks = [(lo, min(lo + _ARTICLES_PER_TASK, len(articles))) for lo in range(0, len(articles), _ARTICLES_PER_TASK)]
    chunks = _shared_out(_extract_range, tasks, jobs, done, articles=articles, encode=encode)
    dated: list[Article] = []
    claims: list = []
    mentions: list = []
    notices: list[str] = []
    features: list = []
    encoded: list = []
    for article, (found, seen, reached, published, described, made) in zip(
        articles, (result for chunk in chunks for result in chunk)
    ):
        # extract_one may infer an undated article's date from its text: as in one process
        if published != (article.published, article.published_estimated):
            article = replace(article, published=published[0], published_estimated=published[1])
        dated.append(article)
        for f in described:
            f.article = article  # not the stand-in it travelled with
        features.extend(described)
        encoded.extend(made)
        claims.extend(found)
        mentions.extend(seen)
        notices.extend(reached)
    return dated, claims, mentions, notices, features, encoded


def _extract_range(bounds: Task) -> list:
    """Each article's claims, mentions, notices, date, claim features and what ``encode`` makes of
    them, as little as says it: the parent has the articles, so features travel without theirs, and
    of the mentions only the first of each name (all the entity table reads: ``pipeline._entities``)."""
    lo, hi = bounds
    encode = _shared["encode"]
    out = []
    for article in _shared["articles"][lo:hi]:
        article, found, seen, reached = pipeline.extract_one(article)
        described = [claim_features(claim, article) for claim in found]  # sent with the claims: they stay one object
        made = encode(described) if encode is not None else []
        for kind in {type(e) for e in made}:
            _by_fields(kind)
        for f in described:
            f.article = _DETACHED
            # what was worked out with the article it no longer points to is left out; its blocks (made for
            # ``encode``, read by blocking) are of its own fields alone: kept, not made again in the parent
            keys = f.memo.get(_BLOCK_KEYS)
            f.memo.clear()
            if keys is not None:
                f.memo[_BLOCK_KEYS] = keys
        dated = (article.published, article.published_estimated)
        out.append((found, _first_of_each_name(seen), reached, dated, described, made))
    return out


# A claim's blocks in its ``Features.memo`` (corpus/xref/memo.py keeps them under the function's name).
_BLOCK_KEYS = "{0.__module__}.{0.__qualname__}".format(getattr(block_keys, "__wrapped__", block_keys))
# What a claim's features point to on their way to the parent, which points them to its own article.
_DETACHED = Article("", "", None, [], None, False, "", "")


def _first_of_each_name(mentions: list[Mention]) -> list[Mention]:
    firsts: dict[str, Mention] = {}
    for m in mentions:
        firsts.setdefault(m.name, m)
    return list(firsts.values())


@dataclass(slots=True)
class Related:
    """A candidate relation worked out in a worker, its link already worded (``relations.Candidate``'s
    fields, and ``to_xref``'s): it crosses from the worker as a plain tuple (``_related``)."""

    source: str
    target: str
    relation: str
    score: float
    reason: str
    rule: str | None
    matched: list[str]

    def to_xref(self) -> XRef:
        return XRef(self.source, self.target, self.relation, self.score, self.reason, self.rule, self.matched)


def _relate_shared(
    pairs: Iterable[Pair],
    rarity: Any,
    meanwhile: Callable[[list[Pair]], None],
    *,
    jobs: int,
    progress: Progress | None,
    features: list[Features],
) -> list[Candidate | Related | None]:
    """``link.relate_all`` in ``jobs`` processes: the workers relate the first pairs while this process
    finds the rest (blocking), then ``meanwhile`` runs here while they go on. ``features``: every
    claim's, which the workers see; a task names its pairs by their places in it. The workers word
    each relation's reason (``Related``); this process words those of its own share only if they
    are kept (``Candidate``)."""
    head = list(itertools.islice(pairs, 2 * _PAIRS_PER_TASK))
    if len(head) < 2 * _PAIRS_PER_TASK:
        meanwhile(head)
        return [relate(a, b, rarity) for a, b in head]
    place = {id(f): i for i, f in enumerate(features)}
    every = itertools.chain(head, pairs)
    listed: list[Pair] = []

    def tasks() -> Iterator[list[tuple[int, int]]]:
        while chunk := list(itertools.islice(every, _PAIRS_PER_TASK)):
            listed.extend(chunk)
            yield [(place[id(a)], place[id(b)]) for a, b in chunk]

    done = _counter(progress, lambda: len(listed), len, lambda _: "linking claims")
    chunks = _shared_out(
        _relate_range,
        tasks(),
        jobs,
        done,
        lambda: meanwhile(listed),
        packed=(_packed_relations, _unpacked_relations),
        features=features,
        rarity=rarity,
    )
    out: list[Candidate | Related | None] = [None] * len(listed)
    for lo, chunk in zip(range(0, len(listed), _PAIRS_PER_TASK), chunks):
        for offset, found in chunk:
            out[lo + offset] = found
    return out


# (source, target, relation, score, reason, rule, matched): what a worker sends back for a related pair.
_Packed = tuple[str, str, str, float, str, str | None, tuple[str, ...]]


def _relate_range(task: list[tuple[int, int]]) -> list[tuple[int, Candidate]]:
    """The related pairs among ``task`` (pairs of places in the shared features), by their offset in it
    (most pairs are not related: they are left out)."""
    features, rarity = _shared["features"], _shared["rarity"]
    out = []
    for offset, (i, j) in enumerate(task):
        found = relate(features[i], features[j], rarity)
        if found is not None:
            out.append((offset, found))
    return out


def _packed_relations(related: list[tuple[int, Candidate]]) -> list[tuple[int, _Packed]]:
    """What a worker sends back: each relation's reason worded here (the parent has no closure to call)."""
    out = []
    for offset, found in related:
        x = found.to_xref()
        out.append((offset, (x.source, x.target, x.relation, x.score, x.reason, x.rule, tuple(x.matched))))
    return out


def _unpacked_relations(packed: list[tuple[int, _Packed]]) -> list[tuple[int, Related]]:
    return [
        (offset, Related(source, target, relation, score, reason, rule, list(matched)))
        for offset, (source, target, relation, score, reason, rule, matched) in packed
    ]
