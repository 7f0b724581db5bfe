"""Words -> rows and rows -> words, in flat numpy arrays.

The vocabulary is sorted, so every word starting with "cas" is one contiguous
run of term ids, and their postings are one contiguous slice. Postings (term
-> rows) serve a fresh search over everything; the forward lists (row ->
terms) serve a narrowed search over a few candidate rows. Both are CSR: one
int array of values plus one array of offsets, a few bytes per (row, word).
"""

from __future__ import annotations

import bisect
import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from itertools import count, islice

import numpy as np

from store.columns import ChainedStrings, StringColumn
from store.search.lru import LRU

# Match strengths (uint8) of a document word against one query word.
EXACT = 100
FUZZY = (75, 65)  # edit distance 1, 2


_ROW_END = "\x01"  # never in folded text: normalise turns it into a space


def _batches(items: Iterable[str], size: int) -> Iterator[list[str]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def gather_ranges(starts: np.ndarray, ends: np.ndarray) -> np.ndarray:
    """Indices ``start..end`` of every ``(start, end)`` pair, concatenated."""
    lengths = ends - starts
    total = int(lengths.sum())
    if total == 0:
        return np.zeros(0, dtype=np.int64)
    keep = lengths > 0
    starts, lengths = starts[keep], lengths[keep]
    run_starts = np.cumsum(lengths) - lengths
    return np.repeat(starts - run_starts, lengths) + np.arange(total)


def prefix_strength(query_len: int, term_lengths: np.ndarray) -> np.ndarray:
    """A prefix covering more of the word counts for more (in 4 steps, 60..90)."""
    cover = query_len / np.maximum(term_lengths, 1)
    return np.select([cover >= 0.75, cover >= 0.5, cover >= 0.34], [90, 80, 70], 60).astype(np.uint8)


def fuzzy_budget(word: str) -> int:
    """Typos forgiven in a query word: none in short words and numbers."""
    if not word.isalpha() or len(word) < 4:
        return 0
    return 1 if len(word) <= 7 else 2


class TermIndex:
    """Rows (claims, or groups of claims) and the folded words each holds."""

    def __init__(
        self,
        vocab: list[str] | StringColumn,
        post_off: np.ndarray,
        post: np.ndarray,
        fwd_off: np.ndarray,
        fwd: np.ndarray,
        term_lengths: np.ndarray | None = None,
        alphabetic: np.ndarray | None = None,
    ) -> None:
        """``vocab``: the sorted words, a list or, mapped from a saved index, a string column (read
        by word: a start parses no word list). ``term_lengths`` and ``alphabetic``: each term's,
        when saved with the index (made here otherwise: a loop over every term, ~0.3 s of a
        million-claim index's load)."""
        self.vocab = vocab
        self.post_off = post_off
        self.post = post
        self.fwd_off = fwd_off
        self.fwd = fwd
        self.rows = len(fwd_off) - 1
        if term_lengths is None or len(term_lengths) != len(vocab):
            term_lengths = np.fromiter((len(t) for t in vocab), dtype=np.uint16, count=len(vocab))
        if alphabetic is None or len(alphabetic) != len(vocab):
            alphabetic = np.fromiter((t.isalpha() for t in vocab), dtype=bool, count=len(vocab))
        self.term_lengths = term_lengths
        self.alphabetic = alphabetic
        self._expansions: LRU[str, tuple[np.ndarray, np.ndarray]] = LRU(4096)  # query word -> (term ids, strengths)

    @classmethod
    def build(cls, rows: Iterable[Iterable[str]]) -> TermIndex:
        """One row per item of ``rows``: the words it holds."""
        return cls.build_from_texts([" ".join(words) for words in rows])

    @classmethod
    def build_from_texts(cls, texts: Iterable[str], chunk: int = 20_000) -> TermIndex:
        """One row per folded text (words separated by spaces).

        Words become ids through a dict whose missing keys take the next
        number, driven by ``map``: the per-word work stays in C.
        """
        lookup: defaultdict[str, int] = defaultdict(count().__next__)
        lookup[_ROW_END]  # id 0 marks the end of a row
        row_parts: list[np.ndarray] = []
        term_parts: list[np.ndarray] = []
        rows = 0
        for batch in _batches(texts, chunk):
            words = f" {_ROW_END} ".join(batch).split()
            ids = np.fromiter(map(lookup.__getitem__, words), dtype=np.int64, count=len(words))
            ends = ids == 0
            row_parts.append((np.cumsum(ends) + rows)[~ends])
            term_parts.append(ids[~ends])
            rows += len(batch)
        del lookup[_ROW_END]
        vocab = sorted(lookup)
        rank = np.zeros(len(vocab) + 1, dtype=np.uint32)  # old id -> sorted id
        rank[np.fromiter(map(lookup.__getitem__, vocab), np.int64, len(vocab))] = np.arange(len(vocab))
        row_of = np.concatenate(row_parts) if row_parts else np.zeros(0, np.int64)
        fwd = rank[np.concatenate(term_parts)] if term_parts else np.zeros(0, np.uint32)
        fwd_off = np.zeros(rows + 1, dtype=np.int64)
        np.cumsum(np.bincount(row_of, minlength=rows), out=fwd_off[1:])
        post = row_of[np.argsort(fwd, kind="stable")].astype(np.uint32)
        post_off = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(fwd, minlength=len(vocab)), out=post_off[1:])
        return cls(vocab, post_off, post, fwd_off, fwd)

    def appended(self, other: TermIndex) -> TermIndex:
        """This index with ``other``'s rows after its own: what an add costs in array copies
        (C), not in folding every claim's words again (Python). Both vocabularies are sorted,
        so the merged one keeps each word's postings one block, old rows before new."""
        mine, theirs = _words(self.vocab), _words(other.vocab)
        known = set(mine)
        fresh = sorted(w for w in theirs if w not in known)
        at = [bisect.bisect_left(mine, w) for w in fresh]  # old words before each fresh one
        shift = np.zeros(len(mine) + 1, dtype=np.int64)
        np.add.at(shift, np.asarray(at, dtype=np.int64), 1)
        old_map = np.arange(len(mine), dtype=np.int64) + np.cumsum(shift)[: len(mine)]
        vocab = list(heapq.merge(mine, fresh))
        fresh_at = {w: i + j for j, (w, i) in enumerate(zip(fresh, at))}
        new_map = np.fromiter(
            (fresh_at[w] if w in fresh_at else int(old_map[bisect.bisect_left(mine, w)]) for w in theirs),
            np.int64,
            len(theirs),
        )
        fwd = np.concatenate([old_map[self.fwd], new_map[other.fwd]]).astype(np.uint32)
        fwd_off = np.concatenate([self.fwd_off, other.fwd_off[1:] + self.fwd_off[-1]])
        old_counts, new_counts = np.diff(self.post_off), np.diff(other.post_off)
        before = np.zeros(len(vocab), dtype=np.int64)  # each merged word's old postings
        before[old_map] = old_counts
        counts = before.copy()
        counts[new_map] += new_counts
        post_off = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(counts, out=post_off[1:])
        post = np.empty(int(post_off[-1]), dtype=np.uint32)
        old_term = np.repeat(np.arange(len(self.vocab)), old_counts)
        post[post_off[old_map][old_term] + np.arange(len(self.post)) - self.post_off[old_term]] = self.post
        new_term = np.repeat(np.arange(len(other.vocab)), new_counts)
        starts = (post_off[new_map] + before[new_map])[new_term]
        post[starts + np.arange(len(other.post)) - other.post_off[new_term]] = other.post + self.rows
        return TermIndex(vocab, post_off, post, fwd_off, fwd)

    @property
    def nbytes(self) -> int:
        arrays = (self.post_off, self.post, self.fwd_off, self.fwd, self.term_lengths, self.alphabetic)
        if isinstance(self.vocab, StringColumn):
            return sum(a.nbytes for a in arrays) + self.vocab.blob.nbytes + self.vocab.offsets.nbytes
        return sum(a.nbytes for a in arrays) + sum(len(t) + 49 for t in self.vocab)

    def prefix_range(self, prefix: str) -> tuple[int, int]:
        """Term ids ``[lo, hi)`` of every word starting with ``prefix``."""
        lo = bisect.bisect_left(self.vocab, prefix)
        hi = bisect.bisect_left(self.vocab, prefix + "\U0010ffff", lo)
        return lo, hi

    def expand(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        """``(term_ids, strengths)`` of the words a query word matches.

        The exact word; words it begins (the user is still typing); and words
        whose beginning is within a typo or two of it ("ukranian" ->
        "ukrainian", "hoxa" -> "hoax": a swap of two letters is one edit).
        Typos are forgiven after the first letter, as in most search engines:
        that keeps the candidates few, and a longer query word rarely matches
        a word the shorter one missed (so as-you-type narrowing applies).
        Cached: keystrokes repeat earlier words.
        """
        cached = self._expansions.get(word)
        if cached is not None:
            return cached
        lo, hi = self.prefix_range(word)
        ids = [np.arange(lo, hi, dtype=np.int64)]
        strengths = [prefix_strength(len(word), self.term_lengths[lo:hi])]
        if lo < hi and self.vocab[lo] == word:
            strengths[0][0] = EXACT
        budget = fuzzy_budget(word)
        if budget:
            from rapidfuzz import process  # here: writing an index needs none of it (store.search.rank.load_matcher)
            from rapidfuzz.distance import OSA

            first_lo, first_hi = self.prefix_range(word[0])
            span = slice(first_lo, first_hi)
            keep = self.alphabetic[span] & (self.term_lengths[span] >= len(word) - budget)
            candidates = np.arange(first_lo, first_hi, dtype=np.int64)[keep]
            candidates = candidates[(candidates < lo) | (candidates >= hi)]  # prefix matches are better
            heads = [w[: len(word)] for w in _words(self.vocab, candidates)]
            dist = process.cdist([word], heads, scorer=OSA.distance, score_cutoff=budget, dtype=np.int32)[0]
            near = dist <= budget
            ids.append(candidates[near])
            strengths.append(np.where(dist[near] == 1, FUZZY[0], FUZZY[1]).astype(np.uint8))
        result = (np.concatenate(ids), np.concatenate(strengths))
        return self._expansions.put(word, result)

    def dense_strengths(self, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        """uint8 per row: the strongest match any of the row's words makes."""
        out = np.zeros(self.rows, dtype=np.uint8)
        for level in np.unique(strengths):  # weakest first, so stronger overwrite
            chosen = term_ids[strengths == level]
            rows = self.post[gather_ranges(self.post_off[chosen], self.post_off[chosen + 1])]
            out[rows] = level
        return out

    def strengths_for(self, rows: np.ndarray, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        """Like ``dense_strengths`` but only for ``rows``, read from the forward lists."""
        table = np.zeros(len(self.vocab) + 1, dtype=np.uint8)
        table[term_ids] = strengths
        starts, ends = self.fwd_off[rows], self.fwd_off[rows + 1]
        per_word = table[self.fwd[gather_ranges(starts, ends)]]
        out = np.zeros(len(rows), dtype=np.uint8)
        nonempty = ends > starts
        if per_word.size:
            offsets = np.cumsum(ends[nonempty] - starts[nonempty]) - (ends[nonempty] - starts[nonempty])
            out[nonempty] = np.maximum.reduceat(per_word, offsets)
        return out


def _words(vocab: list[str] | StringColumn, rows: np.ndarray | None = None) -> list[str]:
    """The words of ``vocab`` (those at ``rows``, else all), decoded once each from a column."""
    if isinstance(vocab, StringColumn):
        chosen = np.arange(len(vocab)) if rows is None else rows
        return [bytes(raw).decode("utf-8", "surrogatepass") for raw in vocab.raw_many(chosen)]
    return vocab if rows is None else [vocab[i] for i in rows.tolist()]


class LayeredTerms:
    """A base ``TermIndex`` and a tail's (an add's rows, ``store/tails.py``) answering as one, each
    part as saved: rows of the base then of the tail, term ids of the base then of the tail (a
    word in both has an id in each, and matches with the same strength in each, so every
    answer is the one index holding both would give)."""

    def __init__(self, base: TermIndex, tail: TermIndex) -> None:
        self.base, self.tail = base, tail
        self.vocab = ChainedStrings(base.vocab, tail.vocab)  # read by term id, never copied
        self.rows = base.rows + tail.rows
        self._split = len(base.vocab)
        self._expansions: LRU[str, tuple[np.ndarray, np.ndarray]] = LRU(4096)

    @property
    def nbytes(self) -> int:
        return self.base.nbytes + self.tail.nbytes

    def expand(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        cached = self._expansions.get(word)
        if cached is not None:
            return cached
        (base_ids, base_strengths), (tail_ids, tail_strengths) = self.base.expand(word), self.tail.expand(word)
        both = (np.concatenate([base_ids, tail_ids + self._split]), np.concatenate([base_strengths, tail_strengths]))
        return self._expansions.put(word, both)

    def dense_strengths(self, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        in_tail = term_ids >= self._split
        base = self.base.dense_strengths(term_ids[~in_tail], strengths[~in_tail])
        tail = self.tail.dense_strengths(term_ids[in_tail] - self._split, strengths[in_tail])
        return np.concatenate([base, tail])

    def strengths_for(self, rows: np.ndarray, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        out = np.zeros(len(rows), dtype=np.uint8)
        row_in_tail, term_in_tail = rows >= self.base.rows, term_ids >= self._split
        out[~row_in_tail] = self.base.strengths_for(
            rows[~row_in_tail], term_ids[~term_in_tail], strengths[~term_in_tail]
        )
        out[row_in_tail] = self.tail.strengths_for(
            rows[row_in_tail] - self.base.rows, term_ids[term_in_tail] - self._split, strengths[term_in_tail]
        )
        return out


Terms = TermIndex | LayeredTerms


class GroupedTerms:
    """Words shared by groups of claims (a speaker, an article's title): indexed
    once per distinct group, then spread to the claims through ``group_of``."""

    def __init__(self, terms: Terms, group_of: np.ndarray) -> None:
        self.terms = terms
        self.group_of = group_of

    @classmethod
    def build(cls, group_texts: Sequence[str], group_of: np.ndarray) -> GroupedTerms:
        """``group_texts``: each group's folded words; ``group_of``: each claim's group."""
        return cls(TermIndex.build_from_texts(group_texts), group_of)

    @property
    def nbytes(self) -> int:
        return self.terms.nbytes + self.group_of.nbytes

    def expand(self, word: str) -> tuple[np.ndarray, np.ndarray]:
        return self.terms.expand(word)

    def dense_strengths(self, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        per_row: np.ndarray = self.terms.dense_strengths(term_ids, strengths)[
            self.group_of
        ]  # indexing: Any to numpy's types
        return per_row

    def strengths_for(self, rows: np.ndarray, term_ids: np.ndarray, strengths: np.ndarray) -> np.ndarray:
        at_rows: np.ndarray = self.terms.dense_strengths(term_ids, strengths)[self.group_of[rows]]
        return at_rows
