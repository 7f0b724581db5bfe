"""Making the link index again, in processes: its rows of many shards, and its left-out candidates.

Two steps of ``LinkIndex.sync`` cost the whole corpus when an index has to be made again (none
beside the DB, one of another pipeline, one behind the DB by more than an add's shard):

- **The shards' rows**: every claim's link features (``corpus.xref.features``, ~0.6 ms a claim).
  Shards are independent, so each is read and described by whichever process is free, and this
  process inserts their rows in the catalogue's order, a batch of shards per transaction, as one
  process did: the same rows.
- **The left-out candidates** (``weighed``): a build keeps, for every claim, the candidate links its
  caps left out, so that an add pushing a link out weighs the claim's candidates without relating its
  pairs again. An index made again had none, and each add then related again the pairs of every
  stored claim it met (5-6x the linking of an add after a build) until each claim had been weighed.
  A claim's left-out candidates are its candidate links (its pairs a build relates, the relation
  one the caps limit) on a pair with no stored link: the stored links are a build's (an add keeps
  them so), so this is exactly what the build's caps left out. The claims without them (``pending``)
  are taken in time order (their articles'), a few hundred a task; each pair is related once, by the
  task of its first pending end (a pair with a claim not pending, by the pending one's); a task's claims are
  marked weighed when its rows are committed, in order, so a process stopped midway leaves every
  claim marked weighed with all its candidates, and the next add goes on from there.

The processes are ``corpus.parallel``'s (a crew of forked workers, work shared out from both ends
of the queue); where a process cannot be forked, or the work is small, it is done here.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpus.model import Article, XRef, is_background
from corpus.xref.blocking import ADJACENT, NEIGHBOURS, SMALL_BLOCK, block_keys, skipped_block, sort_key
from corpus.xref.features import Features
from corpus.xref.link import (
    CAPS,
    LeftOutLink,
    rarity_of,  # the add's own (corpus.xref.link ``_Relink._relate``)
)
from corpus.xref.relations import relate
from store import shards
from store.corpus_index import claims_of, table_docs, xrefs_of
from store.errors import DamagedShard

if TYPE_CHECKING:
    from store.link_index import Encoded, LinkIndex

MIN_CLAIMS = 4000  # below this, forking workers costs more than it saves
CLAIMS_PER_TASK = 256  # left-out candidates: pending claims a task weighs
TASKS_PER_COMMIT = 16
CACHED_CLAIMS = 4000  # decoded claims a process keeps between tasks (~30 KB each)
SHARDS_AT_ONCE = 8  # shards described at a time: a task each, shared out (their rows ~17 KB a claim)

# What the tasks read, set before the workers are forked (they see it as it was then).
_context: dict[str, Any] = {}

Run = Callable[[Callable[[Any], Any], Sequence[Any]], list[Any]]  # [task(x) for x in tasks], shared out


@contextlib.contextmanager
def pool(work: int, context: Mapping[str, Any], jobs: int | None = None) -> Iterator[Run]:
    """A way to run tasks over ``context`` in processes (``jobs``, default the cores) for ``work``
    claims; each call returns the results in the tasks' order."""
    _context.clear()
    _context.update(context)
    try:
        if work < MIN_CLAIMS or jobs == 1:
            # (an add indexing its own shard: no processes, so none of multiprocessing, pickle and the like is
            # imported, ~8 ms of every add)
            yield lambda run, tasks: [run(task) for task in tasks]
            return
        from corpus import parallel

        jobs = parallel.default_jobs() if jobs is None else jobs
        if jobs < 2 or not parallel.can_fork():
            yield lambda run, tasks: [run(task) for task in tasks]
            return
        # (corpus.parallel's crew and its sharing out, as a build uses them: not copied here)
        with parallel.crew_of(jobs - 1) as crew:
            yield lambda run, tasks: parallel.shared_out(crew, run, list(tasks), _nothing)
    finally:
        _context.clear()


def _nothing(_task: Any) -> None:
    return None


@dataclass(frozen=True, slots=True)
class _Damaged:
    """A shard a task found damaged: raised again in this process (``DamagedShard`` as it is made)."""

    detail: str


@dataclass(frozen=True, slots=True)
class ShardRows:
    """One shard's rows for the link index."""

    file: str
    encoded: list[Encoded]
    xrefs: list[XRef]
    unlinked: list[tuple[str, str, str]]


def shard_rows(entry: Mapping[str, Any]) -> ShardRows | _Damaged:
    """A task: read one shard (checked against its entry) and describe its claims (``_context``:
    ``db_path``, ``articles``, ``made``: features already made, taken for a claim and article equal)."""
    from store.link_index import _described, encode

    db_path: Path = _context["db_path"]
    articles: Mapping[str, Article] = _context["articles"]
    made: Mapping[str, Features] = _context["made"]
    try:
        shard = shards.read_shard(db_path, entry)
    except DamagedShard as exc:
        return _Damaged(exc.detail)
    # background sentences are never linked (corpus.xref.link), so never looked up
    claims = [c for c in claims_of(table_docs(shard, "claims")) if c.article_id in articles and not is_background(c)]
    described = [_described(made.get(c.id), c, articles[c.article_id]) for c in claims]
    return ShardRows(
        entry["file"], encode(described), xrefs_of(table_docs(shard, "xrefs")), sorted(shards.unlinked(entry))
    )


def rows_of(db_path: Path, result: ShardRows | _Damaged) -> ShardRows:
    if isinstance(result, _Damaged):
        raise DamagedShard(db_path, result.detail)
    return result


def left_out_of(ids: Sequence[str]) -> list[LeftOutLink]:
    """A task: the left-out candidates of these pending claims (``_context``: ``index``, the path of the
    link index, or ``open``, the index open; ``articles``; ``rank``, each pending claim's place in the
    order the tasks take them). A claim's partners are found by their ids and positions; only the
    pairs to relate have their other claim's features decoded (most of the cost), kept for the next
    claims (taken in time order: a claim's partners are much the same as its neighbours')."""
    from store.link_index import LinkIndex

    index = _context.get("open")
    if index is None:
        path = _context["index"]
        index = _context["open"] = LinkIndex(path, sqlite3.connect(path, check_same_thread=False))
    articles: Mapping[str, Article] = _context["articles"]
    rank: Mapping[str, int] = _context["rank"]
    if len(index._read) > CACHED_CLAIMS:
        index._read.clear()
    links = index.stored_links(ids)
    out: list[LeftOutLink] = []
    for claim_id in ids:
        mine = rank[claim_id]
        (f,) = index._features([claim_id], articles)
        # a pair with a stored link is kept (a relation's) or cited (a link no relation decides): not left out
        linked = {x.target if x.source == claim_id else x.source for x in links[claim_id]}
        wanted = [
            other
            for other in partner_ids(index, f, articles)
            if rank.get(other, mine) >= mine and other not in linked  # (an earlier pending end's task relates it)
        ]
        for g in index._features(wanted, articles):
            a, b = (f, g) if sort_key(f) <= sort_key(g) else (g, f)
            found = relate(a, b, rarity_of([a, b]))
            if found is not None and found.relation in CAPS:
                out.append(LeftOutLink(found.source, found.target, found.relation, found.score))
    return out


def partner_ids(index: LinkIndex, f: Features, articles: Mapping[str, Article]) -> list[str]:
    """The stored claims a build pairs with ``f`` (``_IndexStored.partners`` with no new claim), by id:
    its article's claims next to it, and in each of its blocks every member of a small one, no one in a
    large one of a common word, else its ``NEIGHBOURS`` nearest on each side."""
    from store.link_index import _position

    own = sorted(index._features(index.article_claims(f.claim.article_id), articles), key=lambda g: g.claim.start)
    at = next(i for i, g in enumerate(own) if g.claim.id == f.claim.id)
    found = [g.claim.id for g in [*own[max(0, at - ADJACENT) : at], *own[at + 1 : at + 1 + ADJACENT]]]
    position = None
    for key in block_keys(f):
        head = index.block_head(key)
        if len(head) <= SMALL_BLOCK:
            found += head
        elif not skipped_block(key, len(head)):
            position = position or _position(sort_key(f))
            down, up = index.block_rows(key, position, NEIGHBOURS)
            found += down + up
    return [c for c in dict.fromkeys(found) if c != f.claim.id]
