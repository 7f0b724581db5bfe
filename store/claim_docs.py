"""Every claim's stored document, by id, kept beside the DB and memory-mapped.

A search hit, a bookmark or a link's other end may be any claim of the corpus;
reading its shard to show it costs a thousand claims. ``<db>.claims.npz`` holds
each claim as the JSON document its shard holds (``store/columns.py``), with
the ids sorted for binary search: ``claim`` parses one document and makes one
``Claim``, checked as a shard's claims are. Derived like the links file: keyed
by the DB version it was made from, rebuilt from the record when missing or
stale, never the only copy of anything.
"""

from __future__ import annotations

import zipfile
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
import orjson

from corpus.model import Claim
from store.columns import IdColumn, StringColumn
from store.corpus_index import claims_of
from store.mapped import map_npz, mapped_or_made, save_npz
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

    @classmethod
    def of(cls, claims: Sequence[Claim], db_path: Path) -> ClaimDocs:
        docs = StringColumn.of_bytes([orjson.dumps(claim) for claim in claims])
        return cls(IdColumn.of([claim.id for claim in claims]), docs, db_path)

    def __len__(self) -> int:
        return len(self._ids)

    def claim(self, claim_id: str) -> Claim | None:
        """The claim with ``claim_id``, made from its document; None if there is none."""
        row = self._ids.row(claim_id)
        if row is None:
            return None
        (claim,) = claims_of([orjson.loads(self._docs.raw(row))])
        check_loaded(self._source, (), {claim.id: claim}, (), [])
        return claim

    def extended(self, claims: Sequence[Claim]) -> ClaimDocs:
        more = [orjson.dumps(claim) for claim in claims]
        return ClaimDocs(self._ids.extended([c.id for c in claims]), self._docs.extended_bytes(more), self._source)

    def save(self, path: Path, key: str) -> str | None:
        arrays = {**self._ids.arrays("ids"), **self._docs.arrays("docs")}
        arrays["meta"] = np.frombuffer(orjson.dumps({"key": key}), dtype=np.uint8)
        return save_npz(path, arrays)

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
        claim (a whole read) and saved; and why it could not be saved, or None."""
        db_path = Path(db.path)
        path = claims_path(db_path)
        return mapped_or_made(
            db,
            FORMAT,
            lambda key: cls.load(path, key),
            lambda: cls.of(db.claims(), db_path),
            lambda made, key: made.save(path, key),
        )
