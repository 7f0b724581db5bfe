"""A catalogue's articles, each article file read the first time one of its articles is asked for.

An add needs every stored article's id (to skip an article already stored) and the articles of
the few stored claims its linking meets; at a million claims the article files hold ~110 MB of
JSON (the bodies), ~0.45 s of CPU to parse every one. The catalogue's article-file entries list
their articles' ids and the span of bytes each article's document takes in its file
(``store/shards.py``), so ``ArticleMap`` answers ``in``, ``len`` and iteration over the ids from the
catalogue alone, and reads (and checks, as a load checks them) the document of an article looked
up, alone. Asked for every value, it reads every file: what a whole read does. (An entry that lists
ids without spans, none written now, is read a whole file at a time.)

Read only for a DB read in part without its bodies on demand (``CorpusDB.open_part``: what an
add opens); a file is checked when it is read, so a damaged article file an add never reads
fails the next read that needs it (a whole read, the browser), as a damaged shard does.
"""

from __future__ import annotations

import os
import threading
import weakref
from collections.abc import ItemsView, Iterable, Iterator, Mapping, Sequence, ValuesView
from pathlib import Path
from typing import Any

from corpus.model import Article
from store import shards
from store.errors import CorruptDatabase


class ArticleMap(Mapping[str, Article]):
    """Article id -> ``Article``, in stored order: those of the article files ``files`` (each
    entry listing its ids), then the head's own ``own``."""

    def __init__(
        self, path: Path, files: Sequence[Mapping[str, Any]], own: Iterable[Article], read: dict[int, Any] | None = None
    ) -> None:
        self._path = path
        self._files = tuple(files)
        self._own = {article.id: article for article in own}
        self._where: dict[str, tuple[int, int]] = {}  # article id -> its article file's number, its place there
        for number, entry in enumerate(self._files):
            self._where.update(zip(entry["ids"], ((number, at) for at in range(len(entry["ids"]))), strict=True))
        listed = sum(len(entry["ids"]) for entry in self._files)
        if len(self._where) != listed or not self._own.keys().isdisjoint(self._where):
            raise CorruptDatabase(path, "its catalogue names an article twice")
        self._read: dict[int, dict[str, Article]] = dict(read or {})  # article files read, by number
        self._one: dict[str, Article] = {}  # articles read alone (their entry gives their span)
        self._opened: dict[int, int] = {}  # article files read from, by number: their descriptors
        self._reading = threading.Lock()
        weakref.finalize(self, _close_all, self._opened)

    @classmethod
    def lists_ids(cls, files: Sequence[Mapping[str, Any]]) -> bool:
        """Whether the articles of these entries' files can be read one at a time (every entry lists
        its articles' ids and spans; an add writes the files of older entries again, once)."""
        return all("ids" in entry and "spans" in entry for entry in files)

    def __contains__(self, key: object) -> bool:
        return key in self._where or key in self._own

    def __len__(self) -> int:
        return len(self._where) + len(self._own)

    def __iter__(self) -> Iterator[str]:
        for entry in self._files:
            yield from entry["ids"]
        yield from self._own

    def __getitem__(self, key: str) -> Article:
        where = self._where.get(key)
        if where is None:
            return self._own[key]
        found = self._read.get(where[0])
        if found is not None:
            return found[key]
        alone = self._one.get(key)
        if alone is not None:
            return alone
        if "spans" in self._files[where[0]]:
            return self._alone(*where, key)
        return self._file(where[0])[key]

    def values(self) -> ValuesView[Article]:
        """Every article: the files not read yet read whole (not an article at a time)."""
        self._read_all()
        return super().values()

    def items(self) -> ItemsView[str, Article]:
        self._read_all()
        return super().items()

    def _read_all(self) -> None:
        for number in range(len(self._files)):
            self._file(number)

    def own(self) -> list[Article]:
        """The head's own articles (those past the article files), in stored order."""
        return list(self._own.values())

    def files_read(self) -> int:
        """How many article files have been read whole."""
        return len(self._read)

    def read_alone(self) -> int:
        """How many articles have been read alone."""
        return len(self._one)

    def with_new(
        self, files: Sequence[Mapping[str, Any]], own: Sequence[Article], moved: Sequence[Article]
    ) -> ArticleMap:
        """This map after a write: the article files ``files`` (this map's, then any new ones, which
        hold ``moved``: articles in memory, not read again) and the head's ``own``."""
        read: dict[int, Any] = {n: found for n, found in self._read.items() if n < len(self._files)}
        held = {article.id: article for article in moved}
        for number in range(len(self._files), len(files)):
            read[number] = {article_id: held[article_id] for article_id in files[number]["ids"]}
        grown = ArticleMap(self._path, files, own, read)
        grown._one.update(self._one)
        return grown

    def _alone(self, number: int, at: int, key: str) -> Article:
        with self._reading:
            found = self._one.get(key)
            if found is None:
                entry = self._files[number]
                fd = self._opened.get(number)
                if fd is None:
                    fd = self._opened[number] = _open(self._path, entry)
                found = self._one[key] = _read_one(self._path, entry, fd, at, key)
            return found

    def _file(self, number: int) -> dict[str, Article]:
        found = self._read.get(number)
        if found is not None:
            return found
        with self._reading:
            found = self._read.get(number)
            if found is None:
                found = self._read[number] = _read_file(self._path, self._files[number])
            return found


def _open(path: Path, entry: Mapping[str, Any]) -> int:
    try:
        return os.open(path.parent / entry["file"], os.O_RDONLY)
    except FileNotFoundError:
        raise CorruptDatabase(path, f"its article file {entry['file']} is missing") from None
    except OSError as exc:
        raise CorruptDatabase(path, f"its article file {entry['file']} cannot be read ({exc.strerror})") from None


def _close_all(opened: dict[int, int]) -> None:
    for fd in opened.values():
        os.close(fd)
    opened.clear()


def _read_one(path: Path, entry: Mapping[str, Any], fd: int, at: int, article_id: str) -> Article:
    """The article ``article_id``, the ``at``-th of an article file (open as ``fd``), from its span
    alone, checked as a load checks an article (its document must be an article of that id)."""
    import orjson

    from store.corpus_index import _article
    from store.validate import check_articles

    start, end = entry["spans"][at]
    try:
        raw = os.pread(fd, end - start, start)
    except OSError as exc:
        raise CorruptDatabase(path, f"its article file {entry['file']} cannot be read ({exc.strerror})") from None
    try:
        doc = orjson.loads(raw)
    except orjson.JSONDecodeError:
        doc = None
    if not isinstance(doc, dict) or doc.get("id") != article_id:
        raise CorruptDatabase(path, f"its article file {entry['file']} does not hold the articles its entry names")
    shards.check_body(path, entry, at, doc)  # a body changed inside the file, still valid JSON
    try:
        article = _article(doc)
    except (TypeError, KeyError, AttributeError, ValueError):
        raise CorruptDatabase(path, f"its article file {entry['file']} holds a malformed article") from None
    check_articles(path, [article])
    return article


def _read_file(path: Path, entry: Mapping[str, Any]) -> dict[str, Article]:
    """One article file's articles, checked as a load checks a catalogue's (and against its entry's ids)."""
    from store.corpus_db import build_index

    docs = shards.read_article_file(path, entry)
    index = build_index(path, {"articles": shards.table(docs)})
    return dict(index.articles)


class _InOrder(Sequence[Article]):
    """``articles``' values as a sequence, each read when reached (``CorpusDB.open_part``'s chooser)."""

    def __init__(self, articles: Mapping[str, Article]) -> None:
        self._articles = articles
        self._ids: list[str] | None = None

    def __len__(self) -> int:
        return len(self._articles)

    def __iter__(self) -> Iterator[Article]:
        return iter(self._articles.values())

    def __getitem__(self, index: Any) -> Any:
        if self._ids is None:
            self._ids = list(self._articles)
        if isinstance(index, slice):
            return [self._articles[article_id] for article_id in self._ids[index]]
        return self._articles[self._ids[index]]


def in_order(articles: Mapping[str, Article]) -> Sequence[Article]:
    """``articles``' values in order: a list when they are all in memory, else read as reached."""
    return _InOrder(articles) if isinstance(articles, ArticleMap) else list(articles.values())
