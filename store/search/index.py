"""The in-memory search index over every claim, built once at load.

A search runs in three steps:

1. filters -> a boolean mask over claims (``FieldIndex``);
2. each query word -> how strongly every claim matches it, from the word
   postings of the claim text and of its "meta" words (speaker, article title
   and outlet, the claim's subject and measures; weaker); claims matching every word are the candidates (when
   fewer than ``limit`` do, claims matching some words are added);
3. the best few hundred candidates by word coverage are ranked with rapidfuzz
   (``rank.py``), the top ``limit`` returned with highlight spans.

``SearchSession`` (session.py) reuses step 2's result while the user types.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from corpus.model import BACKGROUND, CLAIM_KINDS, Article, Claim, Entity, XRef
from store.columns import ChainedStrings, IdColumn, IdLayers, StringColumn
from store.mapped import appended
from store.search.fields import FLAG_RELATIONS, FieldIndex
from store.search.lru import LRU
from store.search.normalise import normalise_many
from store.search.query import Filter, ParsedQuery, parse_query
from store.search.rank import Highlighter, Hit, score_candidates
from store.search.terms import FUZZY, GroupedTerms, LayeredTerms, TermIndex, Terms

if TYPE_CHECKING:
    from store.corpus_db import CorpusDB
    from store.search.session import SearchSession

RERANK = 250  # candidates scored by rapidfuzz; the rest are cut on word coverage
META_SHARE = 0.7  # a word found only in the speaker or title counts for less
BUILD_CHUNK = 20_000
_DENSE_CACHE = 48
BACKGROUND_CODE = CLAIM_KINDS.index(BACKGROUND)  # FieldIndex.kind codes kinds by their place in CLAIM_KINDS


@dataclass(slots=True)
class Candidates:
    """The claims matching every word and filter of ``parsed``, with strengths."""

    parsed: ParsedQuery
    rows: np.ndarray  # int64, ascending
    strengths: np.ndarray  # uint8, (len(parsed.terms), len(rows))


class SearchIndex:
    def __init__(
        self,
        ids: IdColumn,
        texts: Sequence[str],
        text: Terms,
        meta: list[GroupedTerms | Terms],
        fields: FieldIndex,
        lengths: np.ndarray | None = None,
        article_ids: Sequence[str] = (),
    ) -> None:
        self.article_ids = article_ids  # the articles ``fields.article_of`` counts in
        self._ids = ids  # the claims, by row: their ids and texts are all a search needs of them
        self._texts = texts
        self._text = text
        self._meta = meta
        self.fields = fields
        self.loaded_from_cache = False
        self.not_saved: str | None = None  # why a built index could not be kept beside the DB
        self.outside: dict[str, list[str]] = {}  # per flag, ids of earlier claims its links flag (of_added)
        self.cleared: dict[str, list[str]] = {}  # per flag, ids of earlier claims that lost it (of_added)
        self.version = 0  # bumped when what a filter selects changes (add_flag)
        self._masks: LRU[Filter, np.ndarray] = LRU(_DENSE_CACHE)  # Filter -> bool mask
        if lengths is None:
            lengths = np.fromiter(map(len, texts), np.int32, len(texts))
        self._lengths = lengths
        self._dense: LRU[str, np.ndarray] = LRU(_DENSE_CACHE)  # query word -> uint8 strengths per claim

    # -- building ---------------------------------------------------------
    @classmethod
    def build(
        cls,
        claims: Sequence[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef] | None = None,
        entities: Sequence[Entity] | None = None,
    ) -> SearchIndex:
        """Index ``claims``; ``articles`` give titles, outlets and dates."""
        claims = list(claims)
        text, fields, speakers, labels = cls._parts(claims, articles, xrefs, entities)
        titles = GroupedTerms.build([" ".join(words) for words in fields.article_words], fields.article_of)
        ids = IdColumn.of([c.id for c in claims])
        meta: list[GroupedTerms | Terms] = [speakers, titles, labels]
        return cls(ids, [c.text for c in claims], text, meta, fields, article_ids=[a.id for a in articles])

    @classmethod
    def _parts(
        cls,
        claims: list[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef] | None,
        entities: Sequence[Entity] | None,
    ) -> tuple[TermIndex, FieldIndex, GroupedTerms, TermIndex]:
        """What indexing ``claims`` makes but the titles' terms."""
        text = TermIndex.build_from_texts(cls._folded_texts(claims))
        fields = FieldIndex(claims, articles, xrefs, entities)
        speakers = GroupedTerms.build([" ".join(names) for names in fields.speakers.names], fields.speakers.group_of)
        return text, fields, speakers, TermIndex.build_from_texts(cls._folded_labels(claims))

    @classmethod
    def of_added(
        cls,
        claims: Sequence[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef],
        entities: Sequence[Entity],
        cleared: Mapping[str, Iterable[str]] | None = None,
    ) -> SearchIndex:
        """The index of an add's ``claims`` alone, over the ``articles`` it stored, to follow the
        index of what was stored before it (``joined``, ``with_tail``); ``entities``: every one,
        as they are now. The ends of ``xrefs`` that are not these claims are kept (``outside``):
        the earlier rows they flag (``is:conflict``) are flagged when the two are put together;
        ``cleared``: per flag, the earlier claims that lost it (the add took back their last link
        of its relation), unflagged when the two are put together."""
        index = cls.build(claims, articles, xrefs, entities)
        index.cleared = {flag: sorted(ids) for flag, ids in (cleared or {}).items() if ids}
        own = {c.id for c in claims}
        for flag, relation in FLAG_RELATIONS.items():
            ends = {end for x in xrefs if x.relation == relation for end in (x.source, x.target)} - own
            if ends:
                index.outside[flag] = sorted(ends)
        return index

    def extended(
        self,
        claims: Sequence[Claim],
        articles: Sequence[Article],
        xrefs: Sequence[XRef],
        entities: Sequence[Entity],
    ) -> SearchIndex:
        """This index plus new ``claims`` and ``xrefs`` (an add), ``articles`` and ``entities``
        being every one as they are now (old articles first, in the order indexed): equal to a
        build over everything, for the words of the new claims alone plus array copies."""
        if list(self.article_ids) != [a.id for a in articles[: len(self.article_ids)]]:
            raise ValueError("the articles indexed are not the first of those given")
        return self.joined(SearchIndex.of_added(claims, articles[len(self.article_ids) :], xrefs, entities))

    def _linked(self, more: SearchIndex) -> dict[str, np.ndarray]:
        """Per flag, a mask of this index's rows that the links of ``more`` flag."""
        return {flag: self._ids.mask_of(ids) for flag, ids in more.outside.items()}

    def _cleared(self, more: SearchIndex) -> dict[str, np.ndarray]:
        """Per flag, a mask of this index's rows that ``more`` unflags."""
        return {flag: self._ids.mask_of(ids) for flag, ids in more.cleared.items()}

    def _earlier(self, more: SearchIndex, joined: SearchIndex) -> None:
        """What ``joined`` (this index, then ``more``) flags and unflags in the rows before this
        index's: ``more``'s latest word on a claim wins over this one's."""
        for flag in self.outside.keys() | more.outside.keys() | self.cleared.keys() | more.cleared.keys():
            later_on = {i for i in more.outside.get(flag, ()) if self._ids.row(i) is None}
            later_off = {i for i in more.cleared.get(flag, ()) if self._ids.row(i) is None}
            on = (set(self.outside.get(flag, ())) - later_off) | later_on
            off = (set(self.cleared.get(flag, ())) - later_on) | later_off
            if on:
                joined.outside[flag] = sorted(on)
            if off:
                joined.cleared[flag] = sorted(off)

    def _plain(self) -> tuple[TermIndex, TermIndex, TermIndex]:
        """The text's, the speakers' and the labels' terms of an index not layered (one part)."""
        speakers, _titles, labels = self._meta
        assert isinstance(self._text, TermIndex) and isinstance(speakers, GroupedTerms)
        assert isinstance(speakers.terms, TermIndex) and isinstance(labels, TermIndex)
        return self._text, speakers.terms, labels

    def joined(self, more: SearchIndex) -> SearchIndex:
        """This index followed by ``more`` (``of_added``, or such indexes joined) as one index,
        equal to a build over both: array copies, and the titles' words (one row an article)
        indexed again. Neither may be layered (``with_tail``)."""
        fields = self.fields.joined(more.fields, self._linked(more), self._cleared(more))
        text, speakers, labels = self._plain()
        more_text, more_speakers, more_labels = more._plain()
        meta: list[GroupedTerms | Terms] = [
            GroupedTerms(speakers.appended(more_speakers), fields.speakers.group_of),
            GroupedTerms.build([" ".join(words) for words in fields.article_words], fields.article_of),
            labels.appended(more_labels),
        ]
        joined = SearchIndex(
            self._ids.joined(more._ids),
            StringColumn.concat([_string_column(self._texts), _string_column(more._texts)]),
            text.appended(more_text),
            meta,
            fields,
            np.concatenate([self._lengths, more._lengths]),
            [*self.article_ids, *more.article_ids],
        )
        self._earlier(more, joined)
        return joined

    def with_tail(self, tail: SearchIndex) -> SearchIndex:
        """This index, then ``tail``'s rows, answering every search as ``joined`` does, without
        copying either's word postings (``LayeredTerms``): what a start maps after adds."""
        fields = self.fields.joined(tail.fields, self._linked(tail), self._cleared(tail))
        speakers, titles, labels = self._meta
        tail_speakers, tail_titles, tail_labels = tail._meta
        assert isinstance(speakers, GroupedTerms) and isinstance(titles, GroupedTerms)
        assert isinstance(tail_speakers, GroupedTerms) and isinstance(tail_titles, GroupedTerms)
        assert not isinstance(labels, GroupedTerms) and not isinstance(tail_labels, GroupedTerms)
        # each part's titles have a row per article of its own, and one for an unknown article
        title_rows = np.concatenate([titles.group_of, tail_titles.group_of + titles.terms.rows]).astype(np.int32)
        meta: list[GroupedTerms | Terms] = [
            GroupedTerms(_layered(speakers.terms, tail_speakers.terms), fields.speakers.group_of),
            GroupedTerms(_layered(titles.terms, tail_titles.terms), title_rows),
            _layered(labels, tail_labels),
        ]
        return SearchIndex(
            IdLayers([self._ids, tail._ids]),  # looked up layer by layer: no merged copy
            ChainedStrings(self._texts, tail._texts),
            _layered(self._text, tail._text),
            meta,
            fields,
            appended(self._lengths, tail._lengths),  # the base's stays mapped (store.mapped.appended)
            [*self.article_ids, *tail.article_ids],
        )

    def save(self, path: Path, key: str, base: str | None = None) -> str | None:
        """Write to ``path`` atomically (``base``: the key of the index this one is the tail of);
        why it could not be written, or None."""
        from store.search import persist

        return persist.save(self, path, key, base)

    @staticmethod
    def _folded_labels(claims: list[Claim]) -> Iterator[str]:
        """What the pipeline says a claim is about: its subject ("casualties") and
        what its figures measure ("killed", "wounded"), so "nis casualties" finds
        "300 killed and 2,700 injured"."""
        for start in range(0, len(claims), BUILD_CHUNK):
            labels = [
                " ".join(filter(None, (c.subject, *(q.measure for q in c.quantities))))
                for c in claims[start : start + BUILD_CHUNK]
            ]
            yield from normalise_many(labels)

    @classmethod
    def from_db(cls, db: CorpusDB, cache: bool = True) -> SearchIndex:
        """The index of everything a ``CorpusDB`` holds (xrefs and entity aliases included).

        With ``cache``, a saved copy next to the DB file (``<db>.search.npz``)
        is loaded when it matches the file, and written after a build; when it
        cannot be written, ``not_saved`` says so in one line.
        """
        from store import tails
        from store.search import persist
        from store.search.rank import load_matcher

        load_matcher()  # the index is loaded to be searched
        path = Path(db.path)
        key = persist.cache_key(db) if cache else None
        index = tails.load(persist.cache_path(path), key, persist.load) if key is not None else None
        if index is not None:
            index.loaded_from_cache = True
            return index  # mapped, not read: no objects were made
        index = cls.build(db.claims(), db.articles(), db.xrefs(), db.entities())
        reason = None
        if key is not None:
            reason = "the corpus DB is read-only" if db.readonly else persist.save(index, persist.cache_path(path), key)
            saved = persist.load(persist.cache_path(path), key) if reason is None else None
            if saved is not None:  # the same index, its columns mapped: the claim objects may go
                index = saved
        if reason is not None:
            index.not_saved = (
                f"{persist.cache_path(path)}: cannot be written ({reason}), so the search index was built "
                "in memory (each start builds it again until it can be written, e.g. by the corpus DB's "
                "owner running `factscope build`)"
            )
        # No full collection here: the browser makes its full passes when no key is being answered
        # (tui/idle_gc.py), and a command (`add`, `search`) ends soon after.
        return index

    @staticmethod
    def _folded_texts(claims: list[Claim]) -> Iterator[str]:
        for start in range(0, len(claims), BUILD_CHUNK):
            yield from normalise_many([c.text for c in claims[start : start + BUILD_CHUNK]])

    def __len__(self) -> int:
        return len(self._ids)

    @property
    def ids(self) -> IdColumn:
        """The claims' ids, by row."""
        return self._ids

    def article_of(self, claim_id: str) -> str | None:
        """The id of ``claim_id``'s article, or None if it is not indexed."""
        row = self._ids.row(claim_id)
        article = None if row is None else int(self.fields.article_of[row])
        return self.article_ids[article] if article is not None and article < len(self.article_ids) else None

    @property
    def nbytes(self) -> int:
        """Memory held by the index's own arrays (not the claims themselves)."""
        f = self.fields
        arrays = (
            self._lengths,
            f.article_of,
            f.kind,
            f.first_day,
            f.last_day,
            f.period_first,
            f.period_last,
            f.speakers.group_of,
            f.entities.group_of,
            *f.flags.values(),
        )
        return sum(a.nbytes for a in arrays) + self._text.nbytes + sum(m.nbytes for m in self._meta)

    def add_flag(self, name: str, claim_ids: Iterable[str]) -> None:
        """Let ``is:NAME`` select these claims (e.g. ``is:bookmarked``).

        Cheap to repeat with the same ids (nothing changes then), so a UI may
        call it before every search that mentions the flag.
        """
        if self.fields.add_flag(name, self._ids.rows(claim_ids)):
            self._masks.clear()
            self.version += 1  # sessions must not narrow from results of the old flags

    # -- matching ---------------------------------------------------------
    def expansions(self, word: str) -> list[tuple[np.ndarray, np.ndarray]]:
        """What ``word`` matches in the claim texts, then in each kind of meta words."""
        return [self._text.expand(word), *(m.expand(word) for m in self._meta)]

    def word_strengths(self, word: str) -> np.ndarray:
        """uint8 per claim: how well its best word matches ``word`` (0 = not at all)."""
        cached = self._dense.get(word)
        if cached is not None:
            return cached
        (text_ids, text_str), *metas = self.expansions(word)
        strengths = self._text.dense_strengths(text_ids, text_str)
        for meta, (ids, found) in zip(self._meta, metas):
            np.maximum(strengths, meta.dense_strengths(ids, (found * META_SHARE).astype(np.uint8)), out=strengths)
        return self._dense.put(word, strengths)

    def word_strengths_at(self, word: str, rows: np.ndarray) -> np.ndarray:
        """``word_strengths(word)[rows]``, computed for those rows only."""
        cached = self._dense.get(word)
        if cached is not None or len(rows) * 8 > len(self._ids):
            # Many rows: the postings path over everything is the cheaper one.
            at_rows: np.ndarray = (cached if cached is not None else self.word_strengths(word))[rows]
            return at_rows
        (text_ids, text_str), *metas = self.expansions(word)
        strengths = self._text.strengths_for(rows, text_ids, text_str)
        for meta, (ids, found) in zip(self._meta, metas):
            np.maximum(strengths, meta.strengths_for(rows, ids, (found * META_SHARE).astype(np.uint8)), out=strengths)
        return strengths

    def filter_mask(self, parsed: ParsedQuery) -> np.ndarray:
        mask = np.ones(len(self._ids), dtype=bool)
        if not any(flt.field == "kind" and not flt.negate for flt in parsed.filters):
            mask &= self.fields.kind != BACKGROUND_CODE  # background sentences only when asked: kind:background
        for flt in parsed.filters:
            mask &= self.one_filter(flt)
        return mask

    def one_filter(self, flt: Filter) -> np.ndarray:
        """The mask of one filter, cached: keystrokes repeat the same filters."""
        cached = self._masks.get(flt)
        return cached if cached is not None else self._masks.put(flt, self.fields.mask(flt))

    def candidates(self, parsed: ParsedQuery) -> Candidates:
        """Claims matching every filter and word of ``parsed``, from scratch."""
        mask = self.filter_mask(parsed)
        per_word = [self.word_strengths(word) for word in parsed.terms]
        for strengths in per_word:
            mask &= strengths > 0
        rows = np.flatnonzero(mask)
        matrix = np.stack([s[rows] for s in per_word]) if per_word else np.zeros((0, len(rows)), np.uint8)
        return Candidates(parsed, rows, matrix)

    # -- searching --------------------------------------------------------
    def search(self, query: str | ParsedQuery, limit: int = 50) -> list[Hit]:
        """The best ``limit`` claims for ``query`` (see store/search/query.py)."""
        parsed = parse_query(query) if isinstance(query, str) else query
        if parsed.is_empty or limit <= 0:
            return []
        return self.rank(self.candidates(parsed), limit)

    def session(self) -> SearchSession:
        """A ``SearchSession`` for as-you-type search over this index."""
        from store.search.session import SearchSession

        return SearchSession(self)

    def rank(self, found: Candidates, limit: int) -> list[Hit]:
        """Order ``found`` (adding partial matches when it is short) and cut to ``limit``."""
        parsed = found.parsed
        if not parsed.terms:
            return self._by_date(found.rows, limit)
        rows, strengths, complete = found.rows, found.strengths, np.ones(len(found.rows), bool)
        if len(rows) < limit:
            rows, strengths, complete = self._partial_matches(parsed)
        if not len(rows):
            return []
        coverage = strengths.sum(axis=0, dtype=np.float32) / len(parsed.terms)
        # Cut to RERANK on coverage; among equals, shorter texts first (as a full scan would).
        key = coverage * 4096 - np.minimum(self._lengths[rows], 4095)
        if len(rows) > RERANK:
            keep = np.argpartition(-key, RERANK)[:RERANK]
            rows, coverage, complete = rows[keep], coverage[keep], complete[keep]
        numbers = [t for t in parsed.terms if t.isdigit()]
        scores = score_candidates(
            parsed.text, parsed.phrases, numbers, [self._texts[r] for r in rows.tolist()], coverage, complete
        )
        order = np.lexsort((rows, -scores))[:limit]
        chosen = rows[order].tolist()
        spans = Highlighter(parsed.terms, self._typo_words(parsed.terms)).spans([self._texts[r] for r in chosen])
        return [Hit(self._ids[r], round(float(scores[i]), 2), s) for r, i, s in zip(chosen, order, spans)]

    def _partial_matches(self, parsed: ParsedQuery) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """Claims passing the filters that match at least one word."""
        mask = self.filter_mask(parsed)
        per_word = np.stack([self.word_strengths(word) for word in parsed.terms])
        rows = np.flatnonzero(mask & (per_word.max(axis=0) > 0))
        strengths = per_word[:, rows]
        return rows, strengths, np.asarray((strengths > 0).all(axis=0))

    def _typo_words(self, terms: Sequence[str]) -> set[str]:
        """Words of the texts that a query word matched only by allowing a typo."""
        found: set[str] = set()
        for term in terms:
            ids, strengths = self._text.expand(term)
            found.update(self._text.vocab[i] for i in ids[np.isin(strengths, FUZZY)])
        return found

    def _by_date(self, rows: np.ndarray, limit: int) -> list[Hit]:
        """Filters only: newest claims first, then in corpus order."""
        order = np.lexsort((rows, -self.fields.last_day[rows].astype(np.int64)))[:limit]
        return [Hit(self._ids[int(rows[i])], 100.0, ()) for i in order]


def _string_column(texts: Sequence[str]) -> StringColumn:
    return texts if isinstance(texts, StringColumn) else StringColumn.of(texts)


def _layered(base: Terms, tail: Terms) -> LayeredTerms:
    assert isinstance(base, TermIndex) and isinstance(tail, TermIndex)  # a tail is never layered again
    return LayeredTerms(base, tail)
