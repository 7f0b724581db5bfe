"""Keep a built index next to the corpus DB, so the next start loads it.

The file ``<db>.search.npz`` holds the index's arrays, the claims' ids and
texts as columns (``store/columns.py``), its word lists (as one JSON blob) and
a key: the version of the DB it was built from (the catalogue's size and
modification time, as read, and its number of claims). A start maps the file
(``store/mapped.py``) instead of reading it, and needs no claim objects to
search: only the hits shown are read from the DB. A file whose key does not
match, or that cannot be read, is ignored and rebuilt: it is only a cache,
never the only copy of anything.
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import orjson

from store.columns import IdColumn, StringColumn
from store.mapped import map_npz, save_npz
from store.search.fields import FieldIndex, NameGroups
from store.search.terms import GroupedTerms, TermIndex, Terms

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB
    from store.search.index import SearchIndex

FORMAT = 6  # bump when the saved layout or the folding of words (normalise.py) changes (6: the figures' periods)
SUFFIX = ".search.npz"


def cache_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + SUFFIX)


def cache_key(db: CorpusDB) -> str | None:
    """The version of ``db`` as it was read (not as the file is now: another process may have
    replaced it since, and an index of the new file must not pass for one of ``db``)."""
    version = db.version_key()
    return None if version is None else f"{FORMAT}:{version}"


def _terms_state(prefix: str, terms: Terms, arrays: dict[str, np.ndarray], words: dict[str, Any]) -> None:
    if not isinstance(terms, TermIndex):
        raise TypeError("a layered index is saved as its parts")
    for name in (*_TERM_ARRAYS, *_TERM_FACTS):
        arrays[f"{prefix}.{name}"] = getattr(terms, name)
    # the sorted words as a string column, mapped back as it is: a start parses no word list
    vocab = terms.vocab if isinstance(terms.vocab, StringColumn) else StringColumn.of(terms.vocab)
    arrays.update(vocab.arrays(f"{prefix}.vocab"))


_TERM_ARRAYS = ("post_off", "post", "fwd_off", "fwd")
_TERM_FACTS = ("term_lengths", "alphabetic")  # of each term: absent from files saved before them


def _terms(prefix: str, arrays: dict[str, np.ndarray], words: dict[str, Any]) -> TermIndex:
    facts = (arrays.get(f"{prefix}.{name}") for name in _TERM_FACTS)
    # a file saved before the words were a column holds them in its word lists
    vocab = StringColumn.from_arrays(arrays, f"{prefix}.vocab") if f"{prefix}.vocab.blob" in arrays else words[prefix]
    return TermIndex(vocab, *(arrays[f"{prefix}.{n}"] for n in _TERM_ARRAYS), *facts)


def save(index: SearchIndex, path: Path, key: str, base: str | None = None) -> str | None:
    """Write ``index`` to ``path`` atomically (``base``: the key of the index it is the tail of,
    ``store/tails.py``); why it could not be written, or None."""
    fields = index.fields
    arrays: dict[str, np.ndarray] = {"lengths": index._lengths, **index._ids.arrays("ids")}
    texts = index._texts if isinstance(index._texts, StringColumn) else StringColumn.of(index._texts)
    arrays.update(texts.arrays("texts"))
    words: dict[str, Any] = {"key": key, "article_ids": list(index.article_ids)}
    _terms_state("text", index._text, arrays, words)
    for i, meta in enumerate(index._meta):
        if isinstance(meta, GroupedTerms):
            _terms_state(f"meta{i}", meta.terms, arrays, words)
            arrays[f"meta{i}.group_of"] = meta.group_of
        else:
            _terms_state(f"meta{i}", meta, arrays, words)
    for name in ("article_of", "kind", "first_day", "last_day", "period_first", "period_last"):
        arrays[f"fields.{name}"] = getattr(fields, name)
    for name, groups in (("speakers", fields.speakers), ("entities", fields.entities)):
        arrays[f"{name}.group_of"] = groups.group_of
        words[name] = groups.names
    for flag, mask in fields.flags.items():
        arrays[f"flag.{flag}"] = mask
    words.update(article_words=fields.article_words, aliases=fields.entity_aliases, metas=len(index._meta))
    words["outside"] = index.outside
    words["cleared"] = index.cleared
    arrays["words"] = np.frombuffer(orjson.dumps(words), dtype=np.uint8)
    # read alone by store/tails.py: which version this is, of how many claims, a tail of which base
    head = {"key": key, "count": len(index), **({"base": base} if base is not None else {})}
    arrays["meta"] = np.frombuffer(orjson.dumps(head), dtype=np.uint8)
    return save_npz(path, arrays)


def load(path: Path, key: str) -> SearchIndex | None:
    """The saved index if ``path`` holds one for this ``key``, mapped; else None."""
    from store.search.index import SearchIndex

    try:
        arrays = map_npz(path)
        head = arrays.pop("meta", None)
        if head is not None and orjson.loads(head.tobytes()).get("key") != key:
            return None  # told without parsing the word lists
        words = orjson.loads(arrays.pop("words").tobytes())
        if words.get("key") != key:
            return None
        ids = IdColumn.from_arrays(arrays, "ids")
        fields = object.__new__(FieldIndex)
        fields.count = len(ids)
        for name in ("article_of", "kind", "first_day", "last_day", "period_first", "period_last"):
            setattr(fields, name, arrays[f"fields.{name}"])
        for name in ("speakers", "entities"):
            groups = object.__new__(NameGroups)
            groups.group_of, groups.names = arrays[f"{name}.group_of"], words[name]
            setattr(fields, name, groups)
        fields.flags = {n[5:]: a for n, a in arrays.items() if n.startswith("flag.")}
        fields.article_words, fields.entity_aliases = words["article_words"], words["aliases"]
        meta: list[GroupedTerms | Terms] = [
            GroupedTerms(_terms(f"meta{i}", arrays, words), arrays[f"meta{i}.group_of"])
            if f"meta{i}.group_of" in arrays
            else _terms(f"meta{i}", arrays, words)
            for i in range(words["metas"])
        ]
        texts = StringColumn.from_arrays(arrays, "texts")
        index = SearchIndex(
            ids, texts, _terms("text", arrays, words), meta, fields, arrays["lengths"], words["article_ids"]
        )
        index.outside = words.get("outside", {})
        index.cleared = words.get("cleared", {})
    except (OSError, ValueError, KeyError, TypeError, EOFError, zipfile.BadZipFile, orjson.JSONDecodeError):
        return None  # missing, truncated or from another version: rebuild
    count = len(ids)
    whole = len(texts) == len(index._lengths) == len(fields.article_of) == count
    return index if whole else None
