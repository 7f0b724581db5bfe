"""A full build in several processes, with exactly the output of one process (``pipeline.extract``).

Two steps are shared out: extracting the claims of each article and what cross-referencing needs
to know about each claim (its features: articles are independent), and relating the candidate
pairs of claims the cross-referencer's blocking found (pairs are independent once every claim's
features are known). Everything else (blocking, capping, entities) runs once in this process, in
the same order as in one process, so the claims, links and entities come out identical, in the
same order.

With ``jobs`` N, this process works through the tasks alongside N - 1 workers, taking them from
the front of the queue while the workers take them from the back: its own share costs nothing to
hand over. The workers are forked once, before extraction, while this process's heap is small
(no second fork over every claim in memory), and serve both steps: each keeps the features of the
claims it extracted, and what relating works out from them (``corpus.xref.memo``), and is sent
once the features of the others' claims before relating. The pairs are handed out as blocking
finds them: the workers relate the first while this process finds the rest and works out the
links no relation decides. Workers read the articles from this process's memory (forked) instead
of receiving copies, and send back only what the parent lacks, as compact as says it (claims and
features without the article; a related pair as a tuple, an unrelated one not at all). A worker
that dies (killed, out of memory) fails the build with one line, before anything is written. Where
processes cannot be forked (no "fork" start method), or the build is small, it runs in this process.
"""

from __future__ import annotations

import dataclasses
import itertools
import multiprocessing
import operator
import os
import pickle
import queue
import signal
import sys
import threading
import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from multiprocessing.connection import Connection, wait
from multiprocessing.reduction import ForkingPickler
from typing import Any

from corpus import pipeline
from corpus.errors import FactscopeError
from corpus.extract.entities import Mention
from corpus.gcpause import paused_gc
from corpus.model import Article, AttributionSpan, Claim, Extraction, Quantity
from corpus.xref.blocking import block_keys
from corpus.xref.features import Features
from corpus.xref.features import features as claim_features
from corpus.xref.link import Turns, Worded, relate_all
from corpus.xref.relations import relate

Progress = Callable[[int, int, str], None]
MIN_ARTICLES = 64  # below this a pool costs more than it saves
_ARTICLES_PER_TASK = 4
_PAIRS_PER_TASK = 1000
# Tasks handed to each worker at a time: while this process works through one of its own (it hands out
# more only between them) a worker has three more to go on with, so it never waits for this one.
_QUEUED_PER_WORKER = 4
# ... and before ``meanwhile`` (the links no relation decides, ~0.15 ms an article), which hands out none.
_QUEUED_BEFORE_MEANWHILE = 16

# What forked workers read: set by the parent just before it forks them (the articles, ``encode``); in a
# worker, also what it keeps between tasks (its claims' features, then every claim's, and the rarity).
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
    with paused_gc(), crew_of(jobs - 1, articles=articles, encode=encode) as crew:
        dated, claims, mentions, notices, features, encoded = _extract_shared(crew, articles, progress)
        relate_pairs = partial(_relate_shared, crew, progress=progress, features=features)
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


class _Failed:
    """What a worker sends back for a task that raised: the error, raised again in this process."""

    def __init__(self, error: BaseException) -> None:
        self.error = error


class Crew:
    """``workers`` forked processes, each served through a pipe of its own, so that a task can go to the
    one that keeps what it needs. What goes to a worker is sent by a thread of this process (one per
    worker): this process never waits to send while the worker waits to send it a result."""

    def __init__(self, workers: int) -> None:
        context = multiprocessing.get_context("fork")
        sys.stdout.flush()  # else the forked copy of an unwritten buffer would be written twice
        sys.stderr.flush()
        self.conns: list[Connection] = []
        self.processes: list[multiprocessing.process.BaseProcess] = []
        for _ in range(workers):
            mine, theirs = context.Pipe()
            process = context.Process(target=_serve, args=(theirs, [*self.conns, mine]), daemon=True)
            process.start()
            theirs.close()
            self.conns.append(mine)
            self.processes.append(process)
        # (started once every worker is forked: a forked process has no copy of a thread)
        self._outboxes: list[queue.SimpleQueue[Any]] = [queue.SimpleQueue() for _ in self.conns]
        self._senders = [
            threading.Thread(target=_send_all, args=(conn, outbox), daemon=True)
            for conn, outbox in zip(self.conns, self._outboxes)
        ]
        for sender in self._senders:
            sender.start()

    @property
    def size(self) -> int:
        return len(self.conns)

    def send(self, worker: int, message: Any) -> None:
        self._outboxes[worker].put(ForkingPickler.dumps(message))

    def send_all(self, message: Any) -> None:
        """``message`` to every worker, pickled once."""
        data = ForkingPickler.dumps(message)
        for outbox in self._outboxes:
            outbox.put(data)

    def ready(self, workers: list[int], timeout: float | None = 0) -> list[int]:
        """Those of ``workers`` with a result to receive (waiting up to ``timeout``; None: until one has)."""
        if not workers:
            return []
        at = {id(self.conns[w]): w for w in workers}
        return sorted(at[id(conn)] for conn in wait([self.conns[w] for w in workers], timeout))

    def receive(self, worker: int) -> tuple[Any, bytes]:
        """The worker's next result, and the bytes it came as; a task that raised there raises here."""
        try:
            data = self.conns[worker].recv_bytes()
        except (EOFError, OSError):
            raise WorkerDied() from None
        result = pickle.loads(data)
        if isinstance(result, _Failed):
            raise result.error
        return result, data

    def close(self, ended_well: bool) -> None:
        if not ended_well:
            for process in self.processes:
                process.kill()
        for outbox in self._outboxes:
            outbox.put(None)
        for sender in self._senders:
            sender.join()
        for conn in self.conns:
            conn.close()  # a worker waiting for a task reads the end of its pipe, and ends
        for process in self.processes:
            process.join()


def _send_all(conn: Connection, outbox: queue.SimpleQueue[Any]) -> None:
    while (data := outbox.get()) is not None:
        try:
            conn.send_bytes(data)
        except OSError:  # the worker died: this process finds out when it next reads from it
            return


@contextmanager
def crew_of(workers: int, **shared: Any) -> Iterator[Crew]:
    """Forked workers that see ``shared``; a worker that dies fails the build instead of hanging it."""
    _shared.clear()
    _shared.update(shared)
    crew = Crew(workers)
    ended_well = False
    try:
        yield crew
        ended_well = True
    finally:
        _shared.clear()
        crew.close(ended_well)


# The pickled reply of a worker to one task: made by ``Pack(task, result)`` (default: the result pickled).
Blob = bytes | memoryview
Pack = Callable[[Any, Any], Blob | None]


def _in_worker(run: Callable[[Any], Any], task: Any, pack: Pack | None) -> Blob | None:
    """What a worker process runs for one task (the parent calls ``run`` itself): the bytes of its reply,
    or None for a message that has none."""
    result = run(task)
    return ForkingPickler.dumps(result) if pack is None else pack(task, result)


def _serve(conn: Connection, others: list[Connection]) -> None:
    """A worker: runs each task it is sent, in order, and sends back its reply, until its pipe ends."""
    for other in others:
        other.close()  # this pipe's other end and the other workers' pipes, inherited: the parent ends them
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # ctrl-C is the parent's to handle: it ends the workers
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return
        run, task, pack = pickle.loads(data)
        reply: Blob | None
        try:
            reply = _in_worker(run, task, pack)
        except Exception as error:  # raised again in the parent, with where it was raised here
            error.add_note("".join(traceback.format_exception(error)).rstrip())
            try:
                reply = ForkingPickler.dumps(_Failed(error))
            except Exception:
                reply = ForkingPickler.dumps(_Failed(RuntimeError(f"a worker's task failed: {error!r}")))
        if reply is not None:
            try:
                conn.send_bytes(reply)
            except OSError:  # the parent closed its end: it wants nothing more
                return


def _no_reply(_task: Any, _result: Any) -> None:
    return None


def shared_out(
    crew: Crew,
    run: Callable[[Any], Any],
    tasks: Iterable[Any],
    done: Callable[[Any], None],
    meanwhile: Callable[[], None] | None = None,
    pack: Pack | None = None,
    unpack: Callable[[Any], Any] | None = None,
    received: Callable[[int, int, bytes], None] | None = None,
    assigned: dict[int, int] | None = None,
    ran_here: Callable[[int, Any], None] | None = None,
    in_order: bool = False,
) -> list[Any]:
    """``[run(task) for task in tasks]``, computed here and by the crew's workers; ``done(task)`` as
    each ends. ``tasks`` may be made as they are handed out (the workers start on the first while
    this process makes the rest); then ``meanwhile()`` runs here while the workers go on, before
    this process takes its own share. ``pack``: what a worker's result crosses as (``Pack``, in the
    worker), ``unpack`` what it is made again from (here); ``received(worker, i, data)`` is told of
    each result a worker sent (of ``tasks[i]``), and its bytes. ``assigned``: the worker each task
    must go to, by its place (those not in it are done here), instead of to whoever is free;
    ``ran_here(i, result)`` is told of each task done here. ``in_order``: each process takes its tasks
    in the order they were made, from a run of them of its own: the workers the first while the rest
    are made, then the tasks left are cut in two, this process taking the first part from its front,
    the workers the second from its front (``_relate_range``: each meets the claims of its own run of
    turns, and lets them go as it goes); one whose part is done takes from the back of the other's."""
    results: dict[int, Any] = {}
    waiting: deque[tuple[int, Any]] = deque()
    theirs: deque[tuple[int, Any]] = deque()  # ``in_order``: the workers' part, once every task is made
    queued: list[deque[tuple[int, Any]]] = [deque() for _ in range(crew.size)]

    def for_a_worker() -> tuple[int, Any]:
        if not in_order:
            return waiting.pop()  # workers from the back, this process from the front
        if theirs:
            return theirs.popleft()
        return waiting.popleft() if not made_all else waiting.pop()

    def hand_out(per_worker: int = _QUEUED_PER_WORKER) -> None:
        for worker, sent in enumerate(queued):
            while (waiting or theirs) and len(sent) < per_worker:
                i, task = for_a_worker()
                crew.send(worker, (run, task, pack))
                sent.append((i, task))

    def collect(timeout: float | None = 0) -> None:
        for worker in crew.ready([w for w, sent in enumerate(queued) if sent], timeout):
            i, task = queued[worker].popleft()  # a worker's results come in the order it was sent the tasks
            result, data = crew.receive(worker)  # a dead worker: WorkerDied
            if received is not None:
                received(worker, i, data)
            results[i] = result if unpack is None else unpack(result)
            done(task)

    made_all = False
    for i, task in enumerate(tasks):
        if assigned is not None:
            if i in assigned:
                crew.send(assigned[i], (run, task, pack))
                queued[assigned[i]].append((i, task))
            else:
                waiting.append((i, task))
            continue
        waiting.append((i, task))
        collect()
        hand_out()
    made_all = True
    if in_order:  # this process's part first, the workers' after it (they may not take it whole)
        for _ in range(len(waiting) * crew.size // (crew.size + 1)):
            theirs.appendleft(waiting.pop())
    if meanwhile is not None:
        hand_out(_QUEUED_BEFORE_MEANWHILE)
        meanwhile()
    while waiting or theirs:
        i, task = waiting.popleft() if waiting else theirs.pop()
        results[i] = run(task)
        if ran_here is not None:
            ran_here(i, results[i])
        done(task)
        collect()
        if assigned is None:
            hand_out()
    while any(queued):
        collect(None)
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
    crew: Crew, articles: list[Article], progress: Progress | None
) -> tuple[list, list, list, list, list, list]:
    """Every article extracted, by this process and the crew; then each worker is sent the features of
    the claims it did not extract (``_take_features``), for relating."""

    def last_of(task: Task) -> str:
        return articles[task[1] - 1].title or articles[task[1] - 1].source_file

    done = _counter(progress, lambda: len(articles), lambda task: task[1] - task[0], last_of)
    tasks = [(lo, min(lo + _ARTICLES_PER_TASK, len(articles))) for lo in range(0, len(articles), _ARTICLES_PER_TASK)]
    ran_by: dict[int, int] = {}  # the worker that extracted each task's articles, by the task's place

    def extracted(worker: int, i: int, _data: bytes) -> None:
        ran_by[i] = worker

    # every article's claims first, then their features: each process describes the claims it extracted
    shared_out(crew, _extract_claims, tasks, done, received=extracted)

    # Each worker is sent the features it lacks as they are made, and reads them once it has described
    # its own (``_take_features`` puts them in order): this process's, and the other workers' as they came.
    def sent_back(worker: int, i: int, data: bytes) -> None:
        for other in range(crew.size):
            if other != worker:
                crew.send(other, (_take_forwarded, (tasks[i][0], data), _no_reply))

    def described_here(i: int, chunk: list) -> None:
        items = [(published, described) for _, _, _, published, described, _ in chunk]
        with _detached((f for _, described in items for f in described), keep_blocks=False):
            crew.send_all((_take_sent, (tasks[i][0], items), _no_reply))

    chunks = shared_out(
        crew,
        _describe,
        tasks,
        lambda _: None,
        pack=_kept_extraction,
        received=sent_back,
        assigned=ran_by,
        ran_here=described_here,
    )
    dated: list[Article] = []
    claims: list = []
    mentions: list = []
    notices: list[str] = []
    features: list = []
    encoded: list = []
    for (lo, hi), chunk in zip(tasks, chunks):
        for article, (found, seen, reached, published, described, made) in zip(articles[lo:hi], chunk):
            # extract_one may infer an undated article's date from its text: as in one process
            if published != (article.published, article.published_estimated):
                article = replace(article, published=published[0], published_estimated=published[1])
            dated.append(article)
            for f in described:
                f.article = article  # not the stand-in it travelled with (nor, of this process's share, the copy
                # extract_one dated: the one stored)
            features.extend(described)
            encoded.extend(made)
            claims.extend(found)
            mentions.extend(seen)
            notices.extend(reached)
    crew.send_all((_take_features, None, _no_reply))
    return dated, claims, mentions, notices, features, encoded


def _extract_range(bounds: Task) -> list:
    """Each article's claims, mentions, notices, date, claim features and what ``encode`` makes of
    them: of the mentions only the first of each name (all the entity table reads: ``pipeline._entities``)."""
    _extract_claims(bounds)
    return _describe(bounds)


def _extract_claims(bounds: Task) -> None:
    """Each article's claims, mentions and notices (``pipeline.extract_one``), kept in this process until
    ``_describe`` makes their features: a process extracts every article of its share before any claim's
    features (as one process does), the code and data of one step at a time."""
    extracted = _shared.setdefault("extracted", {})
    for index, article in enumerate(_shared["articles"][bounds[0] : bounds[1]], bounds[0]):
        extracted[index] = pipeline.extract_one(article)


def _describe(bounds: Task) -> list:
    """``_extract_range`` of articles this process has extracted (``_extract_claims``)."""
    encode, extracted = _shared["encode"], _shared["extracted"]
    out = []
    for index in range(*bounds):
        article, found, seen, reached = extracted.pop(index)
        described = [claim_features(claim, article) for claim in found]  # sent with the claims: they stay one object
        made = encode(described) if encode is not None else []
        for kind in {type(e) for e in made}:
            _by_fields(kind)
        dated = (article.published, article.published_estimated)
        out.append((found, _first_of_each_name(seen), reached, dated, described, made))
    return out


def _kept_extraction(bounds: Task, out: list) -> Blob:
    """A worker's reply to ``_extract_range``, as little as says it: the parent has the articles, so the
    features travel without theirs. The worker keeps its own, whole, for relating."""
    kept = _shared.setdefault("kept", {})
    for index, result in zip(range(*bounds), out):
        kept[index] = result[4]
    with _detached((f for result in out for f in result[4]), keep_blocks=True):
        return ForkingPickler.dumps(out)


@contextmanager
def _detached(described: Iterable[Features], *, keep_blocks: bool) -> Iterator[None]:
    """The features as they cross to another process, for the block: pointing to a stand-in for their
    article (the other process points them to its own) and without what was worked out from them,
    except their blocks (``keep_blocks``: made for ``encode``, read by blocking, of their own fields
    alone: not made again in the parent); as they were after it."""
    was = []
    for f in described:
        was.append((f, f.article, f.memo))
        keys = f.memo.get(_BLOCK_KEYS) if keep_blocks else None
        f.article, f.memo = _DETACHED, {} if keys is None else {_BLOCK_KEYS: keys}
    try:
        yield
    finally:
        for f, article, memo in was:
            f.article, f.memo = article, memo


Published = tuple[str | None, bool]  # an article's date and whether it was inferred (``extract_one``)


def _take_sent(message: tuple[int, list[tuple[Published, list[Features]]]]) -> None:
    """The features of claims the parent extracted, article by article from the place ``lo``."""
    lo, items = message
    sent = _shared.setdefault("sent", {})
    for index, item in enumerate(items, lo):
        sent[index] = item


def _take_forwarded(message: tuple[int, bytes]) -> None:
    """Another worker's reply to ``_describe``, as it came: the features of the claims it extracted."""
    lo, data = message
    _take_sent((lo, [(published, described) for _, _, _, published, described, _ in pickle.loads(data)]))


def _take_features(_: None) -> None:
    """A worker's every claim's features, in the parent's order, for relating: its own as it made them
    (with what relating has worked out from them, kept), the others' as sent (``_take_sent``)."""
    articles, kept, sent = _shared["articles"], _shared.get("kept", {}), _shared.pop("sent", {})
    every: list[Features] = []
    for index, article in enumerate(articles):
        if index in kept:
            every.extend(kept[index])
            continue
        published, described = sent[index]
        if published != (article.published, article.published_estimated):
            article = replace(article, published=published[0], published_estimated=published[1])
        for f in described:
            f.article = article
        every.extend(described)
    _shared["features"] = every


def _take_rarity(rarity: Any) -> None:
    _shared["rarity"] = rarity
    _shared["turns"] = Turns()


# A claim's blocks in its ``Features.memo`` (corpus/xref/memo.py keeps them under the function's name).
_BLOCK_KEYS = "{0.__module__}.{0.__qualname__}".format(getattr(block_keys, "__wrapped__", block_keys))
# What a claim's features point to on their way to the parent, which points them to its own article.
_DETACHED = Article("", "", None, [], None, False, "", "")


def _first_of_each_name(mentions: list[Mention]) -> list[Mention]:
    firsts: dict[str, Mention] = {}
    for m in mentions:
        firsts.setdefault(m.name, m)
    return list(firsts.values())


def _relate_shared(
    crew: Crew,
    pairs: Iterable[Pair],
    rarity: Any,
    meanwhile: Callable[[], None],
    *,
    progress: Progress | None,
    features: list[Features],
) -> list[Worded]:
    """``link.relate_all`` by this process and the crew: the workers relate the first pairs while this
    process finds the rest (blocking), then ``meanwhile`` runs here while they go on. ``features``:
    every claim's, which each worker has too (``_take_features``); a task names its pairs by their
    places in it. Each process words the relations it finds (``Worded``) and lets go of what it worked
    out from a claim once its tasks are past the claim's turn (``Turns``)."""
    head = list(itertools.islice(pairs, 2 * _PAIRS_PER_TASK))
    if len(head) < 2 * _PAIRS_PER_TASK:
        return relate_all(head, rarity, meanwhile)
    crew.send_all((_take_rarity, rarity, _no_reply))
    _shared.update(features=features, rarity=rarity)  # what this process reads for its own share
    place = {id(f): i for i, f in enumerate(features)}
    every = itertools.chain(head, pairs)
    found = [0]

    def tasks() -> Iterator[list[tuple[int, int]]]:
        while chunk := list(itertools.islice(every, _PAIRS_PER_TASK)):
            found[0] += len(chunk)
            yield [(place[id(a)], place[id(b)]) for a, b in chunk]

    done = _counter(progress, lambda: found[0], len, lambda _: "linking claims")
    _shared["turns"] = Turns()
    chunks = shared_out(
        crew, _relate_range, tasks(), done, meanwhile, pack=_packed_relations, unpack=_unpacked_relations, in_order=True
    )
    del _shared["turns"]
    return [related for chunk in chunks for related in chunk]


# (source, target, relation, score, reason, rule, matched): what a worker sends back for a related pair.
_Packed = tuple[str, str, str, float, str, str | None, tuple[str, ...]]


def _relate_range(task: list[tuple[int, int]]) -> list[Worded]:
    """The relations found among ``task`` (pairs of places in the shared features), in order, worded (most pairs
    are not related: they are left out). What was worked out from a claim goes once the tasks are past its turn:
    a process's tasks come in the order their pairs were found (``link.Turns``)."""
    features, rarity = _shared["features"], _shared["rarity"]
    turns, out = _shared["turns"], []
    for i, j in task:
        a, b = features[i], features[j]
        turns.relating(a, b)
        found = relate(a, b, rarity)
        if found is not None:
            out.append(Worded.of(found))
    return out


def _packed_relations(_task: Any, related: list[Worded]) -> Blob:
    """What a worker sends back: each relation as a tuple."""
    out = [(x.source, x.target, x.relation, x.score, x.reason, x.rule, tuple(x.matched)) for x in related]
    return ForkingPickler.dumps(out)


def _unpacked_relations(packed: list[_Packed]) -> list[Worded]:
    return [
        Worded(source, target, relation, score, reason, rule, list(matched))
        for source, target, relation, score, reason, rule, matched in packed
    ]
