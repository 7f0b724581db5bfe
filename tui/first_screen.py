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

The rows are read in two parts, so the first screen costs the same at any size: the first
``HEAD_ROWS`` rows (more than a screen shows) and every row's widths (all the list needs to lay
itself out) with the article; the others' strings are read and parsed when a row past them is
first asked for (the loading worker asks, behind the first screen): at 50,000 articles reading and
checking every row cost ~115 ms of CPU before the first screen. The widths are two arrays of
16-bit numbers, read as they lie (as a JSON list, parsed and checked, and the others' 3 MB read
with them, they cost ~5 ms of the loading worker's CPU before the first frame at 50,000 articles).
"""

from __future__ import annotations

import sys
import threading
from array import array
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from store.rows import IndexedRows

if TYPE_CHECKING:
    from zipfile import ZipFile

    from corpus.model import Article, Claim, XRef  # Article is imported again where it is made
    from tui.data import AppData
    from tui.widgets.sources import SourceRow

FORMAT = 4  # bump when what the file holds changes (2: the rows in two parts; 3: counts without background;
# 4: the widths as arrays, the others' rows read when asked for)
WIDEST = 0xFFFF  # a width the arrays hold (a DB whose list holds a wider row saves no first screen)
SUFFIX = ".first.npz"  # an .npz: the store counts it among the derived files beside the DB, not its copies
_ROW_STRINGS = ("ids", "titles", "outlets", "whens")
HEAD_ROWS = 200  # rows read with the first screen: more than any terminal shows at once


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


class SavedRows(IndexedRows["SourceRow"]):
    """The sources list's rows as saved: the first ones read with the first screen, the others
    parsed from ``rest`` (the saved bytes) the first time one of them is asked for. Every row's
    widths are known from the start (``cells``), so the list lays itself out without them.
    Rows past the first that fail the checks ``load`` makes are shown sanitised (``intact``
    says so, and the DB read then makes its own)."""

    def __init__(
        self,
        head: tuple[SourceRow, ...],
        title_cells: Sequence[int],
        meta_cells: Sequence[int],
        rest: Callable[[], bytes],
    ) -> None:
        self._head = head
        self._title_cells, self._meta_cells = title_cells, meta_cells
        self._rest: Callable[[], bytes] | None = rest  # the others' saved bytes, read when called
        self._others: list[SourceRow] | None = None
        self._intact = True
        self._where: dict[str, int] | None = None
        self._reading = threading.Lock()  # the loading worker and the UI thread may both ask

    def __len__(self) -> int:
        return len(self._title_cells)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Sequence):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    __hash__ = None  # type: ignore[assignment]  # equal to a tuple of the same rows, so not hashable

    def row_at(self, row: int) -> SourceRow:
        if row < len(self._head):
            return self._head[row]
        return self._read_others()[row - len(self._head)]

    def cells(self) -> tuple[Sequence[int], Sequence[int]]:
        """Every row's title and meta widths in cells (``SourceRow.title_cells``, ``meta_cells``)."""
        return self._title_cells, self._meta_cells

    def index_of(self, article_id: str) -> int | None:
        """The row of ``article_id``; the other rows are read only if it is not among the first."""
        for row, found in enumerate(self._head):
            if found.article_id == article_id:
                return row
        if self._where is None:
            self._where = {row.article_id: index for index, row in enumerate(self)}
        return self._where.get(article_id)

    def intact(self) -> bool:
        """Whether every row is as saved and passed the checks (the others are read now)."""
        self._read_others()
        return self._intact

    def _read_others(self) -> list[SourceRow]:
        with self._reading:
            if self._others is None:
                read, self._rest = self._rest, None
                rest = read() if read is not None else b""
                head = len(self._head)
                self._others, self._intact = _other_rows(rest, self._title_cells[head:], self._meta_cells[head:])
            return self._others


def _other_rows(rest: bytes, title_cells: Sequence[int], meta_cells: Sequence[int]) -> tuple[list[SourceRow], bool]:
    """The rows saved in ``rest`` (as many as their widths), and whether they passed the checks;
    rows that did not are made of their sanitised strings, or stand in for a row not read."""
    import orjson

    from corpus.sanitize import escape_unsafe
    from tui.widgets.sources import SourceRow

    try:
        doc = orjson.loads(rest) if rest else {name: [] for name in _ROW_STRINGS}
        columns = [doc[name] for name in _ROW_STRINGS]
        fits = all(len(column) == len(title_cells) for column in columns) and all(
            type(s) is str for column in columns for s in column
        )
    except (ValueError, KeyError, TypeError):
        fits = False
    if not fits:
        missing = SourceRow("", "…", "not read", "", 1, 1)  # selecting it says the corpus is still being read
        return [
            missing._replace(title_cells=t, meta_cells=m) for t, m in zip(title_cells, meta_cells, strict=True)
        ], False
    joined = [" ".join(column) for column in columns]
    intact = all(escape_unsafe(text) == text for text in joined)
    if not intact:
        columns = [[escape_unsafe(s) for s in column] for column in columns]
    return list(map(SourceRow, *columns, title_cells, meta_cells)), intact


@dataclass(frozen=True, slots=True)
class FirstScreen:
    corpus: FirstArticle
    rows: SavedRows
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
    rows = list(rows)

    def strings(part: list[SourceRow]) -> dict[str, list[str]]:
        return {name: [getattr(row, field) for row in part] for name, field in zip(_ROW_STRINGS, _FIELDS, strict=True)}

    doc: dict[str, Any] = {
        "key": stamp,
        "article": article,
        "claims": claims,
        "xrefs": [x for x in xrefs.values() if x.source in ids and x.target in ids],
        **strings(rows[:HEAD_ROWS]),
    }
    import numpy as np

    title_cells = np.fromiter((row.title_cells for row in rows), np.int64, len(rows))
    meta_cells = np.fromiter((row.meta_cells for row in rows), np.int64, len(rows))
    if len(rows) and (
        min(title_cells.min(), meta_cells.min()) < 0 or max(title_cells.max(), meta_cells.max()) > WIDEST
    ):
        return

    def as_bytes(value: Any) -> np.ndarray:
        return np.frombuffer(orjson.dumps(value), dtype=np.uint8)

    save_npz(
        path,
        {
            "doc": as_bytes(doc),
            "title_cells": title_cells.astype("<u2"),
            "meta_cells": meta_cells.astype("<u2"),
            "rest": as_bytes(strings(rows[HEAD_ROWS:])),
        },
    )


_FIELDS = ("article_id", "title", "outlet", "when_and_count")


def _saved_stamp(path: Path) -> str | None:
    found = _read(path)
    if found is None:
        return None
    found[3].close()
    return found[0].get("key")


def _read(path: Path) -> tuple[dict[str, Any], Sequence[int], Sequence[int], ZipFile] | None:
    """The saved document, every row's title and meta widths, and the file, open (the other rows'
    bytes are read from it when asked for: ``_rest``); read without numpy (not imported for a
    first screen)."""
    import zipfile

    import orjson

    try:
        archive = zipfile.ZipFile(path)
    except (OSError, ValueError, zipfile.BadZipFile):
        return None
    try:
        doc = orjson.loads(_npy_bytes(archive.read("doc.npy")))
        title_cells = _npy_widths(archive.read("title_cells.npy"))
        meta_cells = _npy_widths(archive.read("meta_cells.npy"))
        archive.getinfo("rest.npy")
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        archive.close()
        return None
    if not isinstance(doc, dict):
        archive.close()
        return None
    return doc, title_cells, meta_cells, archive


def _rest(archive: ZipFile) -> bytes:
    """The other rows' bytes, from the file as it was when read, which is closed then (b"" if they
    cannot be read: the rows then stand for rows not read, and the DB read makes its own)."""
    import zipfile

    try:
        with archive:
            return _npy_bytes(archive.read("rest.npy"))
    except (OSError, ValueError, KeyError, zipfile.BadZipFile):
        return b""


def _npy_data(raw: bytes, descr: bytes, what: str) -> bytes:
    """The data of a one-dimensional ``.npy`` array of type ``descr`` (format 1.0: magic, version, a
    little-endian header length, a header naming the type, the data)."""
    if raw[:8] != b"\x93NUMPY\x01\x00":
        raise ValueError("not a version 1.0 .npy array")
    length = int.from_bytes(raw[8:10], "little")
    header = raw[10 : 10 + length]
    if b"'descr': " + descr not in header or b"'fortran_order': False" not in header:
        raise ValueError(f"not an array of {what}")
    return raw[10 + length :]


def _npy_bytes(raw: bytes) -> bytes:
    """The data of a one-dimensional ``.npy`` array of bytes."""
    return _npy_data(raw, b"'|u1'", "bytes")


def _npy_widths(raw: bytes) -> Sequence[int]:
    """The numbers of a one-dimensional ``.npy`` array of little-endian 16-bit unsigned numbers, as
    they lie (each an ``int`` when read: no list of them made, nor checked one by one)."""
    data = _npy_data(raw, b"'<u2'", "16-bit numbers")
    if len(data) % 2:
        raise ValueError("a 16-bit array of an odd length")
    widths = array("H")
    if widths.itemsize != 2:
        raise ValueError("no 16-bit array here")
    widths.frombytes(data)
    if sys.byteorder != "little":
        widths.byteswap()
    return widths


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
    found = _read(path)
    if found is None:
        return None
    doc, title_cells, meta_cells, archive = found
    kept = False
    try:
        if doc.get("key") != stamp:
            return None
        columns = [doc[name] for name in _ROW_STRINGS]
        cells = [title_cells, meta_cells]
        if len({len(column) for column in columns}) != 1 or not columns[0] or len({len(c) for c in cells}) != 1:
            return None
        head = len(columns[0])
        for column in columns:  # shown as they are: what the sanitiser would change was never saved
            if not all(type(s) is str for s in column) or escape_unsafe(" ".join(column)) != " ".join(column):
                return None
        if len(cells[0]) < head:
            return None
        rows = tuple(map(SourceRow, *columns, cells[0][:head], cells[1][:head]))
        article = Article.from_dict(doc["article"])
        claims = claims_of(doc["claims"])
        xrefs = xrefs_of(doc["xrefs"])
        check_loaded(db_path, [article], {claim.id: claim for claim in claims}, (), xrefs)
        if article.id != rows[0].article_id or any(claim.article_id != article.id for claim in claims):
            return None
        saved = SavedRows(rows, cells[0], cells[1], lambda: _rest(archive))
        kept = True
    except (CorruptDatabase, KeyError, TypeError, ValueError, AttributeError):
        return None
    finally:
        if not kept:
            archive.close()
    return FirstScreen(FirstArticle(db_path, article, claims, xrefs), saved, stamp)
