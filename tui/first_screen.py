"""The first screen, saved beside the corpus DB so the next start shows it before reading the DB.

A first useful screen needs the sources list and one article with its claims. Read from
the DB, that is the whole catalogue (every article's text: ~110 MB of JSON at a million
claims) and the list's rows worked out for every article: ~1 s of CPU before anything
shows. ``<db>.first.npz`` holds just that screen, made by a worker once a DB is read: the
rows as the list shows them, and the first article with its claims and the links among
them. The next start shows it (``FirstScreen``), while the worker reads the DB as before
and the app then swaps the real data in; until then only that article can be read (the
screen says so when asked for another) and search and the views wait, as they wait now.

Derived like the search cache: keyed by the DB file's size and modification time (any
write changes them), never the record, made again when stale. A file that is missing,
stale, damaged or holds anything a DB may not hold is ignored: the start is as before.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpus.model import Article, Claim, XRef  # Article is imported again where it is made
    from tui.data import AppData
    from tui.widgets.sources import SourceRow

FORMAT = 1  # bump when what the file holds changes
SUFFIX = ".first.npz"  # an .npz: the store counts it among the derived files beside the DB, not its copies
_ROW_STRINGS = ("ids", "titles", "outlets", "whens")


def first_screen_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def _stamp(db_path: Path) -> str | None:
    try:
        found = db_path.stat()
    except OSError:
        return None
    return f"{FORMAT}:{found.st_size}:{found.st_mtime_ns}"


def _stamp_of(version_key: str | None) -> str | None:
    """The stamp part (size and mtime) of a ``CorpusDB.version_key`` (size:mtime:claims)."""
    if version_key is None:
        return None
    size, mtime, _claims = version_key.split(":")
    return f"{FORMAT}:{size}:{mtime}"


class FirstArticle:
    """The corpus as far as a first screen knows it: one article, its claims and their links.
    Answers the main screen's questions about that article; anything else is not known yet."""

    def __init__(self, path: Path, article: Article, claims: list[Claim], xrefs: list[XRef]) -> None:
        self.path = path
        self.readonly = True
        self.complete = False
        self._article = article
        self._claims = {claim.id: claim for claim in claims}
        self._xrefs = xrefs

    def article(self, article_id: str) -> Article | None:
        return self._article if article_id == self._article.id else None

    def claims_for_article(self, article_id: str) -> list[Claim]:
        return list(self._claims.values()) if article_id == self._article.id else []

    def claim(self, claim_id: str) -> Claim | None:
        return self._claims.get(claim_id)

    def claim_count(self, article_id: str) -> int:
        return len(self._claims) if article_id == self._article.id else 0

    def xrefs_for_claim(self, claim_id: str) -> list[XRef]:
        return [x for x in self._xrefs if claim_id in (x.source, x.target)]

    def is_empty(self) -> bool:
        return False


@dataclass(frozen=True, slots=True)
class FirstScreen:
    corpus: FirstArticle
    rows: tuple[SourceRow, ...]
    key: str  # the version of the DB it shows (``is_of``)

    def is_of(self, version_key: str | None) -> bool:
        """Whether it shows the DB read at ``version_key`` (``CorpusDB.version_key``)."""
        return _stamp_of(version_key) == self.key


def save(data: AppData) -> None:
    """Keep ``data``'s first screen beside its DB, unless the saved one is of this version;
    in a worker. Nothing is said when it cannot be written: the next start is as before."""
    import orjson

    from store.mapped import save_npz

    corpus, rows = data.corpus, data.sources
    version_key = getattr(corpus, "version_key", None)
    stamp = _stamp_of(version_key()) if version_key is not None else None
    if not rows or stamp is None or corpus.readonly:
        return
    path = first_screen_path(Path(corpus.path))
    if _saved_stamp(path) == stamp:
        return
    article = corpus.article(rows[0].article_id)
    if article is None:
        return
    claims = corpus.claims_for_article(article.id)
    ids = {claim.id for claim in claims}
    xrefs = {(x.source, x.target, x.relation): x for c in claims for x in corpus.xrefs_for_claim(c.id)}
    doc: dict[str, Any] = {
        "key": stamp,
        "article": article,
        "claims": claims,
        "xrefs": [x for x in xrefs.values() if x.source in ids and x.target in ids],
        **{name: [getattr(row, field) for row in rows] for name, field in zip(_ROW_STRINGS, _FIELDS, strict=True)},
        "cells": [[row.title_cells, row.meta_cells] for row in rows],
    }
    import numpy as np

    save_npz(path, {"doc": np.frombuffer(orjson.dumps(doc), dtype=np.uint8)})


_FIELDS = ("article_id", "title", "outlet", "when_and_count")


def _saved_stamp(path: Path) -> str | None:
    doc = _read(path)
    return doc.get("key") if doc is not None else None


def _read(path: Path) -> dict[str, Any] | None:
    """The saved document; read without numpy (not imported for a first screen)."""
    import zipfile

    import orjson

    try:
        with zipfile.ZipFile(path) as archive:
            raw = archive.read("doc.npy")
        doc = orjson.loads(_npy_bytes(raw))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return None
    return doc if isinstance(doc, dict) else None


def _npy_bytes(raw: bytes) -> bytes:
    """The data of a one-dimensional ``.npy`` array of bytes (format 1.0: magic, version, a
    little-endian header length, a header naming the type, the data)."""
    if raw[:8] != b"\x93NUMPY\x01\x00":
        raise ValueError("not a version 1.0 .npy array")
    length = int.from_bytes(raw[8:10], "little")
    header = raw[10 : 10 + length]
    if b"'|u1'" not in header or b"'fortran_order': False" not in header:
        raise ValueError("not an array of bytes")
    return raw[10 + length :]


def load(db_path: Path) -> FirstScreen | None:
    """The first screen saved for the DB at ``db_path`` as it is now, or None."""
    from corpus.model import Article
    from corpus.sanitize import escape_unsafe
    from store.corpus_index import claims_of, xrefs_of
    from store.errors import CorruptDatabase
    from store.validate import check_loaded
    from tui.widgets.sources import SourceRow

    path = first_screen_path(db_path)
    stamp = _stamp(db_path)
    if stamp is None or not path.exists():
        return None
    doc = _read(path)
    if doc is None or doc.get("key") != stamp:
        return None
    try:
        columns = [doc[name] for name in _ROW_STRINGS]
        cells = doc["cells"]
        if len({len(column) for column in (*columns, cells)}) != 1 or not columns[0]:
            return None
        for column in columns:  # shown as they are: what the sanitiser would change was never saved
            if not all(type(s) is str for s in column) or escape_unsafe(" ".join(column)) != " ".join(column):
                return None
        if not all(type(a) is int and type(b) is int for a, b in cells):
            return None
        rows = tuple(map(SourceRow, *columns, *zip(*cells, strict=True)))
        article = Article.from_dict(doc["article"])
        claims = claims_of(doc["claims"])
        xrefs = xrefs_of(doc["xrefs"])
        check_loaded(db_path, [article], {claim.id: claim for claim in claims}, (), xrefs)
    except (CorruptDatabase, KeyError, TypeError, ValueError, AttributeError):
        return None
    if article.id != rows[0].article_id or any(claim.article_id != article.id for claim in claims):
        return None
    return FirstScreen(FirstArticle(db_path, article, claims, xrefs), rows, stamp)
