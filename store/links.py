"""Every link (xref) of a corpus as columns, kept beside the DB and memory-mapped.

The links of one claim point across the whole corpus (an old claim is the
target of links stored with newer claims, in other shards), so a first
screen that reads one shard cannot see them all. ``<db>.links.npz`` holds
every xref as columns (``store/columns.py``): endpoints, relation, score,
reason, rule, matched fields; plus each claim id that is an endpoint, sorted,
with the link it belongs to. ``of_claim`` finds a claim's links by binary
search and makes ``XRef`` objects for those alone. The file is derived: keyed
by the DB version it was made from (``CorpusDB.version_key``), rebuilt from
the record when missing or stale, never the only copy of anything. An add
extends it by a tail file (``store/tails.py``) instead of rewriting it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, TypeGuard

import numpy as np
import orjson

from corpus.model import RELATIONS, XRef
from store import tails
from store.columns import ENCODED_AT_ONCE, StringColumn, StringLayers, distinct_rows
from store.mapped import map_npz, mapped_or_written, release, save_npz

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB

FORMAT = 2  # bump when the saved layout changes (2: a tail names the links it takes back)
SUFFIX = ".links.npz"
_MATCHED_SEPARATOR = "\x1f"  # unit separator: never in a field name
_NO_RULE = 255
LinkKey = tuple[str, str, str]  # source, target, relation: what names a link taken back


_STRING_COLUMNS = ("source", "target", "reason", "rule", "matched")


@dataclass(frozen=True, slots=True)
class _KeptLinks:
    """Link columns less some rows, their strings views of the runs kept (``LinkColumns._kept``):
    what ``LinkColumns.concat`` copies once, with what follows them."""

    _relations: list[str]
    strings: dict[str, StringLayers]
    _relation: np.ndarray
    _score: np.ndarray
    _has_rule: np.ndarray
    _ends: np.ndarray
    _end_link: np.ndarray

    def _strings(self, name: str) -> StringLayers:
        return self.strings[name]


def _merged(parts: Sequence[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    """The (ends, link) pairs of ``parts`` as one list sorted by end, equal ends in the parts' order:
    two parts whose ends are sorted (a base and what joins it) are merged, the longer not sorted again."""
    width = max([1, *(ends.dtype.itemsize for ends, _links in parts)])
    if len(parts) == 2 and all(_is_sorted(ends) for ends, _links in parts):
        (ends, links), (more, more_links) = parts
        at = np.searchsorted(ends, more, side="right")  # after the equal ends of the first part
        return np.insert(ends, at, more), np.insert(links, at, more_links)
    ends = np.concatenate([np.zeros(0, dtype=f"S{width}"), *(ends for ends, _links in parts)])
    links = np.concatenate([np.zeros(0, dtype=np.int64), *(links for _ends, links in parts)])
    order = np.argsort(ends, kind="stable")
    return ends[order], links[order]


def _is_sorted(ends: np.ndarray) -> bool:
    return bool(np.all(ends[:-1] <= ends[1:])) if len(ends) > 1 else True


def _bytes_equal(blob: np.ndarray, starts: np.ndarray, wanted: list[bytes], which: np.ndarray) -> np.ndarray:
    """For each i, whether ``blob[starts[i]:]`` begins with ``wanted[which[i]]``, compared in
    numpy a block of rows at a time (a row per byte of the longest wanted)."""
    same = np.zeros(len(starts), dtype=bool)
    width = max(map(len, wanted), default=0)
    if not len(starts) or not len(blob) or width == 0:
        same[:] = width == 0
        return same
    padded = np.frombuffer(b"".join(w.ljust(width, b"\x00") for w in wanted), dtype=np.uint8).reshape(-1, width)
    lengths = np.fromiter(map(len, wanted), np.int64, len(wanted))
    step = np.arange(width)
    for first in range(0, len(starts), 65_536):
        part = slice(first, first + 65_536)
        at = np.minimum(starts[part, None] + step, len(blob) - 1)  # past the blob: masked below
        inside = step < lengths[which[part], None]
        same[part] = np.all((blob[at] == padded[which[part]]) | ~inside, axis=1)
    return same


def links_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _link_key(x: XRef | Sequence[str]) -> LinkKey:
    if isinstance(x, XRef):
        return (x.source, x.target, x.relation)
    source, target, relation = x
    return (str(source), str(target), str(relation))


def _is_key_set(unlinked: object) -> TypeGuard[frozenset[LinkKey]]:
    return isinstance(unlinked, frozenset) and all(type(key) is tuple and len(key) == 3 for key in unlinked)


class LinkColumns:
    def __init__(
        self, arrays: dict[str, np.ndarray], relations: list[str], unlinked: Iterable[XRef | Sequence[str]] = ()
    ) -> None:
        self._arrays = arrays
        self._relations = relations
        self._sources = StringColumn.from_arrays(arrays, "source")
        self._targets = StringColumn.from_arrays(arrays, "target")
        self._reasons = StringColumn.from_arrays(arrays, "reason")
        self._rules = StringColumn.from_arrays(arrays, "rule")
        self._matched = StringColumn.from_arrays(arrays, "matched")
        self._relation = arrays["relation"]
        self._score = arrays["score"]
        self._has_rule = arrays["has_rule"]
        self._ends = arrays["ends"]  # fixed-width bytes: every endpoint claim id, sorted
        self._end_link = arrays["end_link"]  # int64: the link of each
        count = len(self._sources)
        if not all(len(c) == count for c in (self._targets, self._reasons, self._rules, self._matched)) or not (
            len(self._relation) == len(self._score) == len(self._has_rule) == count
            and len(self._ends) == len(self._end_link)
        ):
            raise ValueError("link columns of different lengths")
        if count and (int(self._relation.max()) >= len(relations) or int(self._end_link.max()) >= count):
            raise ValueError("link columns out of range")
        self._tail: LinkColumns | None = None  # the links added after these (store/tails.py)
        # links of the layers below these that adds took back (a set of keys passed on from other
        # columns is taken as it is: a tail names thousands after many adds, each joined and saved)
        self.unlinked = unlinked if _is_key_set(unlinked) else frozenset(map(_link_key, unlinked))
        self._hidden: frozenset[int] = frozenset()  # rows of these that the tail takes back

    @classmethod
    def from_db(cls, db: CorpusDB) -> tuple[LinkColumns, str | None]:
        """The links of ``db``: mapped from ``<db>.links.npz`` when it is of this version, else
        made from every xref and saved (a DB read in part is read shard by shard, its links alone);
        and why they could not be saved, or None. Saved, they are written a column at a time as
        each is made, then mapped: never every column in memory at once."""
        path = links_path(Path(db.path))
        return mapped_or_written(
            db,
            FORMAT,
            lambda key: tails.load(path, key, cls.load),
            lambda key: save_npz(path, cls._columns_saved(db.stored_links(), key)),
            lambda: cls.concat([cls.of(xrefs) for xrefs in db.stored_links()]),
        )

    @classmethod
    def _columns_saved(cls, parts: Iterator[list[XRef]], key: str) -> Iterator[tuple[str, np.ndarray]]:
        """The columns of the links of ``parts`` and their meta, as ``save`` writes them, one at a
        time: made from the links themselves when they are one part (a DB read whole: a build),
        else each column joined from those of the parts, each part's made as it is read."""
        xrefs = next(parts, [])
        then = next(parts, None)
        if then is None:
            relations = _relations_of(xrefs)
            yield from _columns(xrefs, relations)
        else:
            made = [cls.of(xrefs)]
            del xrefs  # a part's links let go before the next is read
            made.append(cls.of(then))
            del then
            made += (cls.of(more) for more in parts)
            relations = _joined_relations(made)
            yield from _joined_columns(made, relations)
        yield "meta", _meta(key, relations)

    @classmethod
    def of(cls, xrefs: Sequence[XRef], unlinked: Iterable[XRef | Sequence[str]] = ()) -> LinkColumns:
        """Columns of ``xrefs``; ``unlinked``: the links of the layers below them that they take back."""
        relations = _relations_of(xrefs)
        return cls(dict(_columns(xrefs, relations)), relations, unlinked)

    def joined(self, more: LinkColumns) -> LinkColumns:
        """These links followed by ``more``'s, as one set of columns (tails not included), less the
        links of these that ``more`` takes back; it takes back from the layers below these what
        either does."""
        keys = sorted(more.unlinked)
        found = self._rows_of_many(keys)
        taken = sorted({row for row, _key in found})
        named = {key for _row, key in found}
        below = self.unlinked | {key for i, key in enumerate(keys) if i not in named}
        # the base less what the tail takes back is not copied before it is joined: each string once
        first = self._kept(taken) if taken else self
        joined = LinkColumns.concat([first, more])
        return LinkColumns(joined._arrays, joined._relations, below)

    def _rows_of_many(self, keys: Sequence[LinkKey]) -> list[tuple[int, int]]:
        """(row, i) for each row of these columns (tail not included) holding the link ``keys[i]``,
        all looked up at once: a tail names every link the adds since the last fold took back
        (thousands), and a row found key by key cost a string decoded per link of its source.
        The candidates are the rows with the source at an end (binary search over the sorted
        ends), kept if their relation and their target's bytes are the key's (and their source's,
        for a link from a claim to itself)."""
        width = self._ends.dtype.itemsize
        chosen: list[tuple[bytes, bytes, int, int]] = []  # source, target, relation code, key
        for i, (source, target, relation) in enumerate(keys):
            encoded = source.encode("utf-8", "surrogatepass")
            if relation in self._relations and len(encoded) <= width and not encoded.endswith(b"\x00"):
                chosen.append((encoded, target.encode("utf-8", "surrogatepass"), self._relations.index(relation), i))
        if not chosen or not len(self._ends):
            return []
        sources = np.array([c[0] for c in chosen], dtype=f"S{width}")
        first = np.searchsorted(self._ends, sources, "left")
        counts = np.searchsorted(self._ends, sources, "right") - first
        owner = np.repeat(np.arange(len(chosen)), counts)
        # the ends of key k are first[k] ... first[k] + counts[k] - 1: one position per candidate
        positions = np.arange(int(counts.sum())) + np.repeat(first - (np.cumsum(counts) - counts), counts)
        rows = self._end_link[positions]
        codes = np.array([c[2] for c in chosen], dtype=np.int64)
        lengths = np.array([len(c[1]) for c in chosen], dtype=np.int64)
        offsets = self._targets.offsets
        alike = (self._relation[rows].astype(np.int64) == codes[owner]) & (
            offsets[rows + 1] - offsets[rows] == lengths[owner]
        )
        rows, owner = rows[alike], owner[alike]
        same = _bytes_equal(self._targets.blob, offsets[rows], [c[1] for c in chosen], owner)
        # a row found at its target end: the source is the key's too, but for a key from a claim to
        # itself (a link into it from another claim is not that link)
        loops = np.array([c[0] == c[1] for c in chosen], dtype=bool)[owner] & same
        if loops.any():
            starts = self._sources.offsets[rows[loops]]
            lengths = self._sources.offsets[rows[loops] + 1] - starts
            sources = _bytes_equal(self._sources.blob, starts, [c[0] for c in chosen], owner[loops])
            same[loops] = sources & (lengths == np.array([len(c[0]) for c in chosen], dtype=np.int64)[owner[loops]])
        keys_at = np.array([c[3] for c in chosen], dtype=np.int64)
        return sorted(set(zip(rows[same].tolist(), keys_at[owner[same]].tolist(), strict=True)))

    def _rows_with_end(self, claim_id: str) -> list[int]:
        key = claim_id.encode("utf-8", "surrogatepass")
        if len(key) > self._ends.dtype.itemsize or key.endswith(b"\x00") or not len(self._ends):
            return []
        first = int(np.searchsorted(self._ends, key, "left"))
        last = int(np.searchsorted(self._ends, key, "right"))
        return sorted(set(self._end_link[first:last].tolist()))

    def _strings(self, name: str) -> StringColumn:
        return StringColumn.from_arrays(self._arrays, name)

    def _kept(self, rows: Sequence[int]) -> _KeptLinks:
        """These links (tail not included) less ``rows``, their strings not copied (runs of rows kept)."""
        gone = distinct_rows(rows)
        kept = np.ones(len(self._sources), dtype=bool)
        kept[gone] = False
        keep = np.flatnonzero(kept)
        kept_ends = kept[self._end_link]
        return _KeptLinks(
            self._relations,
            {name: self._strings(name).kept(gone) for name in _STRING_COLUMNS},  # in runs, not string by string
            self._relation[keep],
            self._score[keep],
            self._has_rule[keep],
            self._ends[kept_ends],  # still sorted
            # a kept link's new row: its old row less the rows taken out before it
            (np.cumsum(kept, dtype=np.int64) - 1)[self._end_link[kept_ends]],
        )

    @staticmethod
    def concat(parts: Sequence[LinkColumns | _KeptLinks]) -> LinkColumns:
        """The links of ``parts`` one after another, in one copy (tails not included)."""
        relations = _joined_relations(parts)
        return LinkColumns(dict(_joined_columns(parts, relations)), relations)

    def with_tail(self, tail: LinkColumns) -> LinkColumns:
        """These links, less those ``tail`` takes back, then ``tail``'s, answered together without
        copying either."""
        joined = LinkColumns(self._arrays, self._relations, self.unlinked)
        joined._hidden = frozenset(row for row, _key in self._rows_of_many(list(tail.unlinked)))
        joined._tail = tail
        return joined

    def __len__(self) -> int:
        """How many links these are (less those taken back)."""
        return len(self._sources) - len(self._hidden) + (len(self._tail) if self._tail is not None else 0)

    def link(self, i: int) -> XRef:
        if i >= len(self._sources) and self._tail is not None:
            return self._tail.link(i - len(self._sources))
        matched = self._matched[i]
        return XRef(
            self._sources[i],
            self._targets[i],
            self._relations[int(self._relation[i])],
            float(self._score[i]),
            self._reasons[i],
            self._rules[i] if self._has_rule[i] else None,
            matched.split(_MATCHED_SEPARATOR) if matched else [],
        )

    def of_claim(self, claim_id: str) -> list[XRef]:
        """The links whose source or target is ``claim_id``, in stored order."""
        later = self._tail.of_claim(claim_id) if self._tail is not None else []
        return [self.link(i) for i in self._rows_with_end(claim_id) if i not in self._hidden] + later

    def relations_of(self, claim_id: str) -> set[str]:
        """The relations of the links ``claim_id`` is an end of, as ``of_claim`` gives them, no link made."""
        found = self._tail.relations_of(claim_id) if self._tail is not None else set()
        for i in self._rows_with_end(claim_id):
            if i not in self._hidden:
                found.add(self._relations[int(self._relation[i])])
        return found

    def ends_of(self, relation: str) -> frozenset[str]:
        """The claims a link of ``relation`` names at either end, without making the links."""
        found = set(self._tail.ends_of(relation)) if self._tail is not None else set()
        if relation in self._relations:
            for i in np.flatnonzero(self._relation == self._relations.index(relation)).tolist():
                if i not in self._hidden:
                    found.update((self._sources[i], self._targets[i]))
        return frozenset(found)

    def all(self) -> list[XRef]:
        mine = [self.link(i) for i in range(len(self._sources)) if i not in self._hidden]
        return mine + (self._tail.all() if self._tail is not None else [])

    def save(self, path: Path, key: str, base: str | None = None) -> str | None:
        """Write to ``path`` atomically (without any tail; ``base``: the key of the base this is
        the tail of); why it could not be written, or None."""
        return save_npz(path, {**self._arrays, "meta": _meta(key, self._relations, base, self.unlinked)})

    @classmethod
    def load(cls, path: Path, key: str) -> LinkColumns | None:
        """The columns saved at ``path`` for this ``key``, mapped; else None."""
        try:
            arrays = map_npz(path)
            meta = orjson.loads(arrays.pop("meta").tobytes())
            if meta.get("key") != key:
                return None
            links = cls(arrays, list(meta["relations"]), meta.get("unlinked", ()))
        except (OSError, ValueError, KeyError, TypeError, zipfile.BadZipFile):
            return None
        release(links)  # the checks read whole columns: their pages need not stay
        return links


def _meta(
    key: str, relations: list[str], base: str | None = None, unlinked: frozenset[LinkKey] = frozenset()
) -> np.ndarray:
    """The ``meta`` member of a saved file: the version it is of, the relations its codes name,
    the base it is the tail of and the links below it that it takes back."""
    meta: dict[str, object] = {"key": key, "relations": relations}
    if base is not None:
        meta["base"] = base
    if unlinked:
        meta["unlinked"] = [list(link) for link in sorted(unlinked)]
    return np.frombuffer(orjson.dumps(meta), dtype=np.uint8)


def _relations_of(xrefs: Sequence[XRef]) -> list[str]:
    """The relations coded in columns of ``xrefs``: this version's, then any other they hold, kept as it is."""
    relations = list(RELATIONS)
    for xref in xrefs:
        if xref.relation not in relations:
            relations.append(xref.relation)
    return relations


def _columns(xrefs: Sequence[XRef], relations: list[str]) -> Iterator[tuple[str, np.ndarray]]:
    """The columns of ``xrefs`` by name, in the order they are saved, each made (its strings encoded
    ``ENCODED_AT_ONCE`` at a time) when the one before it is taken: written one by one, a file of a
    million links never holds every column, nor a bytes object a string, at once."""
    code = {name: i for i, name in enumerate(relations)}
    count = len(xrefs)
    width = 1  # of the ends: the longest claim id at either end
    strings: tuple[tuple[str, Callable[[XRef], str]], ...] = (
        ("source", lambda x: x.source),
        ("target", lambda x: x.target),
        ("reason", lambda x: x.reason),
        ("rule", lambda x: x.rule or ""),
        ("matched", lambda x: _MATCHED_SEPARATOR.join(x.matched)),
    )
    for name, field in strings:
        column = StringColumn.of(map(field, xrefs))
        if name in ("source", "target") and count:
            width = max(width, int(np.diff(column.offsets).max()))
        yield from column.arrays(name).items()
        del column
    yield "relation", np.fromiter((code[x.relation] for x in xrefs), np.uint8, count)
    yield "score", np.fromiter((x.score for x in xrefs), np.float64, count)
    yield "has_rule", np.fromiter((x.rule is not None for x in xrefs), bool, count)
    # every endpoint, a link's source then its target (but once for a link from a claim to itself),
    # sorted stably: equal ends stay in the order of their links
    pairs = np.zeros((count, 2), dtype=f"S{width}")
    for first in range(0, count, ENCODED_AT_ONCE):
        part = xrefs[first : first + ENCODED_AT_ONCE]
        pairs[first : first + len(part), 0] = [x.source.encode("utf-8", "surrogatepass") for x in part]
        pairs[first : first + len(part), 1] = [x.target.encode("utf-8", "surrogatepass") for x in part]
    taken = np.ones((count, 2), dtype=bool)
    taken[:, 1] = np.fromiter((x.target != x.source for x in xrefs), bool, count)
    ends = pairs.reshape(-1)[taken.reshape(-1)]
    del pairs
    order = np.argsort(ends, kind="stable")
    yield "ends", ends[order]
    del ends
    yield "end_link", np.repeat(np.arange(count, dtype=np.int64), 2)[taken.reshape(-1)][order]


def _joined_relations(parts: Sequence[LinkColumns | _KeptLinks]) -> list[str]:
    relations: list[str] = []
    for part in parts:
        relations += [r for r in part._relations if r not in relations]
    return relations


def _joined_columns(
    parts: Sequence[LinkColumns | _KeptLinks], relations: list[str]
) -> Iterator[tuple[str, np.ndarray]]:
    """The columns of the links of ``parts`` one after another (tails not included), by name in the
    order they are saved, each joined when the one before it is taken."""
    for name in _STRING_COLUMNS:
        yield from StringColumn.concat([p._strings(name) for p in parts]).arrays(name).items()
    codes = []
    for part in parts:
        recode = np.asarray([relations.index(r) for r in part._relations], dtype=np.uint8)
        codes.append(recode[part._relation] if len(part._relation) else part._relation.astype(np.uint8))
    yield "relation", np.concatenate([np.zeros(0, dtype=np.uint8), *codes])
    del codes
    yield "score", np.concatenate([np.zeros(0, dtype=np.float64), *(p._score for p in parts)])
    yield "has_rule", np.concatenate([np.zeros(0, dtype=bool), *(p._has_rule for p in parts)])
    width = max([1, *(p._ends.dtype.itemsize for p in parts)])
    firsts = np.cumsum([0, *(len(p._relation) for p in parts)])
    every = [(p._ends.astype(f"S{width}"), p._end_link + first) for p, first in zip(parts, firsts, strict=False)]
    ends, end_link = _merged(every)
    del every
    yield "ends", ends
    del ends
    yield "end_link", end_link
