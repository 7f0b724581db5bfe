"""Every claim's stored document, by id, kept beside the DB and memory-mapped.

A search hit, a bookmark or a link's other end may be any claim of the corpus;
reading its shard to show it costs a thousand claims. ``<db>.claims.npz`` holds
each claim as the JSON document its shard holds (``store/columns.py``), with
the ids sorted for binary search: ``claim`` parses one document and makes one
``Claim``, checked as a shard's claims are. Derived like the links file: keyed
by the DB version it was made from, rebuilt from the record when missing or
stale, never the only copy of anything. An add extends it by a tail file
(``store/tails.py``) instead of rewriting it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import orjson

from corpus.model import Claim
from store import dumped, tails
from store.columns import IdColumn, StringColumn
from store.corpus_index import claims_of
from store.mapped import map_npz, mapped_or_written, save_npz
from store.validate import check_loaded

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB

FORMAT = 1  # bump when the saved layout changes
SUFFIX = ".claims.npz"


def claims_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


class ClaimDocs:
    def __init__(self, ids: IdColumn, docs: StringColumn, source: Path) -> None:
        if len(ids) != len(docs):
            raise ValueError("claim columns of different lengths")
        self._ids = ids
        self._docs = docs
        self._source = source  # the file named in the error a malformed document raises
        self._tail: ClaimDocs | None = None  # the claims added after these (store/tails.py)

    @classmethod
    def of(cls, claims: Sequence[Claim], db_path: Path) -> ClaimDocs:
        return cls.of_parts([claims], db_path)

    @classmethod
    def of_parts(cls, parts: Iterable[Sequence[Claim]], db_path: Path) -> ClaimDocs:
        """``of`` the claims of every part, holding their documents but never every claim at once."""
        ids, docs = _columns_of(parts)
        return cls(ids, docs, db_path)

    def __len__(self) -> int:
        return len(self._ids) + (len(self._tail) if self._tail is not None else 0)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with ``claim_id``, made from its document; None if there is none."""
        row = self._ids.row(claim_id)
        if row is None:
            return self._tail.claim(claim_id) if self._tail is not None else None
        (claim,) = claims_of([orjson.loads(self._docs.raw(row))])
        check_loaded(self._source, (), {claim.id: claim}, (), [])
        return claim

    def joined(self, more: ClaimDocs) -> ClaimDocs:
        """These documents followed by ``more``'s, as one set of columns (tails not included)."""
        return ClaimDocs(self._ids.joined(more._ids), self._docs.joined(more._docs), self._source)

    def with_tail(self, tail: ClaimDocs) -> ClaimDocs:
        """These documents, then ``tail``'s, answered together without copying either."""
        joined = ClaimDocs(self._ids, self._docs, self._source)
        joined._tail = tail
        return joined

    def save(self, path: Path, key: str, base: str | None = None) -> str | None:
        """Write to ``path`` atomically (without any tail; ``base``: the key of the base this is
        the tail of); why it could not be written, or None."""
        return save_npz(path, {**self._ids.arrays("ids"), **self._docs.arrays("docs"), "meta": _meta(key, base)})

    @classmethod
    def load(cls, path: Path, key: str) -> ClaimDocs | None:
        """The documents saved at ``path`` for this ``key``, mapped (a malformed one is reported
        as ``path``'s when made); else None."""
        try:
            arrays = map_npz(path)
            if orjson.loads(arrays.pop("meta").tobytes()).get("key") != key:
                return None
            return cls(IdColumn.from_arrays(arrays, "ids"), StringColumn.from_arrays(arrays, "docs"), path)
        except (OSError, ValueError, KeyError, TypeError, AttributeError, zipfile.BadZipFile):
            return None

    @classmethod
    def from_db(cls, db: CorpusDB) -> tuple[ClaimDocs, str | None]:
        """Mapped from ``<db>.claims.npz`` when it is of this version, else made from every
        claim and saved (a DB read in part is read shard by shard, never whole); and why it
        could not be saved, or None."""
        db_path = Path(db.path)
        path = claims_path(db_path)
        return mapped_or_written(
            db,
            FORMAT,
            lambda key: tails.load(path, key, cls.load),
            lambda key: save_npz(path, _columns_saved((claims for claims, _xrefs in db.stored_parts()), key)),
            lambda: cls.of_parts((claims for claims, _xrefs in db.stored_parts()), db_path),
        )


def _meta(key: str, base: str | None = None) -> np.ndarray:
    """The ``meta`` member of a saved file: the version it is of, and the base it is the tail of."""
    return np.frombuffer(orjson.dumps({"key": key, **({"base": base} if base is not None else {})}), dtype=np.uint8)


def _columns_of(parts: Iterable[Sequence[Claim]]) -> tuple[IdColumn, StringColumn]:
    """The ids and documents of the claims of ``parts``: each part's documents made into a column as
    it is read (a few thousand at a time, ``StringColumn.of_encoded``), joined once if there are several."""
    ids: list[str] = []
    docs: list[StringColumn] = []
    for claims in parts:
        ids += [claim.id for claim in claims]
        docs.append(StringColumn.of_encoded(dumped.dumps(claim) for claim in claims))
    return IdColumn.of(ids), (docs[0] if len(docs) == 1 else StringColumn.concat(docs))


def _columns_saved(parts: Iterable[Sequence[Claim]], key: str) -> Iterator[tuple[str, np.ndarray]]:
    """The columns of the claims of ``parts`` and their meta, as ``save`` writes them: never a
    bytes object for every claim's document, nor its documents twice (``_columns_of``)."""
    ids, docs = _columns_of(parts)
    yield from ids.arrays("ids").items()
    del ids
    yield from docs.arrays("docs").items()
    del docs
    yield "meta", _meta(key)
